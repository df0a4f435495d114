"""understand.entities: the actors of a document (one cluster of mentions per actor, a canonical name, a type and
a role), read by the language's entities reader (languages.py): en.py over spaCy, ru.py over natasha. The working
set of actors goes on to coreference and quotes in ``scratch.actors``; the record's ``entities`` are published from
it (ids e1, e2, ... in order of first mention). Where entity names are made: en.py ``_cluster`` / ``_cluster_persons``
(English), ru.py ``RuActors._persons`` / ``_others`` (Russian, Ukrainian). The ``names`` reader (a Latin-script
language without a reader of its own) keeps of the English reader's actors only people named in full
(``names.person_shaped``: "Kurt Busch"), since the English models make every capitalised word of such a text a
name."""
from __future__ import annotations

from ...pipeline import component


@component("understand.entities", requires=("document.text", "document.published", "document.url", "document.site_name",
                                           "scratch.doc"),
           assigns=("entities", "scratch.actors"))
def entities(work) -> None:
    view = work.scratch["doc"]
    reader = view.row.reader("entities")
    if reader in ("en", "names"):
        from .en import extract
        doc = work.record.document
        actors = extract(view, doc.text, published=doc.published, own=f"{doc.url or ''} {doc.site_name or ''}")
        if reader == "names":
            from ..names import person_shaped
            for ent in actors.entities:
                if ent.type != "PERSON" or not person_shaped(ent.name):
                    ent.mentions = []
        work.scratch["actors"] = actors
        work.record.entities = actors.publish()
    elif reader == "ru":
        from .ru import read
        actors = read(view)
        work.scratch["actors"] = actors
        work.record.entities = actors.publish()
