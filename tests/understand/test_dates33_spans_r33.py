"""understand.dates, round 33 (issue 18): relative forms found by the checklist's second batch
(eval/data/dates-written/, note 'written: b2'): "a fortnight ago" (lang/en tables), Russian weekends ("в эти выходные",
"на выходных"), "через неделю" without a number, "в начале следующего месяца" (lang/ru tables), and a week named in
direct speech counted from the day it was said (other_dates.py). The sentences are made up for the tests; each rule
has its near misses."""


def test_a_fortnight_ago(dates_by_text):
    assert dates_by_text("The virus was found a fortnight ago.", "2024-03-14")["a fortnight ago"].value == "2024-02-29"


def test_russian_weekends_and_counts(dates_by_text):
    found = dates_by_text("В эти выходные в Петербурге ожидаются дожди.", "2024-03-14", "ru")
    assert found["В эти выходные"].span == "2024-03-16/2024-03-17"
    found = dates_by_text("На выходных в Киеве прошли обыски.", "2024-03-14", "ru")
    assert found["На выходных"].span == "2024-03-09/2024-03-10"
    found = dates_by_text("На выходных в Москве ожидается снег.", "2024-03-14", "ru")
    assert found["На выходных"].span == "2024-03-16/2024-03-17"
    assert dates_by_text("Через месяц откроется новая станция метро.", "2024-03-14", "ru")["Через месяц"].value == \
        "2024-04"
    found = dates_by_text("Цены поднимут в конце следующего месяца.", "2024-03-14", "ru")
    assert found["в конце следующего месяца"].value == "2024-04"


def test_near_misses_of_russian_weekends(dates_by_text):
    # "в эти дни" (these days) stays vague; a habit "по выходным" is no date
    found = dates_by_text("В эти дни в городе тихо. По выходным музей не работает.", "2024-03-14", "ru")
    assert all(d.value is None and d.span is None for d in found.values())


def test_a_quoted_week_from_the_day_of_saying(dates_by_text):
    found = dates_by_text("“Last week our troops retreated,” the commander said on March 4.", "2024-03-14")
    assert found["Last week"].span == "2024-02-26/2024-03-03"


def test_near_misses_of_the_quoted_week(dates_by_text):
    # the writer's own "last week" and a quotation with no day of saying count from publication
    found = dates_by_text("The troops retreated last week, the commander said on March 4.", "2024-03-14")
    assert found["last week"].span == "2024-03-04/2024-03-10"
    found = dates_by_text("“Last week our troops retreated,” the commander said.", "2024-03-14")
    assert found["Last week"].span == "2024-03-04/2024-03-10"
