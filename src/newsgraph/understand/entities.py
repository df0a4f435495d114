"""understand.entities: named entities resolved to actors (one cluster of mentions per actor, a canonical name,
a type and a role).

Starts from spaCy's NER over ``scratch["doc"]`` and corrects it where it breaks attribution:

- spans are trimmed of quote marks, a leading "the" and a possessive ("Putin’s" -> "Putin", either apostrophe);
- an organisation cut at a guillemet («Coalition of the Willing») is completed to the closing mark;
- titles swallowed into a PERSON ("President Vladimir Putin") are cut off and become the role;
- a name tagged ORG/GPE in one place and PERSON elsewhere ("Trump’s participation" as ORG) is re-typed by the
  document's evidence (a PERSON with that surname, or the majority label of that string);
- outlets come from the curated list (``lang/en/outlets.tsv``, type MEDIA) and from context ("reported by X",
  "the X newspaper"); coalitions and "26 countries" are GROUPs;
- names missed by the model in one place but found elsewhere in the document are found again by a
  document-level gazetteer (one regex over the text);
- acronyms are tied to their expansion: "Armed Forces of Ukraine (AFU)";
- a capital used as an actor ("Kyiv intends to...", "Moscow rejects...") is a mention of its country; a capital
  used as a place ("in Moscow") stays a place.

Persons are clustered by name: "Zelensky", "Volodymyr Zelensky" and "Ukrainian President Volodymyr Zelensky" are
one actor named "Volodymyr Zelensky"; a bare first name ("Donald") joins the only full name that starts with it.
Roles come from titles ("Russian President Vladimir Putin" -> "President of Russia") and appositions
("Dmitry Peskov, the press secretary of the Russian president" -> "Press secretary of the President of Russia").
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..pipeline import component
from . import outlets as outlet_list
from . import names, rules, tokens
from .names import is_given_name
from .actors import Actors, WEntity

SKIP_LANGS = {"ru", "uk", "be"}
LANG = "en"

QUOTE_CHARS = "«»“”„‹›\"‘’'"
OPENERS = {"«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"'}
KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "into", "outside", "inside", "around", "across", "toward",
                  "towards", "via", "through", "over", "of", "on", "off", "throughout", "within", "between", "for",
                  "visit", "visited", "visiting", "leave", "left", "reach", "reached"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "dame", "prof", "prof."}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "lady", "dame", "queen", "princess", "spokeswoman", "chairwoman",
                 "congresswoman", "empress"}
MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "emperor",
               "sultan", "emir", "sheikh", "pope", "patriarch", "ayatollah"}
NUMBER_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens of|hundreds of|several|many|all")

_POSS = re.compile(r"(?:['’]s|(?<=s)['’])$")
_WS = re.compile(r"\s+")


# -- data ----------------------------------------------------------------------------------------------------------
class Lexicon:
    """The rule files of one language, compiled once."""

    def __init__(self, lang: str):
        self.titles = rules.words(lang, "titles")
        self.title_vocab = frozenset(w for t in self.titles for w in t.split()) | {"of", "the"}
        self.max_title = max(len(t.split()) for t in self.titles)
        self.group_heads = rules.words(lang, "group_heads")
        self.org_heads = rules.words(lang, "org_heads")
        self.institutions = rules.words(lang, "institution_words")
        self.first_names = {r[0]: r[1] for r in rules.table(lang, "first_names") if len(r) > 1}
        self.media_nouns = rules.words(lang, "media_nouns")
        self.country_of: dict[str, str] = {}  # alias (case kept) -> canonical
        self.demonym: dict[str, str] = {}  # demonym lower -> canonical country
        self.capital: dict[str, str] = {}  # capital -> canonical country
        self.article: dict[str, str] = {}  # canonical -> "the " or ""
        self.ambiguous: set[str] = set()  # names written ~Name in the table: also a person or a word
        for row in rules.table(lang, "countries"):
            row = row + ("",) * (5 - len(row))
            row = tuple("|".join(self._amb(x) for x in cell.split("|")) for cell in row)
            name, aliases, dems, caps, art = row[:5]
            self.article[name] = "the " if art == "the" else ""
            for a in [name, *filter(None, aliases.split("|"))]:
                self.country_of[a] = name
            for d in filter(None, dems.split("|")):
                self.demonym.setdefault(d.lower(), name)
            for c in filter(None, caps.split("|")):
                self.capital.setdefault(c, name)
        places = sorted({a for a in self.country_of if a[:1].isupper()} | set(self.capital), key=len, reverse=True)
        places = [p for p in places if p not in self.ambiguous]
        self.place_re = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(p) for p in places) + r")(?![\w\-])")
        group_nouns = sorted(rules.words(lang, "group_nouns"), key=len, reverse=True)
        self.group_re = re.compile(
            r"\b(?:(?:\d[\d,.]*|" + NUMBER_WORDS + r")\s+(?:of\s+the\s+)?(?:[a-z]+\s+)?)"
            r"(?:" + "|".join(re.escape(g) for g in group_nouns) + r")\b", re.I)

    def _amb(self, x: str) -> str:
        if x.startswith("~"):
            self.ambiguous.add(x[1:])
            return x[1:]
        return x

    def country(self, s: str) -> str | None:
        """Canonical country for a name, alias or demonym ("US", "Ukrainian", "Britain")."""
        s = s.strip()
        return self.country_of.get(s) or self.demonym.get(s.lower()) or self.country_of.get(s.removeprefix("the "))

    def with_article(self, country: str) -> str:
        return self.article.get(country, "") + country


@lru_cache(maxsize=4)
def lexicon(lang: str = LANG) -> Lexicon:
    return Lexicon(lang)


# -- span clean-up --------------------------------------------------------------------------------------------------
def clean_span(text: str, s: int, e: int, label: str) -> tuple[int, int]:
    """Trim quote marks, whitespace, a leading "the" (not for persons), trailing punctuation and a possessive."""
    for _ in range(3):
        while s < e and (text[s] in QUOTE_CHARS or text[s].isspace()):
            s += 1
        if label != "PERSON" and text[s:s + 4].lower() == "the " and e - s > 4:
            s += 4
    changed = True
    while changed and e > s:
        changed = False
        while e > s and (text[e - 1] in QUOTE_CHARS + ",;:!?)" or text[e - 1].isspace()):
            if text[e - 1] in "’'" and e - 2 > s and text[e - 2] == "s" and label != "PERSON":
                break
            e -= 1
            changed = True
        m = _POSS.search(text, s, e)
        if m and m.end() == e and e - s > 3:
            e = m.start()
            changed = True
        if e > s and text[e - 1] == "." and not re.search(r"(?:\b[A-Z]|\.[A-Za-z])\.$", text[s:e]):
            e -= 1
            changed = True
    return s, e


def repair_guillemet(text: str, s: int, e: int) -> tuple[int, int]:
    """An entity cut at a quote mark: «Coalition of the Willing» tagged as "«Coalition of" or "Coalition of the"
    is completed to the closing mark (within the sentence)."""
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    opener = None
    inner = text[s:e]
    for o in OPENERS:
        if o in inner and not any(c in inner[inner.index(o):] for c in OPENERS[o] if c != o or o == '"'):
            opener = o
            break
    if opener is None and j >= 0 and text[j] in OPENERS:
        opener = text[j]
    if opener is None:
        return s, e
    closers = OPENERS[opener]
    window = text[e:e + 80]
    for k, ch in enumerate(window):
        if ch in closers:
            return s, e + k
        if ch in ".!?\n" and not (ch == "." and k + 1 < len(window) and window[k + 1].isalnum()):
            break
    return s, e


# -- the component --------------------------------------------------------------------------------------------------
@component("understand.entities", requires=("document.text", "scratch.doc"), assigns=("entities", "scratch.actors"))
def entities(work) -> None:
    rec = work.record
    if rec.document.language in SKIP_LANGS or "doc" not in work.scratch:
        return
    actors = extract(work.scratch["doc"], rec.document.text)
    work.scratch["actors"] = actors
    rec.entities = actors.publish()


def extract(doc, text: str, lang: str = LANG) -> Actors:
    """All named entities of ``doc`` (a spaCy Doc over ``text``) as actors with mentions, names, types and roles."""
    lex = lexicon(lang)
    actors = Actors(text)
    spans = _model_spans(doc, text, lex)
    spans = _retype(spans, text, lex)
    spans = _add_gazetteer(spans, text, lex)
    _cluster(actors, spans, doc, text, lex)
    _acronyms(actors, text)
    _groups(actors, text, lex)
    _titles_and_roles(actors, doc, text, lex)
    return actors


# A span under construction: [start, end, label, extra] (extra: canonical outlet or None)
def _model_spans(doc, text, lex):
    out = []
    for ent in doc.ents:
        label = ent.label_
        if label not in KEEP_LABELS:
            continue
        s, e = ent.start_char, ent.end_char
        if label != "PERSON":
            s, e = repair_guillemet(text, s, e)
        s, e = clean_span(text, s, e, label)
        if e <= s or not any(c.isalpha() for c in text[s:e]):
            continue
        if label != "PERSON" and _sentence_like(text[s:e]):
            continue  # "Stadia has been built from the ground up …" tagged ORG by the small model
        if label == "PERSON":
            m = _PARTICLE_NAME.search(text, max(0, s - 40), s)
            if m and m.end() == s:
                s = m.start()  # "Ursula von der Leyen" tagged as "Leyen"
            if _PARTICLE_END.search(text, s, e):
                m = _NEXT_NAME.match(text, e)
                if m:
                    e = m.end()  # "Ursula von der" + "Leyen"
            s = _strip_leading_titles(text, s, e, lex)
            m = _LEADING_GERUND.match(text, s, e)
            if m and m.group(1) not in lex.first_names:
                s = m.end()  # "Hosting Cook at Dreamforce …": a sentence-initial verb swallowed into the name
            if e <= s:
                continue
            s, e = _trim_person(doc, s, e)
            if e <= s:
                continue
        elif label in ("LAW", "WORK_OF_ART", "EVENT", "PRODUCT"):
            # only a guillemet-quoted organisation name survives ("the «Coalition of the Willing»")
            words = text[s:e].lower().split()
            if not (set(words) & lex.group_heads):
                continue
            label = "ORG"
        if out and s < out[-1][1]:
            continue  # overlaps the span before (already extended over it)
        out.append([s, e, label, None])
    # names in quote marks the model missed: «Coalition of the Willing», “National Front”
    for m in _QUOTED_NAME.finditer(text):
        words = m.group(1).lower().split()
        if set(words) & (lex.group_heads | lex.org_heads):
            s, e = m.start(1), m.end(1)
            if not any(a < e and s < b for a, b, _, _ in out):
                out.append([s, e, "ORG", None])
    return out


def _trim_person(doc, s: int, e: int) -> tuple[int, int]:
    """The name inside a PERSON span: words around it that are no name cut off (names.trim_person: "Certainly
    Donald Trump", "Crooked Hillary", a Title Case headline's "Tom Nides Thanked Clinton")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 2:
        return s, e
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2:
        return s, e
    i, j = names.trim_person([(t.text, t.pos_) for t in words])
    if (i, j) == (0, len(words)):
        return s, e
    return max(s, words[i].idx), min(e, words[j - 1].idx + len(words[j - 1].text))


_LEADING_GERUND = re.compile(r"([A-Z][a-z]+ing)\s+(?=[A-Z])")
_SMALL_WORDS = {"of", "the", "and", "for", "de", "du", "la", "le", "del", "von", "van", "der", "on", "in", "at", "&",
                "a", "an", "to", "y"}


def _sentence_like(t: str) -> bool:
    """A span of running words (several lower-case words beside the small words of names) is no name."""
    words = t.split()
    if len(words) < 5:
        return False
    lower = [w for w in words if w[:1].islower() and w.lower() not in _SMALL_WORDS]
    return len(lower) >= 2 and len(lower) * 3 >= len(words)


_QUOTED_NAME = re.compile(r"[«“\"„‹]([A-Z][\w\-]*(?:\s+(?:of|the|and|for|[A-Z][\w\-]*)){1,7})[»”\"“›]")


_TITLE_TOKEN = re.compile(r"\S+")
_PARTICLE_END = re.compile(r"\s(?:von|van|der|den|de|da|di|del|la|le|bin|al|el|ibn|dos|das|ter)$")
_NEXT_NAME = re.compile(r"\s+[A-Z][\w\-]+")
_PARTICLE_NAME = re.compile(r"[A-Z][\w\-]+\s+(?:(?:von|van|der|den|de|da|di|del|la|le|bin|al|el|ibn|dos|das|ter)\s+)"
                            r"{1,3}$")


def _strip_leading_titles(text, s, e, lex) -> int:
    """Cut titles and nationalities swallowed into a PERSON span ("President Vladimir Putin")."""
    while True:
        m = _TITLE_TOKEN.match(text, s, e)
        if not m or m.end() >= e:
            return s
        w = m.group().lower()
        if w in lex.title_vocab and w not in ("of", "the") or w in HONORIFICS or lex.demonym.get(w):
            s = m.end()
            while s < e and text[s].isspace():
                s += 1
        else:
            return s


def _retype(spans, text, lex):
    """Document-level type fixes: outlets, persons tagged ORG/GPE, countries tagged PERSON, coalitions."""
    person_full = {}  # surname / full name -> count
    label_votes: dict[str, dict[str, int]] = {}
    for s, e, label, _ in spans:
        t = text[s:e]
        label_votes.setdefault(t, {}).setdefault(label, 0)
        label_votes[t][label] += 1
        if label == "PERSON":
            toks = t.split()
            if len(toks) >= 2:
                person_full[toks[-1]] = person_full.get(toks[-1], 0) + 1
                person_full[toks[0]] = person_full.get(toks[0], 0) + 1
                person_full[t] = person_full.get(t, 0) + 1
    # names the text shows to be persons (in any of their places): every span of that name is re-typed
    shown_person = {text[s:e] for s, e, label, _ in spans
                    if label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP") and _person_evidence(text, s, e, lex)}
    found = outlet_list.find(text)
    outs = {(o.start, o.end): o for o in found}
    o_starts = [o.start for o in found]
    for sp in spans:
        s, e, label, _ = sp
        t = text[s:e]
        k = bisect.bisect_right(o_starts, e) - 1
        o = found[k] if k >= 0 and found[k].end > s else None
        if o is not None and (label not in ("GPE", "LOC") or o.end == e or (o.start <= s and o.end >= e)):
            sp[0], sp[1], sp[2], sp[3] = o.start, o.end, "MEDIA", o.name
            continue
        if label != "PERSON" and (t in person_full or (label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")
                                                         and _majority(label_votes.get(t, {})) == "PERSON")):
            if lex.country(t) is None:
                sp[2] = "PERSON"
                continue
        if label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP") and t in shown_person:
            sp[2] = "PERSON"
            continue
        if label == "PERSON" and (lex.country(t) or t in lex.capital):
            sp[2] = "GPE"
            continue
        if label == "PERSON" and outlet_list.lookup(t):
            sp[2], sp[3] = "MEDIA", outlet_list.lookup(t)
            continue
        if (label == "ORG" and outlet_list.media_context(text, s, e)) or (
                label == "PERSON" and outlet_list.media_after(text, e)) or (
                label == "ORG" and outlet_list.told(text, s, e)
                and not set(t.lower().split()) & lex.institutions):
            sp[2], sp[3] = "MEDIA", t
            continue
        if label == "ORG":
            words = t.lower().split()
            if words and (words[0] in lex.group_heads or (len(words) > 1 and words[-1] in lex.group_heads)):
                sp[2] = "GROUP"
        if label in ("GPE", "NORP") and t in ("EU", "European Union", "NATO", "UN"):
            sp[2] = "ORG"
    # outlets the model did not tag (or tagged as part of something else)
    taken = [(sp[0], sp[1]) for sp in spans]
    for o in outs.values():
        if not any(a < o.end and o.start < b for a, b in taken):
            spans.append([o.start, o.end, "MEDIA", o.name])
    return spans


_NAME_TOKEN = re.compile(r"[A-Z][\w’'\-]*\.?$")
_POSSESSIVE_CUE = re.compile(r"[’']s\s+(\w+)(?:\s+(\w+))?")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|explained|recalled|recalls|laughed|wrote|writes|"
                           r"noted|recounted|testified|insisted|argued|continued)\b")
_FIRST_SG = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|my|me|myself)\b")
_CLOSING = "”\"’»"


