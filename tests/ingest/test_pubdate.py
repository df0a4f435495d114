"""A page's publication day as its reader gives it (ingest/pubdate.py): the byline's day in the zone it prints.
The page shapes below are written for these tests."""
import pytest

from newsgraph.ingest.pubdate import byline_stamp, publication_day, publication_source

HEAD = "<html><head><title>x</title><script>var d = 'Nov 21, 2019 1:00 pm ET';</script></head><body>"


def page(byline: str, body: str = "<p>The council voted on the budget.</p>") -> str:
    return f"{HEAD}<nav>Home | World</nav><h1>Budget vote</h1><div class='byline'>{byline}</div>{body}</body></html>"


def test_a_byline_stamp_with_a_zone_is_read_in_its_shapes():
    assert byline_stamp(page("By Ann Lee | Nov 18, 2019 at 9:24 pm ET")) == "2019-11-18"
    assert byline_stamp(page("Nov. 18, 2019 7:04 pm ET")) == "2019-11-18"
    assert byline_stamp(page("Published 11:26 pm EST, Tuesday, November 19, 2019")) == "2019-11-19"
    assert byline_stamp(page("November 18, 2019 -- 19:14 GMT (19:14 GMT)")) == "2019-11-18"
    assert byline_stamp(page("18 November 2019, 22:05 BST")) == "2019-11-18"
    assert byline_stamp(page("Updated 0339 GMT (1139 HKT) November 19, 2019")) == "2019-11-19"


def test_no_stamp_from_scripts_dates_without_a_clock_or_a_clock_without_a_zone():
    assert byline_stamp(page("By Ann Lee")) is None  # the script's stamp is not shown
    assert byline_stamp(page("November 18, 2019")) is None  # no clock: maybe the furniture's 'today'
    assert byline_stamp(page("Nov 18, 2019 at 9:24 pm")) is None  # no zone: a comment's time, a local clock
    assert byline_stamp(page("<!-- Nov 18, 2019 9:24 pm ET -->")) is None


def test_an_update_stamp_counts_only_without_a_first_one():
    assert byline_stamp(page("Nov 18, 2019 9:24 pm ET | Updated Nov 19, 2019 8:00 am ET")) == "2019-11-18"
    assert byline_stamp(page("Updated 11:21 pm CST, Tuesday, November 19, 2019")) == "2019-11-19"


def meta(day: str, html: str) -> str:
    return f"<meta property='article:published_time' content='{day}T02:24:00Z'>" + html


def test_an_evening_page_in_the_americas_takes_its_byline_day_not_the_utc_day():
    html = page("Nov 18, 2019 at 9:24 pm ET")
    assert publication_source("2019-11-19", None, meta("2019-11-19", html)) == ("2019-11-18", "byline")
    # the metadata day stands when the byline agrees, is later (furniture, updates) or more than a day earlier
    assert publication_day("2019-11-18", None, meta("2019-11-18", html)) == "2019-11-18"
    assert publication_day("2019-11-17", None, meta("2019-11-17", html)) == "2019-11-17"
    assert publication_day("2019-11-21", None, meta("2019-11-21", html)) == "2019-11-21"
    assert publication_day("2019-11-19", None, meta("2019-11-19", page("No stamp here"))) == "2019-11-19"
    # the URL's day wins over both
    assert publication_day("2019-11-19", "https://example.com/2019/11/19/budget", html) == "2019-11-19"
    # no metadata: the stamp; nothing at all: none
    assert publication_source(None, None, html) == ("2019-11-18", "byline")
    assert publication_source(None, None, page("By Ann Lee")) == (None, "none")


def test_the_html_reader_gives_the_byline_day():
    from newsgraph.ingest.html import from_html
    body = "<article><p>" + "The council voted on the budget after a long debate. " * 30 + "</p></article>"
    html = ("<html><head><meta property='article:published_time' content='2019-11-19T02:24:00Z'></head><body>"
            "<h1>Budget vote</h1><div class='byline'>Nov 18, 2019 at 9:24 pm ET</div>" + body + "</body></html>")
    assert from_html(html, source="x.html").published == "2019-11-18"


def test_an_anchor_in_a_feed_s_rfc822_form_is_the_day_in_its_own_offset():
    from newsgraph.understand.dates.calendar import parse_published
    assert str(parse_published("Mon, 18 Nov 2019 21:24:00 -0500")) == "2019-11-18"
    assert str(parse_published("2019-11-18T21:24:00-05:00")) == "2019-11-18"  # ISO: the day in its offset
    assert str(parse_published("18 Nov 2019")) == "2019-11-18"
    assert parse_published("Mon, 31 Feb 2019 10:00:00 GMT") is None and parse_published("soon") is None
    from newsgraph.understand.dates import extract_dates
    got = {d.text: d.value for d in extract_dates("The mayor resigned yesterday.", "en",
                                                  "Mon, 18 Nov 2019 21:24:00 -0500")}
    assert got.get("yesterday") == "2019-11-17"


