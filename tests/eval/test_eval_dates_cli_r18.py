"""`newsgraph eval dates` lists its errors for the dev split only: a held-out split prints figures, and its errors
only when --errors asks, with a note (review r17: the held-out errors were printed by default). A gold of one
written text per split (the split is a hash of the document's name: eval/dates.split_of)."""
from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval.dates import split_of

TEXT = "Mayor Ann Hale said on Monday that the new bridge will open in March. The council met last week.\n"


def _name(split: str) -> str:
    return next(f"written-dates-{i}" for i in range(100) if split_of(f"written-dates-{i}") == split)


def _setup(tmp_path):
    folder = tmp_path / "data" / "polnear" / "dev" / "text"
    folder.mkdir(parents=True)
    rows = ["doc\tpublished\ttext\tn\tvalue\tkind\tnote"]
    for split in ("dev", "dev-c", "heldout"):
        (folder / f"{_name(split)}.txt").write_text(TEXT, encoding="utf-8")
        # "March" after "will open" is next March (2020-03): the gold below says otherwise, so it is an error
        rows.append(f"{_name(split)}\t2019-11-19\tMarch\t1\t2019-03\tmonthday\t")
    gold = tmp_path / "gold.tsv"
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return ["eval", "dates", "--gold", str(gold), "--data", str(tmp_path / "data")]


def test_held_out_errors_are_listed_only_when_asked(tmp_path):
    cmd = _setup(tmp_path)
    r = CliRunner().invoke(app, cmd + ["--split", "heldout"])
    assert r.exit_code == 0, r.output
    assert "accuracy 0.000" in r.stdout and "'March'" not in r.stdout
    r = CliRunner().invoke(app, cmd + ["--split", "all"])
    assert "'March'" not in r.stdout
    r = CliRunner().invoke(app, cmd + ["--split", "heldout", "--errors"])
    assert "'March'" in r.stdout and "no longer measure unseen accuracy" in r.stderr
    r = CliRunner().invoke(app, cmd + ["--split", "dev"])  # the split tuned on: listed, as before
    assert "'March'" in r.stdout
    assert "'March'" not in CliRunner().invoke(app, cmd + ["--split", "dev", "--no-errors"]).stdout


def test_dev_c_is_a_development_split(tmp_path):
    """Round 19 made sha1(doc)[0] in 8-b a second development split (dev-c): its errors are listed as dev's are;
    c-f stays held-out, one item each here."""
    cmd = _setup(tmp_path)
    r = CliRunner().invoke(app, cmd + ["--split", "dev-c"])
    assert r.exit_code == 0, r.output
    assert "dev-c: 1 items" in r.stdout and "'March'" in r.stdout and not r.stderr
    assert "heldout: 1 items" in CliRunner().invoke(app, cmd + ["--split", "heldout"]).stdout
    assert "all: 3 items" in CliRunner().invoke(app, cmd + ["--split", "all"]).stdout
