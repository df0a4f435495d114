"""Analysis worker processes the server can stop (``POST /analyze``, ``POST /documents``).

Each worker is a spawned process that loads the models once and then analyses one article at a time, sent over its
own pipe. Unlike a ``ProcessPoolExecutor``, a job can be taken back: when the client disconnects or the time
budget is spent, the worker doing it is killed at once (its CPU is free within a fraction of a second) and a fresh
worker is started in its place (it loads the models before it takes the next article). Waiting for a result is a
reader on the pipe's file descriptor in the event loop: no thread is held while a worker works.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import os
from typing import Awaitable, Callable

POLL = 0.25  # seconds between two looks at the client and the clock while a worker works
WARM_UP = 300.0  # seconds a fresh worker may take to load its models before it starts a job


class Busy(Exception):
    """Every worker is busy and the queue is full."""


class Stopped(Exception):
    """The job was taken back: ``reason`` is "disconnected", "timeout" or "died"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Analysis is batch work beside interactive reads: its processes run at a lower CPU priority, so on a busy
# machine the kernel gives the readers' pages the CPU first (an analysis then takes longer, a page does not).
WORKER_NICE = 10


def _serve(conn) -> None:  # pragma: no cover - runs in the worker process
    from .analysis import _warm, _work
    try:
        os.nice(WORKER_NICE)
    except (AttributeError, OSError):  # no nice on this platform, or not permitted: same priority as the server
        pass
    try:
        _warm()
    except Exception:  # noqa: BLE001 - the first real job reports what is wrong
        pass
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        raw, seconds = job
        conn.send(("started", None))  # the time budget runs from here, not from the models' loading
        try:
            out = _work(raw, seconds)
        except Exception as exc:  # noqa: BLE001 - an unexpected fault answers, never kills the worker silently
            out = ("error", f"{type(exc).__name__}: {exc}")
        conn.send(out)


class Worker:
    def __init__(self, ctx):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child,), daemon=True, name="newsgraph-analysis")
        self.proc.start()
        child.close()

    @property
    def pid(self) -> int | None:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.is_alive()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(2)
        finally:
            self.conn.close()


class WorkerPool:
    """``n`` workers and a queue of at most ``queue`` waiting jobs (more: :class:`Busy`)."""

    def __init__(self, n: int, queue: int):
        self.n, self.queue = n, queue
        self._ctx = multiprocessing.get_context("spawn")
        self._workers: list[Worker] = []
        self._idle: asyncio.Queue | None = None
        self._waiting = 0

    def start(self) -> None:
        while len(self._workers) < self.n:
            self._workers.append(Worker(self._ctx))

    def pids(self) -> list[int]:
        """The process ids of the workers (tests)."""
        return [w.pid for w in self._workers if w.pid]

    def close(self) -> None:
        for w in self._workers:
            w.kill()
        self._workers = []
        self._idle = None

    def _queue(self) -> asyncio.Queue:
        if self._idle is None:
            self.start()
            self._idle = asyncio.Queue()
            for w in self._workers:
                self._idle.put_nowait(w)
        return self._idle

    def _replace(self, worker: Worker) -> None:
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)
        fresh = Worker(self._ctx)
        self._workers.append(fresh)
        if self._idle is not None:
            self._idle.put_nowait(fresh)

    async def run(self, job, seconds: float, disconnected: Callable[[], Awaitable[bool]] | None = None):
        """The worker's answer to ``job`` (``(raw, seconds)``), or :class:`Stopped` when the client goes away
        (``disconnected()`` true), ``seconds`` pass (waiting for a free worker, then again from the moment the
        worker starts the job: a fresh worker's loading of its models is not counted) or the worker dies."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        idle = self._queue()
        if idle.empty() and self._waiting >= self.queue:
            raise Busy()
        self._waiting += 1
        try:
            worker = await self._wait(idle.get(), deadline, disconnected, lost=idle.put_nowait)
        finally:
            self._waiting -= 1
        done = False
        try:
            worker.conn.send(job)
            await self._recv(worker, loop.time() + WARM_UP, disconnected)  # ("started", None): models loaded
            answer = await self._recv(worker, loop.time() + seconds, disconnected)
            done = True
            return answer
        finally:
            if done:
                idle.put_nowait(worker)
            else:
                self._replace(worker)

    async def _recv(self, worker: Worker, deadline: float, disconnected):
        """The worker's next message, or :class:`Stopped`."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await self._wait(ready, deadline, disconnected, worker)
        finally:
            loop.remove_reader(fd)
            # uvloop leaves a watched descriptor non-blocking: a message longer than the pipe's buffer (an article
            # sent, a record read) would then fail half-way with BlockingIOError
            try:
                os.set_blocking(fd, True)
            except OSError:  # closed: the worker died, recv says so
                pass
        try:
            return worker.conn.recv()
        except (EOFError, OSError):
            raise Stopped("died") from None

    @staticmethod
    async def _wait(aw, deadline: float, disconnected, worker: Worker | None = None, lost=None):
        """``aw``'s result, looking every POLL seconds at the client, the clock and the worker. ``lost``: called
        with the result when it came while giving up (a worker taken from the queue goes back)."""
        task = asyncio.ensure_future(aw)
        loop = asyncio.get_running_loop()
        returned = False
        try:
            while True:
                done, _ = await asyncio.wait([task], timeout=POLL)
                if done:
                    returned = True
                    return task.result()
                if disconnected is not None and await disconnected():
                    raise Stopped("disconnected")
                if loop.time() > deadline:
                    raise Stopped("timeout")
                if worker is not None and not worker.alive():
                    raise Stopped("died")
        finally:
            if not task.done():
                task.cancel()
            elif lost is not None and not returned and not task.cancelled() and task.exception() is None:
                lost(task.result())