def test_a_date_the_page_holds_only_in_a_comment_script_is_dropped_better_none():
    from newsgraph.ingest.pubdate import held_by_page
    comments = "<script>document.write('<b>Tanya</b> <i>2018-02-24 10:15:59</i> Great diet!');</script>"
    html = page("By the editors", "<p>The diet works.</p>" + comments)
    assert not held_by_page(html, "2018-02-24")
    assert publication_source("2018-02-24", None, html) == (None, "none")
    # held where a reader or the publisher's metadata would hold it: kept
    assert held_by_page(page("Posted 24/02/2018"), "2018-02-24")
    assert held_by_page(page("publiziert am 24. Februar 2018"), "2018-02-24")  # a month name in another language
    assert held_by_page(page("<a href='/news/20180224/diet'>x</a>"), "2018-02-24")  # a compact date in a link
    assert held_by_page("<meta property='article:published_time' content='2018-02-24T10:00:00Z'>" + page("x"),
                        "2018-02-24")
    assert held_by_page(page("x") + '<script type="application/ld+json">{"datePublished": "2018-02-24"}</script>',
                        "2018-02-24")
    assert held_by_page(page("x") + '<script>window.state = {"publishedAt": "2018-02-24T10:00:00Z"};</script>',
                        "2018-02-24")
    assert publication_day("2018-02-24", "https://example.com/2018/02/24/diet", html) == "2018-02-24"  # the URL's


# -- a plain text's dateline (tryout r13: a wire copy saved as .txt came out with no publication date, so every item
# of it was undated) ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("Budget deal passes\n\nWASHINGTON, March 14, 2024 (Reuters) - The Senate passed the deal.", "2024-03-14"),
    ("NEW YORK, Nov. 5, 2019 /PRNewswire/ -- The company said.", "2019-11-05"),
    ("Storm closes port\nBy Jane Roe\nMarch 3, 2021\nThe harbor closed.", "2021-03-03"),
    ("Published: 14 March 2024\nThe council met.", "2024-03-14"),
    ("Москва, 14 марта 2024 года. Министр заявил, что переговоры продолжатся.", "2024-03-14"),
    ("Київ, 3 березня 2022 р. Президент заявив, що переговори тривають.", "2022-03-03"),
])
def test_a_dateline_dates_a_plain_text(tmp_path, text, day):
    from newsgraph.ingest import read
    f = tmp_path / "wire.txt"
    f.write_text(text, encoding="utf-8")
    (raw,) = list(read([str(f)]))
    assert raw.published == day


@pytest.mark.parametrize("text", [
    "The senator said on March 14, 2024 that the plan would work.",  # a date in the body, no dateline
    "In May 2011, the firm said it would close the plant.",
    # a line that opens with a date and goes on is the story's (review r13)
    "Годовщина Победы\n\n9 мая 1945 года в Москве прошел первый парад. В четверг ветераны пришли.",
    "Senate passes budget bill\n\nMarch 14, 2024 was a day lawmakers will remember.",
    "Timeline of the war\nFeb. 24, 2022: Russian troops invade Ukraine.",
    "Challenger remembered\n\nJanuary 28, 1986\n\nThe shuttle broke apart after launch.",  # no byline above it
    "Sources, March 14, 2024 will tell.",
])
def test_a_date_in_the_body_is_no_dateline(text):
    from newsgraph.ingest.pubdate import dateline_day
    assert dateline_day(text) is None


def test_the_file_names_day_comes_first(tmp_path):
    from newsgraph.ingest import read
    f = tmp_path / "post_2024-03-15_budget.txt"
    f.write_text("WASHINGTON, March 14, 2024 (Reuters) - The Senate passed the deal.", encoding="utf-8")
    (raw,) = list(read([str(f)]))
    assert raw.published == "2024-03-15"


def test_a_dateline_with_a_state_and_a_posted_on_label():
    """Tryout r15: a dateline with a US state ("SPRINGFIELD, Ill., March 14, 2024 (AP) —", "ALBANY, N.Y. — March
    14, 2024 —") or "Posted on March 14, 2024 by admin" gave no publication date."""
    from newsgraph.ingest.pubdate import dateline_day
    assert dateline_day("SPRINGFIELD, Ill., March 14, 2024 (AP) — The governor said on Tuesday.") == "2024-03-14"
    assert dateline_day("ALBANY, N.Y. — March 14, 2024 — The state budget passed.") == "2024-03-14"
    assert dateline_day("Posted on March 14, 2024 by admin\nThe council met.") == "2024-03-14"
    assert dateline_day("Paris, Texas, is a town. March 14, 2024 was a warm day.") is None
