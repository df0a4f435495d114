"""Corpus commands: ingest, bench-dedup, bench-ingest, and the options every store command shares (the reading
commands are cli/read.py, the corrections of actors cli/actors.py)."""
from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import NewsgraphError
from . import app
from .output import Out

DB_HELP = ("The store: a SQLite file path (`newsgraph ingest` creates it), sqlite:///PATH or "
           "postgresql://HOST/DB (USER:PW@ before HOST). "
           "Default: $NEWSGRAPH_DB or ./newsgraph.db.")


class Page(str, Enum):
    """Formats of a one-item page (actor, story, document): no csv, it is not one table."""
    table = "table"
    json = "json"


def _db_opt():
    return typer.Option(None, "--db", envvar="NEWSGRAPH_DB", metavar="STORE", help=DB_HELP, show_envvar=True)


def _fmt_opt():
    return typer.Option(Out.table, "--format", "-f", help="table (readable; records when the terminal is too "
                        "narrow for a table), json (the query layer's page) or csv.")


MAX_ROWS = 1000  # the query layer's page limit (store.queries.base.MAX_LIMIT)


def _check_limit(value: int) -> int:
    """--limit outside 1-1000 fails in one line (it was silently capped, and -n 0 printed "no matches")."""
    if value is not None and not 1 <= value <= MAX_ROWS:
        _fail(f"--limit {value}: give 1 to {MAX_ROWS} rows (--offset pages through more)")
    return value


def _limit_opt(default: int):
    return typer.Option(default, "--limit", "-n", metavar="N", help=f"At most this many rows (1-{MAX_ROWS}).",
                        callback=_check_limit)


def _offset_opt():
    return typer.Option(0, "--offset", metavar="N", help="Skip this many rows first (the next page: --offset 20).")


def _fail(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)
    raise typer.Exit(1)


def _open(db, create=False):
    from ..store import StoreError, open_store
    try:
        return open_store(db, create=create)
    except StoreError as exc:
        _fail(str(exc))


def _known_actor(store, name: str | None) -> None:
    """Fail in one line when a name filter names no actor (a typo would otherwise show an empty table)."""
    if not name:
        return
    from ..store import queries as Q
    with store.connect() as conn:
        ids = Q.actor_ids(conn, name)
        if ids == []:
            _fail(f"no actor named {name!r} (see `newsgraph actors NAME`)")
        if ids and len(set(ids)) > 1:  # "Clinton": Hillary's, Bill's and Chelsea's together; say so
            found = Q.actors_by_ids(conn, list(set(ids)))
            shown = ", ".join(f"{a['name']} ({a['n_docs']} docs)" for a in found[:5]) + \
                (" ..." if len(found) > 5 else "")
            sys.stderr.write(f"note: {name!r} names {len(found)} actors, all shown: {shown}; a full name or an id "
                             f"picks one\n")


