"""understand.dates, round 36 (issue 18, real web pages as a development set): Russian forecasts. The second of two
joined weekdays takes the first one's preposition and is the first such day after the first one ("в субботу и
воскресенье", ``weekday_range_joiners``); "в грядущие выходные", "на предстоящих выходных" are the weekend at hand, as
"в ближайшие выходные" (dates_relative.txt). The sentences are made up for the tests; each form has its near miss."""

import pytest

# (text, published, {expression: day or weekend span})
JOINED_AND_COMING = (
    ("В субботу и воскресенье в Казани ожидается до +30 градусов.", "2025-08-28",  # a Thursday
     {"субботу": "2025-08-30", "воскресенье": "2025-08-31"}),
    ("В субботу и воскресенье в городе прошли ярмарки.", "2025-09-01",  # a Monday: a past clause
     {"субботу": "2025-08-30", "воскресенье": "2025-08-31"}),
    ("Жара придет в грядущие выходные, сообщили синоптики.", "2025-08-28",
     {"в грядущие выходные": "2025-08-30/2025-08-31"}),
    ("На предстоящих выходных в парке пройдет ярмарка.", "2025-08-28",
     {"На предстоящих выходных": "2025-08-30/2025-08-31"}),
)

# near misses: "среда" after "и" with no weekday before it is "environment"; "грядущие годы" is no weekend
NO_DATE = ("Экология и среда обитания пострадали от паводка.",
           "В грядущие годы город вырастет вдвое, считают урбанисты.")


@pytest.mark.parametrize("text,published,expected", JOINED_AND_COMING)
def test_joined_weekdays_and_coming_weekends(dates_by_text, text, published, expected):
    found = dates_by_text(text, published, "ru")
    for expr, value in expected.items():
        assert value in (found[expr].value, found[expr].span)


@pytest.mark.parametrize("text", NO_DATE)
def test_near_misses(dates_by_text, text):
    assert not any(d.value or d.span for d in dates_by_text(text, "2025-08-28", "ru").values())
