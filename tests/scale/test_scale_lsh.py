"""The distributed near-duplicate grouping (band keys -> shuffle -> verified pairs -> connected components) gives the
same groups as corpus/dedup.py's single-process grouping on the same documents."""
from __future__ import annotations

import hashlib
from pathlib import Path

import dask
import pytest

from newsgraph.corpus import dedup
from newsgraph.scale import lsh
from newsgraph.scale.partitions import Item, Partition
from newsgraph.scale.shards import DOCUMENT, _row, write_shard
from newsgraph.scale.variants import page_texts, variants

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
HTML = SHARED / "data" / "article-extraction-benchmark" / "html"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = []
    for i, (_, text, title) in enumerate(page_texts(HTML, limit=12)):
        out.extend(v["text"] for v in variants(text, title, 4, seed=i))
    out.insert(7, out[0])  # an exact duplicate
    out.append("Too short to index.")
    out.append("Too short to index.")
    return out


def write_shards(texts: list[str], folder: Path, per_shard: int = 9) -> list[Path]:
    paths = []
    for k in range(0, len(texts), per_shard):
        part = Partition(k // per_shard, (Item("corpus.jsonl"),), "files")
        rows = []
        for j, t in enumerate(texts[k:k + per_shard]):
            sh = dedup.shingles(t)
            h = hashlib.sha256(t.encode()).hexdigest()
            rows.append(_row(part, j, DOCUMENT, doc_id=h[:32], text_hash=h, indexable=dedup.indexable(sh),
                             minhash=dedup.to_bytes(dedup.signature_of_shingles(sh))))
        paths.append(write_shard(rows, folder / f"shard-{part.index:04d}.parquet"))
    return paths


def single_process_groups(texts: list[str]) -> list[set[str]]:
    seen, items = set(), []
    for t in texts:
        h = hashlib.sha256(t.encode()).hexdigest()
        sh = dedup.shingles(t)
        if h in seen or not dedup.indexable(sh):
            seen.add(h)
            continue
        seen.add(h)
        items.append((h[:32], dedup.signature_of_shingles(sh)))
    return sorted((set(g) for g in dedup.group(items).groups().values() if len(g) > 1), key=sorted)


def test_distributed_groups_equal_single_process(texts, tmp_path):
    shards = write_shards(texts, tmp_path)
    with dask.config.set(scheduler="synchronous"):
        index, order = lsh.indexed_documents(shards)
        edges = lsh.near_duplicate_edges(index, npartitions=4)
    groups = lsh.duplicate_groups(order, edges)
    expected = single_process_groups(texts)
    assert sorted(map(set, groups), key=sorted) == expected
    assert len(expected) >= 10  # the variants of each page found as one group
    # the exact duplicate and the too-short texts are not indexed
    assert len(order) == len(set(texts))
    assert sum(len(s) for _, s in index) == len(set(texts)) - 1


def test_each_pair_verified_once(texts, tmp_path):
    shards = write_shards(texts, tmp_path)
    with dask.config.set(scheduler="synchronous"):
        edges = lsh.near_duplicate_edges(lsh.indexed_documents(shards)[0], npartitions=3)
    assert len(edges) == len(set(edges))
    for a, b in edges:
        assert a < b
