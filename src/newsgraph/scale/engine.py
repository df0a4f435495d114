"""``ingest_dask``: the whole run on a Dask cluster.

1. plan: the inputs become partitions (:mod:`.partitions`), in reading order;
2. analyze: one task per partition (``retries``; a partition whose shard exists is skipped), each writing one
   Parquet shard; a rich progress bar follows the partitions as they complete (``distributed.as_completed``);
3. near-duplicates: LSH bands grouped by a shuffle on the cluster, verified, connected components (:mod:`.lsh`);
4. merge: the shards, in partition order, go to ``Store.write_batch`` (:mod:`.merge`), so the store holds what a
   single-process ingest of the same paths holds; the distributed duplicate groups are checked against the store's.

Without a scheduler address a LocalCluster is started (one single-threaded worker process per core); with one,
the workers of that cluster do the work and must see the input paths and the shard folder at the same paths
(shared storage).
"""
from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .partitions import Partition, plan


def default_shard_dir(db_url: str | None) -> Path:
    """``<db file>.shards/`` beside an SQLite store; ``./newsgraph-shards/`` for a server store."""
    from ..store import normalize_url
    url = normalize_url(db_url)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.split(":///", 1)[1] + ".shards")
    return Path("newsgraph-shards").absolute()


@contextmanager
def connect(scheduler: str | None = None, n_workers: int | None = None, quiet: bool = True) -> Iterator:
    """A distributed Client: to ``scheduler`` (tcp://host:port) when given, else to a new LocalCluster with one
    single-threaded worker process per core (``n_workers`` to choose), closed on exit."""
    import logging

    from distributed import Client, LocalCluster
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    n = n_workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR if quiet else logging.WARNING) as cluster, Client(cluster) as client:
        yield client


def analyze_partitions(client, parts: list[Partition], shard_dir: Path, batch_size: int = 32, retries: int = 3,
                       hook: Callable | None = None, on_done: Callable[[dict], None] | None = None) -> tuple[list, list]:
    """Run one task per partition on the cluster; returns (done summaries, failures [(partition, reason)])."""
    from distributed import as_completed

    from .shards import process_partition
    from .worker import WarmPipeline

    client.register_plugin(WarmPipeline())
    shard_dir.mkdir(parents=True, exist_ok=True)
    futures = {}
    for p in parts:
        f = client.submit(process_partition, p, str(shard_dir), batch_size, hook, key=f"newsgraph-{p.name}",
                          retries=retries, pure=False)
        futures[f] = p
    done, failed = [], []
    for f in as_completed(list(futures)):
        p = futures[f]
        if f.status == "finished":
            res = f.result()
            done.append(res)
        else:
            exc = f.exception()
            failed.append((p, f"{type(exc).__name__}: {exc}"))
            res = {"partition": p.index, "rows": 0, "documents": 0, "failed": True}
        if on_done:
            on_done(res)
        f.release()
    done.sort(key=lambda r: r["partition"])
    return done, failed


def ingest_dask(paths: Iterable[str], db_url: str | None = None, scheduler: str | None = None,
                shard_dir: str | os.PathLike | None = None, batch_size: int = 32, n_workers: int | None = None,
                files_per_partition: int | None = None, lines_per_partition: int = 256, retries: int = 3,
                keep_shards: bool = False, progress: bool = True, hook: Callable | None = None,
                console=None) -> dict:
    """Ingest ``paths`` into the store at ``db_url`` on a Dask cluster; returns the ingest summary (the shape of
    the single-process ingest's summary) plus a ``scale`` entry (partitions, workers, timings, groups)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from . import lsh
    from .merge import merge_shards
    from .shards import shard_path

    console = console or Console(stderr=True)
    t0 = time.perf_counter()
    parts = plan(list(paths), files_per_partition or batch_size, lines_per_partition)
    shard_dir = Path(shard_dir) if shard_dir else default_shard_dir(db_url)
    timings = {"plan": time.perf_counter() - t0}
    with connect(scheduler, n_workers) as client:
        workers = len(client.scheduler_info(n_workers=-1)["workers"])
        t1 = time.perf_counter()
        with Progress(TextColumn("[bold]analyze"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions"),
                      TextColumn("{task.fields[docs]} docs, {task.fields[rate]} docs/s"), TimeElapsedColumn(),
                      console=console, disable=not progress, transient=False) as bar:
            task = bar.add_task("analyze", total=len(parts), docs=0, rate="-")
            ndocs = 0

            def tick(res: dict) -> None:
                nonlocal ndocs
                ndocs += res.get("rows", 0)
                rate = ndocs / max(time.perf_counter() - t1, 1e-9)
                bar.update(task, advance=1, docs=ndocs, rate=f"{rate:.1f}")

            done, failed = analyze_partitions(client, parts, shard_dir, batch_size, retries, hook, tick)
        timings["analyze"] = time.perf_counter() - t1
        shards = [shard_path(shard_dir, p) for p in parts if p.index in {d["partition"] for d in done}]
        t2 = time.perf_counter()
        edges = lsh.near_duplicate_edges(shards)
        timings["near_duplicates"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    summary = merge_shards(shards, db_url, edges=edges, batch_size=batch_size, progress=progress, console=console)
    timings["merge"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    for p, reason in failed:
        summary.setdefault("failed_partitions", []).append({"partition": p.describe(), "reason": reason})
    summary["scale"] = {"partitions": len(parts), "workers": workers, "shard_dir": str(shard_dir),
                        "near_duplicate_edges": len(edges), "timings": timings}
    if not failed and not keep_shards:
        shutil.rmtree(shard_dir, ignore_errors=True)
    return summary
