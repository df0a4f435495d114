"""Has the store changed? A generation number that moves whenever any process commits to the store, so reads can
keep what they computed (the total of a list, the front page) until then, and never a moment longer.

SQLite: ``PRAGMA data_version`` on a connection kept for that alone (it changes when any other connection, of this
process or another, has committed since the last look). PostgreSQL: the server's WAL insert position (it moves
with every committed write of the cluster: a conservative signal). When neither can be read, the generation
moves every ``FALLBACK_SECONDS``.

A process-wide cache of list totals (``cached_total``) is keyed by it: counting the 100,000 rows of an unfiltered
list is the costliest part of a page, and the answer cannot change while the generation stands.
"""
from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from collections import OrderedDict

FALLBACK_SECONDS = 2.0
_NUMBERS = itertools.count(1)
MAX_TOTALS = 4096  # cached totals per process (distinct filter sets x generations), least recently used dropped


class ChangeWatch:
    """``generation()``: an opaque value equal between two calls exactly when nothing was committed in between
    (or, without a signal, within FALLBACK_SECONDS)."""

    def __init__(self, url: str, reader):
        self.url = url
        self._reader = reader  # a callable giving the store's read engine (PostgreSQL)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._last = None
        self._gen = 0
        self._broken = False
        self._shared = (None, None, False)  # (generation() when last read, the store's counter then, foreign)

    def generation(self):
        if self._broken:
            return ("t", int(time.monotonic() / FALLBACK_SECONDS))
        try:
            with self._lock:
                value = self._look()
                if value != self._last:
                    self._last = value
                    # numbered across all watches of the process: a store closed and opened again (a server's
                    # lifespan run twice) never hands out a number an older watch gave to another state
                    self._gen = next(_NUMBERS)
                return self._gen
        except Exception:  # no signal (an odd driver, a standby server): fall back to time
            self._broken = True
            return ("t", int(time.monotonic() / FALLBACK_SECONDS))

    def shared(self) -> str | None:
        """The store's own generation, equal in every process (the counter each newsgraph write transaction moves:
        Store.begin), to key what processes share (store/pages.py); None while a commit was seen that did not move
        it (a writer other than newsgraph: nothing may be shared until the next newsgraph write), and on PostgreSQL,
        whose WAL position moves with every database of the server (such a writer could not be told apart)."""
        if not self.url.startswith("sqlite"):
            return None
        gen = self.generation()
        with self._lock:
            at, stamp, foreign = self._shared
            if at == gen:
                return None if foreign else stamp
        try:
            now = self._counter()
        except Exception:  # noqa: BLE001 - no counter to read: share nothing
            return None
        with self._lock:
            if now != stamp:
                foreign = False
            elif at is not None:  # something committed, and the counter stood still
                foreign = True
            self._shared = (gen, now, foreign)
        return None if foreign or now is None else str(now)

    def _counter(self):
        from .store import GENERATION
        with self._lock:
            if self._conn is None:
                self._look()
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (GENERATION,)).fetchone()
        return row[0] if row else None

    def _look(self):
        if self.url.startswith("sqlite"):
            if self._conn is None:
                path = self.url.split(":///", 1)[1]
                self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            return self._conn.execute("PRAGMA data_version").fetchone()[0]
        from sqlalchemy import text
        with self._reader().connect() as conn:
            return conn.execute(text("SELECT pg_current_wal_insert_lsn()::text")).scalar_one()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


_TOTALS: OrderedDict = OrderedDict()
_TOTALS_LOCK = threading.Lock()


def cached_total(conn, stmt, count) -> int:
    """``count()`` (the number of rows of ``stmt``), remembered per store generation: the same statement with the
    same parameters on an unchanged store is not counted again. Without a watch on ``conn`` (a connection not
    made by Store.connect) it just counts."""
    watch = conn.info.get("newsgraph_watch")
    if watch is None:
        return count()
    ck = stmt._generate_cache_key()  # SQLAlchemy's own key of the statement's shape, and its bound values
    if ck is None:  # a statement SQLAlchemy cannot key: just count
        return count()
    return cached_value(conn, (ck.key, repr([b.effective_value for b in ck.bindparams])), count)


def cached_value(conn, key: tuple, compute):
    """``compute()`` remembered per store generation under ``key`` (a hashable description of what it computes):
    for aggregates a page shows beside its rows (totals, counts per item). Without a watch on ``conn`` it just
    computes."""
    watch = conn.info.get("newsgraph_watch")
    if watch is None:
        return compute()
    key = (watch.url, *key)
    gen = watch.generation()
    with _TOTALS_LOCK:
        hit = _TOTALS.get(key)
        if hit is not None and hit[0] == gen:
            _TOTALS.move_to_end(key)
            return hit[1]
    total = compute()
    with _TOTALS_LOCK:
        _TOTALS[key] = (gen, total)
        _TOTALS.move_to_end(key)
        while len(_TOTALS) > MAX_TOTALS:
            _TOTALS.popitem(last=False)
    return total


def forget_totals() -> None:
    """Drop every cached total (tests that count the queries of a page)."""
    with _TOTALS_LOCK:
        _TOTALS.clear()
