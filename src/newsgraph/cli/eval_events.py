"""``newsgraph eval events GSR.json``: PLOVER event typing with the actor right, per type and macro-F1."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .evaluate import eval_app


@eval_app.command("events")
def events(
    gold: Path = typer.Argument(..., metavar="GSR.json", help="PLOVER gold-standard records: a JSON list of "
                                "{id, text, event, source: [{actorText}]} (e.g. ../shared/data/plover/gsr-dev.json)."),
    half: str = typer.Option(None, "--half", help="Score one half of the file: 'worked' (records 0, 2, 4, ...: the "
                             "half rules are developed on) or 'unread' (records 1, 3, 5, ...: kept unread)."),
    both: bool = typer.Option(False, "--halves", help="Score both halves, one table each, and print their macro-F1 "
                              "side by side (one pipeline run)."),
    k: int = typer.Option(0, "--folds", min=0, help="Also deal the scored sentences into K folds (rules frozen) and "
                          "print each fold's macro-F1 with their mean, standard deviation, minimum and maximum."),
    batch_size: int = typer.Option(32, "--batch-size", "-b", min=1, help="Sentences per pipeline batch."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object instead of tables."),
    errors: bool = typer.Option(False, "--errors", help="Also list the missed gold events and the false positives "
                                "(sentence id, type, actors, sentence)."),
) -> None:
    """Per-type precision, recall and F1, and macro-F1, of PLOVER event type with the actor right.

    Every sentence runs through the full pipeline (newsgraph.analyze_many, batched). The records' older type names
    are mapped to the 16-type list: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE
    (the codebook's ACCUSE 'investigate' mode). A gold event is found when a predicted event of its type has an
    actor whose name or mention shares a word with a gold source actorText (a stem of >= 5 letters counts:
    Israel/Israeli); a record without a source actor needs the type only. Each other predicted type of a sentence
    is one false positive. Macro-F1 is the mean F1 over the types with gold records.

    Honest development figures: --half worked scores the half the rules are developed on; --halves scores both
    halves (the unread one measured once, at the end); --folds K reports the spread of macro-F1 over K folds.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..eval.events import HALVES, folds, halves, load_records, predict, score, spread

    err = Console(stderr=True)
    if half is not None and half not in HALVES:
        typer.echo(f"error: --half must be one of {', '.join(HALVES)}", err=True)
        raise typer.Exit(2)
    try:
        records = load_records(gold)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if not records:
        typer.echo(f"error: {gold}: no records", err=True)
        raise typer.Exit(2)
    parts = {"all": records}
    if both:
        parts = halves(records)
    elif half:
        parts = {half: halves(records)[half]}
    scored = [g for p in parts.values() for g in p]
    with Progress(TextColumn("[bold]events[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("records"),
                  TimeElapsedColumn(), console=err, transient=as_json) as prog:
        task = prog.add_task("records", total=len(scored))
        predicted = predict(scored, batch_size=batch_size, progress=lambda n: prog.advance(task, n))
    results = {name: score(recs, predicted) for name, recs in parts.items()}
    fold_f1 = {name: [score(f, predicted).macro_f1 for f in folds(recs, k) if f] for name, recs in parts.items()} \
        if k else {}
    for res in results.values():
        for rid, reason in res.failed:
            typer.echo(f"warning: {rid}: not analyzed: {reason}", err=True)
    if as_json:
        out = {name: _result_json(res, errors) for name, res in results.items()}
        for name, f1s in fold_f1.items():
            out[name]["folds"] = {"macro_f1": f1s, **spread(f1s)}
        typer.echo(json.dumps(out["all"] if list(out) == ["all"] else out, indent=1, ensure_ascii=False))
        return
    for name, res in results.items():
        _print_result(gold, name, res, errors)
        if name in fold_f1:
            s = spread(fold_f1[name])
            typer.echo(f"folds ({k}, rules frozen): macro-F1 " + " ".join(f"{v:.3f}" for v in fold_f1[name]) +
                       f"; mean {s['mean']:.3f} sd {s['sd']:.3f} min {s['min']:.3f} max {s['max']:.3f}")
    if len(results) > 1:
        typer.echo("halves: " + "  ".join(f"{n} macro-F1={r.macro_f1:.3f} ({r.sentences} sentences)"
                                          for n, r in results.items()))


def _result_json(res, errors: bool) -> dict:
    out = res.summary()
    if errors:
        out["misses"] = [{"id": i, "type": t, "predicted": p, "text": x} for i, t, p, x in res.misses]
        out["false_positives"] = [{"id": i, "type": t, "actors": a, "text": x} for i, t, a, x in res.false_positives]
    return out


def _print_result(gold: Path, name: str, res, errors: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console()
    part = "" if name == "all" else f", {name} half"
    table = Table(title=f"PLOVER event type with the actor right: {gold.name}{part} ({res.records} records, "
                        f"{res.sentences} sentences)")
    for col in ("type", "support", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for t, c in sorted(res.counts.items()):
        table.add_row(t, str(c.tp + c.fn), str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}",
                      f"{c.f1:.3f}")
    con.print(table)
    mi = res.micro
    typer.echo("note: old names mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE "
               "(investigate mode)")
    typer.echo(f"micro: precision={mi.precision:.3f} recall={mi.recall:.3f} F1={mi.f1:.3f}")
    typer.echo(f"macro-F1={res.macro_f1:.3f} over {len(res.gold_types())} types" + (f" ({name} half)" if part else ""))
    if errors:
        con.print("[bold]missed[/]")
        for i, t, p, x in res.misses:
            typer.echo(f"  {i}\t{t}\tpredicted={p}\t{x}")
        con.print("[bold]false positives[/]")
        for i, t, a, x in res.false_positives:
            typer.echo(f"  {i}\t{t}\tactors={a}\t{x}")


@eval_app.command("events-real")
def events_real(
    gold: Path = typer.Argument(None, metavar="[FILE]", help="Real-page event gold (JSONL: {id, page, topic, split, "
                                "text, events: [{type, actor, target}]}); default: the packaged "
                                "eval/data/events-real.jsonl."),
    split: str = typer.Option(None, "--split", "-s", help="Score only this split (dev or heldout); default: all."),
    batch_size: int = typer.Option(16, "--batch-size", "-b", min=1, help="Passages per pipeline batch."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object instead of a table."),
    errors: bool = typer.Option(False, "--errors", help="Also list the missed gold events and the false positives "
                                "(split, passage id, type, actors, trigger, passage)."),
) -> None:
    """Precision, recall and F1 of PLOVER events on passages of real English news pages, per split and topic.

    Each passage (1-2 paragraphs of a page's clean text; half political or international news, half sport,
    business, science, entertainment) runs alone through the full pipeline. A predicted event matches a gold event
    when the types are equal and the last word of a predicted actor (name or mention) equals the last word of a
    gold actor (a stem of >= 5 letters counts: Russia/Russian); a gold event without an actor needs the type only.
    Matching is one-to-one; negated and merely possible events (factuality negated|possible) are left out:
    the codebook codes what happened or was announced, not what did not or might happen. Unmatched predictions
    are false positives (on non-political text nearly every prediction is one).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from ..eval.events_real import REAL_GOLD, evaluate_real, load_real

    path = gold or REAL_GOLD
    err = Console(stderr=True)
    try:
        passages = load_real(path)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if split:
        passages = [p for p in passages if p.split == split]
    if not passages:
        typer.echo(f"error: {path}: no passages" + (f" in split {split!r}" if split else ""), err=True)
        raise typer.Exit(2)
    with Progress(TextColumn("[bold]events-real[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("passages"),
                  TimeElapsedColumn(), console=err, transient=as_json) as prog:
        task = prog.add_task("passages", total=len(passages))
        res = evaluate_real(passages, batch_size=batch_size, progress=lambda n: prog.advance(task, n))
    for pid, reason in res.failed:
        typer.echo(f"warning: {pid}: not analyzed: {reason}", err=True)
    summary = res.summary()
    if as_json:
        out = dict(summary)
        if errors:
            out["misses"] = [{"split": s, "id": i, "type": t, "actor": a, "predicted": p, "text": x}
                             for s, i, t, a, p, x in res.misses]
            out["false_positives"] = [{"split": s, "id": i, "type": t, "actors": a, "trigger": tr, "text": x}
                                      for s, i, t, a, tr, x in res.false_positives]
        typer.echo(json.dumps(out, indent=1, ensure_ascii=False))
        return
    con = Console()
    table = Table(title=f"PLOVER events on real pages (type + actor's last word): {Path(path).name}")
    for col in ("split", "passages", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "split" else "right")
    for key, v in summary["splits"].items():
        p = f"{v['precision']:.3f}" if v["tp"] + v["fp"] else "-"  # no prediction: precision undefined
        r = f"{v['recall']:.3f}" if v["tp"] + v["fn"] else "-"  # no gold event: recall undefined
        f = f"{v['f1']:.3f}" if v["tp"] + v["fp"] and v["tp"] + v["fn"] else "-"
        table.add_row(key, str(v["passages"]), str(v["tp"]), str(v["fp"]), str(v["fn"]), p, r, f)
    con.print(table)
    typer.echo("'-': undefined (no prediction, or no gold event); on non-political text FP is the figure to watch")
    if errors:
        con.print("[bold]missed[/]")
        for s, i, t, a, p, x in res.misses:
            typer.echo(f"  [{s}] {i}\t{t}\tactor={a}\tpredicted={p}\t{x}")
        con.print("[bold]false positives[/]")
        for s, i, t, a, tr, x in res.false_positives:
            typer.echo(f"  [{s}] {i}\t{t}\tactors={a}\ttrigger={tr!r}\t{x}")
