"""Constants and helpers shared by the serve tests (imported by conftest.py and the test modules)."""
from __future__ import annotations

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
