"""The server's background relink (``POST /decisions/{id}/undo``): taking a correction back is answered at once and
the store is relinked after the answer, in a thread of its own (tryout r17: undo relinked inside the request, about
35 s for 200 documents and minutes for a thousand, past any client's patience).

Safe: one relink at a time per server (an undo made while one runs asks for one more run after it, since the
decisions it started from have changed); ``store/relink.py`` relinks in one transaction, so readers see the store
as it was until the relink commits, and a server stopped in the middle rolls it back and leaves the mark
``meta.relink_next``: the next start of the server (or ``newsgraph relink``) starts it over. ``GET /relink`` tells
how far it is."""
from __future__ import annotations

import logging
import threading
import time

log = logging.getLogger("newsgraph.serve")
STOP_WAIT = 60.0  # seconds a stopping server waits for the batch in progress


class _Stopped(Exception):
    pass


class RelinkJob:
    def __init__(self, store_getter):
        self._store_of = store_getter  # () -> the app's store
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._again = False
        self.state = "idle"  # idle | running | done | failed | stopped
        self.done = self.total = 0
        self.started = self.finished = None
        self.error: str | None = None

    def start(self) -> dict:
        """Start a relink (or one more after the one running); returns the status."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return self._status()
            self._stop.clear()
            self.state, self.done, self.total, self.error = "running", 0, 0, None
            self.started, self.finished = _stamp(), None
            self._thread = threading.Thread(target=self._run, name="newsgraph-relink", daemon=True)
            self._thread.start()
            return self._status()

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._stop.is_set():
            raise _Stopped()

    def _run(self) -> None:
        from ..store.relink import relink
        while True:
            try:
                relink(self._store_of(), on_progress=self._progress)
            except _Stopped:
                with self._lock:
                    self.state, self.finished = "stopped", _stamp()
                return
            except Exception as exc:  # noqa: BLE001 - reported by GET /relink; `newsgraph relink` goes on from here
                log.exception("background relink failed")
                with self._lock:
                    self.state, self.finished = "failed", _stamp()
                    self.error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}"
                return
            with self._lock:
                if not self._again:
                    self.state, self.finished = "done", _stamp()
                    return
                self._again = False

    def _status(self) -> dict:
        return {"state": self.state, "documents_done": self.done, "documents": self.total, "started": self.started,
                "finished": self.finished, "error": self.error, "again": self._again}

    def status(self) -> dict:
        with self._lock:
            return self._status()

    def wait(self, timeout: float | None = None) -> dict:
        """Wait until no relink runs (or ``timeout`` seconds); returns the status."""
        t = self._thread
        if t is not None:
            t.join(timeout)
        return self.status()

    def stop(self, timeout: float = STOP_WAIT) -> None:
        """Stop at the next batch's end: the relink is rolled back (and started over at the next start)."""
        self._stop.set()
        t = self._thread
        if t is not None and t.is_alive():
            t.join(timeout)


def _stamp() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def resume_if_interrupted(job: RelinkJob, store) -> None:
    """At the server's start: a relink the last run of the server (or a killed `newsgraph relink`) left half done
    goes on in the background."""
    from ..store.relink import in_progress
    if in_progress(store):
        log.warning("a relink was interrupted: going on with it in the background")
        job.start()