def _person_evidence(text: str, s: int, e: int, lex) -> bool:
    """A short name the model tagged ORG/GPE that the text shows to be a person: an honorific before it ("Mr."),
    an age after it ("Parise, 35,"), a kin or personal word after its possessive ("Steenburgen’s son"), or the
    speaker of a direct quote in the first person singular ("“I now do recall,” Sondland said" / "“…I…,” said X")."""
    t = text[s:e]
    words = t.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if lex.country(t) or t in lex.capital or outlet_list.lookup(t) or t in lex.country_of:
        return False
    if set(w.lower() for w in words) & (lex.institutions | lex.org_heads | lex.group_heads):
        return False
    before = text[max(0, s - 6):s].split()
    if before and before[-1].lower() in HONORIFICS:
        return True
    if _AGE_AFTER.match(text, e):
        return True
    m = _POSSESSIVE_CUE.match(text, e)
    if m and {m.group(1).lower(), (m.group(2) or "").lower()} & rules.words(LANG, "person_cues"):
        return True
    # the speaker of a first-person direct quote, right after its closing mark
    pre = text[max(0, s - 3):s]
    if any(c in _CLOSING for c in pre) and _SPEECH_AFTER.match(text, e):
        start = text.rfind("\n", 0, s) + 1
        return bool(_FIRST_SG.search(text, start, s))
    pre = text[max(0, s - 12):s]
    m2 = re.search(r"[,”\"’]\s*(?:said|says|told|added|recalled|explained|wrote)\s+$", pre)
    if m2:
        start = text.rfind("\n", 0, s) + 1
        return bool(_FIRST_SG.search(text, start, s))
    return False


