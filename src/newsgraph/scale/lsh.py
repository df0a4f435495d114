"""Near-duplicate groups on the cluster: LSH band keys grouped by a shuffle, candidate pairs verified in their
bucket, connected components on the driver (the text-dedup / NeMo Curator recipe).

1. Each shard (a bag partition) emits, for every distinct document, one ``(band hash, (band, doc_id, shard, seq))``
   entry per LSH band (``newsgraph.corpus.dedup.band_hashes``: the band index is mixed into the hash): a few dozen
   bytes, not the signature, go through the shuffle.
2. A task-based shuffle (``dask.bag.groupby``) brings together the documents that share a band: a bucket.
3. In each bucket of two or more documents, their signatures are read from their shards (shared storage; cached
   per worker) and every pair is verified with the single-process rule (``dedup.similarity >= THRESHOLD``) - but
   only in the bucket of the *first* band the pair shares, so a pair that collides in many bands is verified once.
4. The verified edges (few: one per near-duplicate pair) come back to the driver, where ``dedup.UnionFind`` joins
   them into connected components: the duplicate groups. Connected components of all verified candidate pairs are
   what ``dedup.group`` computes in one process, so both paths give the same groups.

Exact duplicates (same document id or the same clean text) are dropped on the driver before the shuffle, as the
store drops them (a page syndicated a thousand times is one entry, not a bucket of a thousand), and so are texts
too short to be indexed (``corpus.dedup.indexable``).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np


def indexed_documents(shards: list[Path]) -> tuple[list[tuple[str, list[int]]], list[str]]:
    """Which documents enter the LSH index, decided on the driver from two small columns, in reading order, by the
    store's own rules: the first copy of an exact duplicate (same id or same clean-text hash) only, and only texts
    long enough to be indexed (``corpus.dedup.indexable``, computed on the worker). Returns ([(shard, [seq...])...],
    doc ids in order)."""
    import pyarrow.parquet as pq
    from .shards import DOCUMENT

    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    plan: list[tuple[str, list[int]]] = []
    order: list[str] = []
    for p in shards:
        t = pq.read_table(p, columns=["seq", "kind", "doc_id", "text_hash", "indexable"]).to_pylist()
        t.sort(key=lambda r: r["seq"])
        keep = []
        for r in t:
            if r["kind"] != DOCUMENT or r["doc_id"] in seen_ids or r["text_hash"] in seen_hashes:
                continue
            seen_ids.add(r["doc_id"])
            seen_hashes.add(r["text_hash"])
            order.append(r["doc_id"])
            if r["indexable"]:
                keep.append(r["seq"])
        if keep:
            plan.append((str(p), keep))
    return plan, order


def _shard_entries(chunk: Iterable[tuple[str, list[int]]]) -> list[tuple[int, tuple[int, str, str, int]]]:
    """(band hash, (band index, doc_id, shard, seq)) for the indexed documents of some shards. The signature itself
    does not travel through the shuffle (25 bands x 512 bytes per document would): a bucket with two or more
    members reads its members' signatures from their shards (:func:`_signatures`)."""
    import pyarrow.parquet as pq
    from ..corpus import dedup

    out: list = []
    for path, seqs in chunk:
        want = set(seqs)
        t = pq.read_table(path, columns=["seq", "doc_id", "minhash"])
        for seq, doc_id, sig in zip(t.column("seq").to_pylist(), t.column("doc_id").to_pylist(),
                                    t.column("minhash").to_pylist()):
            if seq in want:
                for band, h in enumerate(dedup.band_hashes(dedup.from_bytes(sig))):
                    out.append((h, (band, doc_id, path, seq)))
    return out


@lru_cache(maxsize=256)
def _signatures(path: str) -> dict[int, np.ndarray]:
    """seq -> MinHash signature of one shard (cached per worker process: a shard is read once for many buckets)."""
    import pyarrow.parquet as pq
    from ..corpus import dedup

    t = pq.read_table(path, columns=["seq", "minhash"])
    return {seq: dedup.from_bytes(sig) for seq, sig in zip(t.column("seq").to_pylist(), t.column("minhash").to_pylist())
            if sig is not None}


def _first_shared_band(a: np.ndarray, b: np.ndarray, bands: int, rows: int) -> int:
    eq = (a[: bands * rows] == b[: bands * rows]).reshape(bands, rows).all(axis=1)
    hit = np.flatnonzero(eq)
    return int(hit[0]) if hit.size else -1


def _bucket_edges(bucket: tuple[int, list]) -> list[tuple[str, str]]:
    """Verified near-duplicate pairs of one bucket (pairs whose first shared band is this bucket's band)."""
    from ..corpus import dedup

    _, members = bucket
    where: dict[str, tuple[str, int]] = {}
    for _band, doc_id, path, seq in members:
        where.setdefault(doc_id, (path, seq))
    if len(where) < 2:
        return []
    uniq = {doc_id: _signatures(path)[seq] for doc_id, (path, seq) in where.items()}
    band = members[0][0]
    out = []
    for a, b in combinations(sorted(uniq), 2):
        sa, sb = uniq[a], uniq[b]
        first = _first_shared_band(sa, sb, dedup.BANDS, dedup.ROWS)
        if first != -1 and first != band:
            continue  # verified in the bucket of the first band they share
        if dedup.similarity(sa, sb) >= dedup.THRESHOLD:
            out.append((a, b))
    return out


def _edges_of(groups: Iterator) -> list:
    out = []
    for bucket in groups:
        out.extend(_bucket_edges(bucket))
    return out


def near_duplicate_edges(index: list[tuple[str, list[int]]], npartitions: int | None = None
                         ) -> list[tuple[str, str]]:
    """The verified near-duplicate pairs (doc_id, doc_id) among the indexed documents (see
    :func:`indexed_documents`), computed with dask.bag on the current scheduler (the distributed client when one
    is active): band entries, a task-based shuffle on the band hash, verification inside the buckets."""
    import dask.bag as db

    if not index:
        return []
    n = npartitions or max(1, min(len(index), 64))
    chunks = [index[i::n] for i in range(n)]
    entries = db.from_sequence(chunks, npartitions=len(chunks)).map_partitions(
        lambda cs: [e for c in cs for e in _shard_entries(c)])
    grouped = entries.groupby(lambda e: e[0], shuffle="tasks", npartitions=len(chunks))
    buckets = grouped.map(lambda kv: (kv[0], [m for _, m in kv[1]]))
    edges = buckets.map_partitions(_edges_of)
    return sorted(set(edges.compute()))


def duplicate_groups(doc_ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components of ``edges`` over the documents in ``doc_ids`` order (first seen first); groups of two
    or more, each in that order, the groups ordered by their first member."""
    from ..corpus.dedup import UnionFind

    uf = UnionFind()
    order: dict[str, int] = {}
    for d in doc_ids:
        if d not in order:
            order[d] = len(order)
            uf.add(d)
    for a, b in edges:
        uf.add(a)
        uf.add(b)
        uf.union(a, b)
    groups = [sorted(g, key=lambda d: order.get(d, len(order))) for g in uf.groups().values() if len(g) > 1]
    return sorted(groups, key=lambda g: order.get(g[0], len(order)))
