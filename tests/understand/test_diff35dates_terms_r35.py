"""understand.dates, round 35 differential review (diff35dates): a day after "до" is a term's end (the nearest such
day, dates/target_day.py ``term_end``) only when the verb its phrase hangs on sets the term ("арест продлили до 22
августа"); a term verb elsewhere in the sentence, or a noun of its stem, sets none: the day ends a past act that ran
until then, and a past clause keeps the day before publication. The sentences are made up for the tests (written
on 12 March 2016: the nearest 22 August would be the coming one, the past clause's the last one)."""
import pytest

DAY = "2016-03-12"

# the term verb governs the date, also across commas and as a short participle: the nearest day
RULES = (
    ("Арест продлили до 22 августа.", "22 августа", "2016-08-22"),
    ("Суд продлил арест обвиняемого, бывшего министра, до 22 августа.", "22 августа", "2016-08-22"),
    ("Срок ареста бывшему министру продлен до 22 августа.", "22 августа", "2016-08-22"),
    ("Музей закрыт для посетителей до 5 мая.", "5 мая", "2016-05-05"),
)

# a term verb of another clause (a conjoined verb, a relative clause's) or a noun of the stem: the past day
NEAR_MISSES = (
    ("Он был арестован в мае и находился под стражей до 22 августа, когда суд его оправдал.", "22 августа",
     "2015-08-22"),
    ("Музей закрыли на ремонт, который шел до 22 августа.", "22 августа", "2015-08-22"),
    ("После закрытия границы туристы ждали до 22 августа.", "22 августа", "2015-08-22"),
)


@pytest.mark.parametrize("text,expr,want", RULES + NEAR_MISSES)
def test_term_end_needs_the_governing_verb(dates_by_text, text, expr, want):
    assert dates_by_text(text, DAY, "ru")[expr].value == want
