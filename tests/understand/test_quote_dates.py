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
    # a day of the news cycle dates what its sentence reports, wherever it attaches
    ("At a rally Wednesday night in Ohio, the senator warned that the plant would close.", "2016-06-08"),
    ("The governor spoke out Tuesday about the strike, arguing that the union had been misled.", "2016-06-07"),
    # a reduced relative is part of its noun's phrase; a participle cue is dated with its clause
    ("A report published in March 2015 found that most bridges were unsafe.", "2015-03"),
    ("In April 2014, the groups filed a lawsuit, saying the permits were illegal.", "2014-04"),
    # a participle clause on the cue is its occasion; a setting phrase may carry the year (review r11)
    ('Asked about it in 2015, Warren said "the bank is too big."', "2015"),
    ('In his 2018 State of the Union address, Trump said "the economy is booming."', "2018"),
])
def test_a_date_of_the_cue_dates_the_quote(text, date):
    (q,) = analyze(text, published=PUB).quotes
    assert q.date == date


@pytest.mark.parametrize("text", [
    '"That is code for going backward," Clinton said, referencing the period before 1972\'s Roe v. Wade decision.',
    '"We never forget," Giuliani said of the 9/11 attacks.',
    "The senator, who served on the committee during the 2000 election, said the rules should change.",
    '"We never agreed to anything," Roe said at the 2020 Club on Route 66.',  # a name, no date
    # a year inside the speaker or an object, or under a preposition of topic (review r11)
    'The 2016 Republican nominee told reporters that "the election was rigged."',
    'Biden defended the 1994 crime bill, saying "it saved lives."',
    'Obama reflected on the 2008 crisis, saying "we avoided a depression."',
])
def test_a_date_of_another_phrase_does_not(text):
    (q,) = analyze(text, published=PUB).quotes
    assert q.date is None
