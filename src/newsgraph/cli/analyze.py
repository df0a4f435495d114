"""``newsgraph analyze``: files in, analysis records out (a thin layer over ``ingest.read`` and ``analyze_many``)."""
from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

import typer

from ..errors import InputError
from . import app


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def error_line(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)


class RecordWriter:
    """Writes records as they come: ``json`` is one object for one document and an array for several (the first
    record is held until the second arrives), ``jsonl`` one record per line, ``text`` readable summaries."""

    def __init__(self, out: IO[str], format: Format):
        self.out, self.format = out, format
        self.count = 0
        self._held: str | None = None

    def write(self, rec) -> None:
        self.count += 1
        if self.format is Format.jsonl:
            self.out.write(rec.to_json(indent=None) + "\n")
        elif self.format is Format.text:
            from ..render import render_text
            self.out.write(("\n" if self.count > 1 else "") + render_text(rec).rstrip("\n") + "\n")
        elif self.count == 1:
            self._held = rec.to_json()
        else:
            if self._held is not None:
                self.out.write("[\n" + self._held)
                self._held = None
            self.out.write(",\n" + rec.to_json())
        if self.format is not Format.json:
            self.out.flush()

    def close(self, failed: int = 0) -> None:
        """Ends the output; with no record and an input that failed (a missing file, a binary one), nothing at all:
        an empty array would read as "no articles there" to whatever consumes it (r23)."""
        if self.format is Format.json:
            if self.count == 0 and failed:
                pass
            elif self.count == 0:
                self.out.write("[]\n")
            elif self._held is not None:
                self.out.write(self._held + "\n")
            else:
                self.out.write("\n]\n")
        self.out.flush()


