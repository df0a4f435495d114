"""The language table: which parser, which readers and which rule data each language gets (spaCy's idea of a class
per language, as data). Every routing decision of understand/ is read from here.

``understand.parse`` looks a document's language up (:func:`of`), parses it with the row's parser into the document
view and writes ``record.skipped``: the stages the row does not serve, each with the reason, so a document in a
language we do not understand says so instead of silently coming out empty. Each later component asks the row for
its reader (``row.reader("events")``) and does nothing when there is none.

- ``parser``: ``spacy`` (the English model, nlp.english), ``natasha`` (the Russian models, nlp.russian), or None.
- ``readers``: stage -> the implementation that reads it ("en", "ru", "uk"); a stage not listed is skipped.
- ``lemmas``: natasha lemmatises the tokens (its dictionaries are Russian: not for Ukrainian).
- ``borrows``: rule files the language lacks are read from this language's folder (``lang/<code>/``).
- ``mixes``: languages whose attribution cues and titles the readers read too, because the language's news carries
  them: Ukrainian outlets quote Russian speech and run Russian paragraphs ("Как сообщает «Интерфакс-Украина»,
  Кличко заявил, что …" inside a Ukrainian text), Russian ones Ukrainian statements; a mixed text is read in the
  language most of it is in. Only the other language's entries that are not words of the document's own language
  are read (its dictionary decides: Ukrainian "за словами" is a Russian idiom, Russian "он" a Ukrainian word), so a
  text in one language reads as before (entities/ru_rules.py).
- ``outlets_from``: languages whose outlet lists the document's outlets are found in too: a Ukrainian text names
  Russian outlets in Russian; not the other way, as the Ukrainian list's short and common forms ("УП", "Новое
  время") are Russian words and abbreviations (review r17).
- dates and quantities run for every document: they read the rules of the document's language when it has them
  (``lang/<code>/dates_*``, ``quantities_*``), else English patterns and digits.

A language without a row (German, Portuguese, Indonesian...) in Latin script gets ``UNREAD``: the English models
read only the full names of people in it (reader ``names``: a known given name and a surname, "Kurt Busch",
"Emmanuel Macron"), then dates and quantities; ``record.skipped`` says why coreference, quotes and events are not
read. The English models read such a text badly, not sparsely: on German every capitalised noun becomes a name
("Digitalisierung" a PERSON, "Einwilligung" a place), on Indonesian or Portuguese sentence openers become speakers
("Jadi", "muito"), and those junk actors and quotes would sit in the corpus beside the real ones. Language
identification is unreliable on a short text ("Trump met Kim in Hanoi." reads as Dutch), so a Latin-script text of
fewer than ``SURE_LETTERS`` letters, unless the identifier is sure of its language (``SURE_SCORE``), or one with no
language detected, is read with the English models and rules (``FALLBACK``). A text in another script (Korean,
Japanese, Chinese, Arabic, Hindi, Greek...) gets ``OTHER_SCRIPT`` whatever its length: only dates and quantities.
"""
from __future__ import annotations

from dataclasses import dataclass, field

READER_STAGES = ("entities", "coref", "quotes", "events")  # understand.<stage>: one reader per language
ALL = {s: "en" for s in READER_STAGES}


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    parser: str | None
    readers: dict = field(default_factory=dict)
    lemmas: bool = False
    borrows: str | None = None
    mixes: tuple[str, ...] = ()
    outlets_from: tuple[str, ...] = ()
    why: str = ""  # why the stages it lacks are skipped

    def reader(self, stage: str) -> str | None:
        return self.readers.get(stage)


