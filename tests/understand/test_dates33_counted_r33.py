"""understand.dates, round 33 (issue 18): relative forms found by the checklist of date forms
(eval/data/dates-written/): "the day after tomorrow" and "the day before yesterday" with their article are one
phrase (lang/en/dates_terms.tsv), not "the day after" and a "tomorrow"; Russian counts from the date the text just
named ("на следующий день", "неделей ранее", "годом позже"; lang/ru/dates_relative.txt, dates_terms.tsv) and a month
in the dative after "к" ("к июню" = by June; lang/ru/dates_names.tsv). The sentences are made up for the tests; each
rule has its near misses."""


def test_the_day_after_tomorrow(dates_by_text):
    found = dates_by_text("The ministers will meet again the day after tomorrow in Rome.", "2024-03-14")
    assert found["the day after tomorrow"].value == "2024-03-16"
    found = dates_by_text("The bridge was reopened the day before yesterday, police said.", "2024-03-14")
    assert found["the day before yesterday"].value == "2024-03-12"


def test_near_misses_of_the_day_after_tomorrow(dates_by_text):
    # "the day after" alone still counts from the date the text just named
    found = dates_by_text("She left on March 3 and returned the day after.", "2024-03-14")
    assert found["the day after"].value == "2024-03-04"
    found = dates_by_text("The talks collapsed on March 3; the day before, both sides had been hopeful.", "2024-03-14")
    assert found["the day before"].value == "2024-03-02"


def test_russian_counts_from_the_date_just_named(dates_by_text):
    found = dates_by_text("Договор подписали 4 марта, а на следующий день его отменили.", "2024-03-14", "ru")
    assert found["на следующий день"].value == "2024-03-05"
    found = dates_by_text("Митинг прошел 8 марта. Днём ранее полиция задержала лидеров.", "2024-03-14", "ru")
    assert found["Днём ранее"].value == "2024-03-07"
    found = dates_by_text("Доклад опубликовали 2 марта. Неделей позже министр ушел в отставку.", "2024-03-14", "ru")
    assert found["Неделей позже"].value == "2024-03-09"
    found = dates_by_text("Завод открыли в 2010 году. Годом позже его закрыли.", "2024-03-14", "ru")
    assert found["Годом позже"].value == "2011"


def test_near_misses_of_russian_counts(dates_by_text):
    # "ранее" / "позже" alone are no count ("earlier, the minister said"); a count that would fall after
    # publication in a past clause gives no date
    found = dates_by_text("Ранее министр заявил, что уйдет. Позже он передумал.", "2024-03-14", "ru")
    assert all(d.value is None for d in found.values())
    found = dates_by_text("Митинг прошел 8 марта. Месяц спустя лидеров отпустили.", "2024-03-14", "ru")
    assert found["Месяц спустя"].value is None


def test_russian_month_in_the_dative_after_k(dates_by_text):
    found = dates_by_text("«Мы закончим ремонт к маю», — сказал мэр.", "2024-03-14", "ru")
    assert found["маю"].value == "2024-05"
    found = dates_by_text("Стройку обещали завершить к декабрю, но не успели.", "2024-03-14", "ru")
    assert found["декабрю"].value == "2023-12"


def test_near_miss_of_the_dative_month(dates_by_text):
    # a month in another case keeps its reading; "к" before a noun is no month
    found = dates_by_text("Работы начались в январе и приведут к подорожанию.", "2024-03-14", "ru")
    assert found["январе"].value == "2024-01" and len(found) == 1
