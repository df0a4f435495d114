"""`newsgraph eval polnear` refuses a folder that is no PolNeAR split, in one line (it printed zeros before)."""
from typer.testing import CliRunner

from newsgraph.cli import app


def test_a_folder_that_is_no_split_is_one_line(tmp_path):
    r = CliRunner().invoke(app, ["eval", "polnear", str(tmp_path / "dev")])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert r.output.strip().splitlines() == [f"error: {tmp_path / 'dev' / 'text'}: not found (SPLIT is a PolNeAR "
                                              "split folder, e.g. ../shared/data/polnear/dev)"]


def test_an_unknown_half_is_one_line(tmp_path):
    r = CliRunner().invoke(app, ["eval", "polnear", str(tmp_path), "--half", "c"])
    assert r.exit_code == 2 and r.output.strip() == "error: --half c: expected a, b or all"


def test_an_empty_split_is_one_line(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    r = CliRunner().invoke(app, ["eval", "polnear", str(tmp_path)])
    assert r.exit_code == 2 and r.output.strip() == f"error: {tmp_path / 'text'}: no .txt article in it"