def _majority(votes: dict) -> str | None:
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: kv[1])
    return best[0] if best[1] > sum(votes.values()) / 2 else None


_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'’-]+)[ \t]+$")


def _add_gazetteer(spans, text, lex):
    """Find again, anywhere in the text, the names the model found somewhere (it often misses a name in one
    sentence that it tagged in another): a substring search per name (case-insensitive for names of several
    words, so that «coalition of the willing» joins «Coalition of the Willing»), and the countries and capitals of
    the data file by one precompiled regex."""
    names: dict[str, tuple[str, str | None]] = {}
    for s, e, label, extra in spans:
        if label in ("NORP",):
            continue
        t = text[s:e]
        if len(t) < 2 or not t[0].isupper() and label != "MEDIA":
            continue
        names.setdefault(t, (label, extra))
        if label == "PERSON":
            toks = t.split()
            if len(toks) >= 2 and len(toks[-1]) > 2:
                names.setdefault(toks[-1], ("PERSON", None))
            if len(toks) == 2 and len(toks[0]) > 2 and is_given_name(toks[0]):
                names.setdefault(toks[0], ("PERSON", None))  # "Ivanka" alone, after "Ivanka Trump"
    taken = sorted((sp[0], sp[1]) for sp in spans)
    found = []
    # the document's own names: plain substring search (C speed, no regex to compile per document)
    lowered = None
    n = len(text)
    for name in names:
        if " " in name:
            if lowered is None:
                lowered = text.lower()
                if len(lowered) != n:  # a letter whose lower case is longer ("İ"): stay case-sensitive
                    lowered = text
            hay, needle = lowered, (name.lower() if lowered is not text else name)
        else:
            hay, needle = text, name
        i = hay.find(needle)
        while i >= 0:
            j = i + len(needle)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and (
                    j >= n or not (text[j].isalnum() or text[j] in "-_")):
                found.append((i, j, name))
            i = hay.find(needle, j)
    # countries and capitals from the data file: one regex compiled once per language
    for m in lex.place_re.finditer(text):
        if m.group() not in names:
            found.append((m.start(), m.end(), m.group()))
            names[m.group()] = ("GPE", None)
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    if not found:
        return spans
    starts = [a for a, _ in taken]
    for s, e, key in found:
        if " " not in key and names[key][0] == "PERSON":
            # a surname found again right after a given name is someone else of that family, whom the model
            # missed: "Ivanka Trump" in an article about Donald Trump is not one more "Trump"
            m = _GIVEN_BEFORE.search(text, max(0, s - 40), s)
            if m and is_given_name(m.group(1)) and m.group(1) != key:
                s = m.start(1)
        k = bisect.bisect_right(starts, e)
        if any(a < e and s < b for a, b in taken[max(0, k - 3):k]):
            continue
        label, extra = names[key]
        spans.append([s, e, label, extra])
        k = bisect.bisect_left(taken, (s, e))
        taken.insert(k, (s, e))
        starts.insert(k, s)
    return spans


