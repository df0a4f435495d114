"""The ``newsgraph`` command: a typer app; each command is a few lines over the library.

Commands live in one module per stage (cli/analyze.py, cli/evaluate.py, ...), each adding its commands to ``app``.
"""
from __future__ import annotations

import importlib
import inspect
import re

import typer

app = typer.Typer(
    name="newsgraph",
    help="Turn raw news into a clean, source-attributed record of who said what and who did what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)



def _version(value: bool) -> None:
    if value:
        from .. import __version__
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn raw news into a clean, source-attributed record of who said what and who did what."""


COMMAND_MODULES = ("analyze", "evaluate", "eval_extraction", "eval_reference", "eval_quotes", "eval_quotes_ru",
                   "eval_events", "eval_actors", "eval_dates", "eval_stories", "eval_polnear", "eval_ru_attr",
                   "eval_en_attr", "train", "bench", "scale", "corpus", "read", "watch", "actors", "serve")

for _m in COMMAND_MODULES:  # a module that fails to import is an error, never a silently missing command
    importlib.import_module(f"{__name__}.{_m}")


_LIST_ITEM = re.compile(r"\s*([-*\u2022]|\d+\.)\s")


def reflow(text: str | None) -> str | None:
    """Help prose as typer's rich help wants it: one line per paragraph. typer keeps a docstring's single line
    breaks, so a docstring wrapped at 120 columns in the source would print broken at those columns. Paragraphs
    (blank-line separated) are joined into one line each; a paragraph starting with \\b stays verbatim, and list
    items (lines starting with "-", "*" or "1.") keep their own lines."""
    if not text:
        return text
    out = []
    for para in inspect.cleandoc(text).split("\n\n"):
        if para.startswith("\b"):
            out.append(para)
            continue
        lines: list[str] = []
        for line in para.split("\n"):
            if lines and not _LIST_ITEM.match(line):
                lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
            else:
                lines.append(line.rstrip())
        out.append("\n".join(lines))
    return "\n\n".join(out)


def _reflow_params(callback) -> None:
    if not callable(callback):
        return
    for param in inspect.signature(callback).parameters.values():
        info = param.default
        if hasattr(info, "help") and isinstance(getattr(info, "help"), str):
            info.help = reflow(info.help)
        # typer brackets an optional argument itself: a metavar written "[FILE]" would print "[[FILE]]"
        mv = getattr(info, "metavar", None)
        if isinstance(mv, str) and mv.startswith("[") and "]" in mv:
            info.metavar = mv[1:].replace("]", "", 1).rstrip(".") or mv


def _reflow_app(typer_app: typer.Typer) -> None:
    """Reflow the help of every command, group and parameter registered on ``typer_app`` (recursively)."""
    if isinstance(typer_app.info.help, str):
        typer_app.info.help = reflow(typer_app.info.help)
    for info in typer_app.registered_commands:
        info.help = reflow(info.help if info.help is not None else inspect.getdoc(info.callback))
        info.epilog = reflow(info.epilog)
        _reflow_params(info.callback)
    for group in typer_app.registered_groups:
        if isinstance(group.help, str):
            group.help = reflow(group.help)
        group.epilog = reflow(group.epilog) if isinstance(group.epilog, str) else group.epilog
        _reflow_params(group.callback)
        _reflow_app(group.typer_instance)
    if typer_app.registered_callback is not None:
        _reflow_params(typer_app.registered_callback.callback)


_reflow_app(app)


def _plain_help_types() -> None:
    """Option types in --help as a reader wants them: nothing for a flag ("--reports", not "--reports <bool>"),
    TEXT / N / PATH for values, the choices themselves ("table|json|csv"), no "[x>=1]" ranges (the help says
    what is allowed). The commands' own metavars (DATE, NAME...) are kept."""
    from typer.core import TyperArgument, TyperOption
    names = {"str": "TEXT", "int": "N", "int range": "N", "float": "X", "float range": "X", "path": "PATH",
             "file": "PATH", "directory": "DIR", "list[str]": "TEXT...", "datetime": "TIME"}

    def option_type(self, ctx):
        if self.is_flag or self.count:
            return None
        if self.metavar is not None:
            return self.metavar
        t = (self.display_type(ctx) or "").strip("<>")
        return names.get(t, t)

    def argument_type(self, ctx):
        t = (self.display_type(ctx) or "").strip("<>")
        return names.get(t, t) or None

    TyperOption.display_type_rich = option_type
    TyperArgument.display_type_rich = argument_type
    TyperOption._get_number_range_help_str = lambda self: None
    TyperArgument._get_number_range_help_str = lambda self: None


_plain_help_types()


def main() -> None:
    app()



def _plain_errors() -> None:
    """A usage error as every other message of newsgraph says it: the usage, the hint, and one line "error: …" (not
    click's "Error: …" nor typer's boxed "Error" panel), on stderr."""
    import sys

    from typer import rich_utils
    from typer._click import echo
    from typer._click import exceptions as E

    def show(exc, file=None) -> None:
        file = file if file is not None else sys.stderr
        ctx = getattr(exc, "ctx", None)
        if ctx is not None and isinstance(exc, E.UsageError):
            echo(ctx.get_usage(), file=file)
            if ctx.command.get_help_option(ctx) is not None:
                echo(f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help.", file=file)
        echo(f"error: {exc.format_message()}", file=file)

    def rich_show(exc) -> None:
        if exc.__class__.__name__ != "NoArgsIsHelpError":  # (typer shows the help for that one)
            show(exc)

    E.ClickException.show = show
    E.UsageError.show = show
    rich_utils.rich_format_error = rich_show


_plain_errors()
