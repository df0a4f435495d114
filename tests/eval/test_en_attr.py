"""The English whole-page attribution gold (eval/data/en-attr) checks out against the page bodies, and
`newsgraph eval en-attr` runs on one page."""
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval import en_attr

GT = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"
if not GT.is_file():
    GT = Path("/work/shared/data/article-extraction-benchmark/ground-truth.json")
needs_gt = pytest.mark.skipif(not GT.is_file(), reason="no article-extraction benchmark here")


@needs_gt
def test_the_checker_passes_on_the_gold():
    r = subprocess.run([sys.executable, str(en_attr.GOLD / "check.py"), "--gt", str(GT)], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout[-2000:]
    assert "all spans and references check out" in r.stdout


@needs_gt
def test_the_gold_loads_with_kinds_and_contents():
    dev = en_attr.load("dev", GT)
    assert len(dev) >= 5
    golds = [g for _, _, gs in dev.values() for g in gs]
    assert golds and all(g.content and g.kind in ("direct", "indirect", "mixed") for g in golds)


def test_an_unknown_split_is_one_line():
    r = CliRunner().invoke(app, ["eval", "en-attr", "--split", "test"])
    assert r.exit_code == 2 and r.output.strip() == "error: --split test: expected dev, heldout or written"


@needs_gt
def test_the_command_runs_on_one_page():
    r = CliRunner().invoke(app, ["eval", "en-attr", "--ground-truth", str(GT), "--page", "0dd135704572", "--json"])
    assert r.exit_code == 0, r.output
    assert '"documents": 1' in r.output and '"gold": 1' in r.output


def test_the_written_split_runs_without_the_benchmark():
    # the written articles carry their texts (eval/data/en-attr/written): no ground-truth.json is read
    r = CliRunner().invoke(app, ["eval", "en-attr", "--split", "written", "--ground-truth", "/nonexistent.json",
                                 "--page", "e020", "--json"])
    assert r.exit_code == 0, r.output
    assert '"documents": 1' in r.output and '"gold": 11' in r.output


@needs_gt
def test_the_command_reads_the_pages_html_as_a_user_would():
    """--html: the page's HTML file through extraction (round 17), scored with the same gold."""
    r = CliRunner().invoke(app, ["eval", "en-attr", "--ground-truth", str(GT), "--page", "0dd135704572", "--html",
                                 "--json"])
    assert r.exit_code == 0, r.output
    assert '"documents": 1' in r.output and '"gold": 1' in r.output
    r = CliRunner().invoke(app, ["eval", "en-attr", "--split", "written", "--html"])
    assert r.exit_code == 2 and "no HTML pages" in r.output
