"""understand.dates: ISO dates from English, Russian and Ukrainian text, with and without a publication date."""
import datetime as dt
from pathlib import Path

import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import Pipeline
from newsgraph.understand.dates import extract_dates, year_for_weekday

SEED = Path(__file__).parents[2] / ".." / "shared" / "seed" / "article.txt"
TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="session")
def pipe():
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.dates", "understand.quantities"])


def run(pipe, text, published=None):
    rec = pipe.run(RawDocument(source="test", text=text, published=published))
    assert rec.validate() == []
    for d in rec.dates:
        assert rec.document.text[d.start:d.end] == d.text
    return rec


def by_text(dates):
    return {d.text: d for d in dates}


def test_seed_page_without_publication_date(pipe):
    rec = run(pipe, SEED.read_text(encoding="utf-8"))
    assert rec.document.published is None
    got = by_text(rec.dates)
    assert got["Thursday, September 4"].value == "2025-09-04"
    assert got["Thursday, September 4"].precision == "day"
    coming = got["in the coming days"]
    assert coming.value is None and coming.precision is None


def test_seed_page_with_publication_date(pipe):
    rec = run(pipe, SEED.read_text(encoding="utf-8"), published="2025-09-05")
    assert by_text(rec.dates)["Thursday, September 4"].value == "2025-09-04"


def test_weekday_fixes_the_year_nearest_past():
    # September 4 is a Thursday in 2014, 2025, 2031, 2036: the nearest year not in the future wins
    assert year_for_weekday(9, 4, 3, 2026, TODAY) == 2025
    # relative to a year the text names
    assert year_for_weekday(9, 4, 3, 2015, TODAY) == 2014
    text = "In 2014 the war began. On Thursday, September 4, the talks resumed."
    got = by_text(extract_dates(text, "en", None, today=TODAY))
    assert got["Thursday, September 4"].value == "2014-09-04"
    assert got["2014"].value == "2014" and got["2014"].precision == "year"


def test_precisions_and_formats():
    text = ("The deal was signed on 4 September 2025 and ratified in October 2025. Talks began in 2024. "
            "A report dated 2025-09-06 and another of Sept. 4th. In May, officials may march.")
    got = by_text(extract_dates(text, "en", "2025-09-10", today=TODAY))
    assert got["4 September 2025"].value == "2025-09-04" and got["4 September 2025"].precision == "day"
    assert got["October 2025"].value == "2025-10" and got["October 2025"].precision == "month"
    assert got["2024"].value == "2024" and got["2024"].precision == "year"
    assert got["2025-09-06"].value == "2025-09-06"
    assert got["Sept. 4th"].value == "2025-09-04"
    assert got["May"].value == "2025-05" and got["May"].precision == "month"
    assert "may" not in got and "march" not in got  # verbs are not months


def test_relative_expressions_resolved_only_with_a_publication_date():
    text = "Yesterday the minister resigned. On Thursday he met the press. Three days ago the talks stalled. " \
           "Last week was calm, and more talks are expected in the coming days."
    none = by_text(extract_dates(text, "en", None, today=TODAY))
    for t in ("Yesterday", "Thursday", "Three days ago", "Last week", "in the coming days"):
        assert none[t].value is None, t
    got = by_text(extract_dates(text, "en", "2025-09-05", today=TODAY))  # a Friday
    assert got["Yesterday"].value == "2025-09-04"
    assert got["Thursday"].value == "2025-09-04"  # the Thursday before publication
    assert got["Three days ago"].value == "2025-09-02"
    assert got["Last week"].value is None  # a week is no single day
    assert got["in the coming days"].value is None


def test_year_from_other_dates_of_the_text_and_none_without_anchor():
    got = by_text(extract_dates("On 1 March 2023 the treaty lapsed; on 4 March the talks ended.", "en", None,
                                today=TODAY))
    assert got["4 March"].value == "2023-03-04"
    lone = by_text(extract_dates("On 4 March the talks ended.", "en", None, today=TODAY))
    assert lone["4 March"].value is None  # no year anywhere: not guessed


