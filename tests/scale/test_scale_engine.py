"""The Dask engine on a real LocalCluster (two worker processes) stores exactly what a single-process ingest stores:
the same documents, near-duplicate groups, quotes, events, actors and stories, table by table - even when a worker
process dies in the middle of a partition (the partition is retried, nothing is stored twice)."""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import cloudpickle
import pytest

from newsgraph.corpus.ingest import ingest
from newsgraph.scale import ingest_dask
from newsgraph.scale.merge import store_groups
from newsgraph.scale.variants import page_texts, variants
from newsgraph.store import open_store
from newsgraph.store import schema as S

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
HTML = SHARED / "data" / "article-extraction-benchmark" / "html"

# the hook below runs in the worker processes, which cannot import this test module: ship it by value
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def die_once(marker: str, victim: int):
    """A shard hook that kills its worker process (no cleanup, like a crash) the first time partition ``victim``
    is about to publish its shard."""
    def hook(part, tmp_path):
        if part.index == victim and not os.path.exists(marker):
            open(marker, "w").close()
            os._exit(13)
    return hook


def record_calls(folder: str):
    """A shard hook that leaves one file per partition it analyzed."""
    def hook(part, tmp_path):
        open(os.path.join(folder, f"analyzed-{part.index}"), "w").close()
    return hook


