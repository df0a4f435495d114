"""understand.dates, round 35 fix of review35b's findings on dates35web (the reviewer's cases are in
tests/test_review2_r35.py): a forecast's present ("ожидают", forecast_words) looks ahead only for its own date or that
of the thing forecast; the Sunday papers are only the real titles with "the"; a two-digit-year timestamp needs a clock
with a colon or seconds and no word of a duration before it; a month written first is the nominative. These are the
rules' own cases and near misses, written for the tests."""
import pytest

CASES = [
    # a forecast's own date, before the verb with no noun of its own (near misses of the fronted phrase)
    ("Аналитики в пятницу ожидают роста рынка.", "2025-06-02", "ru", "пятницу", "2025-06-06"),
    ("В пятницу аналитики ожидают роста рынка.", "2025-06-02", "ru", "пятницу", "2025-06-06"),
    # a fronted phrase: the date is its noun's, a past event's
    ("После наводнения 12 мая жители ожидают помощи.", "2025-06-02", "ru", "12 мая", "2025-05-12"),
    # the daily paper on a Sunday keeps its day; a timestamp with a clock and seconds; a nominative month first
    ("The Mirror on Sunday published the letter in full.", "2024-11-28", "en", "Sunday", "2024-11-24"),
    ("Обновлено: 15.02.16 12:04:00\n\nВласти открыли мост.", "2016-02-15", "ru", "15.02.16", "2016-02-15"),
    ("Сообщение появилось на сайте 02.05.2025 10.15, его удалили через час.", "2025-05-02", "ru", "02.05.2025",
     "2025-05-02"),
    ("12:28 Апрель 2, 2020\n\nВласти открыли мост.", "2020-04-02", "ru", "Апрель 2, 2020", "2020-04-02"),
]


@pytest.mark.parametrize("text,published,lang,expr,value", CASES)
def test_dates_of_the_fixed_rules(dates_by_text, text, published, lang, expr, value):
    got = dates_by_text(text, published, lang)
    assert got[expr].value == value, {k: d.value for k, d in got.items()}


NO_DATE = [
    ("The Independent on Sunday reported the figures first.", "2024-11-28", "en", "Sunday"),
    ("Спортсмен пробежал круг за 1.02.45, 12:10 показал второй.", "2025-06-02", "ru", "1.02.45"),
    ("Лучшее время 3.04.15, 11.20 у второго пилота.", "2025-06-02", "ru", "3.04.15"),
    ("Сообщение появилось на сайте 02.05.25 10.15, его удалили через час.", "2025-05-02", "ru", "02.05.25"),
]


@pytest.mark.parametrize("text,published,lang,expr", NO_DATE)
def test_names_and_durations_are_no_dates(dates_by_text, text, published, lang, expr):
    got = dates_by_text(text, published, lang)
    assert not got.get(expr) or not got[expr].value, {k: d.value for k, d in got.items()}
