"""Constants and helpers shared by the serve tests (imported by conftest.py and the test modules)."""
from __future__ import annotations

from contextlib import contextmanager

from serve_gold import SHARED

TOKEN = "test-token-123"
BENCH = SHARED / "data" / "article-extraction-benchmark" / "html"
BENCH_PAGES = 3
XSS_ARTICLE = (
    "Mayor warns of a new threat in the city\n"
    "Mayor John Smith said on Monday that the council will meet next week. <script>alert(1)</script> "
    "The council has not decided yet, according to Reuters.\n"
    "\u201cWe will not let <b>anyone</b> <img src=x onerror=alert(2)> scare us,\u201d Smith told reporters.\n"
)


def ingest_into(url: str, raws) -> list:
    """Analyze raw documents with the real pipeline and store them with the store's write API."""
    from newsgraph import analyze_many
    from newsgraph.store import open_store
    recs = [r for r in analyze_many(list(raws)) if not isinstance(r, Exception)]
    with open_store(url) as st:
        return st.write_batch(recs)


@contextmanager
def browsing(db: str, chromium: str, token: str | None = None):
    """A real uvicorn server on 127.0.0.1 over the store ``db`` and a page of a headless Chromium: yields (base URL,
    page); both stop after."""
    import socket
    import threading
    import time

    import uvicorn
    from playwright.sync_api import sync_playwright

    from newsgraph.serve import create_app
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=port,
                                        log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=chromium, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
            try:
                yield f"http://127.0.0.1:{port}", b.new_page()
            finally:
                b.close()
    finally:
        srv.should_exit = True
        th.join(timeout=10)