def fail_while(marker: str, victim: int):
    """A shard hook that fails partition ``victim`` (an exception, every time) as long as ``marker`` exists."""
    def hook(part, tmp_path):
        if part.index == victim and os.path.exists(marker):
            raise OSError("shared storage unavailable (injected)")
    return hook


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    pages = d / "pages"
    pages.mkdir()
    for p in sorted(HTML.iterdir())[:10]:
        shutil.copy(p, pages / p.name)
    lines = []
    for i, (_, text, title) in enumerate(page_texts(HTML, limit=14)):
        if i >= 11:  # three more pages, each with three syndicated copies (near-duplicates)
            lines.extend(json.dumps(v, ensure_ascii=False) for v in variants(text, title, 4, seed=i))
    lines.insert(3, '{"text": "broken')  # a malformed line: one failure, the rest goes on
    lines.append(lines[0])  # an exact duplicate
    (d / "syndicated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def stores(corpus, tmp_path_factory):
    d = tmp_path_factory.mktemp("stores")
    paths = [str(corpus / "pages"), str(corpus / "syndicated.jsonl")]
    single = open_store(d / "single.db")
    one = ingest(single, paths)
    dask_store = open_store(d / "dask.db")
    marker = str(d / "killed-once")
    many = ingest_dask(paths, store=dask_store, n_workers=2, files_per_partition=5, lines_per_partition=6,
                       hook=die_once(marker, victim=1), progress=False, shard_dir=d / "shards")
    yield single, one, dask_store, many, paths, marker, d
    single.close()
    dask_store.close()


def test_same_store_as_one_process(stores):
    single, one, dask_store, many, *_ = stores
    for table in S.metadata.tables:
        assert dask_store.dump(table) == single.dump(table), f"table {table} differs"
    assert single.count("documents") >= 18
    assert single.count("quote_reports") > 0 and single.count("events") > 0


def test_same_summary_as_one_process(stores):
    _, one, _, many, *_ = stores
    a, b = one.to_dict(), many.to_dict()
    a.pop("seconds"), b.pop("seconds")
    assert b == a
    assert a["failed"] == 1 and "line 4" in a["failures"][0]
    assert a["near_duplicate"] >= 6 and a["duplicate"] >= 1


def test_duplicate_groups_found_on_the_cluster_equal_the_store(stores):
    single, _, _, many, *_ = stores
    groups = many.scale["near_duplicate_groups"]
    assert many.scale["groups_match_store"] is True
    assert sorted(map(sorted, groups)) == sorted(map(sorted, store_groups(single)))
    assert len(groups) >= 3


def test_worker_killed_mid_partition_was_retried(stores):
    *_, many, paths, marker, d = stores
    assert os.path.exists(marker)  # the worker did die once
    assert many.scale["failed_partitions"] == []
    assert many.scale["workers"] == 2
    assert not list((d / "shards").glob("*")) or not (d / "shards").exists()  # merged shards are removed


def test_rerun_stores_nothing_twice(stores):
    single, _, dask_store, _, paths, _, d = stores
    before = {t: dask_store.dump(t) for t in S.metadata.tables}
    again = ingest_dask(paths, store=dask_store, n_workers=1, progress=False, shard_dir=d / "shards2")
    assert again.new == again.duplicate == again.near_duplicate == 0
    # every input file was recorded as done, but the JSONL with a malformed line: it is read again (issue 14: a
    # partly read file is never cached as done), its stored documents skipped, its bad line failing again
    assert again.skipped_files == 10 and again.failed == 1
    assert {t: dask_store.dump(t) for t in S.metadata.tables} == before


def test_a_partition_with_a_shard_is_not_analyzed_again(corpus, tmp_path, stores):
    from newsgraph.scale.partitions import plan
    from newsgraph.scale.shards import iter_rows, process_partition, shard_path

    calls = []
    part = plan([str(corpus / "pages")], files_per_partition=2)[0]
    first = process_partition(part, str(tmp_path), hook=lambda p, tmp: calls.append(tmp))
    path = shard_path(tmp_path, part)
    stamp = path.stat().st_mtime_ns
    again = process_partition(part, str(tmp_path), hook=lambda p, tmp: calls.append(tmp))
    assert len(calls) == 1 and path.stat().st_mtime_ns == stamp and again["rows"] == first["rows"] == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # published by rename, nothing left over
    rows = list(iter_rows([path]))
    assert [r["kind"] for r in rows] == ["document", "file_done", "document", "file_done"]
    from newsgraph.corpus.dedup import NUM_PERM
    assert all(len(r["minhash"]) == 4 * NUM_PERM for r in rows if r["kind"] == "document")


def test_a_failed_partition_stops_the_store_in_order_and_a_rerun_finishes_it(corpus, tmp_path):
    paths = [str(corpus / "syndicated.jsonl")]
    single = open_store(tmp_path / "single.db")
    ingest(single, paths)
    store = open_store(tmp_path / "dask.db")
    marker = tmp_path / "storage-down"
    marker.touch()
    kw = dict(store=store, n_workers=2, lines_per_partition=4, progress=False, shard_dir=tmp_path / "shards")
    first = ingest_dask(paths, hook=fail_while(str(marker), victim=1), retries=0, **kw)
    assert first.scale["merged_partitions"] == 1  # partition 0 stored, then the store waits for partition 1
    assert any("partition not analyzed" in f and "storage unavailable" in f for f in first.failures)
    assert any("rerun" in f for f in first.failures)
    assert len(list((tmp_path / "shards").glob("*.parquet"))) == first.scale["partitions"] - 1
    marker.unlink()
    calls = tmp_path / "calls"
    calls.mkdir()
    second = ingest_dask(paths, hook=record_calls(str(calls)), **kw)
    assert sorted(p.name for p in calls.iterdir()) == ["analyzed-1"]  # the other shards were reused
    assert second.failed == 1 and "line 4" in second.failures[0]  # only the malformed line (read again)
    assert second.skipped == first.new + first.near_duplicate + first.duplicate
    # stories are linked write batch by write batch (issue 18: the same in any arrival order within a batch); the
    # interrupted run wrote two batches where the single run wrote one, so its story rows may differ
    by_batch = {"stories", "story_actors", "story_terms", "doc_terms"}
    for table in set(S.metadata.tables) - by_batch - {"meta", "documents"}:
        assert store.dump(table) == single.dump(table), f"table {table} differs"
    for st in (store, single):
        with st.begin() as conn:
            conn.execute(S.documents.update().values(batch=None, story_id=None))
            conn.execute(S.meta.delete().where(S.meta.c.key == "batches"))
    assert store.dump("documents") == single.dump("documents") and store.dump("meta") == single.dump("meta")
    single.close()
    store.close()


@pytest.mark.postgres
def test_same_store_as_one_process_on_postgresql(corpus):
    from pgutil import create_pg_database
    (a, drop_a), (b, drop_b) = create_pg_database("ngscale1"), create_pg_database("ngscaled")
    try:
        paths = [str(corpus / "syndicated.jsonl")]
        with open_store(a) as single:
            one = ingest(single, paths)
            with open_store(b) as many_store:
                many = ingest_dask(paths, store=many_store, n_workers=2, lines_per_partition=5, progress=False,
                                   shard_dir=corpus / "pg-shards")
                for table in S.metadata.tables:
                    assert many_store.dump(table) == single.dump(table), f"table {table} differs"
        assert many.new == one.new and many.near_duplicate == one.near_duplicate
        assert many.scale["groups_match_store"] is True
    finally:
        drop_a()
        drop_b()


def _profiling(dask_worker) -> bool:
    return "profile" in dask_worker.periodic_callbacks


def test_the_local_cluster_workers_do_not_sample_their_tasks_stacks():
    # the statistical profiler (a 10 ms timer in every worker) costs analysis time on a small machine
    from newsgraph.scale.engine import connect
    with connect(n_workers=1) as client:
        assert list(client.run(_profiling).values()) == [False]


def _policies() -> set[int]:
    return {os.sched_getscheduler(int(tid)) for tid in os.listdir("/proc/self/task")}


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="Linux scheduling policy")
def test_a_worker_process_runs_all_its_threads_under_batch_scheduling():
    from newsgraph.scale.engine import connect
    from newsgraph.scale.worker import batch_scheduling
    with connect(n_workers=1) as client:
        assert list(client.run(batch_scheduling).values()) == [True]
        assert list(client.run(_policies).values()) == [{os.SCHED_BATCH}]
