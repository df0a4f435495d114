"""The ``newsgraph`` command: a typer app; each command is a few lines over the library.

Commands live in one module per stage (cli/analyze.py, cli/evaluate.py, ...), each adding its commands to ``app``.
"""
from __future__ import annotations

import importlib

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


COMMAND_MODULES = ("analyze", "evaluate", "eval_extraction", "eval_reference", "eval_quotes", "eval_quotes_ru", "eval_events", "bench", "scale",
                   "corpus", "serve")

for _m in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_m}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{_m}":
            raise


def main() -> None:
    app()
