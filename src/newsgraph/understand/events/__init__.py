"""understand.events: who did what to whom, where and when, as PLOVER events.

- codebook.py      the types, the cooperative / conflict split, what negation, plans, offers, commitments and
                   conditions do (one ``classify`` for every language, the differences named), merging mentions
- lexicon.py       one loader of the per-language rule files (triggers, governors, cues, metonyms, agent nouns)
- base.py          what every reader shares (candidate, absorption, states, date, quote, making the events)
- en.py, en_args.py, nonpolitical.py   English over spaCy's parse (triggers, arguments, non-political readings);
  en_governance.py, en_refs.py         factuality and governors; words that name someone and pronoun antecedents
- ru.py, ru_args.py                    Russian over natasha's UD parse
- uk.py                                Ukrainian: a shallow clause reading over word stems

The language table (languages.py) names the reader of a document's language. Every event: ``type`` and ``mode``,
``actors`` / ``targets`` resolved to the record's entities (coreference carried over), ``location``, ``date`` (a date
of its sentence, else its quote's, else the publication date), ``factuality`` (asserted | planned | proposed |
possible | negated), ``source``/``quote`` when a quote reports it, ``evidence`` (the clause, exact offsets) and
``trigger``. Mentions of one happening merge into one event.
"""
from __future__ import annotations

from ...pipeline import component
from .codebook import TYPES
from .lexicon import lexicon

__all__ = ["TYPES", "lexicon", "extract", "read"]


def read(view, record, reader: str) -> list:
    """The events of ``record`` read by ``reader`` ("en", "ru", "uk") over the document view ``view``."""
    if reader == "en":
        from .en import EnglishReader
        return EnglishReader(view, record, lexicon("en")).events()
    if reader == "ru":
        from .ru import RussianReader
        return RussianReader(view, record, lexicon("ru")).events()
    if reader == "uk":
        from .uk import UkrainianReader
        return UkrainianReader(view, record, lexicon("uk")).events()
    raise ValueError(f"no event reader {reader!r}")


def extract(view, record) -> list:
    """The events of ``record`` (entities, quotes and dates are read) over its document view."""
    reader = view.row.reader("events")
    return read(view, record, reader) if reader else []


@component("understand.events", requires=("document.text", "document.published", "scratch.doc", "entities", "quotes",
                                          "dates"), assigns=("events",))
def events_component(work) -> None:
    work.record.events = extract(work.scratch["doc"], work.record)
