"""Helpers of the reader tests: pages of the article-extraction benchmark, and WARC files and feeds written
from them here (with warcio, as a crawler would)."""
from __future__ import annotations

import gzip
import io
from pathlib import Path


SHARED = Path(__file__).parents[2] / ".." / "shared"
BENCH = SHARED / "data" / "article-extraction-benchmark"

# Small real pages whose first paragraph trafilatura extracts (VW concept car, NASA on Europa, map of Titan, WeWork).
PAGE_IDS = (
    "06ee193de4bd",
    "14cc2a0ca59c",
    "359fee228518",
    "06e5123e4ef7",
)
RUSSIAN_PAGE = "3c6d3381ef52"

# An article page without any date, to see WARC-Date used as the publication date.
UNDATED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens after the storm</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour reopens after the storm</h1>
<p>The port authority said on Monday that the harbour had reopened to shipping after three days of closure, and
that the first container ships were already being unloaded at the northern quay.</p>
<p>"We worked through the night to clear the channel," the harbour master told reporters, adding that damage to
the breakwater would take several months to repair and that pilots would guide every vessel until then.</p>
<p>Fishermen, who lost most of a week of work, welcomed the news but asked the city council for compensation for
the nets and boats that the storm destroyed along the southern beach.</p>
</article><footer>© Coastal News</footer></body></html>"""


def full_id(prefix: str) -> str:
    hits = sorted(BENCH.joinpath("html").glob(prefix + "*.html.gz"))
    assert hits, f"benchmark page {prefix} not found under {BENCH}"
    return hits[0].name.split(".")[0]


class Page:
    def __init__(self, pid: str, truth: dict):
        self.id = pid
        self.path = BENCH / "html" / f"{pid}.html.gz"
        self.html = gzip.decompress(self.path.read_bytes())
        self.url = truth[pid]["url"]
        self.first_paragraph = truth[pid]["articleBody"].split("\n")[0].strip()


def write_warc(pages: list[Page], compress: bool) -> bytes:
    """A WARC as a crawler writes it: warcinfo, then per page a request and a 200 text/html response; plus an
    image, a 404 page, a redirect and an undated article page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=compress)
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "newsgraph tests"}))

    def response(url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8",
                 date: str | None = None):
        hh = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                              protocol="HTTP/1.1")
        rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hh)
        if date:
            rec.rec_headers.replace_header("WARC-Date", date)
        w.write_record(rec)

    for p in pages:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        w.write_record(w.create_warc_record(p.url, "request", payload=io.BytesIO(b""), http_headers=req))
        response(p.url, p.html)
    response("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ctype="image/png")
    response("https://example.com/missing", b"<html><body><p>Not found</p></body></html>", status="404 Not Found")
    response("https://example.com/old", b"", status="301 Moved Permanently")
    response("https://coastal.example/harbour", UNDATED_PAGE.encode("utf-8"), date="2025-09-04T08:30:00Z")
    return out.getvalue()


def rss_feed(pages: list[Page]) -> bytes:
    """An RSS 2.0 feed: one entry with a full article in content:encoded, one with a short HTML description, one
    with a plain-text description."""
    from xml.sax.saxutils import escape
    body = pages[0].html.decode("utf-8")
    items = [
        f"""<item><title>Full article</title><link>{escape(pages[0].url)}</link><guid>urn:news:1</guid>
<pubDate>Thu, 04 Sep 2025 10:00:00 GMT</pubDate><description>Teaser only.</description>
<content:encoded><![CDATA[{body}]]></content:encoded></item>""",
        """<item><title>Short HTML</title><link>https://news.example/2</link><guid>urn:news:2</guid>
<pubDate>Fri, 05 Sep 2025 09:15:00 +0300</pubDate>
<description>&lt;p&gt;Leaders met in &lt;b&gt;Paris&lt;/b&gt; on Thursday.&lt;/p&gt;&lt;p&gt;Talks go on.&lt;/p&gt;</description></item>""",
        """<item><title>Plain text</title><link>https://news.example/3</link>
<description>The council approved the budget by nine votes to four.</description></item>""",
    ]
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Daily Example</title><link>https://news.example/</link><language>en-us</language><description>News</description>
""" + "\n".join(items) + "\n</channel></rss>\n").encode("utf-8")


ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Вести дня</title><id>urn:feed</id><updated>2025-09-04T12:00:00Z</updated>
<entry><title>Встреча в Париже</title><id>urn:entry:1</id><link href="https://vesti.example/1"/>
<published>2025-09-04T12:00:00+03:00</published><updated>2025-09-04T13:00:00+03:00</updated><author><name>Иван Петров</name></author>
<content type="html">&lt;p&gt;Лидеры «коалиции желающих» встретились в Париже.&lt;/p&gt;&lt;p&gt;Об этом сообщает РБК.&lt;/p&gt;</content></entry>
<entry><title>Second</title><id>urn:entry:2</id><link href="https://vesti.example/2"/><updated>2025-09-05T07:00:00Z</updated>
<summary>Plain summary text of the second entry.</summary></entry>
</feed>
"""


def split(items) -> tuple[list, list[str]]:
    """(documents, error messages) of what a reader yielded."""
    from newsgraph.errors import InputError
    docs, errors = [], []
    for it in items:
        (errors.append(it.message) if isinstance(it, InputError) else docs.append(it))
    return docs, errors


def gz(data: bytes) -> bytes:
    return gzip.compress(data)

