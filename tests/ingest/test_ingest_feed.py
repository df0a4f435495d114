"""RSS 2.0 and Atom feeds through feedparser: each entry is a document."""
from __future__ import annotations

from ingest_helpers import ATOM_FEED, gz, split

from newsgraph.ingest import read


def test_rss_entries(tmp_path, rss, pages):
    p = tmp_path / "daily.rss"
    p.write_bytes(rss)
    docs, errors = split(read([str(p)]))
    assert errors == []
    full, short, plain = docs
    assert [d.source for d in docs] == [f"{p}#entry 1", f"{p}#entry 2", f"{p}#entry 3"]
    assert all(d.format == "feed" and d.language == "en-us" for d in docs)
    # the feed's title names the outlet of its own site's entries; the first entry links to another site (an
    # aggregated article): its outlet comes from its own page and URL, never "Daily Example" (tryout r15)
    assert short.site_name == plain.site_name == "Daily Example" and full.site_name != "Daily Example"
    # content:encoded (a full page) goes through trafilatura: the article, not the teaser
    assert pages[0].first_paragraph[:100] in full.text and "Teaser only" not in full.text
    assert (full.title, full.url, full.id, full.published) == (
        "Full article", pages[0].url, "urn:news:1", "2025-09-04T10:00:00+00:00")
    # a short HTML description becomes plain text, paragraph by paragraph; the date keeps its own offset (its day is
    # the day where it was published, r12)
    assert short.text == "Leaders met in Paris on Thursday.\n\nTalks go on."
    assert short.published == "2025-09-05T09:15:00+03:00" and short.id == "urn:news:2"
    assert plain.text == "The council approved the budget by nine votes to four." and plain.published is None


def test_atom_entries_and_gzip(tmp_path):
    (tmp_path / "vesti.atom.gz").write_bytes(gz(ATOM_FEED.encode("utf-8")))
    docs, errors = split(read([str(tmp_path / "vesti.atom.gz")]))
    assert errors == []
    first, second = docs
    assert first.text == "Лидеры «коалиции желающих» встретились в Париже.\n\nОб этом сообщает РБК."
    assert (first.title, first.url, first.id, first.author, first.site_name, first.published) == (
        "Встреча в Париже", "https://vesti.example/1", "urn:entry:1", "Иван Петров", "Вести дня",
        "2025-09-04T12:00:00+03:00")
    assert second.text == "Plain summary text of the second entry." and second.published == "2025-09-05T07:00:00+00:00"


def test_xml_feed_is_sniffed_and_other_xml_is_refused(tmp_path, rss):
    (tmp_path / "feed.xml").write_bytes(rss)
    (tmp_path / "feed-without-extension").write_bytes(rss)
    (tmp_path / "rss.xml.gz").write_bytes(gz(rss))
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url>'
                                          "</urlset>", encoding="utf-8")
    docs, errors = split(read([str(tmp_path)]))
    assert len(docs) == 9
    assert errors == [f"{tmp_path / 'sitemap.xml'}: not an RSS or Atom feed (root element <urlset>)"]


def test_broken_feeds(tmp_path, rss):
    (tmp_path / "garbage.rss").write_text("this is not XML at all", encoding="utf-8")
    (tmp_path / "cut-early.rss").write_bytes(rss[:150])
    cut = rss.index(b"<title>Plain text</title>") + 10
    (tmp_path / "cut-late.rss").write_bytes(rss[:cut])  # two complete entries, then the feed stops
    (tmp_path / "no-body.rss").write_text('<rss version="2.0"><channel><title>T</title><item><title>Only a title'
                                          "</title></item></channel></rss>", encoding="utf-8")
    docs, errors = split(read([str(tmp_path)]))
    assert [d.source for d in docs] == [f"{tmp_path / 'cut-late.rss'}#entry 1", f"{tmp_path / 'cut-late.rss'}#entry 2"]
    assert errors[0].startswith(f"{tmp_path / 'cut-early.rss'}: broken feed (")
    assert errors[1].startswith(f"{tmp_path / 'cut-late.rss'}: broken feed (") and errors[1].endswith(
        "; 2 of 3 entries read")
    assert errors[2].startswith(f"{tmp_path / 'garbage.rss'}: broken feed (")
    assert errors[3] == f"{tmp_path / 'no-body.rss'}#entry 1: feed entry without content or summary"
    assert len(errors) == 4 and all("\n" not in e for e in errors)


