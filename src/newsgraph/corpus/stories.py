"""Story rules: plain functions over a document's content vector, its date and kind, and the stories near it (the
store's writer, store/story_rows.py, reads them and writes the decisions).

A story is one real-world happening (an event, a statement, a development) and its coverage within days. Its
mark is what the articles' titles and leads say: a report of the Iowa caucuses and another of them share "Iowa",
"caucuses", "Cruz", "Sanders", "delegates" in their leads, where two articles on Clinton's emails a month apart,
or an op-ed that names the same famous people, do not share the happening.

- A document's **content vector** (``content_vector``): the words of its title (weighted TITLE_WEIGHT) and of
  its lead (the first LEAD_WORDS words) and its most mentioned actors (as terms ``@<actor id>``), tf x idf over
  the corpus (``term_df`` counts both), its DOC_TERMS strongest terms, unit length. A famous name is in many
  documents, so its idf is small, and a standing topic ("the impeachment inquiry", "Clinton's emails") spreads
  over weeks, past the window.
- **Burst** (``bursts``, ``burst``, ``term_caps``): a happening makes its words spike for a few days. Each term of
  the vector is weighted by how much more often it is among the strongest terms of the documents within
  STORY_WINDOW_DAYS than of those within BURST_BASE_DAYS (the season: "delegates" all through the primaries is no
  burst, "roll call" the week of the convention is), and a bursting shared term adds up to BURST_CAP x TERM_CAP to a
  similarity where a standing topic's word adds TERM_CAP.
- **Scheduled events** (corpus/story_events.py): a document whose title or lead sentence names a party convention,
  a debate, a state's primary or caucus (or whose lead keeps naming it) has the event as a term of its vector
  (``#event:convention:democratic``); two documents sharing it add EVENT_CAP to their similarity whatever their
  words (the convention's speeches, protests and recaps share its name, not their leads); a debate no one gives a
  party adds WEAK_EVENT_CAP. An opinion piece centred on the event joins as a report does. The event is never a
  profile term of the story.
- **Joining** (``choose``): a near-duplicate joins its original's story. Otherwise the document joins the story of
  its most similar document dated within STORY_WINDOW_DAYS (``similarity``: the cosine of the vectors, each shared
  term adding at most TERM_CAP, so that one strong word is not enough) when it reaches STORY_SIMILARITY, or the
  story whose members within the window, summed, reach STORY_CENTROID_SIMILARITY; an opinion piece, an editorial
  or a letter (``looks_like_opinion``) needs OPINION_SIMILARITY: it joins by its content only. Else it starts a
  story. The famous actors two documents share (``famous_actors``: the season's candidates, not this week's
  people) add at most ACTORS_CAP together.
- **Title** (``centrality``): the story's title is its most central member's: the member whose vector is nearest
  the sum of the members' vectors (first published, then id, on a tie).
- **Order**: the writer links the stories of a write batch after all its documents are counted in the term
  frequencies, in the order (date, id): the same stories whatever the arrival order within the batch.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from functools import lru_cache

from .story_events import is_event, is_weak_event

STORY_WINDOW_DAYS = 3  # a happening's coverage: a document within this many days of a member
LEAD_WORDS = 300  # the lead: the first words of the text (the title and the opening paragraphs)
TITLE_WEIGHT = 2  # a title word counts as this many lead words
DOC_TERMS = 40  # terms kept in a document's vector
MIN_TERM_LEN = 4
ACTOR_MAX_COUNT = 3
PLACE_WEIGHT = 0.25
_TOKEN = re.compile(r"\w+")
STORY_SIMILARITY = 0.25  # cosine to the nearest member of a story within the window
STORY_CENTROID_SIMILARITY = 0.25  # the same to the sum of the story's members within the window (lower chains topics)
OPINION_SIMILARITY = 0.40  # an opinion piece joins by its content only
TERM_CAP = 0.06  # what one shared term adds at most to a similarity: a happening is marked by several of its words
# together; one word however strong ("NASA", "Trump", "trade") names a standing topic, not one happening
BURST_POWER = 0.5  # how much a term's burst within the window weighs (0: not at all)
BURST_BASE_DAYS = 30  # a term's burst is against the documents within this many days
BURST_CAP = 2.0  # a bursting term adds at most this many times TERM_CAP to a similarity
EVENT_CAP = 0.25  # a scheduled event both documents centre on (corpus/story_events.py) adds this much
ACTORS_CAP = 0.06  # what the famous actors two documents share (actor terms, each in more than FAMOUS_DF of the
# documents) add at most together, as much as one shared word: the candidates of a campaign are in every week's news;
# a happening is marked by its own words, its event, or its own little-known people
FAMOUS_DF = 0.05  # an actor in more than this share of the corpus's documents (one in twenty) is famous
WEAK_EVENT_CAP = 0.20  # the same for an event without its party ("the debate"): words must add a little
SIGNATURE_DF = 0.03  # a word in at most this share of the corpus's documents is a rare word (a happening's own word)
SIGNATURE_TERMS = 2  # rare words two documents' vectors share that, with SIGNATURE_SIMILARITY, mark one happening
SIGNATURE_SIMILARITY = 0.12  # the similarity that suffices with SIGNATURE_TERMS shared rare words (see choose)
STORY_TERMS = 12  # a story's profile terms (story_terms: what the story is about, for queries)
STORY_TOP_ACTORS = 8
STORY_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "GROUP", "NORP", "FAC", "EVENT"}
PLACE_TYPES = {"GPE", "LOC"}
CENTRAL_RECOMPUTE = 200  # past this many members a story keeps its title (the centrality is not computed again)

# an opinion piece says so in its title or its first words, or speaks in the first person outside quotations
_OPINION_CUES = re.compile(r"^\s*(?:opinion|editorial|op-ed|commentary|column|letters?(?: to the editor)?|"
                           r"our view|my view|perspective|viewpoint)\b|\b(?:op-ed|editorial board|letters to the "
                           r"editor|columnist)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|you|your|you're|you’re)\b", re.I)
# what other people said, in the quotation styles of real pages: straight and curly double quotes (a long quotation
# too), typewriter doubled single quotes (''racist'', the style of some newspapers' archives), curly single quotes
# (‘mocking’: an apostrophe inside, I’m, is no closing quote), guillemets; and the speaker turns of a transcript or an
# interview ("PENCE: Well, look, I ...", "Q: ...", "A: Because I think ..."): the first person there is the speaker's
_QUOTED = re.compile(r"^[\"“]?(?:[A-Z][A-Z.'’ -]{1,30}[A-Z]|Q|A)\s*:.*$|"
                     r"[\"“„«][^\"“”„«»]{0,1500}[\"”“»]|''.{0,1500}?''|‘[^‘\n]{0,300}’(?!\w)", re.M)
OPINION_FIRST_PERSON = 3  # first-person words outside quotations in the lead that make it a personal piece


def untitled(text: str | None, n: int = 120) -> str | None:
    """The title of a story whose central article has none (a plain-text file): its first line, cut at a word
    within ``n`` characters ("The Latest: Kasich scores all 66 delegates after Ohio win."), never a run into the
    next paragraph); a dateline line above it ("Київ, 12 березня 2025 року.") is no title."""
    from ..ingest.pubdate import is_dateline
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip() and not is_dateline(ln)), "")
    if len(line) <= n:
        return line or None
    cut = line.rfind(" ", 0, n)
    return line[:cut if cut > n // 2 else n].rstrip(" ,;:") + "…"


# a headline's parts: a column or site name, a section, then the headline itself ("Opinion | ...", "... - Auto News")
_TITLE_PARTS = re.compile(r"\s+[|–—·]\s+|\s+-\s+|\s*::\s*|\s*//\s*")
# a newspaper's headline and its deck (the line under it) or its column's name, joined by a semicolon ("Lynch closes
# the door on Clinton probe; Congress gets its turn next", "A carbon tax that really works; Economic Scene")
_DECK = re.compile(r"\s*;\s+(?=[\"“'‘]?[A-Z])")  # (a deck is a sentence of its own: "...; time to be careful?" is not)
_END_STOP = re.compile(r"(?<=[a-z0-9]{2})\.$|(?<=[’'\"”)])\.$")  # a headline's full stop (not "U.S.")
_LABEL_PREFIX = re.compile(r"^\s*([^:|\n]{2,30}?)\s*:\s+")
_SECTION = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,2}News$")  # "Auto News", "Latest News"


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    from ..understand import rules
    return rules.words("en", "title_labels")


def _furniture(part: str, names: set[str], whole: str = "") -> bool:
    """A part of a headline that names no happening: the site's name, a label, a section, a kicker in capitals
    ("NEW HAMPSHIRE PRIMARY // GAME ON; What each candidate needs ...")."""
    p = part.strip().casefold()
    return p in names or p in _labels() or bool(_SECTION.match(part.strip())) or \
        (part.isupper() and len(part.split()) >= 2 and not whole.isupper())


def story_title(title: str | None, names=()) -> str | None:
    """A headline as a story's title: without the page's furniture at either end (the site's or outlet's name,
    ``names``; a column or section label, lang/en/title_labels.txt: "Opinion | ...", "... | Editorial",
    "BREAKING: ...", "... - Auto News"; a kicker in capitals), without a newspaper's deck or column name after a
    semicolon, and without a trailing separator or full stop. The headline itself is kept as the page wrote it."""
    if not title:
        return title
    t = " ".join(title.split())
    decks = [d for d in _DECK.split(t) if d.strip(" ;")]
    if len(decks) > 1:
        heads = [d for d in decks if not _furniture(d, set()) and len(d.split()) >= 2]
        t = heads[0] if heads else decks[0]
    folded = {n.casefold().strip() for n in names if n and n.strip()}
    for n in sorted(folded, key=len, reverse=True):  # "LinkNaija | Nigeria's popular news platform: ..."
        if len(t) > len(n) + 10 and t.casefold().startswith(n) and re.match(r"\s*[:|–—-]\s", t[len(n):]):
            t = t[len(n):].lstrip(" :|–—-")
        if len(t) > len(n) + 10 and t.casefold().endswith(n) and re.search(r"\s[:|–—-]\s*$", t[:-len(n)]):
            t = t[:-len(n)].rstrip(" :|–—-")
    while True:
        parts = _TITLE_PARTS.split(t)
        if len(parts) > 1 and _furniture(parts[0], folded, t) and len(" ".join(parts[1:])) >= 10:
            t = t[_TITLE_PARTS.search(t).end():]
        elif len(parts) > 1 and _furniture(parts[-1], folded, t) and len(" ".join(parts[:-1])) >= 10:
            t = t[:list(_TITLE_PARTS.finditer(t))[-1].start()]
        else:
            m = _LABEL_PREFIX.match(t)
            if m and _furniture(m.group(1), folded) and len(t) - m.end() >= 10:
                t = t[m.end():]
                continue
            break
    return _END_STOP.sub("", t.strip().rstrip(" ;:,|–—-").strip()) or title


def days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return None


def near_in_time(a: str | None, b: str | None) -> bool:
    """Two documents close enough in time to cover one happening (an undated one is near everything)."""
    d = days_apart(a, b)
    return d is None or d <= STORY_WINDOW_DAYS


def lead_words(text: str, n: int | None = None) -> str:
    """The first ``n`` (LEAD_WORDS) words of the text."""
    n = LEAD_WORDS if n is None else n
    m = None
    for m in re.finditer(r"\S+", text):
        n -= 1
        if n <= 0:
            break
    return text[:m.end()] if m is not None else text


# a label in brackets before a title names the series or the column the post belongs to ("[The Palace: Tale of Jang
# Noksu] More Reviews from Visitors", "[Review] ...", "[Updated]"): its words are in every post of the series, whatever
# each reports
_SERIES = re.compile(r"^\s*\[[^\]\n]{2,80}\]")


def lead_tf(title: str | None, text: str, words, actors=(), places=()) -> Counter:
    """Term counts of the title (x TITLE_WEIGHT) and the lead; ``words`` tokenises (corpus/dedup.py); ``actors``:
    (actor id, mentions, is a place) of the document's salient actors, counted as the terms ``@<id>`` (at most
    ACTOR_MAX_COUNT each): the people and bodies the whole article is about, however it names them; ``places``:
    the character spans of place names in the text. A place counts PLACE_WEIGHT: every story about a country names
    it, and two happenings in one country are two stories."""
    tf: Counter = Counter()
    lead = lead_words(text)
    label = _SERIES.match(title or "")
    series = set(words(label.group())) if label else set()
    for m in _TOKEN.finditer(lead):
        for w in words(m.group()):
            if _term(w) and w not in series:
                tf[w] += PLACE_WEIGHT if any(a <= m.start() < b for a, b in places) else 1
    for w in words(title or ""):
        if _term(w) and w not in series:
            tf[w] += TITLE_WEIGHT
    for aid, n, place in actors:
        tf[actor_term(aid)] += min(n or 1, ACTOR_MAX_COUNT) * (PLACE_WEIGHT if place else 1)
    return tf


def actor_term(actor_id: str) -> str:
    return "@" + actor_id


def _term(w: str) -> bool:
    return len(w) >= MIN_TERM_LEN and len(w) <= 64 and not w.isdigit()


def content_vector(tf: dict, df: dict, n_docs: int) -> dict[str, float]:
    """The DOC_TERMS strongest terms by tf x idf (smoothed: 1 + ln((N + 1) / (df + 1)), so that the first
    documents of a store have a vector too), stop words left out, unit length."""
    stop = stop_words()
    score = {w: n * (1.0 + math.log((n_docs + 1) / (df.get(w, 0) + 1))) for w, n in tf.items() if w not in stop}
    top = sorted(((w, s) for w, s in score.items() if s > 0), key=lambda kv: (-kv[1], kv[0]))[:DOC_TERMS]
    norm = math.sqrt(sum(s * s for _, s in top))
    return {w: s / norm for w, s in top} if norm else {}


@lru_cache(maxsize=1)
def stop_words() -> frozenset:
    """Function words of the languages we read (spaCy's lists): no mark of a happening."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.ru.stop_words import STOP_WORDS as RU
    from spacy.lang.uk.stop_words import STOP_WORDS as UK
    return frozenset(w.casefold() for w in EN | RU | UK)


def bursts(terms, window_df: dict, n_window: int, df: dict, n: int) -> dict[str, float]:
    """Each term's burst within the window: a happening makes its words spike for a few days ("convention",
    "Philadelphia", "roll call" the week of a convention), where a famous name or a standing topic is as common that
    week as any other. ``window_df``: in how many of the ``n_window`` documents within STORY_WINDOW_DAYS the term is
    among the strongest; ``df``: the same over all the ``n`` documents. The burst is (window count + 1) /
    (expected count + 1), at least 1 (a term rarer this week than usual says nothing)."""
    return {w: max(1.0, (window_df.get(w, 0) + 1) / (n_window * df.get(w, 0) / n + 1)) if n else 1.0 for w in terms}


def burst(v: dict, factors: dict) -> dict[str, float]:
    """The vector with each term weighted by its burst (power BURST_POWER), unit length again."""
    out = {w: x * factors.get(w, 1.0) ** BURST_POWER for w, x in v.items()}
    norm = math.sqrt(sum(x * x for x in out.values()))
    return {w: x / norm for w, x in out.items()} if norm else out


def term_caps(factors: dict) -> dict[str, float]:
    """What each shared term adds at most to a similarity: TERM_CAP, more for a term bursting this week (up to
    BURST_CAP times): the one strong word of a standing topic is capped, the word of this week's happening less."""
    return {w: EVENT_CAP if is_event(w) else TERM_CAP * min(f, BURST_CAP) for w, f in factors.items()}


def cosine(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def looks_like_opinion(title: str | None, text: str) -> bool:
    """An opinion piece, an editorial, a letter or a personal column: it says so, or its lead speaks in the first
    person outside quotations."""
    lead = lead_words(text, 250)
    if _OPINION_CUES.search(title or "") or _OPINION_CUES.search(lead[:300]):
        return True
    return len(_FIRST_PERSON.findall(_QUOTED.sub(" ", lead))) >= OPINION_FIRST_PERSON


# a headline in the first person is the writer's ("The Hillary speech we'd like to hear", "My father would have
# loved Trump"); "US" the country is no "us", and a quotation's first person is the speaker's
_HEADLINE_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I'd|I’d|I've|I’ve|[Mm]y|[Ww]e|[Ww]e'd|[Ww]e’d|[Ww]e're|[Ww]e’re|"
                                    r"[Ww]e've|[Ww]e’ve|[Oo]ur|[Uu]s)\b")


# headlines quote in straight single quotes ('meth, we're on it': an apostrophe inside is no closing quote)
_HEADLINE_QUOTE = re.compile(r"(?<!\w)'(?:[^'\n]|'(?=\w)){1,200}'(?!\w)")


_NUMERAL_I = re.compile(r"\b(Phase|War|Title|Class|Stage|Type|Part|Chapter|Act|Level|Category|Division|Grade|Tier|"
                        r"Round|Series|Elizabeth|Charles|George|James|Louis|Edward|Richard|William|Henry)\s+I\b")


def opinion_headline(title: str | None) -> bool:
    """A headline that says it is an opinion ("Opinion | ...", "Column: ...") or speaks in the writer's first
    person outside quotations: no story's title while a report of the story has one."""
    t = title or ""
    own = _NUMERAL_I.sub(r"\1 1", re.sub(r"^([^:]{2,40}):\s.*$", r"\1", t))  # ("Putin: We are ready to talk": a
    # named speaker's words after the colon, no writer's; "Phase I", "World War I": a numeral)
    unquoted = _HEADLINE_QUOTE.sub(" ", _QUOTED.sub(" ", own))
    return bool(_OPINION_CUES.search(t) or _HEADLINE_FIRST_PERSON.search(unquoted))


# a digest (a newsletter, a roundup, "10 things to know", a list of deals) reports many happenings at once: it says so
# in its title, its title dates an edition ("Opening Bell 11.18.19"), or its lead is a run of separate items
_DIGEST_TITLE = re.compile(r"\b(?:round-?up|newsletter|news in brief|top headlines|week in review|"
                           r"(?:daily|weekly|morning|evening|news) (?:brief|briefing|digest|deals|report|update)|"
                           r"(?:best|top) (?:\w+ ){0,4}deals|what you (?:need to|should) know|"
                           r"things (?:\w+ ){0,4}(?:to|you need to|you should) know|"
                           r"(?:top|the) \d+ (?:best|biggest|top|most)?\s*(?:stories|news|deals|things))\b|"
                           r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*▪·]|\d{1,2}[.)])\s+\S")