def _query(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        _fail(_as_options(str(exc)))


_NAMED = re.compile(r"^(\w+)(:.*)$", re.S)


def _as_options(msg: str) -> str:
    """A query-layer error in the CLI's words: a filter by its option ("min_docs: ..." -> "--min-docs: ..."), and
    search's missing words as such (the API's parameter names are the query layer's)."""
    from ..store import filters as F
    if msg == "about: required":
        return "give words to search for"
    m = _NAMED.match(msg)
    if m and (m.group(1) in F.FILTERS or m.group(1) in ("sort", "limit", "offset")):
        return "--" + m.group(1).replace("_", "-") + m.group(2)
    return msg


# -- ingest ----------------------------------------------------------------------------------------------------------
class Engine(str, Enum):
    single = "single"
    dask = "dask"


def _apply_aliases(store, db, aliases, err) -> None:
    """An aliases.tsv beside the SQLite file, then --aliases, applied to the store before ingesting."""
    from ..corpus.ingest import load_alias_file
    from ..store.store import normalize_url
    url = normalize_url(db)
    side = None
    if url.startswith("sqlite:///"):
        side = Path(url[len("sqlite:///"):]).parent / "aliases.tsv"
    for f in [p for p in (side, aliases) if p is not None and Path(p).is_file()]:
        n = load_alias_file(store, f)
        err.print(f"aliases: {n} from {f}")
    if aliases is not None and not aliases.is_file():
        _fail(f"{aliases}: no such aliases file")


def _print_summary(summary, json_summary: bool, err) -> None:
    if json_summary:
        typer.echo(json.dumps(summary.to_dict(), indent=1))
    else:
        rate = (summary.stored + summary.failed) / max(summary.seconds, 1e-9)
        rate_ = f" ({rate:.1f} docs/s)" if summary.stored else ""  # a run that stored nothing has no rate
        err.print(f"[bold]{summary.new} new, {summary.duplicate} duplicate, {summary.near_duplicate} near-duplicate, "
                  f"{summary.updated} updated, "
                  f"{summary.skipped} already stored ({summary.skipped_files} unchanged files), "
                  f"{summary.failed} failed[/bold] in {summary.seconds:.1f}s{rate_}", soft_wrap=True)
        for reason, n in summary.reasons.most_common():
            err.print(f"  failed: {n} × {reason}", markup=False, highlight=False, soft_wrap=True)
        _print_not_articles(summary, err)
        shown = summary.failures if summary.failed <= 20 else summary.failures[:20]
        for line in shown:
            err.print(f"  error: {line}", markup=False, highlight=False, soft_wrap=True)
        if summary.faults_file and summary.failed:
            more = f"{summary.failed - len(shown)} more; " if summary.failed > len(shown) else ""
            err.print(f"  {more}every fault ({summary.failed}) is listed in {summary.faults_file}", markup=False,
                      highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


def _print_not_articles(summary, err, hint: str = "--include PATTERN reads them") -> None:
    """"skipped 5 non-article records (HTTP 404 ×1, image/jpeg ×2, ...)" and the files skipped by their name."""
    from ..corpus.ingest import NOT_ARTICLE_NAME
    kinds = getattr(summary, "not_articles", None) or {}
    records = {k: n for k, n in kinds.items() if k != NOT_ARTICLE_NAME}
    if records:
        what = ", ".join(f"{k} ×{n}" for k, n in sorted(records.items(), key=lambda kv: (-kv[1], kv[0])))
        err.print(f"  skipped {sum(records.values())} non-article records ({what})", markup=False,
                  highlight=False, soft_wrap=True)
    if kinds.get(NOT_ARTICLE_NAME):
        names = ", ".join(os.path.basename(p) for p in summary.not_article_files[:5])
        more = ", ..." if kinds[NOT_ARTICLE_NAME] > 5 else ""
        n = kinds[NOT_ARTICLE_NAME]
        what = "1 file by name, not an article" if n == 1 else f"{n} files by name, not articles"
        err.print(f"  skipped {what} ({names}{more}); {hint}", markup=False,
                  highlight=False, soft_wrap=True)


def _ingest_on_dask(paths, db, aliases, batch_size, quiet, json_summary, scheduler, workers,
                    lines_per_partition) -> None:
    """`newsgraph ingest --engine dask`: the same store through newsgraph.scale (partitions, shards, merge)."""
    from rich.console import Console
    from ..scale import ingest_dask

    store = _open(db, create=True)
    err = Console(stderr=True)
    try:
        _apply_aliases(store, db, aliases, err)
        summary = ingest_dask(paths, db, scheduler=scheduler, store=store, n_workers=workers,
                              batch_size=batch_size, lines_per_partition=lines_per_partition,
                              progress=not quiet, console=err)
    except NewsgraphError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        err.print("interrupted: the shards merged so far are stored (one transaction per batch), the batch in "
                  "progress was not. Rerun the same command to finish (stored documents, unchanged files and "
                  "shards already written are reused).", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(130)
    finally:
        store.close()
    sc = summary.scale
    if not json_summary and not sc["partitions"]:
        err.print("dask: nothing new to analyze (every input is stored already): no cluster started",
                  markup=False, highlight=False, soft_wrap=True)
    elif not json_summary:
        same = {True: "equal the store's", False: "DIFFER from the store's",
                None: "not compared (the store held documents before this run)"}[sc["groups_match_store"]]
        err.print(f"dask: {sc['partitions']} partitions on {sc['workers']} workers; near-duplicate groups found "
                  f"on the cluster: {len(sc['near_duplicate_groups'])}, {same}",
                  markup=False, highlight=False, soft_wrap=True)
    _print_summary(summary, json_summary, err)


@app.command()
def ingest(
    paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (recursively), globs or '-' (stdin): "
                                                "any format `newsgraph analyze` reads (text, HTML, JSONL, "
                                                "RSS/Atom, WARC, gzip). May be left out with --retry-failed."),
    db: Optional[str] = _db_opt(),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help="A TSV of actor aliases and merges "
                                           "('Canonical Name', a tab, then its aliases, tab-separated); applied "
                                           "before ingesting. "
                                           "An aliases.tsv next to the SQLite file is applied too."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Also read again every input file the store "
                                      "records a fault for (an unreadable file, a bad record, a document whose "
                                      "analysis failed), wherever it is; its stored documents are skipped. (A "
                                      "file named on the command line that had a fault is always read again.)"),
    faults: Optional[Path] = typer.Option(None, "--faults", help="Write every fault to this file, one "
                                          "'source: reason' line each (without it, the summary prints the first "
                                          "20 and, past 50, names a temporary file holding all of them)."),
    batch_size: int = typer.Option(32, "--batch-size", help="Documents per transaction (all or nothing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    json_summary: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    engine: Engine = typer.Option(Engine.single, "--engine", help="single: this process analyzes and stores. "
                                  "dask: the inputs are split into partitions (files, JSONL line ranges, WARC "
                                  "files) that Dask workers analyze into Parquet shards, merged into the store in "
                                  "reading order; the store ends the same as with single."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT",
                                            help="With --engine dask: the scheduler of a running cluster (its "
                                            "workers must see the inputs and $NEWSGRAPH_SHARDS at the same paths). "
                                            "Without it a LocalCluster is started, one worker per core. Implies "
                                            "--engine dask."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="With --engine dask and no --scheduler: "
                                          "worker processes of the LocalCluster (default: one per core)."),
    lines_per_partition: int = typer.Option(64, "--lines-per-partition", min=1, help="With --engine dask: JSONL "
                                            "lines per partition (other inputs: 32 files per partition)."),
    include: Optional[list[str]] = typer.Option(None, "--include", metavar="PATTERN", help="Read a folder's "
                                                "files whose name says they are no article (README*, LICENSE*, "
                                                "CHANGELOG*, requirements*.txt...: skipped with a note by "
                                                "default) when they match this name pattern ('README.md', "
                                                "'*.md'); repeatable. A file named on the command line is "
                                                "always read."),
) -> None:
    """Analyze documents and store them in the corpus: deduplicated, linked to actors, quotes and stories.

    Idempotent (the same document twice is stored once) and resumable (each batch is one transaction; a rerun
    skips unchanged files and stored documents before analyzing them). Prints a summary: new, duplicate,
    near-duplicate, skipped, failed (with reasons), and what was passed over as no article: a WARC's
    non-HTML records (images, JSON, 404s, redirects) by kind, and a folder's files named README*, LICENSE*,
    CHANGELOG*... (see --include). Exit status 1 when any document failed.

    With --engine dask (or --scheduler) the work runs on a Dask cluster: a progress bar over partitions, a
    partition whose worker dies is retried, and a rerun after a failure reuses the shards already written.
    """
    paths = list(paths or [])
    if retry_failed:
        retry = _open(db, create=False)
        try:
            again = [p for p in retry.failed_paths() if os.path.isfile(p) and p not in paths]
        finally:
            retry.close()
        typer.echo(f"retry: {len(again)} file(s) with a recorded fault", err=True)
        paths += again
    if not paths:
        if retry_failed:
            raise typer.Exit(0)
        _fail("no input: give files, folders, globs or '-' (stdin), or --retry-failed")
    from ..ingest.readers import missing_inputs
    gone = missing_inputs(paths)
    if len(gone) == len(paths):  # nothing to read: no store is created or written (tryout r22: an empty store)
        _fail("; ".join(f"{p}: {why}" for p, why in gone))
    if scheduler:
        engine = Engine.dask
    if engine is Engine.dask:
        if include:
            _fail("--include works with --engine single only (with dask, name the files to read instead)")
        _ingest_on_dask(paths, db, aliases, batch_size, quiet, json_summary, scheduler, workers,
                        lines_per_partition)
        return
    import time
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from ..corpus.ingest import count_files, ingest as run_ingest
    from .progress_lines import ProgressLines

    store = _open(db, create=True)
    err = Console(stderr=True)
    try:
        _apply_aliases(store, db, aliases, err)
        t0 = time.perf_counter()
        total = count_files(paths, include or ())
        done_docs = 0
        lines = ProgressLines("ingest", total) if not quiet and not err.is_terminal else None  # (a log: r23)
        with lines or contextlib.nullcontext(), \
                Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                         TextColumn("{task.fields[docs]} docs · {task.fields[rate]} docs/s"), TimeElapsedColumn(),
                         console=err, disable=quiet, transient=False) as prog:
            task = prog.add_task("ingest", total=total, docs=0, rate="0.0")

            def on_doc():
                nonlocal done_docs
                done_docs += 1
                rate = done_docs / max(1e-9, time.perf_counter() - t0)
                prog.update(task, docs=done_docs, rate=f"{rate:.1f}")
                if lines is not None:
                    lines.doc_done()

            def on_file(p):
                prog.advance(task)
                if lines is not None:
                    lines.file_done()

            committed = None  # the summary after the last committed batch

            def on_batch(s, n):
                nonlocal committed
                committed = s

            summary = run_ingest(store, paths, batch_size=batch_size, on_doc=on_doc, on_batch=on_batch,
                                 on_file=on_file, faults_file=str(faults) if faults else None,
                                 include=include or ())
    except NewsgraphError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        # each batch is one transaction: what was committed stays, the batch in progress was rolled back
        s = committed
        done = (f"{s.new} new, {s.duplicate} duplicate, {s.near_duplicate} near-duplicate, {s.updated} updated "
                f"documents stored "
                f"({s.failed} failed)" if s is not None else "nothing stored in this run")
        err.print(f"interrupted: {done}; the batch in progress was not stored. Rerun the same command to "
                  f"finish (stored documents and unchanged files are skipped).", markup=False, highlight=False,
                  soft_wrap=True)
        raise typer.Exit(130)
    finally:
        store.close()
    _print_summary(summary, json_summary, err)


