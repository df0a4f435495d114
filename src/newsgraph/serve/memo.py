"""A page's data computed once for both of its answers: the JSON answer and the web page of one URL are made from
the same view dict (serve/views.py), but the page cache (serve/cache.py) keeps answers, so a browser asking for the
web page after a client asked for the JSON (or the other way round) made the server compute the same dict twice.

:func:`view_data` keeps each view's dict, serialized as the JSON answer would be (compact: a dict of Python objects
takes several times its JSON's room), keyed by the URL without ``format`` and by the store's generation, like the
pages: in this process (``max_bytes``, least recently used first out) and in the pages shared by the server
processes of a SQLite store (store/pages.py), so that another process's web page is made from this one's data.
A request with credentials keeps its data in its process. The dict handed back on a hit is read back from that
JSON: exactly what the JSON answer carries.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Callable


class DataMemo:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._entries: OrderedDict = OrderedDict()  # key -> (generation, JSON bytes)
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key, generation) -> bytes | None:
        with self._lock:
            hit = self._entries.get(key)
            if hit is None or hit[0] != generation:
                return None
            self._entries.move_to_end(key)
            return hit[1]

    def put(self, key, generation, body: bytes) -> None:
        if len(body) > self.max_bytes // 16:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old[1])
            self._entries[key] = (generation, body)
            self._size += len(body)
            while self._size > self.max_bytes and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped[1])


def dumps(data) -> bytes:
    """The JSON answer's bytes (as starlette's JSONResponse renders them)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


def view_data(request, compute: Callable[[], dict]) -> dict:
    """``compute()``, or the dict an earlier request of the same URL (in either format) computed for the store as it
    is now."""
    credentials = request.headers.get("authorization")
    key = ("data", request.url.path, tuple(sorted((k, v) for k, v in request.query_params.multi_items()
                                                  if k != "format")), credentials)
    return kept(request.app, key, compute, shared_ok=not credentials)


def kept(app, key: tuple, compute: Callable[[], dict], shared_ok: bool = True) -> dict:
    """``compute()``, or what it gave under ``key`` for the store as it is now (in this process, or in another
    process of the server when ``shared_ok``). Also for a part two pages show: an actor's timeline is on the
    actor's page and on /timeline."""
    memo: DataMemo | None = getattr(app.state, "memo", None)
    if memo is None:
        return compute()
    from .views import store_of
    try:
        watch = store_of(app).watch()
    except Exception:  # noqa: BLE001 - no store: the view says so itself
        return compute()
    generation = watch.generation()
    body = memo.get(key, generation)
    shared = None
    if body is None:
        from .cache import shared_tier
        shared = shared_tier(getattr(app.state, "shared_of", None), watch, key, not shared_ok)
        got = shared[0].get(shared[1], shared[2]) if shared is not None else None
        if got is not None:
            body = got[2]
            memo.put(key, generation, body)
    if body is not None:
        return json.loads(body)
    data = compute()
    body = dumps(data)
    memo.put(key, generation, body)
    if shared is not None:
        pages, skey, sgen = shared
        pages.put(skey, sgen, 200, [], body, b"")
    return data