# a "notebook" (a column of notes) may be notes on one happening ("Convention notebook": the floor, the band); one
# whose notes carry their own short headings ("Another first.", "Lawbreaker?") covers that many happenings
_NOTEBOOK = re.compile(r"\bnotebook\b", re.I)
KICKER_WORDS = 4  # a note's heading: a few words on a line of its own, before a paragraph of a sentence or more
NOTEBOOK_ITEMS = 3  # headed notes that make a notebook a digest
DIGEST_ITEMS = 5  # separate items (bullets of a sentence or more, or headline lines) in the lead that make a digest
DIGEST_ITEM_WORDS = 12  # a bullet this long reports something (a shorter one lists a feature)


def looks_like_digest(title: str | None, text: str) -> bool:
    """A digest: many happenings in one article (a newsletter, a roundup, a list of deals or news items). Its
    similarity to each of them is real, yet it covers none of them: it never joins a story, and no story joins it.
    It says so in its title, or its lead is a run of DIGEST_ITEMS separate items: bullets of a sentence or more, or
    headline lines (short lines without a closing stop, each followed by its own paragraph), or it is a "notebook"
    of NOTEBOOK_ITEMS notes with their own headings."""
    if _DIGEST_TITLE.search(title or ""):
        return True
    paras = [ln.strip() for ln in lead_words(text, 700).split("\n") if ln.strip()]
    bullets = sum(1 for ln in paras if _BULLET.match(ln) and len(ln.split()) >= DIGEST_ITEM_WORDS)
    heads = sum(1 for a, b in zip(paras[1:], paras[2:]) if _headline(a) and not _headline(b)
                and len(b.split()) >= DIGEST_ITEM_WORDS)
    if _NOTEBOOK.search(title or "") and sum(1 for a, b in zip(paras[1:], paras[2:]) if len(
            a.split()) <= KICKER_WORDS and len(b.split()) > 2 * KICKER_WORDS) >= NOTEBOOK_ITEMS:
        return True
    return max(bullets, heads) >= DIGEST_ITEMS


