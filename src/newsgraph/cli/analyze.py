"""``newsgraph analyze``: files in, analysis records out."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import InputError
from . import app


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def error_line(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively), globs, or '-' for stdin. "
                                      "Formats by name: .txt, .html/.htm, .jsonl, .rss/.atom/.xml feeds, .warc; "
                                      "any of them may be gzip-compressed (.gz)."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json: one record (an array when there are "
                                  "several documents); jsonl: one record per line; text: a readable summary."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout "
                                          "(written whole at the end; never half-written)."),
    batch_size: int = typer.Option(32, help="Documents analyzed together (spaCy nlp.pipe batch)."),
) -> None:
    """Analyze news documents and print one analysis record per document (docs/analysis-json.md).

    Bad input (binary, empty, undecodable, truncated gzip, malformed lines or records) is reported as one line on
    stderr naming the file and the reason; the rest of the batch goes on. Exit status 1 when anything failed.
    """
    from .. import analyze_many
    from ..ingest import read
    from ..render import render_text

    failed = 0

    def raws():
        nonlocal failed
        for item in read(paths):
            if isinstance(item, InputError):
                failed += 1
                error_line(item.message)
            else:
                yield item

    records = []
    for res in analyze_many(raws(), batch_size=batch_size):
        if isinstance(res, Exception):
            failed += 1
            error_line(str(res))
        else:
            records.append(res)

    if format is Format.json:
        if len(records) == 1:
            body = records[0].to_json() + "\n"
        else:
            body = "[\n" + ",\n".join(r.to_json() for r in records) + "\n]\n"
    elif format is Format.jsonl:
        body = "".join(r.to_json(indent=None) + "\n" for r in records)
    else:
        body = "\n".join(render_text(r) for r in records)
    if output:
        tmp = output.with_name(output.name + ".part")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(output)
    else:
        sys.stdout.write(body)
    if failed:
        raise typer.Exit(1)
