"""``newsgraph eval ...``: evaluation commands that print figures. Each subcommand lives in its own module
(cli/eval_*.py) and registers itself on ``eval_app``."""
from __future__ import annotations

import typer

from . import app

eval_app = typer.Typer(help="Evaluate accuracy and speed on gold data; prints P/R/F1 and pages/s.",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")
