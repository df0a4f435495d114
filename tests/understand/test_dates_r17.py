"""understand.dates, round 17 (issue 18): a named day of the US calendar (Inauguration Day), a broadcast whose name
holds a day word, and a weekday that names a happening a past verb of naming does not tell of. The sentences are made
up for the tests."""

from newsgraph.ingest.base import RawDocument


def run(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return rec.dates


def dates(date_pipe, text, published, lang=None):
    return {d.text: d for d in run(date_pipe, text, published, lang)}


def test_inauguration_day_is_the_coming_or_the_last_january_20(date_pipe):
    got = dates(date_pipe, "The next president will need a plan well before Inauguration Day.", "2016-09-10")
    assert got["Inauguration Day"].value == "2017-01-20"
    got = dates(date_pipe, "Protesters marched in the capital on Inauguration Day.", "2017-03-02")
    assert got["Inauguration Day"].value == "2017-01-20"


def test_a_broadcast_named_with_a_weekday_is_no_day(date_pipe):
    got = dates(date_pipe, "The governor told Fox News Sunday that the plan was dead.", "2016-09-28")
    assert "Sunday" not in got
    got = dates(date_pipe, "On this weekend's broadcast of “Fox News Sunday,” the senator said he would run.",
                "2016-09-25")
    assert "Sunday" not in got and got["this weekend"].span == "2016-09-24/2016-09-25"
    # an outlet followed by a weekday that is no program's name keeps the day
    got = dates(date_pipe, "The governor told CNN Sunday that the plan was dead.", "2016-09-28")
    assert got["Sunday"].value == "2016-09-25"


def test_a_happening_a_past_verb_of_naming_is_about_is_the_nearest_day(date_pipe):
    # 2016-09-25 is a Sunday: the preview is past, the debate it is about is the coming Monday (one day ahead, not six
    # days back); written on the Thursday after, the same words name the Monday just past
    got = dates(date_pipe, "The candidate previewed Monday's debate in a long interview.", "2016-09-25")
    assert got["Monday"].value == "2016-09-26"
    got = dates(date_pipe, "The candidate previewed Monday's debate in a long interview.", "2016-09-29")
    assert got["Monday"].value == "2016-09-26"
