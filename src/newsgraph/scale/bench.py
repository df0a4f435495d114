"""The scale-out benchmark: the same corpus ingested by one process and by a LocalCluster, docs/s and speed-up.

Both runs take the same code path (:func:`newsgraph.scale.engine.ingest_dask`): the same partitions, the same
analysis batch size, the same shards, the same near-duplicate grouping and the same merge into a fresh SQLite
store; the one-process run executes the partition tasks one after another in the driver (``serial=True``), the
cluster run on ``workers`` single-threaded worker processes. Model loading (once per process) and cluster start-up
are timed apart; docs/s counts the analysis, the merge into the store and the near-duplicate grouping.
The two stores are compared table by table at the end.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def _cpu_seconds() -> float:
    """CPU time (user + system) used so far by this process and its live children (the cluster's processes)."""
    import psutil
    me = psutil.Process()
    total = 0.0
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def _rate(summary) -> tuple[int, float, float]:
    t = summary.scale["timings"]
    docs = summary.stored + summary.failed + summary.skipped
    secs = t["analyze_and_merge"] + t["near_duplicates"]
    return docs, secs, docs / max(secs, 1e-9)


def run(corpus: Path | None = None, pages: Path | None = None, per_page: int = 15, limit: int | None = None,
        workers: int = 2, batch_size: int = 64, analyze_batch_size: int = 32, lines_per_partition: int = 32,
        work_dir: Path | None = None, compare: bool = True, with_ingest: bool = False, console=None) -> dict:
    """Run the benchmark; prints as it goes (to ``console``) and returns the figures."""
    from rich.console import Console
    from rich.table import Table

    from ..store import open_store
    from .engine import connect, ingest_dask
    from .variants import write_corpus
    from .worker import WarmPipeline, warm

    console = console or Console()
    work = Path(work_dir or tempfile.mkdtemp(prefix="newsgraph-scale-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if corpus is None:
        if pages is None:
            raise ValueError("give a corpus (JSONL) or a folder of HTML pages to make one from")
        corpus = work / "scale-corpus.jsonl"
        t = time.perf_counter()
        n = write_corpus(pages, corpus, per_page=per_page, limit=limit)
        console.print(f"corpus: {n} documents ({per_page} per page: the page and {per_page - 1} edited copies) "
                      f"-> {corpus} in {time.perf_counter() - t:.1f}s")
    console.print(f"machine: {os.cpu_count()} cores; load average (1, 5, 15 min) at start: {_load()}")

    results = {}
    common = dict(batch_size=batch_size, analyze_batch_size=analyze_batch_size,
                  lines_per_partition=lines_per_partition, console=console)
    # The cluster is started and its workers load the models first, and this process loads them at the same time:
    # both runs then use the same code even if the source tree changes during the benchmark. The idle cluster
    # costs ~1% of a core while the one-process run works.
    t0 = time.perf_counter()
    with connect(n_workers=workers) as client:
        client.register_plugin(WarmPipeline())
        warm()
        console.print(f"LocalCluster of {workers} single-threaded worker processes up, models loaded in every "
                      f"process: {time.perf_counter() - t0:.1f}s")
        for name, kw in (("1 process", dict(serial=True)), (f"{workers} workers", dict(client=client))):
            db = work / ("one.db" if kw.get("serial") else "cluster.db")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            load_before = _load()
            cpu0 = _cpu_seconds()
            summary = ingest_dask([str(corpus)], str(db), shard_dir=work / f"{db.name}.shards", **common, **kw)
            cpu = _cpu_seconds() - cpu0
            docs, secs, rate = _rate(summary)
            t = summary.scale["timings"]
            results[name] = {"db": db, "docs": docs, "seconds": secs, "docs_per_s": rate, "timings": t,
                             "analysis_docs_per_s": docs / max(t["analyze"], 1e-9),
                             "load_before": load_before, "load_after": _load(), "summary": summary.to_dict(),
                             "groups": len(summary.scale["near_duplicate_groups"]),
                             "groups_match_store": summary.scale["groups_match_store"], "cpu_seconds": cpu}
            console.print(f"{name}: {docs} docs in {secs:.1f}s = {rate:.2f} docs/s; CPU used {cpu:.1f}s = "
                          f"{cpu / max(secs, 1e-9):.2f} cores busy on average ({1000 * cpu / max(docs, 1):.0f} ms "
                          f"per doc; merge in the driver {t['merge']:.1f}s, driver CPU {t['driver_cpu']:.1f}s, "
                          f"near-duplicate groups {t['near_duplicates']:.1f}s); load {load_before} -> "
                          f"{results[name]['load_after']}")

    if with_ingest:  # the plain single-process ingest (no partitions, no shards), for reference
        from ..corpus.ingest import default_analyze, ingest
        db = work / "ingest.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        warm()
        load_before = _load()
        with open_store(db) as store:
            summary = ingest(store, [str(corpus)], batch_size=batch_size, analyze=default_analyze(analyze_batch_size))
        docs = summary.stored + summary.failed + summary.skipped
        console.print(f"newsgraph ingest (no engine, for reference): {docs} docs in {summary.seconds:.1f}s = "
                      f"{docs / max(summary.seconds, 1e-9):.2f} docs/s; load {load_before} -> {_load()}")
        out_ingest = {"docs": docs, "seconds": summary.seconds, "docs_per_s": docs / max(summary.seconds, 1e-9)}
    one, many = results.values()
    speedup = many["docs_per_s"] / max(one["docs_per_s"], 1e-9)
    table = Table(title="one process vs. a Dask LocalCluster: same corpus, same code path")
    for col in ("run", "docs", "seconds", "docs/s", "analysis/s", "new", "near-dup", "failed"):
        table.add_column(col, justify="left" if col == "run" else "right", no_wrap=True)
    for name, r in results.items():
        s = r["summary"]
        table.add_row(name, str(r["docs"]), f"{r['seconds']:.1f}", f"{r['docs_per_s']:.2f}",
                      f"{r['analysis_docs_per_s']:.2f}", str(s["new"]), str(s["near_duplicate"]), str(s["failed"]))
    console.print(table)
    analysis_speedup = many["analysis_docs_per_s"] / max(one["analysis_docs_per_s"], 1e-9)
    console.print(f"[bold]speed-up: {speedup:.2f}x[/bold] with {workers} workers, end to end (analysis, merge into "
                  f"the store, near-duplicate groups); analysis alone (the part the workers share): "
                  f"{analysis_speedup:.2f}x. Load average now: {_load()}")
    out = {"results": results, "speedup": speedup, "analysis_speedup": analysis_speedup, "corpus": str(corpus)}
    if with_ingest:
        out["ingest"] = out_ingest
    if compare:
        others = [many["db"]] + ([work / "ingest.db"] if with_ingest else [])
        diff = []
        with open_store(one["db"]) as a:
            for other in others:
                with open_store(other) as b:
                    diff += [f"{other.name}:{t}" for t in a.table_names() if a.dump(t) != b.dump(t)]
        out["stores_equal"] = not diff
        console.print(f"stores equal, table by table ({', '.join(p.name for p in [one['db'], *others])}): "
                      + ("yes" if not diff else f"NO (differ: {', '.join(diff)})"))
    return out