TABLE: dict[str, Language] = {
    "en": Language("en", "English", "spacy", dict(ALL)),
    "ru": Language("ru", "Russian", "natasha", {s: "ru" for s in READER_STAGES}, lemmas=True, mixes=("uk",)),
    "uk": Language("uk", "Ukrainian", "natasha", {"entities": "ru", "coref": "ru", "quotes": "ru", "events": "uk"},
                   borrows="ru", mixes=("ru",), outlets_from=("ru",)),
    "be": Language("be", "Belarusian", None, {},
                   why="no Belarusian model: natasha's models read Russian and spaCy's English; only dates and "
                       "quantities (language-independent patterns) are read"),
}
FALLBACK = Language("*", "a language without a row (read with the English models and rules)", "spacy", dict(ALL))
OTHER_SCRIPT = Language("*", "a language in another script than Latin", None, {},
                        why="the English models read no names in its script; only dates and quantities "
                            "(language-independent patterns) are read")
UNREAD = Language("*", "a language newsgraph does not read", "spacy", {"entities": "names"},
                  why="newsgraph reads English, Russian and Ukrainian; in another language the English models read "
                      "only people's full names (a known given name and a surname), dates and quantities")
SAMPLE = 3000  # characters of a document looked at for its script
SURE_LETTERS = 200  # letters of a Latin-script text from which its detected language is trusted
SURE_SCORE = 0.9    # the identifier's confidence from which a shorter text's language is trusted


def of(code: str | None, text: str = "") -> Language:
    """The row of a language code; without one, ``OTHER_SCRIPT`` for a text mostly in another script than Latin
    (Hangul, kana, Han, Arabic, Devanagari, Greek, Cyrillic of a language without a row), ``UNREAD`` for a Latin-script
    text in a detected language of at least SURE_LETTERS letters (or a shorter one the identifier is sure of), and
    ``FALLBACK`` (English) for the other short ones and one with no language detected."""
    row = TABLE.get((code or "").lower())
    if row is not None:
        return row
    sample = text[:SAMPLE]
    if _other_script(sample):
        return OTHER_SCRIPT
    if code and (sum(ch.isalpha() for ch in sample) >= SURE_LETTERS or _sure_short(code, sample)):
        return UNREAD
    return FALLBACK


def _sure_short(code: str, text: str) -> bool:
    """Whether a short text is surely in ``code``: the identifier gives it that language with a confidence of at
    least SURE_SCORE. Measured on sentences of 20-200 letters: of 3,434 English ones (PolNeAR) none was given
    another language at 0.9 or more (18 were, below it); of 172 in Portuguese, Italian, German, Indonesian (the
    benchmark pages) 139 were given their language at 0.9 or more."""
    from ..clean.language import identify
    lang, score = identify(text)
    return lang == code.lower() and score >= SURE_SCORE


def _other_script(text: str) -> bool:
    """Whether most letters of ``text`` are outside the Latin script (basic, supplement and extensions)."""
    latin = other = 0
    for ch in text:
        if ch.isalpha():
            if ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00:
                latin += 1
            else:
                other += 1
    return other > latin


def skipped(row: Language) -> list[tuple[str, str]]:
    """(stage, reason) for every understand stage the row does not serve."""
    out = []
    name = row.name if row.code == "*" else f"{row.name} ({row.code})"
    if row.parser is None:
        out.append(("understand.parse", f"no parser for {name}: {row.why}"))
    for stage in READER_STAGES:
        if row.reader(stage) is None:
            out.append((f"understand.{stage}", f"no {stage} reader for {name}: {row.why}"))
    return out


def mixed_with(code: str | None) -> tuple[str, ...]:
    """The languages whose attribution cues ``code``'s quote reader reads too (``uk`` -> ``("ru",)``)."""
    row = TABLE.get(code or "")
    return row.mixes if row else ()


def outlets_from(code: str | None) -> tuple[str, ...]:
    """The languages whose outlet lists ``code``'s documents are read with too (``uk`` -> ``("ru",)``)."""
    row = TABLE.get(code or "")
    return row.outlets_from if row else ()


def data_fallback(code: str | None) -> str | None:
    """The language whose rule files ``code`` borrows (``uk`` -> ``ru``), or None."""
    row = TABLE.get(code or "")
    return row.borrows if row else None
