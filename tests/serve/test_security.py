"""Browser-side defences (issue 14): the Host allow-list (DNS rebinding), the Origin check of POSTs, only http(s)
links from stored data, the strict CSP and the standard headers on every response, /docs without inline script."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from serve_helpers import TOKEN
from newsgraph.serve import create_app

TEXT = {"text": "Mayor Jan Novak said on Monday that the bridge will open next week."}


@pytest.mark.parametrize("path", ["/", "/documents", "/documents?format=json", "/docs", "/openapi.json",
                                  "/static/style.css", "/nowhere", "/documents?offset=-1", "/analyze"])
def test_every_response_carries_the_security_headers(client, path):
    r = client.get(path, headers={"accept": "text/html"} if "json" not in path else {})
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY" and r.headers["referrer-policy"] == "same-origin"


def test_docs_page_has_no_inline_script(client):
    r = client.get("/docs")
    assert r.status_code == 200 and "swagger-ui-bundle.js" in r.text and "/static/swagger-init.js" in r.text
    import re
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", r.text), "an inline <script> on /docs"


def test_host_allow_list(db_path):
    app = create_app(db_path, token=TOKEN)
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/documents").status_code == 200
        for host in ("localhost:8000", "127.0.0.1", "[::1]:8000", "app.localhost:8000"):
            assert c.get("/documents", headers={"host": host}).status_code == 200, host
        r = c.get("/documents", headers={"host": "evil.example:8000"})
        assert r.status_code == 400 and "--allow-host evil.example" in r.json()["detail"]
        assert c.get("/documents", headers={"host": "127.0.0.1.evil.example"}).status_code == 400
    app = create_app(db_path, token=TOKEN, allow_hosts=["news.internal"])
    with TestClient(app, base_url="http://news.internal") as c:
        assert c.get("/documents").status_code == 200


def test_cross_site_posts_are_refused(client):
    form = {"content-type": "application/x-www-form-urlencoded"}
    r = client.post("/analyze", content=b"text=hi", headers={**form, "origin": "http://evil.example"})
    assert r.status_code == 403 and "other sites" in r.json()["detail"]
    assert client.post("/analyze", json=TEXT, headers={"origin": "null"}).status_code == 403
    assert client.post("/analyze", json=TEXT, headers={"sec-fetch-site": "cross-site"}).status_code == 403
    r = client.post("/documents", json=TEXT, headers={"origin": "http://localhost:9999",
                                                      "authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403  # another local port is another site
    ok = client.post("/analyze", json=TEXT, headers={"origin": "http://testserver", "sec-fetch-site": "same-origin"})
    assert ok.status_code == 200


def test_only_http_links_are_rendered(tmp_path):
    from newsgraph import analyze_raw
    from newsgraph.ingest.base import RawDocument
    from newsgraph.store import open_store
    recs = [analyze_raw(RawDocument(source=f"s{i}", text=TEXT["text"] + f" Item {i}.", url=u, id=f"d{i}"))
            for i, u in enumerate(["javascript:alert(3)", "https://example.com/a?b=1", " JaVaScRiPt:alert(4)",
                                   "data:text/html,<script>alert(5)</script>", "//evil.example/x"])]
    with open_store(str(tmp_path / "l.db")) as st:
        st.write_batch(recs)
    with TestClient(create_app(str(tmp_path / "l.db"))) as c:
        pages = {i: c.get(f"/documents/d{i}", headers={"accept": "text/html"}).text for i in range(5)}
    assert 'href="https://example.com/a?b=1"' in pages[1]
    for i in (0, 2, 3, 4):
        assert ">original</a>" not in pages[i] and "href=\"javascript" not in pages[i].lower()
        assert "not an http(s) link" in pages[i]
