"""Plain-text reader: the whole file is one document (.txt, and any text file no other reader claims)."""
from __future__ import annotations

from typing import Iterator

from ..errors import InputError
from .base import RawDocument
from .registry import reader
from .source import Input, decode


@reader("text", extensions=(".txt", ".text", ".md"), priority=1000,
        description="plain text: the whole file is one article (UTF-8, or a legacy encoding detected)")
def read_text(inp: Input) -> Iterator[RawDocument]:
    """Plain text: the whole file is one article."""
    data = inp.read_all()
    if not data.strip():
        raise InputError(inp.name, "empty file")
    text = decode(data, inp.name)
    if not text.strip():
        raise InputError(inp.name, "empty file (only whitespace)")
    yield RawDocument(source=inp.name, text=text, format="text")
