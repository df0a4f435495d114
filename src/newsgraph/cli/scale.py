"""``newsgraph bench-scale``: docs/s of one process and of a Dask LocalCluster on the same corpus, and the speed-up.

(``newsgraph ingest --engine dask`` is the ingest command itself; its engine lives in newsgraph/scale/.)
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app


@app.command("bench-scale")
def bench_scale(
    corpus: Optional[Path] = typer.Argument(None, help="A JSONL corpus to ingest. Without it, one is made from "
                                            "--pages: each page's article text and --per-page - 1 edited copies."),
    pages: Optional[Path] = typer.Option(None, "--pages", help="A folder of HTML pages (.html, .html.gz) to make "
                                         "the corpus from, e.g. ../shared/data/article-extraction-benchmark/html."),
    per_page: int = typer.Option(15, "--per-page", help="Documents made from each page (the page and its copies)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Use only the first N pages (a quick check)."),
    workers: int = typer.Option(2, "--workers", help="Worker processes of the LocalCluster (one thread each)."),
    batch_size: int = typer.Option(64, "--batch-size", help="Documents per store transaction (both runs)."),
    analyze_batch_size: int = typer.Option(32, "--analyze-batch-size", help="Documents per analysis batch "
                                           "(spaCy nlp.pipe), the same in both runs."),
    lines_per_partition: int = typer.Option(32, "--lines-per-partition", help="JSONL lines per partition."),
    work_dir: Optional[Path] = typer.Option(None, "--work-dir", help="Where the corpus, stores and shards go "
                                            "(default: a new temporary folder)."),
    with_ingest: bool = typer.Option(False, "--with-ingest", help="Also time the plain single-process `newsgraph "
                                     "ingest` loop (no partitions, no shards) on the same corpus, for reference."),
) -> None:
    """Benchmark the Dask engine: ingest the same corpus with one process and with a LocalCluster of --workers
    worker processes, through the same code path (same partitions, batch sizes, shards, near-duplicate grouping and
    merge into a fresh SQLite store), and print docs/s of each, the speed-up, the load average of the machine
    before and after each run (other work on the machine lowers both figures), and whether the two stores are
    equal table by table.
    """
    from ..scale.bench import run
    if corpus is None and pages is None:
        raise typer.BadParameter("give a JSONL corpus or --pages DIR to make one from")
    if corpus is not None and not corpus.is_file():
        raise typer.BadParameter(f"{corpus}: no such file")
    out = run(corpus=corpus, pages=pages, per_page=per_page, limit=limit, workers=workers, batch_size=batch_size,
              analyze_batch_size=analyze_batch_size, lines_per_partition=lines_per_partition, work_dir=work_dir,
              with_ingest=with_ingest)
    if out.get("stores_equal") is False:
        raise typer.Exit(1)
