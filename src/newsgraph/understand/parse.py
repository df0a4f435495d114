"""understand.parse: the document view of the clean text (a batch component).

The language table (languages.py) names the parser of the document's language: spaCy's ``nlp.pipe`` in batches
for English (and any language without a row), natasha for Russian and Ukrainian, none for a language we cannot
parse. The result is a :class:`~newsgraph.understand.doc.DocView` in ``scratch["doc"]``; ``record.skipped`` lists
the understand stages the language's row does not serve, with the reason.
"""
from __future__ import annotations

import re

from ..pipeline import component
from ..record import Skipped
from . import languages, nlp
from .doc import DocView


@component("understand.parse", requires=("document.text", "document.language"), assigns=("scratch.doc", "skipped"),
           batch=True)
def parse(works) -> None:
    rows = {id(w): languages.of(w.record.document.language, w.record.document.text or "") for w in works}
    for w in works:
        w.record.skipped = [Skipped(stage, reason) for stage, reason in languages.skipped(rows[id(w)])]
    english = [w for w in works if rows[id(w)].parser == "spacy"]
    if english:
        model = nlp.english()
        texts = (_for_tagger(w.record.document.text) for w in english)
        for w, doc in zip(english, model.pipe(texts, batch_size=len(english))):
            w.scratch["doc"] = DocView(w.record.document.text, rows[id(w)], spacy=doc)
    for w in works:
        row = rows[id(w)]
        if row.parser == "natasha":
            russian = nlp.russian()
            w.scratch["doc"] = DocView(w.record.document.text, row, natasha=russian(w.record.document.text),
                                       morph_vocab=russian.morph_vocab if row.lemmas else None)
        elif row.parser is None:
            w.scratch["doc"] = DocView(w.record.document.text, row)


_CURLY_IN_WORD = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")


def _for_tagger(text: str) -> str:
    """The text spaCy reads: an apostrophe inside a word typed curly ("O’Reilly", "don’t") made straight, as
    the model's training text mostly has it (the tagger split "Bill O’Reilly" into "Bill" and nothing). One
    character for one, so every offset is the clean text's; a curly mark beside a space or punctuation (a closing
    single quote) is left alone."""
    return _CURLY_IN_WORD.sub("'", text) if "\u2019" in text else text
