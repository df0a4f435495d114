"""Shards: one Parquet file per partition with what its analysis produced.

A worker analyzes a partition (``newsgraph.analyze_many`` in batches, through ``corpus.ingest.analyze_robust``) and
writes one shard: a row per input item in reading order (``seq``), whether a document (its analysis record as JSON, its
id, its MinHash signature computed
with ``newsgraph.corpus.dedup`` on the worker), a document that could not be analyzed, or an input fault. The shard
is written under a temporary name and renamed into place, so a shard that exists is complete: a partition whose
shard exists is done and is never analyzed (nor stored) twice, whatever retries the scheduler makes.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError
from .partitions import Item, Partition

# Row kinds.
DOCUMENT = "document"
DOCUMENT_ERROR = "document_error"  # read, but could not be analyzed
INPUT_ERROR = "input_error"  # a file or record that could not be read
FILE_DONE = "file_done"  # an input file read to its end (recorded in the store's files table)

SHARD_SUFFIX = ".parquet"
SHARD_VERSION = 1  # bumped when the columns change: older shards are then not reused


@lru_cache(maxsize=1)
def schema():
    import pyarrow as pa
    return pa.schema([
        ("part", pa.int64()),  # partition index (reading order)
        ("seq", pa.int64()),  # position in the partition (reading order)
        ("kind", pa.string()),
        ("path", pa.string()),  # the input file the row came from
        ("source", pa.string()),  # the document's source; for an input error, the place it names
        ("fingerprint", pa.string()),  # corpus.ingest.fingerprint of the raw document (resumed runs skip it)
        ("reason", pa.string()),  # an error's reason (without its place)
        ("size", pa.int64()),  # file_done: the file's size and mtime
        ("mtime", pa.float64()),
        ("doc_id", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("message", pa.string()),  # the one-line error for the two error kinds
        ("text_hash", pa.string()),  # sha256 of document.text (exact duplicates, as the store finds them)
        ("indexable", pa.bool_()),  # dedup.indexable: enough shingles to enter the LSH index
        ("minhash", pa.binary()),  # dedup.to_bytes(signature) of document.text
        ("record", pa.string()),  # Analysis.to_json(indent=None)
    ])


def shard_path(shard_dir: str | os.PathLike, part: Partition) -> Path:
    return Path(shard_dir) / f"{part.name}-v{SHARD_VERSION}{SHARD_SUFFIX}"


def read_item(item: Item) -> Iterator:
    """The raw documents and input errors of one partition item, exactly as ``newsgraph.ingest.read`` gives them."""
    from ..ingest import read
    if item.whole:
        yield from read([item.path])
        return
    from .lines import read_lines
    yield from read_lines(item)


def read_partition(part: Partition) -> Iterator:
    for item in part.items:
        yield from read_item(item)


def analyze_partition(part: Partition, batch_size: int = 32) -> list[dict]:
    """Analyze a partition; one row (dict of the shard's columns) per item, in reading order, and a ``file_done``
    row after the last item of each input file. The analysis is ``corpus.ingest``'s own (``analyze_robust`` over
    ``default_analyze``: a document that crashes a batch fails alone, as in a single-process ingest)."""
    from ..corpus import dedup
    from ..corpus.ingest import analyze_robust, default_analyze, fingerprint

    rows: list[dict] = []
    pending: list[dict] = []  # rows of documents sent to the analyzer, in order

    def raws():
        for it in part.items:
            for item in read_item(it):
                if isinstance(item, InputError):
                    # the place an ingest records for a failed input (a record's "path:line N", else the file)
                    place = f"{item.source}:{item.where}" if item.where else item.source
                    rows.append(_row(part, len(rows), INPUT_ERROR, path=it.path, source=place,
                                     reason=item.reason, message=item.message))
                else:
                    row = _row(part, len(rows), DOCUMENT, path=it.path, source=item.source,
                               fingerprint=fingerprint(item))
                    rows.append(row)
                    pending.append(row)
                    yield item
            if it.last and os.path.isfile(it.path):
                st = os.stat(it.path)
                rows.append(_row(part, len(rows), FILE_DONE, path=it.path, size=st.st_size, mtime=st.st_mtime))

    docs = list(raws())  # a partition is small: its documents are analyzed as one list
    for row, res in zip(pending, analyze_robust(default_analyze(batch_size), docs)):
        if isinstance(res, Exception):
            row.update(kind=DOCUMENT_ERROR, message=str(res))
            continue
        doc = res.document
        sh = dedup.shingles(doc.text)
        text_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        row.update(doc_id=doc.id or text_hash[:32], published=doc.published, language=doc.language,
                   text_hash=text_hash, indexable=bool(dedup.indexable(sh)),
                   minhash=dedup.to_bytes(dedup.signature_of_shingles(sh)), record=res.to_json(indent=None))
    return rows


def _row(part: Partition, seq: int, kind: str, **values) -> dict:
    row = dict.fromkeys(schema().names)
    row.update(part=part.index, seq=seq, kind=kind, **values)
    return row


def write_shard(rows: list[dict], path: Path, before_rename: Callable[[Path], None] | None = None) -> Path:
    """Write rows to ``path`` atomically: a temporary file in the same folder, then a rename."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema())
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        if before_rename is not None:
            before_rename(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def shard_summary(path: Path) -> dict:
    """Counts of a written shard, read from its kind column only."""
    import pyarrow.parquet as pq
    kinds = pq.read_table(path, columns=["kind"]).column("kind").to_pylist()
    return {"shard": str(path), "rows": len(kinds) - kinds.count(FILE_DONE), "documents": kinds.count(DOCUMENT),
            "document_errors": kinds.count(DOCUMENT_ERROR), "input_errors": kinds.count(INPUT_ERROR)}


def process_partition(part: Partition, shard_dir: str, batch_size: int = 32,
                      hook: Callable[[Partition, Path], None] | None = None) -> dict:
    """The worker's task: analyze a partition into its shard, unless the shard already exists (then nothing is
    done: a retried or re-run partition is never analyzed or stored twice). Returns the shard's counts.

    ``hook(part, tmp_path)`` runs after the shard is written under its temporary name and before the rename (the
    worst moment to die); tests use it to kill the worker once.
    """
    path = shard_path(shard_dir, part)
    if not path.exists():
        rows = analyze_partition(part, batch_size=batch_size)
        write_shard(rows, path, before_rename=(lambda tmp: hook(part, tmp)) if hook else None)
    out = shard_summary(path)
    out["partition"] = part.index
    return out


def iter_rows(paths: list[Path], columns: list[str] | None = None) -> Iterator[dict]:
    """Rows of shards in the order given (callers pass partition order), each shard's rows in ``seq`` order."""
    import pyarrow.parquet as pq
    for p in paths:
        table = pq.read_table(p, columns=columns)
        rows = table.to_pylist()
        if "seq" in table.column_names:
            rows.sort(key=lambda r: r["seq"])
        yield from rows
