"""One text, one record, whatever the process's BLAS threads: a Dask worker runs numpy's BLAS on one thread
(distributed sets OPENBLAS_NUM_THREADS=1 in the worker's environment), a process on a laptop on as many as it
has cores. natasha's models are numpy matrix products, and before understand.nlp pinned them to one thread, the
benchmark's Russian poll page came out with "61 голос" in a worker and "31 голос" in one process (a borderline
token parsed another way): bench-scale's stores differed in 3 of 2,068 documents."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
POLL_PAGE = SHARED / "data" / "article-extraction-benchmark" / "html" / (
    "3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1.html.gz")

CHILD = r"""
import gzip, sys, newsgraph
html = gzip.open(sys.argv[1]).read().decode("utf-8", "replace")
rec = newsgraph.analyze(html, source="poll.html")
sys.stdout.write(rec.to_json(indent=None))
"""


def _record(path: Path, threads: int) -> dict:
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads))
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, capture_output=True, text=True,
                         check=True, timeout=600)
    return json.loads(out.stdout)


@pytest.mark.slow
@pytest.mark.skipif(not POLL_PAGE.exists(), reason="needs ../shared's article-extraction benchmark")
def test_a_russian_page_gives_the_same_record_with_one_blas_thread_or_two():
    one, two = _record(POLL_PAGE, 1), _record(POLL_PAGE, 2)
    assert one["document"]["language"] == "ru"
    votes = [q for q in one["quantities"] if q["unit"].startswith("голос")]
    assert votes, "the poll page's vote counts are quantities"
    for key in ("quantities", "entities", "quotes", "events", "dates"):
        assert one[key] == two[key], key
    assert one == two


def test_the_russian_models_run_blas_on_one_thread_and_give_the_threads_back():
    from threadpoolctl import threadpool_info

    from newsgraph.understand import nlp
    before = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    seen = []
    russian = nlp.russian()
    real = russian.syntax

    class Spy:  # records the BLAS threads while natasha's parser runs, then parses for real
        def __getattr__(self, name):
            return getattr(real, name)

        def map(self, chunk):
            for markup in real.map(chunk):
                seen.extend(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
                yield markup

    russian.syntax = Spy()
    try:
        doc = russian("Президент России Владимир Путин заявил, что 300 военных вернулись домой.")
    finally:
        russian.syntax = real
    assert doc.tokens and any(t.rel for t in doc.tokens)
    assert seen and set(seen) == {1}
    assert [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"] == before
