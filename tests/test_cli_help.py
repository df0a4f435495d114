"""Every command's --help: complete (every option explained), readable (prose not broken at the docstring's own
line breaks by typer's rich help), and usage lines not mangled."""
from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from newsgraph.cli import app

runner = CliRunner()


def _commands(cmd, path=()):
    yield path, cmd
    if hasattr(cmd, "commands"):
        for name, sub in sorted(cmd.commands.items()):
            yield from _commands(sub, path + (name,))


ALL = list(_commands(typer.main.get_command(app)))
IDS = [" ".join(p) or "newsgraph" for p, _ in ALL]


def _paragraphs(text: str):
    return [p for p in text.split("\n\n") if p.strip() and not p.startswith("\b")]


@pytest.mark.parametrize("path,cmd", ALL, ids=IDS)
def test_help_prose_is_not_broken_at_source_line_breaks(path, cmd):
    """typer's rich help keeps single newlines of a docstring: prose must reach it as one line per paragraph."""
    for text in (cmd.help or "", cmd.epilog or ""):
        for para in _paragraphs(text):
            lines = para.strip("\n").split("\n")
            # a list (lines starting with "-" or "*") may keep its line breaks; prose may not
            prose = [ln for ln in lines[1:] if not re.match(r"\s*([-*•]|\d+\.)\s", ln)]
            assert not prose, f"{' '.join(path)}: help paragraph broken at a source line break: {para!r}"


@pytest.mark.parametrize("path,cmd", ALL, ids=IDS)
def test_every_option_and_argument_is_documented(path, cmd):
    for p in cmd.params:
        if p.name == "help":
            continue
        assert (getattr(p, "help", None) or "").strip(), f"{' '.join(path) or 'newsgraph'}: {p.name} has no help"


@pytest.mark.parametrize("path,cmd", ALL, ids=IDS)
def test_usage_line_is_clean(path, cmd):
    res = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert res.exit_code == 0, res.output
    usage = next(ln for ln in res.output.splitlines() if "Usage:" in ln)
    assert "[[" not in usage and "]]" not in usage, usage


def test_command_list_rows_are_not_broken_early():
    """The command list of `newsgraph --help` shows each command's first paragraph as flowing text."""
    res = runner.invoke(app, ["--help"], env={"COLUMNS": "250"}, terminal_width=250)
    assert res.exit_code == 0
    flat = re.sub(r"[│\s]+", " ", res.output)
    assert "most documents first." in flat
    row = next(ln for ln in res.output.splitlines() if "│ actors" in ln)
    assert "most documents first." in row, row