def _headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 20 and not _BULLET.match(line) and line[-1] not in ".!?:;,\"”'’…)]" and \
        sum(w[0].isupper() or w[0].isdigit() for w in words) >= len(words) / 2


# a product's model or size is part of the happening: the 13-inch laptop's rumour and the 16-inch one's review, the
# iPhone 11 and the iPhone 12, are two happenings however many words they share
_SIZE = re.compile(r"\b(\d{1,3}(?:\.\d)?)(?:[- ]?inch\b|[\"”])", re.I)
_MODEL = re.compile(r"\b([a-z]+[A-Z]\w*|[A-Z]\w*[A-Z]\w*|Series|Version|Generation|Gen|Edition|Mark|Model)\s+"
                    r"(\d{1,3}(?:\.\d{1,2})?|[A-Z]{0,2}\d{1,4}[a-z]?)\b(?![-–]\d)")
_CODE = re.compile(r"\b([A-Z]{1,3})(\d{1,4})\b")


def models(title: str | None) -> dict[str, set[str]]:
    """The models and sizes a title names: {product word: its numbers} ("16-inch MacBook Pro": {"inch": {"16"}};
    "iPhone 11 Pro": {"iphone": {"11"}}; "Galaxy S10": {"s": {"10"}})."""
    out: dict[str, set[str]] = {}
    t = title or ""
    for m in _SIZE.finditer(t):
        out.setdefault("inch", set()).add(m.group(1))
    for m in _MODEL.finditer(t):
        out.setdefault(m.group(1).casefold(), set()).add(m.group(2).casefold())
    for m in _CODE.finditer(t):
        out.setdefault(m.group(1).casefold(), set()).add(m.group(2))
    return out


