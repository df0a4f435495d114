"""What kind of thing a name is, before any identity question: names that are no actor or have another type
(``not_actor``: lang/<lang>/not_actors.tsv, the dates' month and day names, spaCy's stop words), names whose last
word makes them an organisation, a place or an event (``not_person_head``: not_person_heads.tsv), and the names of
royals and popes, known by title and given name (``regnal_name``). Pure functions over names and rule files; used by
corpus/identity.view."""
from __future__ import annotations

import re
from functools import lru_cache

from ..understand import names as N
from ..understand.names import _person_heads, not_person_head  # noqa: F401 (re-exported: corpus.identity)

PERSON = "PERSON"
PERSON_TYPES = {"PERSON", "PER"}
TYPE_ALIASES = {"PER": "PERSON", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def norm_type(t: str | None) -> str:
    t = (t or "").upper()
    return TYPE_ALIASES.get(t, t) or "MISC"


# -- words that are no actor -------------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _not_actors(lang: str) -> dict[str, str]:
    from ..understand import rules
    out: dict[str, str] = {}
    for code in dict.fromkeys(("common", lang, "en")):
        try:
            rows = rules.table(code, "not_actors")
        except LookupError:
            continue
        for row in rows:
            if row and row[0]:
                out.setdefault(N.fold(row[0]), (row[1] if len(row) > 1 else "-") or "-")
    # months and days of the week (the dates' own data), unless the word is also a given name ("May", "June")
    try:
        for row in rules.table(lang, "dates_names"):
            if len(row) > 1 and row[1] in ("month", "weekday") and not N.is_given_name(row[0]) \
                    and N.fold(row[0]) not in _stop_words(lang):
                out.setdefault(N.fold(row[0]), "-")
    except LookupError:
        pass
    return out


def not_actor(name: str, typ: str, lang: str = "en") -> str | None:
    """None when ``name`` may be an actor of type ``typ``; else the type it really has ("Twitter" -> "ORG") or
    "-" for no actor at all ("n't", "September", "Coronavirus")."""
    key = N.fold(name.strip())
    hit = _not_actors(lang or "en").get(key)
    if hit is None:
        if not any(c.isalpha() for c in name) or (key in _stop_words(lang or "en") and norm_type(typ) != PERSON
                                                  and not _acronym(name.strip())):
            return "-"
        return None
    return hit if hit != norm_type(typ) else None


def _acronym(name: str) -> bool:
    """A function word written in capitals is an organisation's or a place's acronym ("WHO", "US"), not the word."""
    return len(name) >= 2 and name.isalpha() and name.isupper()


def case_caption(name: str, lang: str = "en") -> bool:
    """Whether a name is a court case's caption ("Roe v. Wade", "Trump v. Trump": lang/<lang>/case_caption_words.txt
    between two capitalised words): a lawsuit, not a person, whatever the tagger typed it."""
    words = name.split()
    if len(words) < 3:
        return False
    seps = _caption_words(lang or "en")
    return any(w in seps and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
               for i, w in enumerate(words[1:-1], 1))


@lru_cache(maxsize=8)
def _caption_words(lang: str) -> frozenset[str]:
    from ..understand import rules
    try:
        return frozenset(rules.lines(lang, "case_caption_words"))
    except LookupError:
        return frozenset(rules.lines("en", "case_caption_words"))


_NEXT_WORD = r"[ \t]+([A-Za-z][\w-]*)"


# after a one-word name only a territory's division counts: a lower-case noun after a surname is mostly the person's
# thing ("the Trump speech", "the Bush ranch", "the Sanders group": review r18), "the Punjab province" is a place
_DIVISIONS = frozenset({"province", "region", "district", "prefecture", "governorate", "oblast", "county", "state"})


def head_in_text(name: str, text: str, lang: str = "en") -> str | None:
    """The type a name typed PERSON has by the word its document writes right after it somewhere, a head of
    not_person_heads.tsv the tagger cut off: "the Punjab province" (GPE), "Nintendo Switch Lite", "the Nintendo
    Switch pro controller" (no actor). Only for a name whose first word is no known given name (a person's name
    is never cut from a product's); after a one-word name only a head in lower case counts, a common noun, since
    a capitalised one starts another name ("Trump Tower" names a building, not Trump). None: no such evidence."""
    words = name.split()
    if not words or not text or N.is_given_name(words[0]):
        return None
    heads = _person_heads(lang or "en")
    if not heads:
        return None
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + _NEXT_WORD, text):
        w = m.group(1)
        hit = heads.get(N.fold(w))
        if hit is not None and (len(words) > 1 or w.islower() and N.fold(w) in _DIVISIONS):
            return hit[0]
    return None