def test_russian_dates(pipe):
    text = ("Президент России Владимир Путин в четверг, 4 сентября 2025 года, провел переговоры. "
            "Вчера, 3 сентября, в Кремле прошла встреча. Песков напомнил, что в 2024 году стороны уже "
            "встречались, а в сентябре 2023 года переговоры сорвались. Новая встреча ожидается в ближайшие дни.")
    rec = run(pipe, text, published="2025-09-05")
    assert rec.document.language == "ru"
    got = by_text(rec.dates)
    assert got["четверг, 4 сентября 2025 года"].value == "2025-09-04"
    assert got["Вчера"].value == "2025-09-04"
    assert got["3 сентября"].value == "2025-09-03"
    assert got["2024 году"].value == "2024"
    assert got["сентябре 2023 года"].value == "2023-09" and got["сентябре 2023 года"].precision == "month"
    assert got["в ближайшие дни"].value is None


def test_russian_weekday_fixes_year_without_publication_date():
    got = by_text(extract_dates("В четверг, 4 сентября, Путин заявил о готовности. Вчера он молчал.", "ru", None,
                                today=TODAY))
    assert got["четверг, 4 сентября"].value == "2025-09-04"
    assert got["Вчера"].value is None


def test_russian_name_is_not_a_month():
    got = by_text(extract_dates("Об этом сообщила Марта Иванова. В марте прошли выборы.", "ru", "2025-09-05",
                                today=TODAY))
    assert "Марта" not in got
    assert got["марте"].value == "2025-03"


def test_ukrainian_dates():
    got = by_text(extract_dates("У четвер, 4 вересня, Зеленський заявив про домовленості. Вчора він зустрівся "
                                "з Макроном. У 2024 році ситуація була іншою.", "uk", "2025-09-05", today=TODAY))
    assert got["четвер, 4 вересня"].value == "2025-09-04"
    assert got["Вчора"].value == "2025-09-04"
    assert got["2024 році"].value == "2024"


def test_ages_and_sentence_final_months(pipe):
    rec = run(pipe, "A 60-year-old man was arrested in 2019. The vote is due in May. The 53-day-long strike ended.")
    got = by_text(rec.dates)
    assert not any("old" in t or "long" in t for t in got)
    assert got["May"].precision == "month"  # the full stop is not part of the month
    assert got["2019"].value == "2019"


def test_a_number_that_counts_is_no_year(pipe):
    got = by_text(run(pipe, "The army raised its presence to 2000 troops in 2024. The 2025 elections were calm.").dates)
    assert "2000" not in got
    assert got["2024"].value == "2024" and got["2025"].value == "2025"


def test_ranges_give_both_days(pipe):
    rec = run(pipe, "Переговоры пройдут 4–5 сентября 2025 года в Стамбуле, а с 1 по 3 октября — в Женеве.")
    assert [(d.text, d.value) for d in rec.dates] == [
        ("4", "2025-09-04"), ("5 сентября 2025 года", "2025-09-05"), ("1", "2025-10-01"), ("3 октября", "2025-10-03")]
    assert rec.quantities == []  # the days of a range are not counts
    en = run(pipe, "Talks are set for September 4-5 in Istanbul and from October 1 to 3 in Geneva.",
             published="2025-08-20")
    assert [(d.text, d.value) for d in en.dates] == [
        ("September 4", "2025-09-04"), ("5", "2025-09-05"), ("October 1", "2025-10-01"), ("3", "2025-10-03")]


def test_without_any_date_a_weekday_places_a_day_only_in_recent_years():
    """No publication date and no year in the text: the text is taken for recent news, so a weekday with a day
    fixes the year only within calendar.RECENT_YEARS before today (the reference page's "Thursday, September 4",
    2025); a "понедельник 9 мая" that fell on a Monday last in 2022 stays undated rather than be put there."""
    today = dt.date(2026, 12, 5)
    assert by_text(extract_dates("On Thursday, September 4, the talks resumed.", "en", None, today=today))[
        "Thursday, September 4"].value == "2025-09-04"
    assert by_text(extract_dates("В понедельник 9 мая Блаттер заявил, что уйдет.", "ru", None, today=today))[
        "понедельник 9 мая"].value is None
    got = by_text(extract_dates("В 2011 году ФИФА провела выборы. В понедельник 9 мая Блаттер заявил, что уйдет.",
                                "ru", None, today=today))
    assert got["понедельник 9 мая"].value == "2011-05-09"  # the text's own year