# -- clustering -----------------------------------------------------------------------------------------------------
def _cluster(actors: Actors, spans, doc, text, lex) -> None:
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    subj = _subject_chars(doc)
    persons = []
    keyed: dict[tuple, int] = {}
    for s, e, label, extra in spans:
        t = _WS.sub(" ", text[s:e])
        if label == "PERSON":
            persons.append((s, e, t))
            continue
        if label == "NORP":
            continue
        if label == "MEDIA":
            key = ("MEDIA", extra or t)
            name = extra or t
        elif label in ("GPE", "LOC", "FAC"):
            c = lex.country_of.get(t) or lex.country_of.get(t.removeprefix("the "))
            if c is not None:
                key, name, label = ("GPE", c), c, "GPE"
            elif t in lex.capital and not _locative(text, s):
                c = lex.capital[t]
                idx = _get(actors, keyed, ("GPE", c), "GPE", c)
                # an actor ("Kyiv intends to…"): a mention of the country only; "in Kyiv" stays the city
                actors.add_mention(idx, s, e, "metonym", _subj(subj, s, e))
                continue
            else:
                key, name = (label if label != "FAC" else "LOC", t), t
                label = key[0]
        else:  # ORG, GROUP
            name = t
            key = ("ORG", t.lower())
        idx = _get(actors, keyed, key, label, name)
        kind = "outlet" if label == "MEDIA" else "name"
        if key[0] == "GPE" and name != t and t in lex.capital:
            kind = "name"
        actors.add_mention(idx, s, e, kind, _subj(subj, s, e))
    _cluster_persons(actors, persons, subj)


