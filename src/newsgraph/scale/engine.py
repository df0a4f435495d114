"""``ingest_dask``: the whole run on a Dask cluster.

1. plan: the inputs become partitions (:mod:`.partitions`), in reading order; files the store already holds whole
   are left out (as a single-process ingest skips them);
2. analyze: one task per partition (``retries``; a partition whose shard exists is skipped), each writing one
   Parquet shard; a rich progress bar follows the partitions as they complete (``distributed.as_completed``);
3. merge, while the cluster works: each shard, as soon as every shard before it is done, goes to
   ``Store.write_batch`` (:mod:`.merge`), so the store holds what a single-process ingest of the same paths holds;
4. near-duplicates: LSH bands grouped by a shuffle on the cluster, verified, connected components (:mod:`.lsh`),
   checked against the store's groups.

Without a scheduler address a LocalCluster is started (one single-threaded worker process per core); with one,
the workers of that cluster do the work and must see the input paths and the shard folder at the same paths
(shared storage; ``NEWSGRAPH_SHARDS`` names the folder).
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import NewsgraphError
from .partitions import Partition, plan


class ScaleError(NewsgraphError):
    """The cluster cannot be used (scheduler unreachable, stdin given to a cluster...): one readable line."""


def default_shard_dir(db_url: str | None) -> Path:
    """$NEWSGRAPH_SHARDS when set (on a cluster: a folder on storage every worker and the driver share), else
    ``<db file>.shards/`` beside an SQLite store, or ``./newsgraph-shards/`` for a server store."""
    from ..store import normalize_url
    if os.environ.get("NEWSGRAPH_SHARDS"):
        return Path(os.environ["NEWSGRAPH_SHARDS"]).absolute()
    url = normalize_url(db_url)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.split(":///", 1)[1] + ".shards")
    return Path("newsgraph-shards").absolute()


# Background chores of the cluster made rarer (event-loop tick checks, system and memory monitors) and the workers'
# statistical profiler off (it samples the running task's stack every 10 ms, for the dashboard's profile page: ~3%
# of a core per busy worker plus the GIL hand-offs it forces): on a small machine the workers share the cores with
# the driver's merge, so every wake-up costs analysis time. (Scheduler-side queuing stays on: it hands partitions
# out in reading order, which keeps the in-order merge flowing; with it off, root tasks are co-assigned in blocks
# and the merge waits for the first worker's whole block.)
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,
}


@contextmanager
def connect(scheduler: str | None = None, n_workers: int | None = None, quiet: bool = True) -> Iterator:
    """A distributed Client: to ``scheduler`` (tcp://host:port) when given, else to a new LocalCluster with one
    single-threaded worker process per core (``n_workers`` to choose), closed on exit."""
    import logging

    import dask
    from distributed import Client, LocalCluster
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ScaleError(f"{scheduler}: cannot reach the Dask scheduler ({type(exc).__name__}: "
                             f"{str(exc).splitlines()[0] if str(exc) else 'no answer'})") from None
        with client:
            yield client
        return
    n = n_workers or os.cpu_count() or 1
    with dask.config.set(LOCAL_CLUSTER_CONFIG), \
            LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                         silence_logs=logging.CRITICAL if quiet else logging.WARNING) as cluster, \
            Client(cluster) as client:
        yield client


def analyze_partitions(client, parts: list[Partition], shard_dir: Path, batch_size: int = 32, retries: int = 3,
                       hook: Callable | None = None, on_done: Callable[[Partition, dict | None], None] | None = None
                       ) -> tuple[list[dict], list[tuple[Partition, str]]]:
    """Run one task per partition on the cluster (``retries`` each; a worker that dies mid-task has its task
    rescheduled by the scheduler). ``on_done(partition, counts or None)`` is called as each one ends.
    Returns (counts of the done partitions in order, failures [(partition, reason)])."""
    from distributed import as_completed

    from .shards import process_partition

    shard_dir.mkdir(parents=True, exist_ok=True)
    futures = {}
    for p in parts:
        # earlier partitions first: the merge consumes shards in reading order
        f = client.submit(process_partition, p, str(shard_dir), batch_size, hook, key=f"newsgraph-{p.name}",
                          retries=retries, pure=False, priority=len(parts) - p.index)
        futures[f] = p
    done, failed = [], []
    for f in as_completed(list(futures)):
        p = futures[f]
        if f.status == "finished":
            res = f.result()
            done.append(res)
        else:
            exc = f.exception()
            failed.append((p, f"{type(exc).__name__}: {exc}".splitlines()[0]))
            res = None
        f.release()
        if on_done:
            on_done(p, res)
    done.sort(key=lambda r: r["partition"])
    return done, failed


def serial_partitions(parts: list[Partition], shard_dir: Path, batch_size: int = 32,
                      on_done: Callable[[Partition, dict | None], None] | None = None
                      ) -> tuple[list[dict], list[tuple[Partition, str]]]:
    """The same partition tasks run one after another in this process (the benchmark's one-process baseline)."""
    from .shards import process_partition

    shard_dir.mkdir(parents=True, exist_ok=True)
    done = []
    for p in parts:
        res = process_partition(p, str(shard_dir), batch_size)
        done.append(res)
        if on_done:
            on_done(p, res)
    return done, []


def _has_warm_plugin(dask_worker) -> bool:
    from .worker import WarmPipeline
    return WarmPipeline.name in dask_worker.plugins


@contextmanager
def _cluster(serial: bool, client, scheduler: str | None, n_workers: int | None) -> Iterator:
    """The client the partitions run on; None (``serial``): this process, one partition after another."""
    if serial:
        import dask
        with dask.config.set(scheduler="sync"):
            yield None
    elif client is not None:
        yield client
    else:
        with connect(scheduler, n_workers) as c:
            yield c


def ingest_dask(paths: Iterable[str], db_url: str | None = None, scheduler: str | None = None,
                shard_dir: str | os.PathLike | None = None, batch_size: int = 64, analyze_batch_size: int = 32,
                n_workers: int | None = None, files_per_partition: int | None = None, lines_per_partition: int = 64,
                retries: int = 3, keep_shards: bool = False, progress: bool = True, hook: Callable | None = None,
                console=None, store=None, client=None, serial: bool = False,
                on_doc: Callable[[], None] | None = None, on_file: Callable[[str], None] | None = None):
    """Ingest ``paths`` into the store at ``db_url`` on a Dask cluster.

    Returns the ``corpus.ingest.Summary`` a single-process ingest returns (new, duplicate, near-duplicate, skipped,
    failed with reasons), with an extra attribute ``scale``: partitions, workers, shard folder, timings, the
    near-duplicate groups found on the cluster and whether they equal the store's.
    ``batch_size``: documents per store transaction (as ``newsgraph ingest``); ``analyze_batch_size``: documents per
    ``analyze_many`` batch on the workers; ``hook(partition, tmp_shard)``: runs on the worker before each shard's
    rename (fault-injection in tests). ``client``: an existing distributed Client to use; ``serial``: no cluster at
    all, the same partition tasks run one by one in this process (the benchmark's baseline). ``on_doc()`` and
    ``on_file(path)``: called as documents and whole input files are stored (as ``corpus.ingest.ingest`` calls
    them), for a caller that draws its own progress bar; then this function draws none.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..corpus.ingest import Summary, store_files
    from ..store import open_store
    from . import lsh
    from .merge import Merger, store_groups
    from .shards import shard_path
    from .worker import WarmPipeline, warm

    console = console or Console(stderr=True)
    t0 = time.perf_counter()
    own_store = store is None
    store = store or open_store(db_url)
    summary = Summary()
    try:
        fresh = store.count("documents") == 0

        planned: set[str] = set()
        own = store_files(store)  # a folder that holds the SQLite store: its own files are no articles

        def done_before(path: str) -> bool:
            if own and os.path.realpath(path) in own:
                if on_file:
                    on_file(path)
                return True
            st = os.stat(path)
            # a file named twice is read once: by the time a single-process ingest reaches the second mention,
            # the first has been stored and the file is skipped as done
            if path in planned or store.file_done(path, st.st_size, st.st_mtime):
                summary.skipped_files += 1
                if on_file:
                    on_file(path)
                return True
            planned.add(path)
            store.forget_file(path)  # read again: its old faults are recorded anew (as a single-process ingest)
            return False

        parts = plan(list(paths), files_per_partition or analyze_batch_size, lines_per_partition, skip=done_before)
        shard_dir = Path(shard_dir) if shard_dir else default_shard_dir(db_url if db_url else store.url)
        timings = {"plan": time.perf_counter() - t0}
        merger = Merger(store, summary, batch_size, on_doc=on_doc, on_file=on_file)
        if on_doc or on_file:
            progress = False  # the caller shows progress
        finished: dict[int, bool] = {}
        next_part = 0

        # nothing new (every input stored whole already): no cluster is started, no model loaded, only the run's
        # end as a single-process ingest ends it (tryout r19 K: a rerun started a LocalCluster for 0 partitions, 49 s)
        with _cluster(serial or not parts, client if parts else None, scheduler, n_workers) as client:
            timings["cluster"] = time.perf_counter() - t0 - timings["plan"]
            if client is None:
                workers = 1 if parts else 0
                if parts:
                    warm()
            else:
                workers = len(client.scheduler_info(n_workers=-1)["workers"])
                if not all(client.run(_has_warm_plugin).values()):
                    client.register_plugin(WarmPipeline())
            timings["warm"] = time.perf_counter() - t0 - timings["plan"] - timings["cluster"]
            t1, cpu1, main1 = time.perf_counter(), time.process_time(), time.thread_time()
            with Progress(TextColumn("[bold]ingest (dask)" if client else "[bold]ingest (1 process)"), BarColumn(),
                          MofNCompleteColumn(),
                          TextColumn("partitions · {task.fields[docs]} docs · {task.fields[rate]} docs/s"),
                          TimeElapsedColumn(), console=console, disable=not progress or not parts) as bar:
                task = bar.add_task("ingest", total=len(parts), docs=0, rate="-")
                ndocs = 0
                last_done = [t1]

                def tick(p: Partition, res: dict | None) -> None:
                    nonlocal ndocs, next_part
                    finished[p.index] = res is not None
                    last_done[0] = time.perf_counter()
                    # merge every shard whose predecessors are all merged: the store grows in reading order, and
                    # stops growing at a partition that failed (its successors' shards wait for the rerun), so a
                    # rerun finishes the store exactly as one clean run would have written it
                    while finished.get(next_part):
                        ndocs += merger.add_shard(shard_path(shard_dir, parts[next_part]))
                        next_part += 1
                    rate = ndocs / max(time.perf_counter() - t1, 1e-9)
                    bar.update(task, advance=1, docs=ndocs, rate=f"{rate:.1f}")

                if client is None:
                    done, failed = serial_partitions(parts, shard_dir, analyze_batch_size, tick)
                else:
                    done, failed = analyze_partitions(client, parts, shard_dir, analyze_batch_size, retries, hook,
                                                      tick)
                merger.flush()
                if next_part == len(parts):  # as a single-process ingest run ends (store/settle.py); a store stopped
                    store.settle()  # at a failed partition is finished by the rerun, which sweeps as one run would
            timings["analyze_and_merge"] = time.perf_counter() - t1
            # until the last partition was analyzed (the merge of one process is not counted in its analysis)
            timings["analyze"] = (timings["analyze_and_merge"] - merger.seconds if client is None
                                  else last_done[0] - t1)
            timings["driver_cpu"] = time.process_time() - cpu1  # this process: the merge, the client, progress
            timings["driver_main_thread_cpu"] = time.thread_time() - main1  # the merge and the progress updates
            timings["merge"] = merger.seconds
            t2 = time.perf_counter()
            shards = [shard_path(shard_dir, parts[d["partition"]]) for d in done]
            index, order = lsh.indexed_documents(shards)
            edges = lsh.near_duplicate_edges(index)
            groups = lsh.duplicate_groups(order, edges)
            timings["near_duplicates"] = time.perf_counter() - t2
        for p, reason in sorted(failed, key=lambda f: f[0].index):
            summary.fail(p.describe(), f"partition not analyzed ({reason})")
        waiting = len(parts) - next_part - len(failed)
        if failed and waiting:
            summary.fail(f"{waiting} partitions", "analyzed but not stored yet: they follow a failed partition; "
                         f"rerun the same command to finish (their shards in {shard_dir} are reused)")
        same = None
        if fresh and not failed:
            same = sorted(map(sorted, groups)) == sorted(map(sorted, store_groups(store)))
        timings["total"] = time.perf_counter() - t0
        summary.seconds = timings["total"]
        summary.scale = {"partitions": len(parts), "merged_partitions": next_part, "workers": workers,
                         "shard_dir": str(shard_dir),
                         "failed_partitions": [(p.describe(), r) for p, r in failed],
                         "near_duplicate_groups": groups, "groups_match_store": same, "timings": timings}
        if not failed and not keep_shards:  # this run's shards only: the folder may be shared by other runs
            for p in parts:
                shard = shard_path(shard_dir, p)
                shard.unlink(missing_ok=True)
                for tmp in shard_dir.glob(f".{shard.name}.*.tmp"):  # left by a worker that died before publishing
                    tmp.unlink(missing_ok=True)
            try:
                shard_dir.rmdir()
            except OSError:
                pass
        return summary
    finally:
        if own_store:
            store.close()
