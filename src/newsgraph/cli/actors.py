"""Corrections of the corpus's actors, kept as decisions (store/decisions.py): alias, merge, split, retype, ignore;
and relink, which resolves a whole store again with the current rules and those decisions."""
from __future__ import annotations

import shlex
from typing import Optional

import typer

from . import app
from .corpus import _db_opt, _fail, _open

TYPES = ("PERSON", "ORG", "GPE", "LOC", "MEDIA", "GROUP", "NORP", "FAC", "EVENT", "MISC")


def _one(conn, name: str) -> str:
    """The one actor a name or id refers to, else a one-line error listing the candidates."""
    from ..store import queries as Q
    ids = Q.actor_ids(conn, name) or []
    if len(ids) == 1:
        return ids[0]
    if not ids:
        from ..store.decisions import fate
        _fail(fate(conn, name) or f"no actor named {name!r} (see `newsgraph actors {shlex.quote(name)}`)")
    listed = "; ".join(f"{a['id']} {a['name']} ({a['n_docs']} docs)" for a in Q.actors_by_ids(conn, ids)[:6])
    _fail(f"{name!r} names {len(ids)} actors: {listed}; give one actor id")


def _decide(db, fn):
    from ..store.decisions import DecisionError
    with _open(db) as store:
        try:
            with store.begin() as conn:
                return fn(conn)
        except DecisionError as exc:
            _fail(str(exc))


@app.command()
def alias(
    canonical: str = typer.Argument(..., help="The actor's canonical name."),
    names: list[str] = typer.Argument(..., help="Other names of the same actor."),
    db: Optional[str] = _db_opt(),
) -> None:
    """Declare aliases: NAMES are CANONICAL. Stored actors with those names are merged now, and future ingests
    use the aliases. (For many, write aliases.tsv and pass it to `newsgraph ingest --aliases`.)"""
    from ..store import decisions
    r = _decide(db, lambda conn: decisions.alias(conn, canonical, names))
    typer.echo(f"{canonical}: actor {r['actor_id']}; merged {len(r['merged'])} other actors" if r["actor_id"]
               else f"{canonical}: aliases recorded; no stored actor has these names yet")


@app.command()
def merge(
    keep: str = typer.Argument(..., help="The actor that stays (name or id)."),
    others: list[str] = typer.Argument(..., help="Actors merged into it (names or ids)."),
    db: Optional[str] = _db_opt(),
) -> None:
    """Merge actors that are one (a user's decision, kept for later documents and relink): the others' mentions,
    quotes, events and stories move to KEEP, and their names become KEEP's."""
    from ..store import decisions

    def run(conn):
        k = _one(conn, keep)
        gone = [_one(conn, o) for o in others if not decisions.already(conn, "merge", o, k)]
        if all(g == k for g in gone):
            done = decisions.merged_already(conn, k, others)  # asked again: so already, nothing changed
            if done:
                return {"already": done}
            _fail(f"{', '.join(others)} already {'is' if len(others) == 1 else 'are'} the actor {k}: nothing to "
                  f"merge (to take documents away from an actor, use `newsgraph split`)")
        return decisions.merge(conn, k, gone)
    r = _decide(db, run)
    typer.echo(r["already"] if "already" in r else
               f"merged {', '.join(repr(n) for n in r['merged_names'])} into {r['name']!r} ({r['actor_id']}; "
               f"{r['documents']} documents moved)")


@app.command()
def split(
    actor: str = typer.Argument(..., help="The actor that holds more than one (name or id)."),
    aliases: list[str] = typer.Argument(..., help="The names whose documents move out (as the actor's aliases "
                                        "list them: `newsgraph actor NAME`)."),
    into: Optional[str] = typer.Option(None, "--into", help="The actor they move to: an existing actor's name, "
                                       "or the name of a new one. Default: the first alias."),
    db: Optional[str] = _db_opt(),
) -> None:
    """Split an actor (a user's decision, kept for later documents and relink): the documents that name ACTOR by one
    of ALIASES move, with their quotes and events, to another actor; those names stay with it from now on."""
    from ..store import decisions
    r = _decide(db, lambda conn: decisions.split(conn, _one(conn, actor), aliases, into))
    typer.echo(f"moved {r['documents']} documents from {r['from_name']!r} ({r['from']}) to {r['name']!r} "
               f"({r['actor_id']})")


