"""The analyst's workbench over HTTP (issue 19): filters that filter on every list (JSON and the web pages),
unknown parameters 422 naming the known ones, pages that say how many more, quote pages with every report, Atom
feeds that feedparser reads back and that keep only what was stored after a time, JSON links on every page."""
from __future__ import annotations

import feedparser
import pytest

LISTS = ["/documents", "/search?q=Zelensky", "/actors", "/quotes", "/events", "/stories", "/timeline?actor=Zelensky",
         "/feed?format=json"]


def _get(client, url, **params):
    r = client.get(url, params=params, headers={"accept": "application/json"})
    assert r.status_code == 200, (url, params, r.text[:300])
    return r.json()


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_parameter_is_a_422_naming_the_known_ones(client, url):
    r = client.get(url, params={"outlett": "CNN"}, headers={"accept": "application/json"})
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert "outlett" in detail and "limit" in detail


@pytest.mark.parametrize("url, key", [("/events", "outlet"), ("/quotes", None), ("/documents", "outlet")])
def test_outlet_filters(client, url, key):
    everything = _get(client, url, limit=500)
    outlets = sorted({it.get("outlet") or (it.get("first_report") or {}).get("outlet") for it in everything["items"]}
                     - {None})
    assert outlets, everything["items"][:2]
    one = outlets[0]
    page = _get(client, url, outlet=one, limit=500)
    assert 0 < page["total"] < everything["total"] or len(outlets) == 1
    if key:
        assert all(one.lower() in (it[key] or "").lower() for it in page["items"])


@pytest.mark.parametrize("url, params, check", [
    ("/events", {"factuality": "negated"}, lambda it: it["factuality"] == "negated"),
    ("/events", {"type": "CONSULT"}, lambda it: it["type"] == "CONSULT"),
    ("/events", {"actor": "Putin", "role": "actor"}, lambda it: any("Putin" in a["name"] for a in it["actors"])),
    ("/quotes", {"speaker": "Zelensky"}, lambda it: "Zelensky" in it["speaker"]),
    ("/quotes", {"kind": "direct"}, lambda it: it["kind"] == "direct"),
    ("/quotes", {"since": "2025-09-01"}, lambda it: (it["date"] or "") >= "2025-09-01"),
    ("/documents", {"language": "en"}, lambda it: it["language"] == "en"),
    ("/actors", {"type": "PERSON"}, lambda it: it["type"] == "PERSON"),
    ("/stories", {"min_docs": 1, "actor": "Zelensky"}, lambda it: it["n_docs"] >= 1),
])
def test_each_filter_keeps_only_what_it_says(client, url, params, check):
    page = _get(client, url, limit=500, **params)
    assert page["items"], (url, params)
    bad = [it for it in page["items"] if not check(it)]
    assert not bad, bad[:2]
    assert page["total"] <= _get(client, url, limit=500)["total"]


def test_since_with_and_without_undated(client):
    dated = _get(client, "/quotes", since="2025-09-01", limit=500)
    both = _get(client, "/quotes", since="2025-09-01", include_undated="yes", limit=500)
    assert both["total"] > dated["total"]
    assert any(q["date"] is None for q in both["items"])


def test_actors_by_outlet_and_date(client):
    everything = _get(client, "/actors", limit=500)["total"]
    assert 0 < _get(client, "/actors", since="2025-09-05", limit=500)["total"] < everything
    assert _get(client, "/actors", outlet="no such outlet")["total"] == 0


def test_story_pages_its_lists_and_says_how_many_more(client):
    sid = _get(client, "/stories", actor="Zelensky")["items"][0]["id"]
    full = _get(client, f"/stories/{sid}", limit=500)
    small = _get(client, f"/stories/{sid}", limit=1)
    assert len(small["timeline"]["items"]) == 1
    assert small["timeline"]["more"] == full["timeline"]["total"] - 1 > 0
    second = _get(client, f"/stories/{sid}", limit=1, offset=1)
    assert second["timeline"]["items"][0] == full["timeline"]["items"][1]


def test_a_page_says_how_many_more(client):
    page = _get(client, "/quotes", limit=2)
    assert page["more"] == page["total"] - 2 > 0
    html = client.get("/quotes", params={"limit": 2}, headers={"accept": "text/html"}).text
    assert f"{page['total'] - 2} more" in html or "Next" in html


# -- the web pages take the same filters ----------------------------------------------------------------------------
@pytest.mark.parametrize("url, params, present, absent", [
    ("/quotes", {"speaker": "Putin"}, "Vladimir Putin", "Emmanuel Macron"),
    ("/events", {"factuality": "negated"}, "badge fact\">negated", "badge ev\">CONSULT"),
    ("/actors", {"type": "GPE"}, "Ukraine", "Emmanuel Macron"),
])
def test_web_pages_filter_and_show_the_form(client, url, params, present, absent):
    html = client.get(url, params=params, headers={"accept": "text/html"}).text
    assert present in html and absent not in html
    for name in params:
        assert f'name="{name}"' in html


