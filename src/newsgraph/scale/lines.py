"""Reading a line range of a JSON-lines file with newsgraph's own JSONL reader.

The lines of the range are handed to ``newsgraph.ingest.jsonl.read_jsonl`` behind as many empty lines as precede
them (the reader skips blank lines), so every document's source (``path:line N``), every error's line number and
every parsing rule are exactly those of a single-process read of the whole file.
"""
from __future__ import annotations

import itertools
from typing import Iterator

from ..errors import InputError
from .partitions import Item


def splittable(path: str) -> bool:
    """True when ``path`` is a JSON-lines file (by newsgraph's format detection) that is neither empty nor binary:
    only those are split into line ranges; anything else stays one whole file, reported by the reader as usual."""
    from ..ingest.registry import detect
    from ..ingest.source import Input, binary_kind
    try:
        inp = Input.from_path(path)
    except OSError:
        return False
    if inp.head_error is not None or inp.is_empty() or binary_kind(inp.head) is not None:
        return False
    return detect(inp).name == "jsonl"


def read_lines(item: Item) -> Iterator:
    from ..ingest.jsonl import read_jsonl
    from ..ingest.source import GZIP_ERRORS, Input, gzip_reason

    inp = Input.from_path(item.path)
    want = item.last_line - item.first_line + 1
    lines: list[bytes] = []
    fault = None
    n = item.first_line - 1
    try:
        with inp.open() as f:
            if item.offset >= 0 and inp.compression is None:
                f.seek(item.offset)
            else:
                for _ in itertools.islice(f, item.first_line - 1):
                    pass
            # the file's last range reads to the end, so a fault after the planned lines is still reported
            for line in (f if item.last else itertools.islice(f, want)):
                lines.append(line)
                n += 1
    except GZIP_ERRORS as exc:
        fault = exc
    data = b"\n" * (item.first_line - 1) + b"".join(lines)
    try:
        yield from read_jsonl(Input.from_bytes(data, name=inp.name))
    except InputError as exc:
        yield exc
    if fault is not None:
        yield InputError(inp.name, gzip_reason(fault) + (f" after line {n}" if n else ""))
