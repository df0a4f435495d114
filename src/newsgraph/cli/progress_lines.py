"""Progress as plain lines, for a stderr that is no terminal (a log file, a pipe, a CI job): rich's live bar draws
nothing there until the end, and long work must show progress (tryout r23: a log stayed empty for 3 minutes on 300
texts). One line at the first document and every ``every_docs`` documents, and one at least every
``every_seconds`` seconds while the work goes on (a thread: the documents of a batch come at once, after the whole
batch was analyzed); used as a context manager."""
from __future__ import annotations

import sys
import threading
import time
from typing import IO


class ProgressLines:
    def __init__(self, label: str, total_files: int | None = None, every_docs: int = 25, every_seconds: float = 15.0,
                 out: IO[str] | None = None, clock=time.monotonic):
        self.label, self.total, self.every_docs, self.every_seconds = label, total_files, every_docs, every_seconds
        self.out, self.clock = out, clock
        self.t0 = self.last_t = clock()
        self.docs = self.files = self.last_docs = 0
        self._lock, self._stop = threading.Lock(), threading.Event()
        self._beat = threading.Thread(target=self._heartbeat, daemon=True)

    def __enter__(self) -> "ProgressLines":
        self._beat.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._beat.join(timeout=1)

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.every_seconds / 3):
            if self.clock() - self.last_t >= self.every_seconds:
                self.line()

    def file_done(self) -> None:
        self.files += 1

    def doc_done(self) -> None:
        self.docs += 1
        if self.docs == 1 or self.docs - self.last_docs >= self.every_docs:  # (the first: the work has begun)
            self.line()

    def line(self) -> None:
        with self._lock:
            self._line(self.clock())

    def _line(self, now: float) -> None:
        elapsed = now - self.t0
        files = f"{self.files}/{self.total} files, " if self.total else ""
        rate = f"{self.docs / elapsed:.1f}" if elapsed > 0 else "0.0"
        m, s = divmod(int(elapsed), 60)
        out = self.out or sys.stderr
        wait = " (the first batch is being analysed: documents count once their batch is stored)" \
            if not self.docs and elapsed >= self.every_seconds else ""  # (newuser30: "0 docs" for minutes looked hung)
        out.write(f"{self.label}: {files}{self.docs} docs, {rate} docs/s, {m // 60}:{m % 60:02d}:{s:02d}{wait}\n")
        out.flush()
        self.last_t, self.last_docs = now, self.docs
