"""Fast token look-ups over a spaCy Doc: numpy columns instead of one Python Token object per token.

Iterating a Doc creates a Python object per token, which costs more than all our rules together; these helpers
read whole columns (``Doc.to_array``) and hand back only the indices worth looking at.
"""
from __future__ import annotations

from typing import Iterable


def starts(doc) -> list[int]:
    """Character offset of every token."""
    if not len(doc):
        return []
    return doc.to_array("IDX").tolist()


def where(doc, attr: str, values: Iterable[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (``"LOWER"``, ``"DEP"``, ``"ORTH"``...) is one of ``values``."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    wanted = {strings.add(v) for v in values}
    col = doc.to_array(attr)
    return [i for i, h in enumerate(col.tolist()) if h in wanted]