def test_search_takes_the_outlet_filter(client):
    assert _get(client, "/search", q="Zelensky")["total"] > 0
    assert _get(client, "/search", q="Zelensky", outlet="no such outlet")["total"] == 0


def test_a_web_page_with_an_unknown_parameter_says_so(client):
    r = client.get("/events", params={"colour": "red"}, headers={"accept": "text/html"})
    assert r.status_code == 422 and "colour" in r.text


# -- quote pages --------------------------------------------------------------------------------------------------
def test_a_quote_page_lists_its_reports_with_the_first_marked(client):
    q = _get(client, "/quotes", speaker="Putin")["items"][0]
    full = _get(client, f"/quotes/{q['id']}")
    assert full["reports"] and full["reports"][0]["doc_id"] and full["reports"][0]["text"]
    html = client.get(f"/quotes/{q['id']}", headers={"accept": "text/html"}).text
    assert "first report" in html and full["reports"][0]["doc_id"] in html
    listing = client.get("/quotes", params={"speaker": "Putin"}, headers={"accept": "text/html"}).text
    assert f"/quotes/{q['id']}" in listing


# -- feeds ------------------------------------------------------------------------------------------------------------
def test_the_atom_feed_reads_back_with_the_same_items(client):
    data = _get(client, "/feed", format="json", limit=30)
    r = client.get("/feed", params={"limit": 30})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.text)
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == len(data["items"]) > 0
    assert all(e.title and e.link and e.updated for e in feed.entries)


def test_a_feed_keeps_only_what_was_stored_after_a_time(client):
    assert len(feedparser.parse(client.get("/feed", params={"ingested_since": "2999-01-01"}).text).entries) == 0
    assert len(feedparser.parse(client.get("/feed", params={"ingested_since": "2000-01-01"}).text).entries) > 0


@pytest.mark.parametrize("url", ["/quotes?format=atom&speaker=Zelensky", "/events?format=atom",
                                 "/search?q=Zelensky&format=atom", "/timeline?actor=Zelensky&format=atom"])
def test_every_list_has_its_feed(client, url):
    r = client.get(url)
    assert r.status_code == 200 and "atom" in r.headers["content-type"], (url, r.status_code, r.text[:200])
    feed = feedparser.parse(r.text)
    assert not feed.bozo and feed.entries, url


def test_an_outlet_feed_has_only_that_outlet(client):
    outlet = _get(client, "/events", limit=1, sort="ingested")["items"][0]["outlet"]
    if not outlet:
        pytest.skip("no outlet on the latest event")
    data = _get(client, "/feed", format="json", outlet=outlet, limit=100)
    assert data["items"] and all(outlet.lower() in (it.get("outlet") or (it.get("first_report") or {})
                                                    .get("outlet") or "").lower() for it in data["items"])


# -- JSON links -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/", "/quotes", "/events", "/actors", "/stories", "/documents"])
def test_the_json_link_of_every_page_answers_json(client, url):
    import re
    html = client.get(url, headers={"accept": "text/html"}).text
    m = re.search(r'href="([^"]*format=json[^"]*)"', html)
    assert m, url
    r = client.get(m.group(1).replace("&amp;", "&"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")


def test_the_analyze_page_has_no_broken_json_link(client):
    html = client.get("/analyze", headers={"accept": "text/html"}).text
    assert "format=json" not in html


# -- the analyze box --------------------------------------------------------------------------------------------------
def test_the_analyze_box_detects_an_html_page_by_default(client):
    html = client.get("/analyze", headers={"accept": "text/html"}).text
    assert '<option value="detect" selected>' in html
    page = ("<html><head><title>Bridge opens</title></head><body><nav><a href='/'>Home</a></nav><article><p>Mayor "
            "Jan Novak said on Monday that the new bridge over the river will open in the spring.</p><p>The work "
            "cost less than planned, the council said.</p></article></body></html>")
    r = client.post("/analyze", data={"text": page, "as": "detect"}, headers={"accept": "text/html"})
    result = r.text.split("</textarea>", 1)[1]  # the analysis below the box (the box keeps the page as pasted)
    assert r.status_code == 200 and "Jan Novak" in result
    assert "&lt;p&gt;" not in result and "&lt;article&gt;" not in result


def test_a_list_whose_filters_mean_nothing_to_a_feed_offers_none(client):
    html = client.get("/actors", params={"type": "PERSON"}, headers={"accept": "text/html"}).text
    assert "format=atom" not in html  # /feed?type=PERSON would be a 422: type there is an event's type
    r = client.get("/documents", params={"outlet": "x", "format": "atom"}, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"].startswith("/feed?")
