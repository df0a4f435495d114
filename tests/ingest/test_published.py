"""A caller's publication date is read into ISO form at every entry point, or dropped with the reason (the
document kept); a plain text's dateline dates it whatever the entry point (a file, a JSONL line, the Python API, POST)."""
from __future__ import annotations

import json

import pytest

import newsgraph
from newsgraph.ingest.published import iso_published

TEXT = "The senator said on Friday that the bill would pass before the summer recess."


@pytest.mark.parametrize("given,iso", [
    ("2024-03-14", "2024-03-14"), ("2024-03", "2024-03"), ("2024", "2024"),
    ("2024-03-14T09:30:00+01:00", "2024-03-14T09:30:00+01:00"), ("2024-03-14 09:30", "2024-03-14T09:30"),
    ("14.03.2024", "2024-03-14"), ("14/03/2024", "2024-03-14"), ("03/14/2024", "2024-03-14"),
    ("2024/03/14", "2024-03-14"), ("March 14, 2024", "2024-03-14"), ("Sept. 3, 2019", "2019-09-03"),
    ("Thursday, March 14, 2024 10:00 ET", "2024-03-14"), ("14 Mar 2024", "2024-03-14"),
    ("14 марта 2024 года", "2024-03-14"), ("14 березня 2024 р.", "2024-03-14"),
    ("Thu, 14 Mar 2024 23:30:00 -0500", "2024-03-14"), ("  ", None), (None, None),
])
def test_the_shapes_a_caller_gives_are_read(given, iso):
    assert iso_published(given) == iso


@pytest.mark.parametrize("given,reason", [
    ("03/04/2024", "ambiguous"), ("soon", "not a date"), ("2024-13-01", "no such month"),
    ("31.02.2024", "no such day"), ("Smarch 3, 2024", "not a date"),
])
def test_what_is_no_date_is_refused_with_the_reason(given, reason):
    with pytest.raises(ValueError, match=reason):
        iso_published(given)


def test_the_python_api_reads_the_value_and_drops_what_is_no_date_with_the_reason():
    rec = newsgraph.analyze(TEXT, published="15.03.2024")
    assert rec.document.published == "2024-03-15"
    assert [d.value for d in rec.dates if d.text == "Friday"] == ["2024-03-15"]
    rec = newsgraph.analyze(TEXT, published="next week")  # the document is kept; the value is not stored as written
    assert rec.document.published is None
    assert [(r.reason, r.text) for r in rec.document.removed] == [("published: not a date (give YYYY-MM-DD)",
                                                                    "next week")]


@pytest.mark.parametrize("given", ["2024-03-14 09:30:00 UTC", "2024-03-14T09:30:00 +0100", "14.03.2024 10:30",
                                   "2024.03.14", "20240314", "2024-3-14", "14 мар 2024", "Published: March 14, 2024",
                                   "2024-03-14T09:30:00+01:00[Europe/Paris]", "14.03.2024, 10:30 MSK"])
def test_common_shapes_with_clocks_and_zones_give_their_day(given):
    assert iso_published(given) == "2024-03-14"


def test_a_dateline_dates_a_text_given_as_a_string():
    rec = newsgraph.analyze("WASHINGTON, March 14, 2024 (Reuters) - " + TEXT)
    assert rec.document.published == "2024-03-14"
    assert [d.value for d in rec.dates if d.text == "Friday"] == ["2024-03-08"]
    rec = newsgraph.analyze("Москва, 14 марта 2024 года. Министр заявил в пятницу, что переговоры продолжатся.")
    assert rec.document.published == "2024-03-14"
    assert newsgraph.analyze(TEXT).document.published is None  # no dateline: no date invented


def test_jsonl_values_are_read_and_a_bad_one_is_dropped_from_its_document(tmp_path):
    from newsgraph.ingest import read
    from newsgraph.pipeline import default_pipeline
    p = tmp_path / "news.jsonl"
    rows = [{"id": "a", "text": TEXT, "published": "March 15, 2024"}, {"id": "b", "text": TEXT, "published": "soon"},
            {"id": "c", "text": "KYIV, 15 March 2024 - " + TEXT}]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    works = list(default_pipeline().run_many(read([str(p)])))
    assert [w.error for w in works] == [None, None, None]
    assert [w.record.document.published for w in works] == ["2024-03-15", None, "2024-03-15"]
    assert works[1].record.document.removed[0].text == "soon"


@pytest.mark.parametrize("value", [None, b"bytes", 3])
def test_the_python_api_refuses_what_is_no_string_with_its_own_error(value):
    from newsgraph import InputError
    with pytest.raises(InputError, match="expected the article as a string"):
        newsgraph.analyze(value)


@pytest.mark.parametrize("text", ["Выборы прошли в воскресенье, 17 марта 2024 года. В понедельник он добавил, что "
                                  "итоги ясны.", "It happened on Tuesday, March 14, 2023. On Friday the board met."])
def test_a_sentence_that_opens_with_a_date_is_no_dateline(text):
    """A dateline's place is capitalised words ("WASHINGTON", "New York", "Москва"), read case-sensitively:
    lower-case words before a comma are a sentence, and its date dates the story, not the publication."""
    assert newsgraph.analyze(text).document.published is None
