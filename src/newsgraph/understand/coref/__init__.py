"""understand.coref: pronouns and descriptions that refer to an actor become mentions of it, read by the language's
coref reader (languages.py). English (en.py): role descriptions, anaphors and pronouns are resolved ahead, for every
later stage. Russian and Ukrainian (ru.py): resolved when a quote's attribution needs them (the quotes reader calls
them), so this stage has nothing to do ahead for them."""
from __future__ import annotations

from ...pipeline import component


@component("understand.coref", requires=("document.text", "scratch.doc", "scratch.actors"),
           extends=("entities", "scratch.actors"))
def coref(work) -> None:
    view = work.scratch["doc"]
    if view.row.reader("coref") == "en":
        from .en import resolve
        actors = work.scratch["actors"]
        resolve(actors, view, work.record.document.text)
        work.record.entities = actors.publish()
