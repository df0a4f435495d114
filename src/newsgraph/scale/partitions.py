"""Partitions: the input split into small, serialisable units of work.

A :class:`Partition` names what a worker reads: a few whole files (small files are grouped so the analysis
batches stay full), a line range of one JSONL file, or one WARC file. It carries no data, only paths and ranges,
so it pickles in a few hundred bytes and any worker that sees the same (shared) file system can read it.

The partitions of a plan are numbered in reading order: the files in the order ``newsgraph.ingest`` expands
them (folders walked sorted) and the lines of a JSONL file in file order. Concatenating the documents of
partitions 0, 1, 2, ... therefore gives exactly the stream a single-process ``read(paths)`` yields, which is
what lets the merge reproduce a single-process ingest.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Iterator

# File names read as one document each (several are grouped into a partition) vs. as many records.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".jsonl.gz", ".ndjson.gz", ".jsonlines.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass(frozen=True)
class Item:
    """One file, or a line range ``[first_line, last_line]`` (1-based, inclusive) of a JSONL file.

    ``offset`` is the byte offset of ``first_line`` for an uncompressed file (a worker seeks there instead of
    reading the lines before it); -1 when unknown (gzip: the lines before are skipped while decompressing).
    """
    path: str
    first_line: int = 0  # 0: the whole file
    last_line: int = 0
    offset: int = -1
    last: bool = True  # the file's last range (its completion is recorded after it)

    @property
    def whole(self) -> bool:
        return self.first_line == 0


@dataclass(frozen=True)
class Partition:
    index: int
    items: tuple[Item, ...]
    kind: str  # files | lines | warc
    fingerprint: str = ""  # sizes and mtimes of the files: a changed input gets new shards

    @property
    def name(self) -> str:
        """The shard's stable name: a digest of what the partition covers (files, ranges, sizes and mtimes), so a
        rerun finds the shards of the same partitions even when the plan around them changed."""
        desc = json.dumps([self.kind, self.fingerprint, [asdict(i) for i in self.items]], sort_keys=True)
        return f"part-{hashlib.sha1(desc.encode()).hexdigest()[:20]}"

    def describe(self) -> str:
        first = self.items[0]
        if self.kind == "lines":
            return f"{first.path}:{first.first_line}-{first.last_line}"
        if len(self.items) == 1:
            return first.path
        return f"{first.path} (+{len(self.items) - 1} files)"


def _expand(paths: Iterable[str]) -> Iterator[str]:
    from ..ingest.readers import expand
    return expand(paths)


def _fingerprint(paths: Iterable[str]) -> str:
    h = hashlib.sha1()
    for p in paths:
        try:
            st = os.stat(p)
            h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{p}\0missing\n".encode())
    return h.hexdigest()[:16]


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _line_ranges(path: str, lines_per_partition: int) -> Iterator[Item]:
    """Line ranges of a JSONL file, each ``lines_per_partition`` lines (the last may be shorter)."""
    compressed = path.lower().endswith(".gz")
    opener = gzip.open if compressed else open
    first, offset, pos, n = 1, 0, 0, 0
    pending: Item | None = None  # held back one step: the last range is marked ``last``
    try:
        with opener(path, "rb") as fh:
            for line in fh:
                n += 1
                pos += len(line)
                if n - first + 1 == lines_per_partition:
                    if pending is not None:
                        yield pending
                    pending = Item(path, first, n, -1 if compressed else offset, last=False)
                    first, offset = n + 1, pos
    except (OSError, EOFError, gzip.BadGzipFile):
        # an unreadable or truncated file: one partition for all of it, so the reader names the fault once
        if first == 1:
            yield Item(path)
            return
        n = max(n, first)  # the rest of the lines go to a final range; the reader reports the fault there
    if n == 0:
        yield Item(path)  # no lines: the reader reports the file
        return
    if n >= first:
        if pending is not None:
            yield pending
        yield Item(path, first, n, -1 if compressed else offset)
    elif pending is not None:
        yield Item(pending.path, pending.first_line, pending.last_line, pending.offset)


def plan(paths: Iterable[str], files_per_partition: int = 32, lines_per_partition: int = 64,
         skip: Callable[[str], bool] | None = None) -> list[Partition]:
    """Split the inputs into partitions, in reading order.

    Folders are expanded (recursively, sorted) and globs resolved the way ``newsgraph ingest`` does; each JSONL
    file becomes line ranges of ``lines_per_partition`` lines; each WARC file one partition; other files
    (text, HTML, feeds, and inputs that do not exist, which the reader reports) are grouped
    ``files_per_partition`` at a time. ``-`` (stdin) cannot be shared with workers and is refused. ``skip(path)``
    true for an existing file leaves it out (a file the store already holds whole).
    """
    from .lines import splittable

    parts: list[Partition] = []
    group: list[str] = []

    def add(items: list[Item], kind: str) -> None:
        parts.append(Partition(len(parts), tuple(items), kind, _fingerprint(sorted({i.path for i in items}))))

    def flush() -> None:
        if group:
            add([Item(p) for p in group], "files")
            group.clear()

    for path in _expand(paths):
        if path == "-":
            from ..errors import InputError
            raise InputError("<stdin>", "cannot be read by a cluster: write it to a file first, or ingest without "
                             "--engine dask")
        if skip is not None and os.path.isfile(path) and skip(path):
            continue
        if is_jsonl(path) and os.path.isfile(path) and splittable(path):
            flush()
            for item in _line_ranges(path, lines_per_partition):
                add([item], "lines" if not item.whole else "files")
        elif is_warc(path) and os.path.isfile(path):
            flush()
            add([Item(path)], "warc")
        else:
            group.append(path)
            if len(group) >= files_per_partition:
                flush()
    flush()
    return parts
