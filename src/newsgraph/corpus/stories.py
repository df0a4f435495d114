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
from .story_leads import (LEAD_WORDS, lead_words, looks_like_digest,  # noqa: F401
                          looks_like_opinion, opinion_headline)
from .story_titles import story_title, untitled  # noqa: F401

STORY_WINDOW_DAYS = 3  # a happening's coverage: a document within this many days of a member
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


def days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return None


def near_in_time(a: str | None, b: str | None) -> bool:
    """Two documents close enough in time to cover one happening (an undated one is near everything)."""
    d = days_apart(a, b)
    return d is None or d <= STORY_WINDOW_DAYS


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
