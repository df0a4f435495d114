"""Pages kept until the store changes: an ASGI middleware in front of the app that answers a GET it has answered
before from memory, as long as the store's generation (store/changes.py: any commit by any process moves it) is
the same. A page is never stale: the first request after a write computes it afresh.

Every cached answer carries an ``ETag`` (a hash of its body); a client sending it back in ``If-None-Match`` gets
``304 Not Modified`` without the body. Only complete 200 answers of the read pages are kept (no ``/analyze``, no
writes, no static files, which have their own validators), at most ``max_bytes`` in all (least recently used
first out) and at most 1/16 of that per answer. The key is everything a page depends on: method, path, query,
host, the Accept and Accept-Encoding headers and the Authorization header.

A second tier, shared by the server processes of one store (store/pages.py): a page not
kept here is looked up there (for the store's shared generation) before it is computed, and a computed page is
put there too. Pages asked for with credentials stay in their process.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

SKIP_PREFIXES = ("/static/", "/docs", "/openapi.json", "/analyze")


class ResponseCache:
    def __init__(self, app, watch_of, max_bytes: int = 64 << 20, shared_of=None, writable: bool = False):
        self.app = app
        self.watch_of = watch_of  # () -> the store's ChangeWatch, or None when no store is open yet
        self.shared_of = shared_of  # () -> the store's SharedPages (store/pages.py), or None
        self.max_bytes = max_bytes
        self.writable = writable
        self.max_entry = max(max_bytes // 16, 1)
        self._entries: OrderedDict = OrderedDict()  # key -> (generation, start message, body, etag)
        self._size = 0
        self._lock = threading.Lock()

    async def __call__(self, scope, receive, send):
        if (self.max_bytes <= 0 or scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD")
                or scope.get("path", "").startswith(SKIP_PREFIXES)):
            return await self.app(scope, receive, send)
        watch = self.watch_of()
        if watch is None:
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        key = (scope["method"], scope.get("path"), scope.get("query_string"), headers.get(b"host"),
               headers.get(b"accept"), b"gzip" in headers.get(b"accept-encoding", b""), headers.get(b"authorization"),
               self.writable)  # pages differ when writes are enabled (the actor page's correction forms)
        gen = watch.generation()
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == gen:
                self._entries.move_to_end(key)
            else:
                hit = None
        shared = None
        if hit is None:
            shared = self._shared(watch, key, headers)
            if shared is not None:
                pages, skey, sgen = shared
                got = pages.get(skey, sgen)
                if got is not None:  # another process (or an earlier server) computed it for this generation
                    status, hdrs, body, etag = got
                    hit = (gen, {"type": "http.response.start", "status": status, "headers": hdrs}, body, etag)
                    self._keep(key, hit)
        if hit is not None:
            _, start, body, etag = hit
            if etag in _etags(headers.get(b"if-none-match", b"")):
                return await _not_modified(send, etag)
            await send(start)
            await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
            return
        await self._compute(scope, receive, send, key, gen, headers, shared)

    def _shared(self, watch, key, headers):
        return shared_tier(self.shared_of, watch, key, bool(headers.get(b"authorization")))

    def _keep(self, key, entry) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old[2])
            self._entries[key] = entry
            self._size += len(entry[2])
            while self._size > self.max_bytes and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped[2])

    async def _compute(self, scope, receive, send, key, gen, headers, shared=None):
        """Run the app, holding its answer back until it is complete (pages are not streamed), then keep it."""
        start, chunks, size = None, [], 0
        passing = False  # the answer is not kept: forwarded as it comes

        async def capture(message):
            nonlocal start, size, passing
            if passing:
                return await send(message)
            if message["type"] == "http.response.start":
                start = message
                if message.get("status") != 200:
                    passing = True
                    await send(message)
                return
            if message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > self.max_entry:  # too big to keep: send what we hold and pass the rest through
                    passing = True
                    await send(start)
                    await send({"type": "http.response.body", "body": b"".join(chunks), "more_body": True})
                    if not message.get("more_body"):
                        await send({"type": "http.response.body", "body": b"", "more_body": False})
                    return
                if not message.get("more_body"):
                    await self._finish(send, key, gen, start, b"".join(chunks), headers, scope["method"], shared)
                return
            await send(message)

        await self.app(scope, receive, capture)

    async def _finish(self, send, key, gen, start, body, headers, method, shared=None):
        etag = '"%s"' % hashlib.blake2b(body, digest_size=12).hexdigest()
        start = dict(start, headers=[h for h in start.get("headers") or [] if h[0].lower() != b"etag"]
                     + [(b"etag", etag.encode())])
        if method == "GET":
            self._keep(key, (gen, start, body, etag.encode()))
            if shared is not None:
                pages, skey, sgen = shared
                pages.put(skey, sgen, start["status"], start["headers"], body, etag.encode())
        if etag.encode() in _etags(headers.get(b"if-none-match", b"")):
            return await _not_modified(send, etag.encode())
        await send(start)
        await send({"type": "http.response.body", "body": body})


def shared_tier(shared_of, watch, key: tuple, credentials: bool):
    """(pages, key, generation) of the pages shared with the other processes for what is kept under ``key``
    (answers here, view data in serve/memo.py), or None: none kept, a request with credentials (never shared), or
    no shared generation at the moment (the store changed and its shared generation did not move: what is shared
    may be stale, and is dropped)."""
    pages = shared_of() if shared_of is not None else None
    if pages is None or credentials:
        return None
    sgen = watch.shared()
    if sgen is None:
        pages.forget(watch.generation())
        return None
    return pages, pages.key(key), sgen


def _etags(value: bytes) -> set[bytes]:
    return {v.strip().removeprefix(b"W/") for v in value.split(b",") if v.strip()}


async def _not_modified(send, etag: bytes):
    await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", etag)]})
    await send({"type": "http.response.body", "body": b""})
