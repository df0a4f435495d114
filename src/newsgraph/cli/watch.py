"""Monitoring and exports: `newsgraph watch` (what is new since the last look) and `newsgraph export` (the corpus,
or any filtered part of it, as JSONL, CSV, Parquet or GraphML)."""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import app
from .corpus import _db_opt, _fail, _fmt_opt, _known_actor, _open, _query
from ..store import filters as F
from .filters import filter_options
from .output import Out, emit

STATE_ENV = "NEWSGRAPH_WATCH_STATE"


def state_file(given: Path | None) -> Path:
    """Where `watch --since-last` keeps its marks: --state, else $NEWSGRAPH_WATCH_STATE, else
    $XDG_STATE_HOME/newsgraph/watch.json (~/.local/state/newsgraph/watch.json)."""
    if given:
        return given
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "newsgraph" / "watch.json"


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        _fail(f"{path}: cannot read the watch state ({exc}); remove it or give another --state")


def _save(path: Path, state: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def _what(it: dict) -> str:
    from .read import _what as what
    return what(it)


@app.command()
@filter_options("feed", skip=("about",))
def watch(
    query: Optional[list[str]] = typer.Argument(None, metavar="[WORDS]", help="Words the articles must contain "
                                                "(as `newsgraph search`); leave out to watch everything the "
                                                "filters select."),
    db: Optional[str] = _db_opt(),
    since_last: bool = typer.Option(False, "--since-last", help="Only what was stored since the last `watch "
                                    "--since-last` of the same query and filters on this store, and remember "
                                    "where this one stopped (each item is shown once)."),
    state: Optional[Path] = typer.Option(None, "--state", metavar="FILE", help=f"Where the marks are kept (default: "
                                         f"${STATE_ENV}, else watch.json in ~/.local/state/ newsgraph/)."),
    limit: int = typer.Option(20, "--limit", "-n", metavar="N", help="Without --since-last, or on its first run: "
                              "the latest N items (new items since the last look are all shown)."),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """What is new: quotes and events stored since you last looked, oldest first (a feed for the terminal; the
    web UI's lists have the same as Atom feeds)."""
    from ..store import queries as Q
    from ..store.store import _safe
    if query:
        filters["about"] = " ".join(query)
    with _open(db) as store:
        _known_actor(store, filters.get("actor"))
        key = json.dumps({"store": _safe(store.url), "filters": filters}, sort_keys=True, ensure_ascii=False)
        path = state_file(state)
        marks = _load(path) if since_last else {}
        mark = marks.get(key)
        if mark:
            items, offset = [], 0
            while True:  # everything new, however much
                page = _query(Q.feed, store, ingested_since=mark, limit=Q.MAX_LIMIT, offset=offset, **filters)
                items += [it for it in page["items"] if it.get("stored") and it["stored"] > mark]
                offset += len(page["items"])
                if not page["more"]:
                    break
        else:
            page = _query(Q.feed, store, limit=limit, **filters)
            items = page["items"]
            latest = _query(Q.feed, store, limit=1, **filters)["items"]
            if since_last:
                sys.stderr.write(f"first watch of this query: the latest {len(items)} of {page['total']}; next "
                                 f"time only what is new\n")
        newest = max([it["stored"] for it in items if it.get("stored")] +
                     ([latest[0]["stored"]] if not mark and latest and latest[0].get("stored") else []) +
                     ([mark] if mark else []), default=None)
    items.reverse()  # oldest first, as a log
    for it in items:
        it["what"] = _what(it)
        it["outlet"] = it.get("outlet") or (it.get("first_report") or {}).get("outlet")
        it["at"] = (it.get("stored") or "")[:16].replace("T", " ")
    if mark and not items:
        sys.stderr.write("nothing new\n")
    emit(items, [("at", "stored"), ("entry", "entry"), ("date", "date"), ("what", "what"), ("outlet", "outlet")],
         format, title="new" if mark else "latest", more_hint="")
    if since_last and newest:
        marks[key] = newest
        _save(path, marks)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


@app.command()
@filter_options("export", skip=("about",), after="db")
def export(
    format: ExportFormat = typer.Option(..., "--format", "-f", help="jsonl, csv or parquet: one file per table "
                                        "(documents, actors, actor_aliases, quotes, quote_reports, events, stories) "
                                        "in a folder, the same columns with or without filters; graphml: the actor "
                                        "graph (opens in Gephi)."),
    output: Path = typer.Option(Path("export"), "--output", "-o", metavar="PATH", help="The folder "
                                "(jsonl/csv/parquet) or the .graphml file."),
    db: Optional[str] = _db_opt(),
    query: Optional[str] = typer.Option(None, "--query", "-q", "--about", metavar="WORDS",
                                        help=F.help_of("export", "about")),
    records: bool = typer.Option(False, "--records", help="jsonl: also the full analysis record of each "
                                 "document."),
    excel: bool = typer.Option(False, "--excel", help="csv: begin each file with a UTF-8 byte-order mark, so "
                               "Excel opens it as UTF-8 (Cyrillic and accents shown right; other tools read it "
                               "as usual)."),
    filters: dict = None,
) -> None:
    """Export the corpus, or the part of it the filters select: tables as JSONL, CSV (flat) or Parquet (nested
    lists and structs), or the actor graph as GraphML. The filters are those of the lists (store/filters.py)."""
    from ..store.export import export_graphml, export_tables
    filters = dict(filters or {}, **({"about": query} if query else {}))
    with _open(db) as store:
        _known_actor(store, filters.get("actor"))
        try:
            if format is ExportFormat.graphml:
                if output.suffix.lower() != ".graphml":
                    output = output / "newsgraph.graphml" if output.is_dir() or not output.suffix else output
                g = {k: v for k, v in filters.items() if k in ("actor", "story", "since", "until")}
                if set(filters) - set(g):
                    _fail("graphml takes --actor, --story, --since and --until")
                n = _query(export_graphml, store, output, **g)
                typer.echo(f"{output}: {n['nodes']} actors, {n['edges']} edges ({n['cooccurrence']} of them actors "
                           f"named in the same documents)")
            else:
                counts = _query(export_tables, store, output, format.value, records=records, filters=filters,
                                excel=excel)
                for t, n in counts.items():
                    typer.echo(f"{output / (t + '.' + format.value)}: {n} rows")
        except OSError as exc:  # the folder is a file, no permission, disk full...
            where = exc.filename or output
            _fail(f"{where}: cannot write the export ({(exc.strerror or str(exc)).lower()})")
