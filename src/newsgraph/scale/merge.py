"""Merging shards into the store, in reading order, exactly as a single-process ingest stores the same inputs.

The single-process loop (``newsgraph.corpus.ingest.ingest``) reads each input item, skips raw documents the store
already holds (same source and fingerprint), analyzes the rest, and hands batches to ``Store.write_batch`` (records
with their fingerprints, failed sources, completed files), counting outcomes in a ``Summary``. The :class:`Merger`
does the same with the shards' rows instead of reading and analyzing: the same items in the same order, the same
skip rule, the same batch rule (``batch_size`` documents or failures per transaction), the same failure records.
``Store.write_batch`` then links every record into the corpus (exact and near duplicates, actors, quotes, events,
stories) in that order, so the store ends up as a single-process ingest leaves it.

A shard is merged as soon as it and every shard before it are complete, so the merge runs while later partitions
are still being analyzed.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable

from sqlalchemy.exc import DataError, IntegrityError

from .shards import DOCUMENT, DOCUMENT_ERROR, FILE_DONE, INPUT_ERROR, iter_rows

COLUMNS = ["seq", "kind", "path", "source", "fingerprint", "reason", "message", "size", "mtime", "record"]


class Merger:
    """Feeds shard rows to ``store.write_batch`` batch by batch; ``summary`` is a ``corpus.ingest.Summary``."""

    def __init__(self, store, summary=None, batch_size: int = 64, on_doc=None, on_file=None):
        from ..corpus.ingest import Summary
        self.store = store
        self.summary = summary if summary is not None else Summary()
        self.batch_size = batch_size
        self.batch: list[dict] = []
        self.n_raw = 0
        self.file_counts: dict[str, list[int]] = {}  # path -> [items read, input errors]
        self.seconds = 0.0  # time spent merging (reading shards and writing the store)
        self.on_doc = on_doc  # called for each document merged (as the single-process ingest's on_doc)
        self.on_file = on_file  # called with each input file's path once all of it is merged

    def add_shard(self, path: str | Path) -> int:
        """Merge one shard (the next in reading order); returns the number of input items it held."""
        t0 = time.perf_counter()
        try:
            return self._add_shard(path)
        finally:
            self.seconds += time.perf_counter() - t0

    def _add_shard(self, path: str | Path) -> int:
        rows = list(iter_rows([Path(path)], COLUMNS))
        known = self.store.known_sources([r["source"] for r in rows if r["kind"] in (DOCUMENT, DOCUMENT_ERROR)])
        n = 0
        for r in rows:
            kind = r["kind"]
            if kind == FILE_DONE:
                cnt = self.file_counts.pop(r["path"], [0, 0])
                self.batch.append({"file": {"path": r["path"], "size": r["size"], "mtime": r["mtime"],
                                            "ndocs": cnt[0], "failed": cnt[1]}})
                if self.on_file:
                    self.on_file(r["path"])
                continue
            n += 1
            cnt = self.file_counts.setdefault(r["path"], [0, 0])
            cnt[0] += 1
            if kind == INPUT_ERROR:
                cnt[1] += 1
            elif known.get(r["source"]) == r["fingerprint"]:
                self.summary.skipped += 1  # stored by an earlier run, unchanged
                continue
            self.batch.append(r)
            self.n_raw += 1
            if self.on_doc and kind != INPUT_ERROR:
                self.on_doc()
            if self.n_raw >= self.batch_size:
                self._flush()
        return n

    def flush(self) -> None:
        """Write the pending batch in one transaction (as the single-process loop's ``run(batch)``)."""
        if not self.batch:
            return
        t0 = time.perf_counter()
        try:
            self._flush()
        finally:
            self.seconds += time.perf_counter() - t0

    def _flush(self) -> None:
        from ..record import Analysis
        if not self.batch:
            return
        records, fails, files = [], [], []
        analysis_fails = []
        for r in self.batch:
            if "file" in r:
                files.append(r["file"])
            elif r["kind"] == INPUT_ERROR:
                fails.append((r["source"], r["reason"]))
            elif r["kind"] == DOCUMENT_ERROR:
                reason, prefix = r["message"] or "", f"{r['source']}: "
                analysis_fails.append((r["source"], reason[len(prefix):] if reason.startswith(prefix) else reason))
            else:
                records.append((Analysis.from_json(r["record"]), r["fingerprint"]))
        fails += analysis_fails
        sources = [{"source": s, "fingerprint": None, "doc_id": None, "status": "failed", "reason": why[:2000]}
                   for s, why in fails]
        try:
            outcomes = self.store.write_batch(records, sources=sources, files=files)
        except (IntegrityError, DataError):
            # as the single-process ingest: a record the store refuses is reported as failed, the others are
            # stored one by one, each in its own transaction
            outcomes = []
            for rec, fp in records:
                try:
                    outcomes += self.store.write_batch([(rec, fp)])
                except (IntegrityError, DataError) as exc:
                    reason = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
                    fails.append((rec.document.source or "?", f"could not be stored ({reason})"))
            self.store.write_batch([], sources=[{"source": s, "fingerprint": None, "doc_id": None, "status": "failed",
                                                 "reason": why[:2000]} for s, why in fails], files=files)
        for o in outcomes:
            self.summary.count(o["status"])
        for s, why in fails:
            self.summary.fail(s, why)
        self.batch, self.n_raw = [], 0


def store_groups(store) -> list[list[str]]:
    """The near-duplicate groups of the store (documents sharing a ``dup_group``), each in ingest order, ordered
    by their first member: the shape of :func:`newsgraph.scale.lsh.duplicate_groups`."""
    return store.near_duplicate_groups()


def merge_shards(shards: Iterable[str | Path], store, batch_size: int = 64, summary=None):
    """Merge complete shards, in the order given, into an open store; returns the Summary."""
    m = Merger(store, summary, batch_size)
    for p in shards:
        m.add_shard(p)
    m.flush()
    store.settle()  # as a single-process ingest run ends (store/settle.py)
    return m.summary
