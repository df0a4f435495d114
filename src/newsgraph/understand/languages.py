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
- dates and quantities run for every document: they read the rules of the document's language when it has them
  (``lang/<code>/dates_*``, ``quantities_*``), else English patterns and digits.

A language without a row (German, Portuguese... or no language detected) is read with the English models and
rules (``FALLBACK``) when its text is in Latin script: names, numbers and dates mostly come out, quotes and events
rarely. In another script (Korean, Japanese, Chinese, Arabic, Hindi, Greek...) the English models read no names, so
such a text gets ``OTHER_SCRIPT``: only dates and quantities, and ``record.skipped`` says why.
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
    why: str = ""  # why the stages it lacks are skipped

    def reader(self, stage: str) -> str | None:
        return self.readers.get(stage)


TABLE: dict[str, Language] = {
    "en": Language("en", "English", "spacy", dict(ALL)),
    "ru": Language("ru", "Russian", "natasha", {s: "ru" for s in READER_STAGES}, lemmas=True),
    "uk": Language("uk", "Ukrainian", "natasha", {"entities": "ru", "coref": "ru", "quotes": "ru", "events": "uk"},
                   borrows="ru"),
    "be": Language("be", "Belarusian", None, {},
                   why="no Belarusian model: natasha's models read Russian and spaCy's English; only dates and "
                       "quantities (language-independent patterns) are read"),
}
FALLBACK = Language("*", "a language without a row (read with the English models and rules)", "spacy", dict(ALL))
OTHER_SCRIPT = Language("*", "a language in another script than Latin", None, {},
                        why="the English models read no names in its script; only dates and quantities "
                            "(language-independent patterns) are read")
SAMPLE = 3000  # characters of a document looked at for its script


def of(code: str | None, text: str = "") -> Language:
    """The row of a language code; without one, ``FALLBACK`` for a text in Latin script and ``OTHER_SCRIPT`` for
    one mostly in another (Hangul, kana, Han, Arabic, Devanagari, Greek, Cyrillic of a language without a row)."""
    row = TABLE.get((code or "").lower())
    if row is not None:
        return row
    return OTHER_SCRIPT if _other_script(text[:SAMPLE]) else FALLBACK


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


def data_fallback(code: str | None) -> str | None:
    """The language whose rule files ``code`` borrows (``uk`` -> ``ru``), or None."""
    row = TABLE.get(code or "")
    return row.borrows if row else None