@lru_cache(maxsize=8)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language (function words and contractions: "n't", "The", "Because")."""
    try:
        import importlib
        mod = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        return frozenset(N.fold(w) for w in mod.STOP_WORDS)
    except Exception:  # noqa: BLE001 - a language spaCy has no list for
        return frozenset()


@lru_cache(maxsize=1)
def _regnal():
    """A title and a given name (and a regnal number): the titles are data (lang/*/regnal_titles.txt)."""
    from ..understand import rules
    titles: set[str] = set()
    for lang in rules.languages():
        try:
            titles |= set(rules.lines(lang, "regnal_titles"))
        except LookupError:  # "common", or a language without royal titles
            continue
    titles = sorted(titles, key=len, reverse=True)
    return re.compile(r"^(?:Crown )?(?:" + "|".join(map(re.escape, titles)) + r")\s+"
                      r"[A-ZА-ЯЁІЇЄ][\w'’-]+(?:\s+(?:II|III|IV|V|VI|VII|VIII|IX|X))?$")


_REGNAL_NUMBER = re.compile(r"\s+((?:II|III|IV|V|VI|VII|VIII|IX|X))$")


def regnal_number(name: str) -> str:
    """The regnal number a royal's name ends with ("III" of "King Charles III"), or ''."""
    m = _REGNAL_NUMBER.search(name)
    return m.group(1) if m else ""


def without_regnal_number(name: str) -> str:
    """"King Charles III" -> "King Charles": how most pages name the reigning monarch."""
    return _REGNAL_NUMBER.sub("", name)


_STYLE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z]\w+\s+)?(?:of\s+[A-Z][\w'’-]+|Royal|Consort)$")


def _style(alias: str) -> bool:
    """A royal's description by title, no name: "The prince", "the King", "Duke of Sussex", "Princess Royal"."""
    words = alias.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or words[0].lower() not in _style_ranks():
        return False
    return len(words) == 1 or bool(_STYLE.match(" ".join(words)))


@lru_cache(maxsize=1)
def _style_ranks() -> frozenset[str]:
    """Royal titles and peerage ranks (lang/en regnal_titles.txt, style_ranks.txt)."""
    from ..understand import rules
    return rules.words("en", "regnal_titles") | rules.words("en", "style_ranks")


def regnal_name(cleaned: list[str]) -> str:
    """A monarch's, a royal's or a pope's name: a title and a given name ("Prince Harry", "Queen Elizabeth II",
    "Pope Francis"), when the document names the person no other way in full (no "Harry Windsor"). Such a name has
    no surname, so it is the person's identity across documents as written."""
    regnal = [a for a in cleaned if _regnal().match(a)]
    if not regnal or any(N.parse(N.strip_titles(a)).full for a in cleaned if a not in regnal and not _style(a)):
        return ""
    best = max(regnal, key=len)
    return _renamed().get(best, best)


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    """Royals who reigned under another title (lang/en/regnal_renames.tsv): "Prince Charles" -> "King Charles III"."""
    from ..understand import rules
    try:
        return {r[0]: r[1] for r in rules.table("en", "regnal_renames") if len(r) > 1}
    except (LookupError, OSError):
        return {}


def used_as_place(text: str, starts, lang: str = "en") -> bool:
    """Whether the text uses a name as a place at any of its mentions (starting at ``starts``: those the tagger
    typed no person): after a preposition of place ("in Chelsea", "at Cornell"; lang/<lang>/words.tsv
    place_preps). Such a given name is no person's, whoever the document names in full."""
    from ..understand import rules
    try:
        preps = rules.wordset(lang or "en", "place_preps")
    except LookupError:
        return False
    for s in starts:
        before = text[max(0, s - 16):s].split()
        if before and before[-1].lower() in preps:
            return True
    return False


def known_country(name: str, lang: str = "en") -> bool:
    """Whether a name is a country's in lang/<lang>/countries.tsv (its name or an alias; "~Georgia", also a given
    name, counts: the caller has the tagger's word that it is a place here)."""
    return N.fold(name) in _countries(lang or "en")


@lru_cache(maxsize=8)
def _countries(lang: str) -> frozenset[str]:
    from ..understand import rules
    try:
        rows = rules.table(lang, "countries")
    except LookupError:
        return frozenset()
    return frozenset(N.fold(a.lstrip("~")) for r in rows for a in [r[0], *(r[1].split("|") if len(r) > 1 else ())]
                     if a)


PERSON_SHARE = 1 / 3  # the share of its documents that must type a person-like name PERSON for it to be a person


def vote_type(type_docs: dict[str, int], current: str, person_name: bool = False) -> str:
    """The actor's type: the type most of its documents gave (a person tagged ORG in one page stays a person). A
    name of a person's shape is a person when a third of its documents say so: the small English model types some
    names as organisations in most pages ("Carly Fiorina"), rarely an organisation as a person (the shape:
    ``names.person_shaped``)."""
    if not type_docs:
        return current
    if person_name and type_docs.get(PERSON, 0) >= PERSON_SHARE * sum(type_docs.values()):
        return PERSON
    return max(type_docs.items(), key=lambda kv: (kv[1], kv[0] == current, kv[0]))[0]
