"""The same API over a PostgreSQL store (the server .ci/run starts; NEWSGRAPH_TEST_PG): the serve layer has no
SQL of its own, so one pass over the main endpoints shows the query layer answers the same shapes there."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from serve_helpers import TOKEN, ingest_into
from serve_gold import SEED
from newsgraph.ingest.base import RawDocument
from newsgraph.serve import create_app

pytestmark = pytest.mark.postgres


def test_api_over_postgresql(pg_url):
    (out,) = ingest_into(pg_url, [RawDocument(source="seed/article.txt", text=SEED.read_text(encoding="utf-8"))])
    with TestClient(create_app(pg_url, token=TOKEN)) as c:
        docs = c.get("/documents", params={"limit": 1}).json()
        assert docs["total"] == 1 and docs["items"][0]["id"] == out["doc_id"]
        d = c.get(f"/documents/{out['doc_id']}").json()
        assert d["record"]["document"]["title"].startswith("Zelensky responded")
        assert c.get("/search", params={"q": "security guarantees"}).json()["total"] == 1
        assert c.get("/actors/Putin").json()["name"] == "Vladimir Putin"
        zel = c.get("/quotes", params={"speaker": "Zelensky"}).json()
        assert zel["total"] >= 1 and all(q["speaker"] == "Volodymyr Zelensky" for q in zel["items"])
        g = c.get("/graph").json()
        assert {e["source"] for e in g["edges"]} <= {n["id"] for n in g["nodes"]}
        page = c.get(f"/documents/{out['doc_id']}", headers={"accept": "text/html"})
        assert page.status_code == 200 and page.text.count('class="hl quote') >= 11
        r = c.post("/documents", json={"text": "Mayor John Smith said on Monday that the bridge will reopen."},
                   headers={"authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201 and c.get("/documents").json()["total"] == 2


def test_malformed_requests_never_get_a_500_on_postgresql(pg_url):
    """The seeded fuzz of test_fuzz.py over a PostgreSQL store (NUL bytes, LIKE wildcards, FTS syntax, huge
    numbers reach PostgreSQL's own parsers here)."""
    import fuzz
    ingest_into(pg_url, [RawDocument(source="seed/article.txt", text=SEED.read_text(encoding="utf-8"))])
    with TestClient(create_app(pg_url, token=TOKEN), raise_server_exceptions=False) as c:
        seen = fuzz.run(c, seed=15, n=600, token=TOKEN)
    assert sum(seen.values()) == 600
