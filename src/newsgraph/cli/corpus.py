"""Corpus commands: ingest, search, actors, actor, quotes, events, timeline, stories, story, document, export,
stats, bench-dedup, bench-ingest (corrections of actors: cli/actors.py). Every reading command is a thin layer over
store/queries.py."""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import NewsgraphError
from . import app

DB_HELP = ("The store: a SQLite file path (`newsgraph ingest` creates it), sqlite:///PATH or "
           "postgresql://USER:PW@HOST/DB. "
           "Default: $NEWSGRAPH_DB or ./newsgraph.db.")


class Out(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Page(str, Enum):
    """Formats of a one-item page (actor, story, document): no csv, it is not one table."""
    table = "table"
    json = "json"


def _db_opt():
    return typer.Option(None, "--db", envvar="NEWSGRAPH_DB", help=DB_HELP, show_envvar=True)


def _fmt_opt():
    return typer.Option(Out.table, "--format", "-f", help="table (readable), json (the query layer's page) or csv.")


def _limit_opt(default: int):
    return typer.Option(default, "--limit", "-n", min=1, help="At most this many rows.")


def _offset_opt():
    return typer.Option(0, "--offset", min=0, help="Skip this many rows first (the next page: --offset 20).")


def _since_opt():
    return typer.Option(None, "--since", help="On or after this ISO date (2025-09-04, 2025-09 or 2025).")


def _until_opt():
    return typer.Option(None, "--until", help="On or before this ISO date.")


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
        if Q.actor_ids(conn, name) == []:
            _fail(f"no actor named {name!r} (see `newsgraph actors NAME`)")


def _query(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        _fail(str(exc))


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ", ".join(_cell(x.get("name") if isinstance(x, dict) else x) for x in v)
    if isinstance(v, dict):
        return str(v.get("name") or v.get("text") or json.dumps(v, ensure_ascii=False))
    if isinstance(v, float):
        return f"{v:.3g}"
    return str(v)


LONG = {"text", "title", "snippet", "evidence", "what", "aliases"}
NAMES = {"name", "speaker", "actors", "targets", "outlet", "first_report.outlet", "first_report.reported_by", "role",
         "location", "outlets", "canonical_id", "copy_of"}


def _emit(page_or_items, columns: list[tuple[str, str]], fmt: Out, title: str | None = None) -> None:
    """Print a page of items: a rich table of ``columns`` [(key, header)], or JSON, or CSV."""
    if fmt is Out.json:
        sys.stdout.write(json.dumps(page_or_items, ensure_ascii=False, indent=1) + "\n")
        return
    items = page_or_items["items"] if isinstance(page_or_items, dict) else page_or_items
    if fmt is Out.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow([c for c, _ in columns])
        for it in items:
            w.writerow([_cell(_get(it, c)) for c, _ in columns])
        sys.stdout.write(buf.getvalue())
        return
    from rich.console import Console
    from rich.table import Table
    t = Table(title=title, show_lines=False, expand=True)
    for key, h in columns:
        if key in LONG:
            t.add_column(h, overflow="fold", ratio=4, min_width=20)
        elif key in NAMES:
            t.add_column(h, overflow="fold", ratio=2, min_width=10)
        else:
            t.add_column(h, no_wrap=True)
    for it in items:
        t.add_row(*[_cell(_get(it, c)) for c, _ in columns])
    Console().print(t)
    if not items:
        Console(stderr=True).print("[dim]no matches[/dim]")
    if isinstance(page_or_items, dict) and page_or_items.get("total", 0) > len(items):
        p = page_or_items
        Console(stderr=True).print(f"[dim]{p['offset'] + 1}-{p['offset'] + len(items)} of {p['total']} "
                                   f"(--offset/--limit for more)[/dim]")


def _get(item: dict, key: str):
    v = item
    for k in key.split("."):
        v = v.get(k) if isinstance(v, dict) else None
    return v


def _short(s: str | None, n: int = 140) -> str | None:
    if s is None:
        return None
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


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
        err.print(f"[bold]{summary.new} new, {summary.duplicate} duplicate, {summary.near_duplicate} near-duplicate, "
                  f"{summary.skipped} already stored ({summary.skipped_files} unchanged files), "
                  f"{summary.failed} failed[/bold] in {summary.seconds:.1f}s ({rate:.1f} docs/s)", soft_wrap=True)
        for reason, n in summary.reasons.most_common():
            err.print(f"  failed: {n} × {reason}", markup=False, highlight=False, soft_wrap=True)
        shown = summary.failures if summary.failed <= 20 else summary.failures[:20]
        for line in shown:
            err.print(f"  error: {line}", markup=False, highlight=False, soft_wrap=True)
        if summary.faults_file and summary.failed:
            more = f"{summary.failed - len(shown)} more; " if summary.failed > len(shown) else ""
            err.print(f"  {more}every fault ({summary.failed}) is listed in {summary.faults_file}", markup=False,
                      highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


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
    if not json_summary:
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
                                           "('Canonical Name<TAB>alias<TAB>alias...'); applied before ingesting. "
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
) -> None:
    """Analyze documents and store them in the corpus: deduplicated, linked to actors, quotes and stories.

    Idempotent (the same document twice is stored once) and resumable (each batch is one transaction; a rerun
    skips unchanged files and stored documents before analyzing them). Prints a summary: new, duplicate,
    near-duplicate, skipped, failed (with reasons). Exit status 1 when any document failed.

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
    if scheduler:
        engine = Engine.dask
    if engine is Engine.dask:
        _ingest_on_dask(paths, db, aliases, batch_size, quiet, json_summary, scheduler, workers,
                        lines_per_partition)
        return
    import time
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from ..corpus.ingest import count_files, ingest as run_ingest

    store = _open(db, create=True)
    err = Console(stderr=True)
    try:
        _apply_aliases(store, db, aliases, err)
        t0 = time.perf_counter()
        total = count_files(paths)
        done_docs = 0
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                      TextColumn("{task.fields[docs]} docs · {task.fields[rate]} docs/s"), TimeElapsedColumn(),
                      console=err, disable=quiet, transient=False) as prog:
            task = prog.add_task("ingest", total=total, docs=0, rate="0.0")

            def on_doc():
                nonlocal done_docs
                done_docs += 1
                rate = done_docs / max(1e-9, time.perf_counter() - t0)
                prog.update(task, docs=done_docs, rate=f"{rate:.1f}")

            committed = None  # the summary after the last committed batch

            def on_batch(s, n):
                nonlocal committed
                committed = s

            summary = run_ingest(store, paths, batch_size=batch_size, on_doc=on_doc, on_batch=on_batch,
                                 on_file=lambda p: prog.advance(task), faults_file=str(faults) if faults else None)
    except NewsgraphError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        # each batch is one transaction: what was committed stays, the batch in progress was rolled back
        s = committed
        done = (f"{s.new} new, {s.duplicate} duplicate, {s.near_duplicate} near-duplicate documents stored "
                f"({s.failed} failed)" if s is not None else "nothing stored in this run")
        err.print(f"interrupted: {done}; the batch in progress was not stored. Rerun the same command to "
                  f"finish (stored documents and unchanged files are skipped).", markup=False, highlight=False,
                  soft_wrap=True)
        raise typer.Exit(130)
    finally:
        store.close()
    _print_summary(summary, json_summary, err)


# -- reading ---------------------------------------------------------------------------------------------------------
@app.command()
def search(
    text: str = typer.Argument(..., help="Words to find (all of them) in titles and clean texts; a word ending "
                               "in * is a prefix (Путин* finds Путина, sanction* finds sanctions)."),
    db: Optional[str] = _db_opt(),
    since: Optional[str] = typer.Option(None, help="Published on or after this ISO date."),
    until: Optional[str] = typer.Option(None, help="Published on or before this ISO date."),
    outlet: Optional[str] = typer.Option(None, help="Only documents of this outlet (substring)."),
    originals: bool = typer.Option(False, "--originals", help="Hide near-duplicate copies."),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(),
) -> None:
    """Full-text search over the stored documents, best match first (FTS5 / PostgreSQL tsvector)."""
    from ..store import queries as Q
    with _open(db) as store:
        page = _query(Q.search, store, text, since=since, until=until, outlet=outlet, originals_only=originals,
                      limit=limit, offset=offset)
    for it in page["items"]:  # an original's canonical_id is its own id: only a copy names another
        it["copy_of"] = it.get("canonical_id") if it.get("is_duplicate") else None
    _emit(page, [("id", "id"), ("published", "published"), ("outlet", "outlet"), ("title", "title"),
                 ("snippet", "match"), ("copy_of", "copy of")], format, title=f"search: {text}")


@app.command()
def actors(
    name: Optional[str] = typer.Argument(None, help="Only actors with this name, alias or name part."),
    db: Optional[str] = _db_opt(),
    type: Optional[str] = typer.Option(None, "--type", "-t", help="PERSON, ORG, GPE, MEDIA, GROUP..."),
    since: Optional[str] = typer.Option(None, help="Mentioned in documents published on or after this date."),
    until: Optional[str] = typer.Option(None, help="... on or before this date."),
    outlet: Optional[str] = typer.Option(None, help="Mentioned by this outlet."),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(),
) -> None:
    """List the actors of the corpus (one per person/organisation/place, all spellings merged), most documents
    first."""
    from ..store import queries as Q
    with _open(db) as store:
        page = _query(Q.list_actors, store, name=name, type=type, since=since, until=until, outlet=outlet,
                      limit=limit, offset=offset)
    _emit(page, [("id", "id"), ("name", "name"), ("type", "type"), ("role", "role"), ("n_docs", "docs"),
                 ("n_quotes", "quotes"), ("aliases", "aliases")], format, title="actors")


@app.command()
def actor(
    name: str = typer.Argument(..., help="A name in any spelling, an alias, a surname or an actor id."),
    db: Optional[str] = _db_opt(),
    limit: int = typer.Option(10, "--limit", "-n", help="Items per section."),
    format: Page = typer.Option(Page.table, "--format", "-f", help="table (readable) or json (everything)."),
) -> None:
    """One actor's page: role, aliases, quotes, events as actor and as target, co-occurring actors."""
    from rich.console import Console
    from ..store import queries as Q
    with _open(db) as store:
        a = _query(Q.get_actor, store, name, limit=limit)
    if a is None:
        _fail(f"no actor named {name!r}")
    if format is Page.json:
        sys.stdout.write(json.dumps(a, ensure_ascii=False, indent=1) + "\n")
        return
    c = Console()
    c.print(f"[bold]{a['name']}[/bold]  ({a['type']})  {a['role'] or ''}")
    c.print(f"id {a['id']} · {a['n_docs']} documents · {a['n_quotes']} quote reports · "
            f"{a['first_date'] or '?'} .. {a['last_date'] or '?'}")
    c.print("aliases: " + ", ".join(a["aliases"]), markup=False)
    if a["others"]:
        c.print("also matching: " + ", ".join(f"{o['name']} ({o['id']})" for o in a["others"]), markup=False)
    _emit(a["quotes"], [("date", "date"), ("text", "quote"), ("n_reports", "reports"),
                        ("first_report.outlet", "first reported by")], Out.table, title="quotes")
    _emit(a["events_as_actor"], [("date", "date"), ("type", "type"), ("targets", "target"), ("evidence", "evidence")],
          Out.table, title="events as actor")
    _emit(a["events_as_target"], [("date", "date"), ("type", "type"), ("actors", "actor"), ("evidence", "evidence")],
          Out.table, title="events as target")
    _emit(a["co_actors"], [("name", "name"), ("type", "type"), ("n", "shared docs")], Out.table, title="appears with")


@app.command()
def quotes(
    db: Optional[str] = _db_opt(),
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s", help="Who said it (any spelling or alias)."),
    about: Optional[str] = typer.Option(None, "--about", "-a", help="Words in the quote (full-text; word* for a "
                                        "prefix)."),
    since: Optional[str] = typer.Option(None, help="Said on or after this ISO date."),
    until: Optional[str] = typer.Option(None, help="Said on or before this ISO date."),
    outlet: Optional[str] = typer.Option(None, help="Reported by (or credited to) this outlet."),
    reports: bool = typer.Option(False, "--reports", help="JSON: include every report of each quote."),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(),
) -> None:
    """Who said what: each statement once, with how many articles reported it and who reported it first."""
    from ..store import queries as Q
    with _open(db) as store:
        _known_actor(store, speaker)
        page = _query(Q.list_quotes, store, speaker=speaker, about=about, since=since, until=until, outlet=outlet,
                      reports=reports, limit=limit, offset=offset)
    _emit(page, [("date", "date"), ("speaker", "speaker"), ("text", "quote"), ("cue", "cue"),
                 ("n_reports", "reports"), ("first_report.outlet", "first reported by"),
                 ("first_report.reported_by", "credited")], format, title="quotes")


@app.command()
def events(
    db: Optional[str] = _db_opt(),
    actor: Optional[str] = typer.Option(None, "--actor", help="An actor taking part (as actor or target)."),
    type: Optional[str] = typer.Option(None, "--type", "-t", help="PLOVER type: CONSULT, AGREE, ACCUSE..."),
    since: Optional[str] = typer.Option(None, help="On or after this ISO date."),
    until: Optional[str] = typer.Option(None, help="On or before this ISO date."),
    outlet: Optional[str] = typer.Option(None, help="Reported by this outlet."),
    with_copies: bool = typer.Option(False, "--with-copies", help="Also the events a near-duplicate copy "
                                     "repeats from its original (hidden by default; a copy's own new sentences "
                                     "always count)."),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(),
) -> None:
    """Who did what to whom: PLOVER events, newest first."""
    from ..store import queries as Q
    if type:
        from ..understand.events import TYPES
        if type.upper() not in TYPES:
            _fail(f"unknown event type {type!r} (PLOVER types: {', '.join(TYPES)})")
    with _open(db) as store:
        _known_actor(store, actor)
        page = _query(Q.list_events, store, actor=actor, type=type, since=since, until=until, outlet=outlet,
                      originals_only=not with_copies, limit=limit, offset=offset)
    _emit(page, [("date", "date"), ("type", "type"), ("mode", "mode"), ("actors", "actor"), ("targets", "target"),
                 ("location", "where"), ("factuality", "factuality"), ("evidence", "evidence")], format,
          title="events")


@app.command()
def timeline(
    name: Optional[str] = typer.Argument(None, help="An actor (any spelling)."),
    db: Optional[str] = _db_opt(),
    story: Optional[str] = typer.Option(None, "--story", help="A story id instead of an actor."),
    since: Optional[str] = _since_opt(), until: Optional[str] = _until_opt(),
    with_copies: bool = typer.Option(False, "--with-copies", help="Also the events a near-duplicate copy "
                                     "repeats from its original (hidden by default)."),
    limit: int = _limit_opt(100), offset: int = _offset_opt(),
    format: Out = _fmt_opt(),
) -> None:
    """The quotes and events of an actor (or of a story) in date order."""
    from ..store import queries as Q
    if not name and not story:
        _fail("give an actor name or --story ID")
    with _open(db) as store:
        _known_actor(store, name)
        page = _query(Q.timeline, store, actor=name, story=story, since=since, until=until,
                      originals_only=not with_copies, limit=limit, offset=offset)
    for it in page["items"]:
        if it["entry"] == "quote":
            it["what"] = f"{it.get('speaker') or '?'}: “{_short(it.get('text'))}”"
        else:
            who = _cell(it.get("actors")) or "?"
            whom = f" -> {_cell(it['targets'])}" if it.get("targets") else ""
            it["what"] = f"{it.get('type')}: {who}{whom} ({_short(it.get('evidence'), 100) or ''})"
    _emit(page, [("date", "date"), ("entry", "entry"), ("what", "what")], format,
          title=f"timeline: {name or story}")


@app.command()
def stories(
    db: Optional[str] = _db_opt(),
    actor: Optional[str] = typer.Option(None, "--actor", help="Stories naming this actor."),
    about: Optional[str] = typer.Option(None, "--about", help="Stories with a document matching these words "
                                        "(word* for a prefix)."),
    since: Optional[str] = _since_opt(), until: Optional[str] = _until_opt(),
    min_docs: int = typer.Option(1, "--min-docs", help="Only stories with at least this many documents."),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(),
) -> None:
    """Story clusters: articles about the same story grouped, largest and latest first."""
    from ..store import queries as Q
    with _open(db) as store:
        _known_actor(store, actor)
        page = _query(Q.list_stories, store, actor=actor, about=about, since=since, until=until,
                      min_docs=min_docs, limit=limit, offset=offset)
    _emit(page, [("id", "id"), ("title", "title"), ("first_date", "from"), ("last_date", "to"), ("n_docs", "docs"),
                 ("outlets", "outlets")], format, title="stories")


@app.command()
def story(
    story_id: str = typer.Argument(..., help="A story id (see `newsgraph stories`)."),
    db: Optional[str] = _db_opt(),
    format: Page = typer.Option(Page.table, "--format", "-f", help="table (readable) or json (everything)."),
) -> None:
    """One story: its documents and outlets, first report, actors and timeline."""
    from ..store import queries as Q
    with _open(db) as store:
        s = Q.get_story(store, story_id)
    if s is None:
        _fail(f"no story {story_id!r}")
    if format is Page.json:
        sys.stdout.write(json.dumps(s, ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    Console().print(f"[bold]{s['title']}[/bold]  {s['first_date'] or '?'} .. {s['last_date'] or '?'}  "
                    f"{s['n_docs']} documents; outlets: {', '.join(s['outlets'])}")
    _emit(s["documents"], [("published", "published"), ("outlet", "outlet"), ("title", "title"),
                           ("is_duplicate", "copy")], Out.table, title="documents")
    _emit(s["actors"], [("name", "actor"), ("type", "type"), ("weight", "docs")], Out.table, title="actors")


@app.command()
def document(
    doc_id: str = typer.Argument(..., help="A document id."),
    db: Optional[str] = _db_opt(),
    format: Page = typer.Option(Page.json, "--format", "-f", help="json (the document and its full analysis "
                                "record) or table (a summary)."),
) -> None:
    """One stored document with its analysis record, copies, near-duplicates and story."""
    from ..store import queries as Q
    with _open(db) as store:
        d = Q.get_document(store, doc_id)
    if d is None:
        _fail(f"no document {doc_id!r}")
    if format is Page.table:
        from rich.console import Console
        c = Console()
        c.print(f"[bold]{d['title']}[/bold] · {d['outlet'] or ''} · {d['published'] or ''}")
        c.print(f"{d['n_words']} words, {d['n_quotes']} quotes, {d['n_events']} events; "
                f"{'copy of ' + d['canonical_id'] if d['is_duplicate'] else 'original'}")
        return
    sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=1) + "\n")


@app.command()
def stats(db: Optional[str] = _db_opt(), format: Out = _fmt_opt()) -> None:
    """Counts of what the store holds."""
    from ..store import queries as Q
    with _open(db) as store:
        s = Q.stats(store)
    _emit([{"what": k, "n": v} for k, v in s.items()] if format is not Out.json else s,
          [("what", "what"), ("n", "n")], format, title="store")


# -- export ----------------------------------------------------------------------------------------------------------
class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


@app.command()
def export(
    format: ExportFormat = typer.Option(..., "--format", "-f", help="jsonl, csv or parquet: one file per table "
                                        "(documents, actors, quotes, quote_reports, events, stories) in a folder; "
                                        "graphml: the actor graph (opens in Gephi)."),
    output: Path = typer.Option(Path("export"), "--output", "-o", help="The folder (jsonl/csv/parquet) or the "
                                ".graphml file."),
    db: Optional[str] = _db_opt(),
    records: bool = typer.Option(False, "--records", help="jsonl: also the full analysis record of each document."),
) -> None:
    """Export the corpus: tables as JSONL, CSV or Parquet, or the actor graph as GraphML."""
    from ..store.export import export_graphml, export_tables
    with _open(db) as store:
        try:
            if format is ExportFormat.graphml:
                if output.suffix.lower() != ".graphml":
                    output = output / "newsgraph.graphml" if output.is_dir() or not output.suffix else output
                n = export_graphml(store, output)
                typer.echo(f"{output}: {n['nodes']} actors, {n['edges']} edges")
            else:
                counts = export_tables(store, output, format.value, records=records)
                for t, n in counts.items():
                    typer.echo(f"{output / (t + '.' + format.value)}: {n} rows")
        except OSError as exc:  # the folder is a file, no permission, disk full...
            where = exc.filename or output
            _fail(f"{where}: cannot write the export ({(exc.strerror or str(exc)).lower()})")


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