def _get(actors, keyed, key, label, name) -> int:
    idx = keyed.get(key)
    if idx is None:
        idx = actors.add_entity(WEntity(type=label, name=name, key=key))
        keyed[key] = idx
    elif label == "ORG" and actors.entities[idx].name[:1].islower() and name[:1].isupper():
        actors.entities[idx].name = name  # prefer the capitalised spelling as the canonical name
    return idx


_LOC_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE_PREPS)) + r")\s+$", re.I)


def _locative(text: str, s: int) -> bool:
    """A place name used as a place ("in Moscow", "to Kyiv", "Paris summit"), not as an actor."""
    before = text[max(0, s - 16):s]
    if _LOC_BEFORE.search(before):
        return True
    after = text[s:s + 40]
    m = re.match(r"\S+\s+([a-z]+)", after)
    if m and m.group(1) in ("summit", "talks", "meeting", "time", "region", "oblast", "airport", "office",
                            "residents", "metro", "city", "streets", "court", "district"):
        return True
    return False


def _subject_chars(doc) -> dict[int, int]:
    """Start offsets of the tokens of subject phrases (the noun and its compound name parts): 2 for the subject of a
    main clause, 1 for any other subject."""
    out: dict[int, int] = {}
    for k in tokens.where(doc, "DEP", ("nsubj", "nsubjpass")):
        tok = doc[k]
        if True:
            head = tok.head
            rank = 2 if head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT") else 1
            for t in (tok, *[c for c in tok.children if c.dep_ in ("compound", "flat")]):
                out[t.idx] = max(out.get(t.idx, 0), rank)
            # a titled name: "Russian President Vladimir Putin" (the head may be the title)
            for c in tok.children:
                if c.dep_ == "compound":
                    for g in c.children:
                        if g.dep_ in ("compound", "amod"):
                            out[g.idx] = max(out.get(g.idx, 0), rank)
    return out