@app.command()
def retype(
    actor: str = typer.Argument(..., help="The actor (name or id)."),
    type: str = typer.Argument(..., help=f"Its type: {', '.join(TYPES)}."),
    db: Optional[str] = _db_opt(),
) -> None:
    """Give an actor its type whatever its documents' tags say (a user's decision, kept)."""
    from ..store import decisions
    if type.upper() not in TYPES:
        _fail(f"unknown type {type!r}; one of {', '.join(TYPES)}")
    r = _decide(db, lambda conn: decisions.retype(conn, _one(conn, actor), type))
    typer.echo(f"{r['actor_id']} is now {r['type']}")


@app.command()
def ignore(
    actor: str = typer.Argument(..., help="The actor (name or id) that is no actor at all."),
    db: Optional[str] = _db_opt(),
) -> None:
    """Not an actor (a user's decision, kept): its names are left unresolved in every document, now and later."""
    from ..store import decisions
    r = _decide(db, lambda conn: ({"already": done} if (done := decisions.already(conn, "ignore", actor))
                                  else decisions.ignore(conn, _one(conn, actor))))
    typer.echo(r["already"] if "already" in r else
               f"ignored {r['actor_id']} ({r['documents']} mentions left unresolved)")


@app.command()
def decisions(
    db: Optional[str] = _db_opt(),
    format: str = typer.Option("text", "--format", "-f", help="text (one line each) or json."),
) -> None:
    """The corrections users made (alias, merge, split, retype, ignore), oldest first: id, kind, what, when."""
    import json

    from ..store import decisions as D
    if format not in ("text", "json"):
        _fail(f"unknown format {format!r}; one of text, json")
    with _open(db) as store:
        with store.connect() as conn:
            rows = D.listing(conn)
    if format == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif not rows:
        typer.echo("no decisions yet")
    for r in rows if format == "text" else ():
        typer.echo(f"{r['id']:>5}  {r['created'] or '':<25} {r['kind']:<7} {r['what']}")


@app.command()
def undo(
    decision_id: int = typer.Argument(..., help="The decision's id (`newsgraph decisions`)."),
    db: Optional[str] = _db_opt(),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Take back a correction: the decision is deleted and the store relinked without it (in one transaction, as
    `newsgraph relink`; interrupted, `newsgraph relink` finishes it)."""
    from ..store import decisions as D
    r = _decide(db, lambda conn: D.undo(conn, decision_id))
    typer.echo(f"undid decision {r['id']} ({r['kind']}: {r['what']}); relinking the store")
    relink(db=db, batch_size=100, quiet=quiet)


@app.command()
def relink(
    db: Optional[str] = _db_opt(),
    batch_size: int = typer.Option(100, "--batch-size", min=1, help="Documents linked between progress reports."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Resolve every actor of the store again with the current rules and the users' decisions, in place (a store
    built by an earlier version is repaired, not rebuilt; analysis records are reused). Quotes, events and stories
    are linked again with them. One transaction: readers (the CLI, the API, the web UI) see the store as it was
    until the relink is done, never a half-built one; an interrupted relink changes nothing: run it again."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..store.relink import relink as run
    err = Console(stderr=True)
    with _open(db) as store:
        with Progress(TextColumn("relink"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                      disable=quiet, transient=True) as bar:
            task = bar.add_task("relink", total=None)
            r = run(store, batch_size=batch_size, on_progress=lambda d, t: bar.update(task, completed=d, total=t))
    typer.echo(f"relinked {r['documents']} documents"
               f"{' (started over: the last relink was interrupted)' if r['resumed'] else ''}")
