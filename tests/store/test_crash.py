"""Crash test: ingest is killed with SIGKILL inside a batch, rerun, and the store then equals a clean single run
(every table compared row by row). Also: a rerun of a finished ingest does nothing."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.store import open_store
from newsgraph.store.schema import metadata

CHILD = Path(__file__).with_name("crash_child.py")
NAMES = ["Anna Petrova", "John Smith", "Maria Lopez", "Olaf Berg", "Chen Wei", "Amir Khan", "Sara Cohen"]
WORDS = ("council budget river school vote market harbor strike bridge museum festival election court police "
         "energy water rail housing tax farm hospital storm port union police film library garden").split()


def make_corpus(folder: Path, n: int = 40) -> int:
    rnd = random.Random(7)
    folder.mkdir()
    texts = []
    for i in range(n):
        a, b = rnd.sample(NAMES, 2)
        body = " ".join(f"{a} said the {rnd.choice(WORDS)} plan number {i}-{k} would change the "
                        f"{rnd.choice(WORDS)} and the {rnd.choice(WORDS)} according to {b}." for k in range(12))
        texts.append(f"Story {i} about the {rnd.choice(WORDS)}\n{body}")
    for i, t in enumerate(texts):
        (folder / f"doc{i:03d}.txt").write_text(t, encoding="utf-8")
    # a near-duplicate, an exact duplicate and an empty file (which fails: 'empty file')
    (folder / "doc900_copy.txt").write_text("Another headline\n" + texts[3].split("\n", 1)[1] + " Subscribe now.",
                                            encoding="utf-8")
    (folder / "doc901_same.txt").write_text(texts[5], encoding="utf-8")
    (folder / "doc902_empty.txt").write_text("", encoding="utf-8")
    return n + 3


def run_child(db: str, folder: Path, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHILD), db, str(folder), *extra], capture_output=True, text=True,
                          timeout=300)


def dump(url: str) -> dict:
    with open_store(url) as st:
        return {t: st.dump(t) for t in metadata.tables if t not in ("meta",)}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_stores(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "clean.db"), str(tmp_path / "crash.db")
        return
    from pgutil import create_pg_database
    (a, drop_a), (b, drop_b) = create_pg_database("ngclean"), create_pg_database("ngcrash")
    yield a, b
    drop_a()
    drop_b()


def test_sigkill_mid_batch_then_rerun_equals_a_clean_run(tmp_path, two_stores):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    clean_db, crash_db = two_stores
    r = run_child(clean_db, corpus)
    assert r.returncode == 0, r.stderr
    assert "done new=40 near=1 dup=1 skipped=0 failed=1" in r.stdout, r.stdout

    p = subprocess.Popen([sys.executable, str(CHILD), crash_db, str(corpus), "--slow"], stdout=subprocess.PIPE,
                         text=True)
    try:
        for line in p.stdout:
            if line.strip() == "committed 3":
                break
        # each record's write now takes 30 ms: 60 ms later we are inside batch 4's open transaction
        import time
        time.sleep(0.06)
        os.kill(p.pid, signal.SIGKILL)
    finally:
        p.wait(timeout=60)
    assert p.returncode == -signal.SIGKILL
    with open_store(crash_db) as st:
        n_docs = st.count("documents")
        n_sources = st.count("sources")
    assert 0 < n_docs < 41
    assert n_sources in (15, 20), "a batch was half-written"  # whole batches of 5 only

    r = run_child(crash_db, corpus)
    assert r.returncode == 0, r.stderr
    assert "failed=" in r.stdout
    assert dump(crash_db) == dump(clean_db)

    # and a third run finds nothing to do but the bad file, read again (a failed file is never cached as done)
    r = run_child(crash_db, corpus)
    assert "done new=0 near=0 dup=0 skipped=0 failed=1" in r.stdout, r.stdout
    assert dump(crash_db) == dump(clean_db)