def other_model(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Two titles name the same product word with different numbers only: two happenings."""
    return any(k in b and not (a[k] & b[k]) for k in a)


def choose(scores: list[tuple], opinion: bool) -> str | None:
    """The story to join: ``scores`` holds (story id, cosine to its nearest member, cosine to the sum of its
    members, that member's id[, rare words that member shares]), members within the window. A story qualifies when
    its nearest member reaches STORY_SIMILARITY or the sum of its members STORY_CENTROID_SIMILARITY (a happening
    covered from several sides: each report shares a little with many others), or when that member shares
    SIGNATURE_TERMS rare words (``rare_words``) and reaches SIGNATURE_SIMILARITY (joint evidence: the happening's
    own words, "nightclub" and "tragedy", "clinched" and "superdelegates", where a famous name or a season's word is
    in every week's news; a name is no such word: ``name_words``); an opinion piece needs OPINION_SIMILARITY to
    either. The highest of the two cosines wins, then the smaller ids."""
    near, wide = (OPINION_SIMILARITY, OPINION_SIMILARITY) if opinion else (STORY_SIMILARITY,
                                                                          STORY_CENTROID_SIMILARITY)
    ok = [(-max(s, c), sid, d) for sid, s, c, d, *rare in scores
          if s >= near or c >= wide or (not opinion and s >= SIGNATURE_SIMILARITY and rare and
                                        rare[0] >= SIGNATURE_TERMS)]
    return min(ok)[1] if ok else None


def name_words(entities, words) -> frozenset:
    """The words of the names the document gives people, bodies and groups (every type but a place): a person is one
    piece of evidence, already an actor term of the vector, however many words the name has ("Chuck Grassley",
    "Omar Mateen"); a place's name stays a word of the happening ("Orlando")."""
    return frozenset(w for e in entities if e.type not in PLACE_TYPES
                     for text in {m.text for m in e.mentions} | {e.name} for w in words(text or ""))


def rare_words(v: dict, df: dict, n_docs: int) -> set[str]:
    """The vector's rare words: in at most SIGNATURE_DF of the corpus's ``n_docs`` documents (``df``), not an actor
    term (a person's name is in its words already) nor an event term. A corpus too small to tell (a share under one
    document) has none."""
    limit = SIGNATURE_DF * n_docs
    return {w for w in v if w[:1] not in "#@" and 1 <= limit and df.get(w, 0) <= limit}


def shared(x: float, cap: float = TERM_CAP, term: str = "") -> float:
    """One shared term's part of a similarity (at most ``cap``: TERM_CAP, see ``term_caps``); a scheduled event both
    documents centre on (``term`` an event term, corpus/story_events.py) adds EVENT_CAP, however much of each vector
    it holds."""
    if is_event(term):
        return WEAK_EVENT_CAP if is_weak_event(term) else EVENT_CAP
    return min(x, cap)


def uncapped(x: float, term: str = "") -> float:
    """What a shared term can add at most to a similarity (for a bound before the caps are applied)."""
    return max(x, shared(x, term=term)) if is_event(term) else x


def similarity(a: dict, b: dict) -> float:
    """Two documents' similarity: the cosine of their unit vectors, each shared term adding at most TERM_CAP."""
    if len(a) > len(b):
        a, b = b, a
    return sum(shared(x * b[w], term=w) for w, x in a.items() if w in b)


def famous_actors(v: dict, base: dict, n_base: int, factors: dict, names=frozenset()) -> frozenset:
    """The vector's actor terms (``@<id>``) famous in the document's season: among the strongest terms of more than
    FAMOUS_DF of the ``n_base`` placed documents within BURST_BASE_DAYS (``base``: in how many), and not bursting
    this week (``factors``: ``bursts``, under BURST_CAP). A candidate of the campaign, a head of government, is in
    every week's news; the people of this week's happening (a singer and her label's owner in their dispute, a
    hacker's plea) burst, or are too few to count. A season too thin to tell (a share under one document) has
    none: judged by date, not by what arrived first. The words of the document's names (``names``: ``name_words``)
    as famous in the season are famous too ("sanders", "clinton", "obama": see ``famous_kind``)."""
    limit = FAMOUS_DF * n_base
    return frozenset(w for w in v if (w[:1] == "@" or w in names) and 1 <= limit < base.get(w, 0) and
                     factors.get(w, 1.0) < BURST_CAP)


def famous_kind(term: str, famous) -> str | None:
    """What a shared term is among the ``famous`` ones (``famous_actors``): "actor" (an actor term), "name" (a
    word of a famous name), or None (a word of the happening)."""
    return None if term not in famous else "actor" if term[:1] == "@" else "name"


def with_actors_cap(parts) -> float:
    """A similarity from its shared terms' parts (``parts``: (part, ``famous_kind`` or True for a famous actor)):
    the famous actors together add at most ACTORS_CAP (an analysis of the delegate race and a debate recap share the
    same four candidates, and little else), and their names' words together ACTORS_CAP again (each word added
    TERM_CAP: "Will Sanders come down off the pique?" joined the president's endorsement of his rival on "sanders",
    "clinton", "obama"). A little-known person's name stays a word of the happening (TERM_CAP)."""
    words = 0.0
    named: dict = {}
    for x, famous in parts:
        if famous:
            named[famous] = named.get(famous, 0.0) + x
        else:
            words += x
    return words + sum(min(x, ACTORS_CAP) for x in named.values())


def to_sum(v: dict, total: dict, caps: dict | None = None, famous=frozenset()) -> float:
    """A document's similarity to a sum of vectors (cosine, each shared term adding at most its cap, TERM_CAP
    unless ``caps`` says; the ``famous`` actors (``famous_actors``) together at most ACTORS_CAP)."""
    norm = math.sqrt(sum(x * x for x in total.values()))
    caps = caps or {}
    if not norm:
        return 0.0
    return with_actors_cap((shared(x * total[w] / norm, caps.get(w, TERM_CAP), w), famous_kind(w, famous))
                          for w, x in v.items() if w in total)


def centrality(members: dict[str, dict]) -> dict[str, float]:
    """Each member's cosine to the sum of the members' vectors (``members``: {doc id: vector})."""
    total: dict[str, float] = {}
    for v in members.values():
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + x
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    centroid = {w: x / norm for w, x in total.items()}
    return {d: cosine(v, centroid) for d, v in members.items()}


def actor_weights(mentions) -> list[tuple[str, int, bool]]:
    """(actor id, mentions, is a place) of the document's STORY_TOP_ACTORS most mentioned actors of the story
    types; ``mentions``: (actor id, type, mentions) of each resolved entity."""
    weights: dict[str, int] = {}
    place: set[str] = set()
    for aid, typ, n in mentions:
        if aid and typ in STORY_ACTOR_TYPES:
            weights[aid] = weights.get(aid, 0) + (n or 1)
            if typ in PLACE_TYPES:
                place.add(aid)
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TOP_ACTORS]
    return [(a, n, a in place) for a, n in top]


def salient_actors(mentions) -> tuple[list[str], set[str]]:
    """The document's most mentioned actors (``actor_weights``) and which of them are places."""
    top = actor_weights(mentions)
    return [a for a, _, _ in top], {a for a, _, p in top if p}
