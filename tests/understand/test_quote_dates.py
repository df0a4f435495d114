"""A quote's date says when the words were said: a date of the attribution's sentence that modifies the cue verb,
not one of the sentence's other phrases (a tryout found Clinton's June 2016 speech dated 1972 from "referencing the
period before 1972's Roe v. Wade", and statements dated 2001-09-11 from "the 9/11 attacks")."""
import pytest

from newsgraph import analyze

PUB = "2016-06-10"  # a Friday


@pytest.mark.parametrize("text, date", [
    ('"We will win," Smith said on Thursday.', "2016-06-09"),
    ("Smith said Tuesday that the plan would fail.", "2016-06-07"),
    ("In March, Smith said the plan would fail.", "2016-03"),
    ("The mayor told reporters on June 2 that the bridge would reopen.", "2016-06-02"),
])
def test_a_date_of_the_cue_dates_the_quote(text, date):
    (q,) = analyze(text, published=PUB).quotes
    assert q.date == date


@pytest.mark.parametrize("text", [
    '"That is code for going backward," Clinton said, referencing the period before 1972\'s Roe v. Wade decision.',
    '"We never forget," Giuliani said of the 9/11 attacks.',
])
def test_a_date_of_another_phrase_does_not(text):
    (q,) = analyze(text, published=PUB).quotes
    assert q.date is None
