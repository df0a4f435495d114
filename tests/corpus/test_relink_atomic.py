"""Round 19 (fix19): a relink is atomic for readers (tryout r18: a reader met "0 actors, then more" while a relink
ran). The work is one write transaction: readers see the old store until it commits, the relinked one after; a
relink interrupted or killed leaves the old rows intact and is started over by the next run. On SQLite and
PostgreSQL, real stores and a real killed process."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import people  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402
from newsgraph.store import relink as R  # noqa: E402

LINKED = ("actors", "actor_aliases", "actor_mentions", "unresolved", "quotes", "quote_reports", "events",
          "event_actors", "stories", "story_actors", "documents")
SRC = str(Path(__file__).resolve().parents[2] / "src")


def _ingest(store):
    for rec in people.records():
        store.write_batch([rec])


def _seen(store) -> tuple:
    """What a reader sees: the actors' list, the quotes' total, the stories' total."""
    actors = Q.list_actors(store, limit=500)
    return (actors["total"], sorted(a["id"] for a in actors["items"]), Q.list_quotes(store, limit=1)["total"],
            Q.list_stories(store, limit=1)["total"])


def test_a_reader_sees_the_whole_old_store_while_a_relink_runs(store):
    _ingest(store)
    before = _seen(store)
    assert before[0] > 10
    seen = []

    def look(done, total):  # after each replayed batch, a reader (another connection) looks
        seen.append((done, _seen(store)))
    R.relink(store, batch_size=2, on_progress=look)
    assert len(seen) > 3 and all(s == before for _, s in seen), [(d, s[0]) for d, s in seen]
    assert _seen(store) == before  # and the relinked store once committed (the same rules: the same store)


def test_an_interrupted_relink_leaves_the_old_rows_and_starts_over(tmp_path, store):
    _ingest(store)
    tables = {t: store.dump(t) for t in LINKED}

    def stop(done, total):
        if done >= 4:
            raise KeyboardInterrupt
    try:
        R.relink(store, batch_size=4, on_progress=stop)
    except KeyboardInterrupt:
        pass
    assert R.in_progress(store)  # a relink is owed
    assert {t: store.dump(t) for t in LINKED} == tables  # nothing half-built
    r = R.relink(store, batch_size=4)
    assert r["resumed"] and not R.in_progress(store)
    assert {t: store.dump(t) for t in LINKED} == tables


_CHILD = """
import sys, time
from newsgraph.store import open_store
from newsgraph.store.relink import relink
st = open_store(sys.argv[1])
def slow(done, total):
    if done:
        open(sys.argv[2], "a").write(f"{done}\\n")
        time.sleep(30)  # killed here, in the middle of the work
relink(st, batch_size=3, on_progress=slow)
"""


def test_a_killed_relink_process_leaves_the_old_store_and_a_rerun_completes_it(tmp_path, store):
    _ingest(store)
    tables = {t: store.dump(t) for t in LINKED}
    before = _seen(store)
    flag = tmp_path / "progress"
    env = {**os.environ, "PYTHONPATH": SRC}
    url = store.url if store.dialect == "sqlite" else store.url.replace("postgresql+psycopg://", "postgresql://")
    p = subprocess.Popen([sys.executable, "-c", _CHILD, url.replace("sqlite:///", ""), str(flag)], env=env)
    try:
        t0 = time.monotonic()
        while not flag.exists() and time.monotonic() - t0 < 120:
            assert p.poll() is None, "the relink process ended early"
            time.sleep(0.1)
        assert flag.exists()
        assert _seen(store) == before  # a reader meanwhile: the old store, whole
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait()
    assert R.in_progress(store)
    assert {t: store.dump(t) for t in LINKED} == tables
    r = R.relink(store)
    assert r["resumed"] and not R.in_progress(store)
    assert {t: store.dump(t) for t in LINKED} == tables
    assert _seen(store) == before
