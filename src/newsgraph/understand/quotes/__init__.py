"""understand.quotes: who said what, and which outlet reported it, read by the language's quotes reader
(languages.py): en.py (and en_indirect.py) over spaCy, ru.py over natasha. Speakers are actors of the working set
(``scratch.actors``); first-person pronouns inside a quote become mentions of its speaker, so the record's
``entities`` are published again. A date of the attribution clause (``record.dates``) dates the quote."""
from __future__ import annotations

from ...pipeline import component


@component("understand.quotes", requires=("document.text", "document.published", "scratch.doc", "scratch.actors",
                                          "dates"),
           assigns=("quotes",), extends=("entities", "scratch.actors"))
def quotes(work) -> None:
    view = work.scratch["doc"]
    reader = view.row.reader("quotes")
    rec = work.record
    if reader == "en":
        from .en import extract
        rec.quotes, rec.entities = extract(view, rec.document.text, work.scratch["actors"], rec.dates,
                                           published=rec.document.published)
    elif reader == "ru":
        from .ru import read
        actors = work.scratch["actors"]
        rec.quotes = read(actors, rec.dates)
        rec.entities = actors.publish(rec.quotes)