def _subj(subj: dict[int, int], s: int, e: int) -> int:
    return max((subj.get(k, 0) for k in range(s, e)), default=0) if subj else 0


def _cluster_persons(actors: Actors, persons, subj) -> None:
    full: list[tuple[tuple[str, ...], int]] = []  # token tuple -> entity idx
    singles = []
    for s, e, t in persons:
        toks = tuple(t.split())
        if len(toks) < 2:
            singles.append((s, e, t))
            continue
        idx = None
        for ft, i in full:
            # one person: compatible full names ("Donald Trump" / "Donald J. Trump"; never "George W." and
            # "George H.W. Bush"), or the name without its first word ("Wasserman Schultz")
            if ft == toks or names.same_person(" ".join(ft), t) or names.tail_of(t, " ".join(ft)) \
                    or names.tail_of(" ".join(ft), t):
                idx = i
                break
        if idx is None:
            idx = actors.add_entity(WEntity(type="PERSON", name=t, key=("PERSON", toks),
                                            gender=lexicon().first_names.get(toks[0])))
            full.append((toks, idx))
        ent = actors.entities[idx]
        if len(t) > len(ent.name):
            ent.name = t
        actors.add_mention(idx, s, e, "name", _subj(subj, s, e))
    solo: dict[str, int] = {}
    for s, e, t in singles:
        by_last = [i for ft, i in full if ft[-1] == t or names.name_key(ft[-1]) == names.name_key(t)]  # Zelenskyy
        by_first = [i for ft, i in full if ft[0] == t]
        cands, kind = (by_last, "name") if by_last else (by_first, "first")
        if len(set(cands)) > 1:
            # two people of the document share the name ("Trump" beside Donald and Eric Trump): the document alone
            # cannot tell which (the nearest one before is often wrong: the son is introduced, the father is
            # "Trump"); it stays an entity of its own, for the corpus to decide on evidence
            cands = []
        if cands:
            actors.add_mention(cands[0], s, e, kind, _subj(subj, s, e))
            continue
        idx = solo.get(t)
        if idx is None:
            idx = actors.add_entity(WEntity(type="PERSON", name=t, key=("PERSON", (t,))))
            solo[t] = idx
        actors.add_mention(idx, s, e, "name", _subj(subj, s, e))


