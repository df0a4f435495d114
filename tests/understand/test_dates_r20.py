"""understand.dates, round 20 (issue 18; classes from the fresh20 batch, the dev-c split and the round-19 tryout): "in
N years" after an ordinal is a stretch, not a year ahead; a year written before a holiday's name picks that year's;
a month placed on a thing whose own relative clause is past is past, whatever the verb above; "mid-April" is April;
"the upcoming fall" is the fall ahead; "Sept. 11" without a year in a text about the 2001 attacks is that day. The
sentences are made up for the tests."""


def test_in_n_years_after_an_ordinal_is_a_stretch(dates_by_text):
    got = dates_by_text("The December 12 vote is the third general election in five years.", "2019-11-19")
    assert got["December 12"].value == "2019-12-12"
    assert got["in five years"].value is None  # never 2024
    got = dates_by_text("It was the second recall in four years for the county.", "2019-11-19")
    assert got["in four years"].value is None
    # a count ahead under a future verb is still a year ahead
    got = dates_by_text("The minister said the plant will close in five years.", "2019-11-19")
    assert got["in five years"].value == "2024"


def test_a_year_before_a_holidays_name_picks_that_year(dates_by_text):
    got = dates_by_text("Rain cut short the 2016 Memorial Day parade in the town.", "2019-11-19")
    assert got["Memorial Day"].value == "2016-05-30"
    got = dates_by_text("Shoppers recalled 2017's Thanksgiving rush at the mall.", "2019-11-19")
    assert got["Thanksgiving"].value == "2017-11-23"
    # without a year the day follows the clause as before
    got = dates_by_text("The town held its Memorial Day parade in the rain.", "2019-11-19")
    assert got["Memorial Day"].value == "2019-05-27"


def test_a_month_on_a_thing_told_in_the_past_is_past(dates_by_text):
    text = "The blog posts made-up stories, including one in September that claimed the mayor would resign."
    got = dates_by_text(text, "2015-12-13")
    assert got["September"].value == "2015-09"  # not the September ahead: the story "claimed", in the past
    got = dates_by_text("She still remembers a speech in October that moved the whole hall.", "2015-12-13")
    assert got["October"].value == "2015-10"
    # a thing told ahead by its own clause is ahead
    got = dates_by_text("The group lists its rallies, including one in March that will close the tour.", "2015-12-13")
    assert got["March"].value == "2016-03"


def test_mid_month_and_the_upcoming_season(dates_by_text):
    got = dates_by_text("Volunteers are canvassing ahead of the mid-April primary.", "2016-04-06")
    assert got["April"].value == "2016-04"
    got = dates_by_text("Both parties are saving money for the upcoming fall campaign.", "2016-07-25")
    assert got["upcoming fall"].span == "2016-09-01/2016-11-30"


def test_sept_11_in_a_text_about_the_2001_attacks(dates_by_text):
    text = ("Many Afghan women abroad felt called home after Sept. 11 to rebuild schools. Before the attacks, the "
            "Taliban had closed them.")
    got = dates_by_text(text, "2016-03-18")
    assert got["Sept. 11"].value == "2001-09-11"
    # Benghazi's attack was on Sept. 11 too (2012): no guess from the words about Afghanistan then
    text = ("The hearing asked what happened in Benghazi on Sept. 11 and whether the Taliban in Afghanistan were "
            "told.")
    assert dates_by_text(text, "2016-03-18")["Sept. 11"].value != "2001-09-11"
    # a Sept. 11 of a text about something else is the nearest one as before
    got = dates_by_text("The city council will vote on the budget on Sept. 11.", "2016-03-18")
    assert got["Sept. 11"].value == "2016-09-11"
