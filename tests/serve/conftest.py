"""Fixtures of the serve tests: a real SQLite store built once per session through the real pipeline (the seed
page, an article containing <script>, and a few pages of the article-extraction benchmark), and clients."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serve_gold import SEED  # noqa: E402
from serve_helpers import BENCH, BENCH_PAGES, TOKEN, XSS_ARTICLE, ingest_into  # noqa: E402,F401


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> str:
    from newsgraph.ingest import read
    from newsgraph.ingest.base import RawDocument
    path = tmp_path_factory.mktemp("serve") / "serve.db"
    raws = [RawDocument(source="seed/article.txt", text=SEED.read_text(encoding="utf-8"))]
    raws.append(RawDocument(source="xss.txt", text=XSS_ARTICLE, published="2025-09-05"))
    pages = sorted(BENCH.glob("*.html.gz"))[:BENCH_PAGES]
    raws += [r for r in read([str(p) for p in pages]) if isinstance(r, RawDocument)]
    outcomes = ingest_into(str(path), raws)
    assert len(outcomes) >= 2
    return str(path)


@pytest.fixture(scope="session")
def app(db_path):
    from newsgraph.serve import create_app
    return create_app(db_path, token=TOKEN)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def seed_id(client) -> str:
    items = client.get("/documents", params={"limit": 500}).json()["items"]
    (doc,) = [d for d in items if d["source"] == "seed/article.txt"]
    return doc["id"]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium. Skipped when absent, except in CI (env CI set), where its absence fails."""
    import shutil
    path = os.environ.get("NEWSGRAPH_TEST_CHROMIUM") or shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if not path or not os.path.exists(path):
        if os.environ.get("CI"):
            pytest.fail("chromium not found (NEWSGRAPH_TEST_CHROMIUM unset and no chromium on PATH) but CI is set")
        pytest.skip("chromium not found: apt-get install chromium (or set NEWSGRAPH_TEST_CHROMIUM)")
    return path