# -- acronyms and groups --------------------------------------------------------------------------------------------
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,8})\)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and (w[0].isupper()))


def _acronyms(actors: Actors, text: str) -> None:
    """ "Armed Forces of Ukraine (AFU)": the acronym and all its later uses join the expansion's entity."""
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        hits = actors.covering(m.start() - 2, m.start() - 1)
        target = None
        for s, e, i in hits:
            if e >= m.start() - 2 and _initials(text[s:e]).upper().startswith(acr.upper()[:2]):
                target = i
                break
        if target is None:
            continue
        # drop a separate entity the model made for the acronym itself
        for j, ent in enumerate(actors.entities):
            if j != target and ent.name == acr:
                actors.move_mentions(j, target, "acronym")
        for a in re.finditer(r"(?<![\w\-])" + re.escape(acr) + r"(?![\w\-])", text):
            actors.add_mention(target, a.start(), a.end(), "acronym")
        actors.entities[target].aliases.append(acr)


def _groups(actors: Actors, text: str, lex: Lexicon) -> None:
    """ "26 countries", "35 heads of state and government": GROUP actors (one per phrase)."""
    for m in lex.group_re.finditer(text):
        if actors.covering(m.start(), m.end()):
            continue
        t = _WS.sub(" ", m.group())
        if t.lower().startswith(("all ", "many ", "several ")) and not m.group().split()[1:2] == ["of"]:
            pass
        idx = actors.add_entity(WEntity(type="GROUP", name=t, key=("GROUP", m.start())))
        actors.add_mention(idx, m.start(), m.end(), "group")


# -- titles and roles -----------------------------------------------------------------------------------------------
_WORD = re.compile(r"[\w’'.\-]+")


def _words_before(text: str, pos: int, n: int = 8) -> list[tuple[int, int, str]]:
    """Up to n words ending before ``pos`` on the same line (nearest last), stopping at punctuation."""
    seg_start = max(0, pos - 120)
    seg = text[seg_start:pos]
    cut = max(seg.rfind(c) for c in ",;:()«»“”\"\n—–")
    base = seg_start + cut + 1 if cut >= 0 else seg_start
    ws = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, base, pos)]
    return ws[-n:]