def test_a_feed_date_keeps_the_day_where_it_was_published(tmp_path):
    # a US evening item: 21:24 at -0500 is already the 19th in UTC, but the 18th for the article (dates4 r12)
    from newsgraph.ingest.feed import _local
    assert _local("Mon, 18 Nov 2019 21:24:00 -0500")[:10] == "2019-11-18"
    assert _local("Mon, 18 Nov 2019 21:24:00 EST")[:10] == "2019-11-18"
    assert _local("2019-11-18T21:24:00-05:00")[:10] == "2019-11-18"
    assert _local("not a date") is None


def test_an_aggregators_entries_keep_their_own_sites_and_a_bad_date_is_noted(tmp_path):
    """Tryout r15: every entry of "Mixed wire" had that feed's title as outlet, whatever site it came from; a date
    the feed could not read was dropped silently (a JSONL date gets a note in document.removed)."""
    import newsgraph
    p = tmp_path / "mixed.rss"
    p.write_text("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Mixed wire</title>
<item><title>One</title><link>https://www.space.com/one.html</link><pubDate>not a date</pubDate>
<description>The mayor said the new bridge would open in May, officials said on Monday.</description></item>
<item><title>Two</title><link>https://appleinsider.com/two</link>
<description>The company said its new laptop would ship in December to every market.</description></item>
</channel></rss>""", encoding="utf-8")
    docs, errors = split(read([str(p)]))
    assert errors == [] and [d.site_name for d in docs] == [None, None]
    rec = newsgraph.analyze_raw(docs[0])
    assert rec.document.published is None
    assert any(r.reason.startswith("published: not a date") and r.text == "not a date" for r in rec.document.removed)


def test_an_entry_holding_a_whole_escaped_page_keeps_its_article(tmp_path, truth):
    """Tryout r16: content:encoded holding a whole page, escaped (<html><head>… as &lt;html&gt;), came out as
    "&&&&&&&&" or "no text left after cleaning": feedparser's sanitizer cut the page; the article is read now."""
    from xml.sax.saxutils import escape

    from ingest_helpers import Page, full_id
    for i, pid in enumerate(("702d1da63b8e", "5fa3154ec031")):  # a New York Times and a Guardian page
        page = Page(full_id(pid), truth)
        body = page.html.decode("utf-8", "replace")
        p = tmp_path / f"whole{i}.rss"
        p.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Aggregator</title>
<link>https://agg.example/</link><description>crawl</description><item><title>A page</title>
<link>{escape(page.url)}</link><content:encoded>{escape(body)}</content:encoded></item></channel></rss>""",
                     encoding="utf-8")
        (doc,), errors = split(read([str(p)]))
        assert errors == [] and page.first_paragraph[:80] in doc.text, page.id
        assert "<script" not in doc.text and "function(" not in doc.text


def test_an_unclosed_script_in_a_description_cut_short_is_no_text():
    """Review r16: with feedparser's sanitizer off, a description cut inside a <script> kept the JavaScript."""
    from newsgraph.ingest.feed import fragment_text
    assert fragment_text("<p>Leaders met in Paris.</p><p>Talks go on.</p><script>var x = function(){ return 1; } "
                         "</body></html>") == "Leaders met in Paris.\n\nTalks go on."
    assert fragment_text("<p>Leaders met.</p><style>p{color:red}</style><p>More.</p>") == "Leaders met.\n\nMore."
