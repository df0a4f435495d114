"""Pages shared by the server processes of one store: a small SQLite file of finished answers (status, headers, body)
keyed by the request and by the store's shared generation (:meth:`ChangeWatch.shared`: a counter every newsgraph
write moves, the same in every process). A page one process computed is answered by the others until the store
changes. A write by another program moves no counter: a process that sees the store change without it drops every
shared page (and shares nothing until the next newsgraph write), and a server starting drops them too (it cannot
know what happened while none watched). Used for SQLite stores only (ChangeWatch.shared says why).

The file lives in the system's temporary folder (``newsgraph-pages/``, readable by this user only), one per store
URL: a cache, never data. Reads never wait (WAL); a write that would wait for another process is skipped. At most
``max_bytes`` of bodies: the oldest pages go first, and pages of earlier generations at every trim.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time

TRIM_EVERY = 200  # writes between two trims


def pages_path(url: str) -> str:
    """The shared pages file of the store at ``url``."""
    folder = os.path.join(tempfile.gettempdir(), "newsgraph-pages")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    return os.path.join(folder, hashlib.sha256(url.encode()).hexdigest()[:24] + ".db")


def forget_pages(url: str) -> None:
    """Remove the shared pages of the store at ``url`` (a cold start: `newsgraph bench-serve` before each phase)."""
    base = pages_path(url)
    for p in (base, base + "-wal", base + "-shm"):
        try:
            os.unlink(p)
        except FileNotFoundError:
            pass


class SharedPages:
    def __init__(self, url: str, max_bytes: int):
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._writes = 0
        self._conn = sqlite3.connect(pages_path(url), check_same_thread=False, isolation_level=None, timeout=0)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:  # another process is switching it at this moment: it is WAL already
            pass
        self._conn.execute("PRAGMA synchronous=OFF")  # a cache: a page lost in a crash is computed again
        self._conn.execute("PRAGMA busy_timeout=0")
        self._forgot = None
        for _ in range(50):
            try:
                self._conn.execute("CREATE TABLE IF NOT EXISTS pages (key BLOB PRIMARY KEY, generation TEXT NOT "
                                   "NULL, head TEXT NOT NULL, body BLOB NOT NULL, etag BLOB NOT NULL)")
                break
            except sqlite3.OperationalError:  # being created by another process at this moment
                time.sleep(0.02)
        # a server starting cannot know what was written while none watched the store (a program other than
        # newsgraph moves no generation): it starts from nothing
        self.forget("start")

    @staticmethod
    def key(parts: tuple) -> bytes:
        return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, key: bytes, generation: str):
        """(status, headers, body, etag) of the page kept under ``key`` for ``generation``, or None."""
        try:
            with self._lock:
                row = self._conn.execute("SELECT head, body, etag FROM pages WHERE key = ? AND generation = ?",
                                         (key, generation)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        status, headers = json.loads(row[0])
        return status, [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers], row[1], row[2]

    def put(self, key: bytes, generation: str, status: int, headers: list, body: bytes, etag: bytes) -> None:
        """Keep a page (skipped when another process is writing at this moment, or the page is over 1/16 of the
        room)."""
        if len(body) > self.max_bytes // 16:
            return
        head = json.dumps([status, [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]])
        try:
            with self._lock:
                self._conn.execute("INSERT OR REPLACE INTO pages (key, generation, head, body, etag) VALUES "
                                   "(?, ?, ?, ?, ?)", (key, generation, head, body, etag))
                self._writes += 1
                if self._writes % TRIM_EVERY == 0:
                    self._trim(generation)
        except sqlite3.Error:
            pass

    def forget(self, why) -> None:
        """Drop every page (once per ``why``: the process saw the store change without its generation moving)."""
        if why == self._forgot:
            return
        for _ in range(50):  # this must not be skipped: wait for the other process's write
            try:
                with self._lock:
                    self._conn.execute("DELETE FROM pages")
                self._forgot = why
                return
            except sqlite3.OperationalError:
                time.sleep(0.02)
            except sqlite3.Error:
                return

    def _trim(self, generation: str) -> None:
        self._conn.execute("DELETE FROM pages WHERE generation != ?", (generation,))
        total = self._conn.execute("SELECT coalesce(sum(length(body)), 0) FROM pages").fetchone()[0]
        if total > self.max_bytes:  # the oldest written first out, down to 3/4 of the room
            over, cut = total - self.max_bytes * 3 // 4, 0
            for rowid, size in self._conn.execute("SELECT rowid, length(body) FROM pages ORDER BY rowid").fetchall():
                if cut >= over:
                    break
                self._conn.execute("DELETE FROM pages WHERE rowid = ?", (rowid,))
                cut += size

    def close(self) -> None:
        with self._lock:
            self._conn.close()
