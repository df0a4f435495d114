"""A seeded generator of malformed requests over every endpoint (issue 14: no response is ever a 500)."""
from __future__ import annotations

import json
import random

GET_PATHS = ["/", "/analyze", "/docs", "/openapi.json", "/documents", "/documents/{id}", "/search", "/actors",
             "/actors/{id}", "/quotes", "/events", "/stories", "/stories/{id}", "/timeline", "/graph",
             "/static/{id}", "/nowhere/{id}"]
PARAMS = ["limit", "offset", "q", "since", "until", "outlet", "type", "speaker", "about", "actor", "format", "story"]
NASTY_VALUES = [
    "9223372036854775808", "-1", "1e309", "NaN", "0x10", "9" * 5000, "-" + "9" * 400, "1.5", "", " ", "%", "_",
    "%25", "%_%", "\\", "'", "\"", "' OR 1=1 --", "\"; DROP TABLE documents; --", "*", "\"unclosed", "NEAR(", "a OR",
    "AND", "(", ")", "^", "{", "%ED%A0%80", "%FF%FE", "%C0%AF", "%E2%80%AE", "<script>alert(1)</script>",
    "javascript:alert(1)", "x" * 300, "é" * 100, "日本語", "Путин", "2025-13-45", "2025-02-30", "0000", "99999",
    "2025-09", "json", "html", "xml", "../../etc/passwd", "..%2F..%2F", "%2e%2e%2f", "%09", "%0d%0aX-Injected:%201",
    "true", "null", "[]", "{}", "%F0%9F%98%80" * 50,
]
IDS = ["x", "%ED%A0%80", "%FF", "..", "%2e%2e", "a%2Fb", "x" * 5000, "%20", "Putin", "e1", "'", "%25", "%5C",
       "..%5C..%5Cwin.ini", "%F0%9F%98%80", "NaN", "-1", "9" * 5000]
BODIES = [
    b"", b"{", b"[]", b"null", b"1", b'"text"', b'{"text": 5}', b'{"text": ["a"]}', b'{"text": null}',
    b'{"text": ""}', b'{"text": "   "}', b'{"html": "<p>"}', b'{"text": "a", "html": "b"}', b'{"id": "x"}',
    b'{"text": "\\ud800 said the mayor"}', b'{"text": "\\udfff\\ud800"}', b'{"text": "ok", "id": "a/b"}',
    b'{"text": "ok", "id": "' + b"i" * 300 + b'"}', b'{"text": "ok", "published": 5}', b'{"text": "ok", "url": []}',
    b'{"text": "a", "n": ' + b"1" * 5000 + b"}", b'{"a": ' + b"[" * 3000 + b"]" * 3000 + b"}",
    b'{"a": ' + b'{"a": ' * 1200 + b"1" + b"}" * 1200 + b"}", b"\xff\xfe\x00t\x00e", b"\xed\xa0\x80", b"\x00" * 50,
    b'{"text": "ok"' + b" " * 1000, b"text=%ED%A0%80&as=text", b"text=" + b"&x=" * 500, b"as=evil&text=a",
    b"text=%FF%FE&as=detect", b"<html>" + b"<div>" * 5000 + b"</html>", b'{"text": NaN}', b'{"text": Infinity}',
    b'{"others": ["\\ud800"]}', b'{"others": "x"}', b'{"aliases": [1], "into": null}', b'{"type": "\\u0000"}',
    b'{"type": "ORG"}', b'{"aliases": ["' + b"a" * 400 + b'"]}', b"others=%ED%A0%80&token=x", b'{"others": []}',
]
CTYPES = ["application/json", "text/plain", "text/html", "application/x-www-form-urlencoded", "", "image/png",
          "application/json; charset=bogus", "text/plain; charset=utf-7", "text/plain; charset=utf-16",
          "application/json; charset=latin-1", "multipart/form-data; boundary=x", "application/xhtml+xml",
          "text/plain; charset=\"", "application/merge-patch+json"]
ACCEPTS = ["application/json", "text/html", "*/*", "", "text/html;q=0.1"]


def requests(seed: int, n: int, token: str):
    """``n`` malformed requests: (method, url, headers, body)."""
    rnd = random.Random(seed)
    for i in range(n):
        headers = {"accept": rnd.choice(ACCEPTS)}
        if rnd.random() < 0.3:
            method = "POST"
            path = rnd.choice(["/analyze", "/analyze", "/documents", "/actors", "/documents/x",
                               f"/actors/{rnd.choice(IDS)}/{rnd.choice(['merge', 'split', 'retype', 'ignore'])}"])
            if path == "/documents" or path.count("/") == 3 and rnd.random() < 0.7:
                headers["authorization"] = rnd.choice([f"Bearer {token}", "Bearer", "Basic x", f"bearer {token} x",
                                                       "Bearer \u00e9"])
            body = rnd.choice(BODIES)
            if rnd.random() < 0.2:  # a small valid article now and then
                body = json.dumps({"text": "Mayor Jan Novak said on Monday that the bridge will open.",
                                   "id": f"fz{seed}-{i}"}).encode()
            ctype = rnd.choice(CTYPES)
            if ctype:
                headers["content-type"] = ctype
            yield method, path, headers, body
            continue
        path = rnd.choice(GET_PATHS).replace("{id}", rnd.choice(IDS))
        parts = []
        for _ in range(rnd.randint(0, 4)):
            parts.append(f"{rnd.choice(PARAMS + ['zzz', 'limit', 'offset'])}={rnd.choice(NASTY_VALUES)}")
        url = path + ("?" + "&".join(parts) if parts else "")
        yield rnd.choice(["GET", "GET", "GET", "HEAD"]), url, headers, None


def run(client, seed: int, n: int, token: str) -> dict:
    """Send the requests; returns {status: count} and fails on any 5xx or traceback."""
    seen: dict = {}
    bad = []
    for method, url, headers, body in requests(seed, n, token):
        raw_headers = {k: v.encode("latin-1") for k, v in headers.items()}
        r = client.request(method, url, headers=raw_headers, content=body)
        seen[r.status_code] = seen.get(r.status_code, 0) + 1
        if r.status_code >= 500 or "Traceback" in r.text:
            bad.append(f"{method} {url[:120]} {headers} {body[:80] if body else None!r} -> {r.status_code} "
                       f"{r.text[:200]}")
    assert not bad, "\n".join(bad[:20])
    return seen
