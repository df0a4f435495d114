"""Plain-text reader (.txt and anything not recognised as another format)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError
from .base import RawDocument


def read_text(path: Path) -> Iterator[RawDocument]:
    data = path.read_bytes()
    if not data.strip():
        raise InputError(str(path), "empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    yield RawDocument(source=str(path), text=text, format="text")
