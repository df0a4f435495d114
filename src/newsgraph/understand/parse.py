"""understand.parse: the dependency parse and named entities of the clean text (a batch component).

English (and any language without its own model) goes through spaCy's ``nlp.pipe`` in batches and lands in
``scratch["doc"]``; Russian and Ukrainian documents go through natasha into ``scratch["ru_doc"]``.
"""
from __future__ import annotations

from ..pipeline import component
from . import nlp

RUSSIAN_MODEL_LANGS = {"ru", "uk", "be"}


@component("understand.parse", requires=("document.text", "document.language"),
           assigns=("scratch.doc", "scratch.ru_doc"), batch=True)
def parse(works) -> None:
    english = [w for w in works if w.record.document.language not in RUSSIAN_MODEL_LANGS]
    if english:
        model = nlp.english()
        for w, doc in zip(english, model.pipe((w.record.document.text for w in english), batch_size=len(english))):
            w.scratch["doc"] = doc
    for w in works:
        if w.record.document.language in RUSSIAN_MODEL_LANGS:
            w.scratch["ru_doc"] = nlp.russian()(w.record.document.text)
