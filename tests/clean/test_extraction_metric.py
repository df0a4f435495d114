"""The extraction metric (article-extraction benchmark) and a pinned floor on a few benchmark pages."""
from pathlib import Path

import pytest
from floors import FLOORS

from newsgraph.eval.extraction import aggregate, evaluate, load_pages, page_scores, shingles, tp_fp_fn

BENCHMARK = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "article-extraction-benchmark"


def test_shingles_are_4_word_multisets():
    s = shingles("a b c d e a b c d")
    assert s[("a", "b", "c", "d")] == 2 and sum(s.values()) == 6
    assert shingles("only three words") == {("only", "three", "words"): 1}
    assert shingles("") == {}


def test_identical_and_disjoint():
    assert page_scores("one two three four five", "one two three four five") == (1.0, 1.0)
    assert page_scores("one two three four five", "six seven eight nine ten") == (0.0, 0.0)
    assert page_scores("", "") == (1.0, 1.0)


def test_empty_prediction_scores_zero():
    assert page_scores("one two three four five", "") == (0.0, 0.0)


def test_partial_overlap_is_normalised_per_page():
    true = "w1 w2 w3 w4 w5 w6"          # shingles: 3
    pred = "w1 w2 w3 w4 w5 x y z"      # shingles: 5, shared 2
    tp, fp, fn = tp_fp_fn(true, pred)
    assert (tp, fp, fn) == pytest.approx((2 / 6, 3 / 6, 1 / 6))
    p, r = page_scores(true, pred)
    assert (p, r) == pytest.approx((2 / 5, 2 / 3))


def test_tokens_are_word_characters_only():
    assert page_scores("Hello, world! It's  fine.", "hello world it s fine") != (1.0, 1.0)  # case matters
    assert page_scores("Hello, world! It's  fine.", "Hello world It s fine") == (1.0, 1.0)


def test_aggregate_averages_p_and_r_then_f1():
    a = aggregate([(1.0, 0.5), (0.5, 1.0)])
    assert (a["precision"], a["recall"]) == (0.75, 0.75)
    assert a["f1"] == pytest.approx(0.75)


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="needs ../shared/data/article-extraction-benchmark")
def test_pinned_floor_on_ten_pages():
    pages = load_pages(BENCHMARK, limit=10)
    assert len(pages) == 10
    res = {k: v.summary() for k, v in evaluate(pages).items()}
    # measured on these ten pages: trafilatura 0.955, trafilatura+clean 0.967, reader 0.986, newsgraph 0.991
    assert res["newsgraph"]["f1"] >= FLOORS["extraction"]["ten_pages_f1"]
    assert res["newsgraph"]["f1"] >= res["reader"]["f1"]  # the cleaning steps do not cost F1 ...
    assert res["trafilatura+clean"]["f1"] >= res["trafilatura"]["f1"]  # ... on either extraction
    assert res["newsgraph"]["f1"] >= res["trafilatura"]["f1"]


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="needs ../shared/data/article-extraction-benchmark")
def test_eval_extraction_command_json():
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app
    res = CliRunner().invoke(app, ["eval", "extraction", str(BENCHMARK), "--limit", "2", "--json",
                                   "-s", "trafilatura", "-s", "newsgraph"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout[res.stdout.index("{"):])
    assert out["pages"] == 2 and set(out["systems"]) == {"trafilatura", "newsgraph"}
    for s in out["systems"].values():
        assert 0 < s["f1"] <= 1 and s["pages_per_s"] > 0


def test_eval_extraction_command_errors(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    res = CliRunner().invoke(app, ["eval", "extraction", str(tmp_path)])
    assert res.exit_code == 2 and "ground-truth.json" in res.output
    res = CliRunner().invoke(app, ["eval", "extraction", str(tmp_path), "-s", "nope"])
    assert res.exit_code == 2 and "unknown system nope" in res.output