def _mode(path: Path) -> int:
    """The mode a plain ``open(path, "w")`` gives: the file's own when it exists, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


class AtomicFile:
    """A text file written under a temporary name beside its target and renamed over it only when complete, so a
    reader never sees a half-written output (not even after a crash or Ctrl-C)."""

    def __init__(self, path: Path):
        self.path = path
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or Path("."))
        os.chmod(self.tmp, _mode(path))  # mkstemp's 0600 would keep the output from the user's group
        self.f = os.fdopen(fd, "w", encoding="utf-8")

    def commit(self) -> None:
        self.f.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        self.f.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def analyze_stream(raws: Iterable, batch_size: int) -> Iterator:
    """Analysis records (or DocumentError) for a stream of raw documents, in batches. An unexpected exception in a
    batch never stops the run: the batch is redone one document at a time and the culprit becomes a one-line
    error naming its source."""
    from .. import analyze_many
    from ..errors import DocumentError

    def one(raw):
        try:
            return next(iter(analyze_many([raw], batch_size=1)))
        except Exception as exc:
            return DocumentError(f"{raw.source}: internal error while analyzing "
                                 f"({type(exc).__name__}: {' '.join(str(exc).split())[:300]})")

    batch: list = []

    def flush():
        try:
            results = list(analyze_many(batch, batch_size=len(batch)))
        except Exception:
            results = [one(raw) for raw in batch]
        batch.clear()
        return results

    for raw in raws:
        batch.append(raw)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _input_format(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from ..ingest import formats
    if value not in formats():
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(sorted(formats()))}")
    return value


HELP = (
    "Analyze news documents: one analysis record per document (docs/analysis-json.md).\n\n"
    "Each document is read, cleaned and analyzed (entities, quotes with speakers and cited outlets, events, dates, "
    "quantities). Bad input (a missing, empty, binary or undecodable file, a truncated gzip stream, HTML without an "
    "article, a malformed JSONL line, a broken feed or WARC record) is reported on stderr as one line, "
    "'error: FILE[:line N|#record N|#entry N]: REASON', and the rest of the batch goes on.\n\n"
    "Exit status: 0 when every document was analyzed, 1 when anything failed, 2 for a usage error."
)
EPILOG = (
    "Examples:\n\n"
    "newsgraph analyze examples/article.txt\n\n"
    "newsgraph analyze news/ 'feeds/*.rss' crawl.warc.gz --format jsonl -o records.jsonl\n\n"
    "cat page.html | newsgraph analyze - --format text"
)


def nothing_read(paths: list[str], format: Format, passed_over) -> None:
    """Says that no document was read and no input failed (an empty folder, one holding only a README): the
    readable summary says it on stdout, where its reader looks; json and jsonl keep stdout for records ("[]" or
    nothing) and say it on stderr (was silence, exit 0, tryout r24)."""
    where = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    why = "every file was passed over as no article" if passed_over else "no file to read there"
    line = f"no documents analyzed: {why} ({where})"
    if format is Format.text:
        typer.echo(line)
    else:
        typer.echo(line, err=True)


@app.command(help=HELP, epilog=EPILOG)
def analyze(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH",
        help="Files, folders (read recursively, hidden files skipped), globs ('news/**/*.html', quoted), or '-' for "
             "stdin. Formats by extension, then by content: .txt (plain text), .html/.htm (a page: main text through "
             "trafilatura), .jsonl/.ndjson (one article per line: text or html, title, url, published, id), "
             ".rss/.atom/.xml (each feed entry an article), .warc (each HTML response an article); any of them may "
             "be gzip-compressed (.gz)."),
    format: Format = typer.Option(
        Format.json, "--format", "-f",
        help="json: one record (an array when there are several documents); jsonl: one record per line (best for "
             "many documents); text: a readable summary."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", metavar="FILE", dir_okay=False,
        help="Write the records to FILE instead of stdout. FILE is replaced atomically at the end: it is never "
             "seen half-written."),
    input_format: Optional[str] = typer.Option(
        None, "--input-format", "-i", callback=_input_format, metavar="FORMAT",
        help="Read every input as this format (text, html, jsonl, feed, warc) instead of detecting it; useful "
             "for stdin or files without an extension."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents analyzed together (spaCy nlp.pipe "
                                                                     "batch)."),
    progress: Optional[bool] = typer.Option(
        None, "--progress/--no-progress",
        help="Show a progress line (documents, failures, docs/s) on stderr. Default: when stderr is a terminal."),
) -> None:
    """Analyze news documents (see HELP)."""
    from ..ingest import read

    show_progress = sys.stderr.isatty() if progress is None else progress
    failed = 0
    sink: AtomicFile | None = None
    if output is not None:
        try:
            sink = AtomicFile(output)
        except OSError as exc:
            error_line(f"{output}: cannot write the output ({exc.strerror or exc})")
            raise typer.Exit(2)
    writer = RecordWriter(sink.f if sink else sys.stdout, format)

    bar = task = None
    if show_progress:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        bar = Progress(SpinnerColumn(), TextColumn("analyzing"), TextColumn("{task.completed} documents"),
                       TextColumn("{task.fields[failed]} failed"), TextColumn("{task.fields[rate]}"),
                       TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        task = bar.add_task("analyze", total=None, failed=0, rate="")

    def report(msg: str) -> None:
        nonlocal failed
        failed += 1
        if bar is not None:
            bar.console.print(f"error: {msg}", markup=False, highlight=False, soft_wrap=True)
            bar.update(task, failed=failed)
        else:
            error_line(msg)

    def raws():
        for item in read(paths, format=input_format):
            if isinstance(item, InputError):
                report(item.message)
            else:
                yield item

    from ..corpus.ingest import Summary
    from ..ingest.base import on_skipped
    passed = Summary()  # records and files passed over as no article (said at the end, never dropped silently)
    done = 0
    try:
        if bar is not None:
            bar.start()
        with on_skipped(passed.pass_over):
            for res in analyze_stream(raws(), batch_size):
                if isinstance(res, Exception):
                    report(str(res))
                else:
                    writer.write(res)
                done += 1
                if bar is not None:
                    elapsed = bar.tasks[0].elapsed or 0
                    bar.update(task, completed=done, rate=f"{done / elapsed:.1f} docs/s" if elapsed else "")
        writer.close(failed)
        if sink and (writer.count or not failed):
            sink.commit()
        elif sink:
            sink.discard()  # (nothing read: no output file, as no output on stdout)
    except KeyboardInterrupt:
        if sink:
            sink.discard()
        error_line("interrupted")
        raise typer.Exit(130)
    except BrokenPipeError:  # `newsgraph analyze ... | head`: the reader left; not an error of ours
        sys.stderr.close()
        raise typer.Exit(0)
    except BaseException:
        if sink:
            sink.discard()
        raise
    finally:
        if bar is not None:
            elapsed = bar.tasks[0].elapsed or 0
            bar.stop()
            rate = f" ({done / elapsed:.1f} docs/s)" if elapsed and done else ""
            bar.console.print(f"{writer.count} documents analyzed, {failed} failed, in {elapsed:.1f} s{rate}",
                              markup=False, highlight=False)
    if passed.not_articles:
        from rich.console import Console

        from .corpus import _print_not_articles
        _print_not_articles(passed, Console(stderr=True), hint="name a file to read it")
    if not done and not failed:
        nothing_read(paths, format, passed.not_articles)
    if failed:
        raise typer.Exit(1)
