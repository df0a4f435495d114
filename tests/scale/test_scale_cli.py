"""`newsgraph ingest --engine dask` from the command line, as a user runs it: on a LocalCluster it starts itself and
on a running cluster named by --scheduler (a real `dask scheduler` and `dask worker` started here); both stores
equal the single-process `newsgraph ingest` of the same inputs, table by table."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.store import open_store
from newsgraph.store import schema as S

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seed" / "article.txt"
HTML = SHARED / "data" / "article-extraction-benchmark" / "html"
BIN = Path(sys.executable).parent


def newsgraph(*args, env=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "newsgraph"), *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def dump(db: Path) -> dict:
    with open_store(db) as store:
        return {t: store.dump(t) for t in S.metadata.tables}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli-inputs")
    shutil.copy(SEED, d / "article.txt")
    for p in sorted(HTML.iterdir())[:3]:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture(scope="module")
def single(inputs, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("cli-single") / "single.db"
    r = newsgraph("ingest", str(inputs), "--db", str(db), "--quiet")
    assert r.returncode == 0, r.stderr
    return dump(db)


def test_engine_dask_on_a_local_cluster_stores_what_one_process_stores(inputs, single, tmp_path):
    db = inputs / "news.db"  # the store inside the input folder: its own files are no articles
    r = newsgraph("ingest", str(inputs), "--db", str(db), "--engine", "dask", "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert "partitions" in r.stderr and "on 2 workers" in r.stderr
    assert "4 new" in r.stderr and "0 failed" in r.stderr
    assert dump(db) == single
    t0 = time.perf_counter()
    again = newsgraph("ingest", str(inputs), "--db", str(db), "--engine", "dask", "--workers", "2", "--quiet")
    took = time.perf_counter() - t0
    assert again.returncode == 0, again.stderr
    assert "0 new" in again.stderr and "4 unchanged files" in again.stderr
    # nothing new: no cluster is started, no model loaded (tryout r19 K: a LocalCluster for 0 partitions, 49 s)
    assert "no cluster started" in again.stderr and took < 30, (took, again.stderr)
    assert dump(db) == single
    for f in inputs.glob("news.db*"):
        f.unlink()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_engine_dask_on_a_running_cluster_named_by_scheduler(inputs, single, tmp_path):
    port = _free_port()
    env = {**os.environ, "NEWSGRAPH_SHARDS": str(tmp_path / "shards")}
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)]
    try:
        procs.append(subprocess.Popen([str(BIN / "dask"), "worker", f"tcp://127.0.0.1:{port}", "--nthreads", "1",
                                       "--nworkers", "1", "--dashboard-address", ":0", "--no-nanny"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        db = tmp_path / "cluster.db"
        r = newsgraph("ingest", str(inputs), "--db", str(db), "--scheduler", f"tcp://127.0.0.1:{port}",
                      env={"NEWSGRAPH_SHARDS": str(tmp_path / "shards")})
        assert r.returncode == 0, r.stderr
        assert "on 1 workers" in r.stderr
        assert dump(db) == single
        assert not any((tmp_path / "shards").glob("*.parquet"))  # the run's shards are removed after the merge
    finally:
        for p in procs[::-1]:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def test_an_unreachable_scheduler_is_one_line(inputs, tmp_path):
    r = newsgraph("ingest", str(inputs), "--db", str(tmp_path / "x.db"), "--scheduler",
                  f"tcp://127.0.0.1:{_free_port()}", timeout=120)
    assert r.returncode != 0
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "cannot reach the Dask scheduler" in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_ingest_help_names_the_engine_and_scheduler():
    r = newsgraph("ingest", "--help")
    assert r.returncode == 0
    for word in ("--engine", "--scheduler", "--workers", "LocalCluster"):
        assert word in r.stdout
