"""``newsgraph eval dates [--split dev|dev-c|heldout|fresh20|...|fresh24|all]``: date resolution against the
gold read by hand."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .evaluate import eval_app


@eval_app.command("dates")
def dates(
    split: str = typer.Option("dev", "--split", help="dev (tuned on), dev-c (a second development "
                              "split of held-out-like pages, read for errors since round 19), heldout (measured "
                              "once), fresh20 .. fresh32 (rounds 20-32's fresh batches: rows "
                              "whose note starts 'fresh20:' ... 'fresh32:'; fresh31ru: round 31's Russian "
                              "rows, ru-news texts with a reader's publication date; fresh32ru: round 32's, "
                              "from ru-attr dev-b and dev-c), scored "
                              "before any change made from them, read for errors after), fresh32h (fresh32's "
                              "held-out part: scored once at the end of round 32, never read for errors), "
                              "written (round 33's checklist of date forms on texts written for it, "
                              "eval/data/dates-written/; read for errors), written-h (its held-out fifth, scored "
                              "once at the end of round 33) or all."),
    gold: Path = typer.Option(None, "--gold", help="The gold file (default: the bundled eval/data/dates-gold.tsv)."),
    shared: Path = typer.Option(Path("../shared/data"), "--data", help="The folder holding "
                                "article-extraction-benchmark/, polnear/ and ru-news/ (the gold's texts are read "
                                "there)."),
    errors: bool = typer.Option(None, "--errors/--no-errors", help="List the items that are wrong. Default: listed "
                                "for --split dev and dev-c (the splits tuned on), not for heldout or all (a held-out "
                                "split is scored, never read for errors: its figures only, unless --errors asks)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    note: str = typer.Option(None, "--note", help="Only the items whose note starts with this (e.g. 'r9' for the "
                             "round-9 rows, scored before any rule change as a fresh estimate)."),
    anchor: str = typer.Option("gold", "--anchor", help="gold: resolve against the gold's publication date; product: "
                               "against the one the product takes from the page (HTML reader, file name); both: "
                               "the two figures of one run; none: against none at all, as a text given with no "
                               "date is read (only the anchor the product infers from the text)."),
) -> None:
    """Accuracy of understand.dates on real pages, by kind (a written year, a month or a day without one, a
    relative expression, a weekday; and what is no date or no single date), with the errors listed. The texts
    are rebuilt from ../shared (benchmark pages through trafilatura, PolNeAR files) and read by the pipeline's
    parse and dates components. Errors are listed for the development splits (dev, dev-c) and the fresh batch
    (fresh20 to fresh32, after their first scoring) only, unless --errors or --no-errors says."""
    from ..eval.dates import FRESH, GOLD, SPLITS, evaluate
    if split not in (*SPLITS, "all"):
        typer.echo(f"error: --split {split}: {', '.join(SPLITS)} or all", err=True)
        raise typer.Exit(2)
    if not shared.is_dir():
        typer.echo(f"error: {shared}: no such folder (the benchmark pages and PolNeAR texts)", err=True)
        raise typer.Exit(2)
    if anchor not in ("gold", "product", "both", "none"):
        typer.echo(f"error: --anchor {anchor}: gold, product, both or none", err=True)
        raise typer.Exit(2)
    if errors is None:
        errors = split in ("dev", "dev-c", "written", *FRESH)  # heldout: measured, never read for errors
    elif errors and split not in ("dev", "dev-c", "written", *FRESH):
        typer.echo(f"note: listing the errors of --split {split}: once read, its held-out items no longer measure "
                   f"unseen accuracy", err=True)
    anchors = ("gold", "product") if anchor == "both" else (anchor,)
    results = {a: evaluate(shared, gold or GOLD, split, note=note, anchor=a) for a in anchors}
    if as_json:
        typer.echo(json.dumps(results[anchor] if anchor != "both" else results, ensure_ascii=False))
        return
    for a, r in results.items():
        _print_dates(r, (f"{split} note {note}" if note else split) +
                     {"product": ", product anchors", "none": ", no anchor given"}.get(a, ""),
                     errors and a == anchors[-1])


def _print_dates(r: dict, what: str, errors: bool) -> None:
    typer.echo(f"dates, {what}: {r['items']} items in {r['documents']} documents: accuracy {r['accuracy']:.3f}")
    for k, v in r["by_kind"].items():
        typer.echo(f"  {k:9s} {v['items']:4d} items  accuracy {v['accuracy']:.3f}")
    for src, v in r["by_source"].items():
        kinds = ", ".join(f"{k} {kv['accuracy']:.3f} ({kv['items']})" for k, kv in v["by_kind"].items())
        typer.echo(f"  {src:9s} {v['items']:4d} items  accuracy {v['accuracy']:.3f}: {kinds}")
    dv = r.get("dated_values")
    if dv and dv["given"]:
        typer.echo(f"  dated items: {dv['given']} given a value, {dv['right']} right (precision "
                   f"{dv['precision']:.3f}); {dv['none']} given none (counted wrong above)")
    if r["missing"]:
        typer.echo(f"  not found: {len(r['missing'])} (first: {r['missing'][0]})")
    if r["anchors_differ"]:
        typer.echo(f"  anchors differing from the gold's: {len(r['anchors_differ'])} documents")
    inf = r.get("inferred") or {}
    if inf:
        gaps = sorted(v["days_before"] for v in inf.values() if v["days_before"] is not None)
        same = sum(1 for g in gaps if g == 0)
        typer.echo(f"  anchors inferred from the text: {len(inf)} documents ({same} on the gold's day, "
                   f"{sum(1 for g in gaps if 0 < g <= 7)} 1-7 days before it, {sum(1 for g in gaps if g > 7)} more, "
                   f"{sum(1 for g in gaps if g < 0)} after it)")
    if errors:
        for e in r["errors"]:
            typer.echo(f"[{e['source'][:5]} {e['kind']}] {e['doc'][:16]} {e['text']!r} #{e['n']}: gold {e['gold']}, "
                       f"found {e['found']} (published {e['published']}){'; ' + e['note'] if e['note'] else ''}")


@eval_app.command("pubdates")
def pubdates(
    gold: Path = typer.Option(None, "--gold", help="The gold file (default: the bundled "
                              "eval/data/pubdates-benchmark-dev.tsv)."),
    shared: Path = typer.Option(Path("../shared/data"), "--data", help="The folder holding "
                                "article-extraction-benchmark/."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Accuracy of the publication date the HTML reader gives each page (the anchor of its relative dates) against
    the date a careful reader gives it, with the pages that are wrong and where the reader's date came from."""
    from ..eval.pubdates import GOLD, evaluate
    if not shared.is_dir():
        typer.echo(f"error: {shared}: no such folder (the benchmark pages)", err=True)
        raise typer.Exit(2)
    r = evaluate(shared, gold or GOLD)
    if as_json:
        typer.echo(json.dumps(r, ensure_ascii=False))
        return
    srcs = ", ".join(f"{k} {v}" for k, v in sorted(r["sources"].items()))
    typer.echo(f"publication dates: {r['right']}/{r['pages']} pages right: accuracy {r['accuracy']:.3f} "
               f"(taken from: {srcs})")
    if r["missing"]:
        typer.echo(f"  not found: {len(r['missing'])} (first: {r['missing'][0]})")
    for e in r["errors"]:
        typer.echo(f"  {e['page'][:16]} reader {e['reader']}, found {e['found']} ({e['source']}): {e['note']}")