# -- benchmarks ------------------------------------------------------------------------------------------------------
@app.command("bench-dedup")
def bench_dedup(
    html_dir: Path = typer.Option(Path("..") / "shared" / "data" / "article-extraction-benchmark" / "html", "--pages",
                                  help="Folder of real pages (.html/.html.gz) the corpus is generated from."),
    variants: int = typer.Option(55, help="Near-duplicate variants generated per page."),
    negatives: int = typer.Option(1000, help="Distinct non-duplicates (mosaics of sentences from four pages)."),
    seed: int = typer.Option(13, help="Random seed of the generated edits (the same seed, the same corpus)."),
) -> None:
    """Near-duplicate detection benchmark on a generated corpus with known ground truth; prints pairwise and
    cluster precision/recall and docs/s (corpus/dedup.py alone, no spaCy)."""
    from ..corpus.bench import run_dedup_bench
    try:
        run_dedup_bench(html_dir, variants=variants, negatives=negatives, seed=seed)
    except NewsgraphError as exc:
        _fail(str(exc))


@app.command("bench-ingest")
def bench_ingest(
    paths: list[str] = typer.Argument(None, help="Inputs (default: the 181 article-extraction pages)."),
    db: Optional[str] = typer.Option(None, "--db", help="Store (default: a temporary SQLite file)."),
    repeat: int = typer.Option(1, help="Ingest the inputs this many times as distinct documents (memory growth)."),
    batch_size: int = typer.Option(32, "--batch-size", help="Documents per transaction."),
    stages: str = typer.Option("all", help="all: the full analysis; clean: only the cleaning steps (no models), "
                               "to measure the store and corpus linking themselves."),
) -> None:
    """Ingest throughput: docs/s of the full ingest (analysis + store) and RSS after each round (--repeat N
    ingests N distinct copies of the inputs: memory must stay flat as the store grows)."""
    from ..corpus.bench import run_ingest_bench
    if stages not in ("all", "clean"):
        _fail("--stages: all or clean")
    run_ingest_bench(paths or None, db=db, repeat=repeat, batch_size=batch_size, stages=stages)