def role_phrase(title: str, place: str | None, lex: Lexicon) -> str:
    t = title.strip()
    t = t[:1].upper() + t[1:].lower()
    if place:
        return f"{t} of {lex.with_article(place) if place in lex.article else 'the ' + place}"
    return t


def _titles_and_roles(actors: Actors, doc, text: str, lex: Lexicon) -> None:
    org_names = {e.name for e in actors.entities if e.type in ("ORG", "GROUP")}
    for idx, ent in enumerate(actors.entities):
        if ent.type != "PERSON":
            continue
        for m in list(ent.mentions):
            if m.kind not in ("name",):
                continue
            _title_before(actors, idx, ent, m, text, lex, org_names)
            if ent.role is None:
                _apposition_after(ent, m, text, lex)


def _title_before(actors, idx, ent, m, text, lex, org_names) -> None:
    ws = _words_before(text, m.start)
    if not ws:
        return
    # the longest title ending right before the name
    best = None
    for k in range(max(0, len(ws) - lex.max_title), len(ws)):
        phrase = " ".join(w for _, _, w in ws[k:]).lower()
        if phrase in lex.titles or phrase in HONORIFICS:
            best = k
            break
    if best is None:
        return
    title_words = ws[best:]
    title = " ".join(w for _, _, w in title_words)
    low = title.lower()
    start = title_words[0][0]
    if low in FEMALE_TITLES:
        ent.gender = "f"
    elif low in MALE_TITLES:
        ent.gender = "m"
    place = None
    if best > 0:
        s0, e0, w0 = ws[best - 1]
        poss = _POSS.search(w0)
        bare = w0[:poss.start()] if poss else w0
        two = (ws[best - 2][2] + " " + bare) if best > 1 else None
        if two and lex.country(two):
            place, start = lex.country(two), ws[best - 2][0]
        elif lex.country(bare) and (bare[:1].isupper()):
            place, start = lex.country(bare), s0
        elif bare in org_names:
            place, start = bare, s0
    if low in HONORIFICS:
        actors.add_mention(idx, start, m.end, "titled", m.subject)
        return
    if ent.role is None:
        ent.role = role_phrase(low, place, lex)
        ent.role_title, ent.role_place = low, place
    actors.add_mention(idx, start, m.end, "titled", m.subject)


_APPOS = re.compile(r",\s+(?:(?:the|a|an|his|her|its)\s+)?([^,;:.()«»“”\"]{3,90}?)(?=,|\.|;|\)|$| who\b| said\b)")
_DEM_TITLE = None


def _apposition_after(ent, m, text, lex) -> None:
    am = _APPOS.match(text, m.end)
    if not am:
        return
    phrase = am.group(1).strip()
    words = phrase.split()
    if not words or len(words) > 14:
        return
    place = None
    k = 0
    if lex.demonym.get(words[0].lower()) and words[0][:1].isupper():
        place, k = lex.demonym[words[0].lower()], 1
    poss = _POSS.search(words[0])
    if k == 0 and poss and lex.country(words[0][:poss.start()]):
        place, k = lex.country(words[0][:poss.start()]), 1
    title = None
    for n in range(min(lex.max_title, len(words) - k), 0, -1):
        cand = " ".join(words[k:k + n]).lower()
        if cand in lex.titles:
            title, rest = cand, words[k + n:]
            break
    if title is None:
        return
    tail = " ".join(rest)
    if tail.startswith("of "):
        role = role_phrase(title, None, lex) + " of " + _normalise_role_tail(tail[3:], lex)
    else:
        role = role_phrase(title, place, lex)
    ent.role, ent.role_title, ent.role_place = role, title, place


def _normalise_role_tail(tail: str, lex: Lexicon) -> str:
    """ "the Russian president" -> "the President of Russia"; "Ukraine" -> "Ukraine"."""
    words = tail.split()
    art = ""
    if words and words[0].lower() == "the":
        art, words = "the ", words[1:]
    if len(words) >= 2 and lex.demonym.get(words[0].lower()) and words[0][:1].isupper():
        title = " ".join(words[1:]).lower()
        if title in lex.titles:
            return "the " + role_phrase(title, lex.demonym[words[0].lower()], lex)
    return art + " ".join(words)
