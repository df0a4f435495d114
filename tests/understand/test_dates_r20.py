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


def test_that_month_takes_the_year_last_written(dates_by_text):
    text = "Riots at the 1968 convention in Chicago hurt the party's nominee, who lost that November."
    got = dates_by_text(text, "2016-06-23")
    assert got["November"].value == "1968-11"  # a year naming a thing still sets the narrative's "that November"
    got = dates_by_text("He lost the 2012 primary in Ohio. That June, he quit the race.", "2016-06-23")
    assert got["June"].value == "2012-06"
    # without a year before it, the month follows the clause as before
    got = dates_by_text("That November, voters will decide the question.", "2016-06-23")
    assert got["November"].value == "2016-11"


def test_later_in_the_day_passes_over_a_date_that_names_a_thing(dates_by_text):
    text = ("The committee held its third hearing on Tuesday. Members asked two aides about the July 25 phone call "
            "with the president of Ukraine. Later in the day, two envoys testified. \u201cToday's hearing is over, "
            "and the charge is debunked,\u201d the press secretary said.")
    got = dates_by_text(text, "2019-11-20")
    assert got["July 25"].value == "2019-07-25"
    assert got["Later in the day"].value == "2019-11-19"  # the hearing's Tuesday, not the day of the call
    assert got["Today"].value == "2019-11-19"  # said that Tuesday: the day the narrative is at
    # a date that tells when the act happened is still the day the anaphor counts from
    got = dates_by_text("The board met on July 25 in Denver. Later in the day, the chair resigned.", "2019-11-20")
    assert got["Later in the day"].value == "2019-07-25"


def test_a_count_from_a_day_still_ahead_is_ahead(dates_by_text):
    text = "Two marches are planned for the summit's opening day, Aug. 3. A week later, as delegates leave, so will they."
    got = dates_by_text(text, "2016-06-23")
    assert got["A week later"].value == "2016-08-10"
    # counted from a past date to after publication in a clause that is not ahead: still no date
    got = dates_by_text("The charter was signed in 1787. More than 200 years later, we live under it.", "2016-06-23")
    assert got["200 years later"].value is None


def test_russian_and_ukrainian_weekday_with_a_cue_word(dates_by_text):
    # "в прошлую пятницу" (a cue between the preposition and the day) was no date at all
    got = dates_by_text("Министр выступил в прошлую пятницу перед депутатами.", "2019-11-20", "ru")
    assert got["пятницу"].value == "2019-11-15"
    got = dates_by_text("Комиссия соберется в следующий вторник.", "2019-11-20", "ru")
    assert got["вторник"].value == "2019-11-26"
    got = dates_by_text("Міністр виступив минулої п'ятниці у Раді.", "2019-11-20", "uk")
    assert got["п'ятниці"].value == "2019-11-15"
    got = dates_by_text("Комісія збереться наступного понеділка.", "2019-11-20", "uk")
    assert got["понеділка"].value == "2019-11-25"


def test_russian_and_ukrainian_tense_places_a_month_and_a_weekday(dates_by_text):
    # the tense natasha's morphology gives: a past verb the month before, a future one the month ahead
    assert dates_by_text("В мае министр подписал указ о выборах.", "2019-11-20", "ru")["мае"].value == "2019-05"
    assert dates_by_text("В мае министр подпишет указ о выборах.", "2019-11-20", "ru")["мае"].value == "2020-05"
    assert dates_by_text("У понеділок міністр виступив у Раді.", "2019-11-20", "uk")["понеділок"].value == "2019-11-18"
    assert dates_by_text("У понеділок міністр виступить у Раді.", "2019-11-20", "uk")["понеділок"].value == "2019-11-25"
    got = dates_by_text("Минулого тижня парламент ухвалив закон про бюджет на наступний рік.", "2019-11-20", "uk")
    assert got["Минулого тижня"].span == "2019-11-11/2019-11-17"


def test_a_fronted_time_of_the_second_clause_takes_its_tense(dates_by_text):
    text = "The curator went looking for old photographs and from October onward they will be shown in the hall."
    assert dates_by_text(text, "2018-09-15")["October"].value == "2018-10"  # ahead, not the October before
    text = "The firm opened a new store downtown and on Friday the mayor will visit it."
    assert dates_by_text(text, "2018-09-15")["Friday"].value == "2018-09-21"
    # a date that ends the first clause stays with it
    assert dates_by_text("He quit his job in March and moved to Ohio.", "2018-09-15")["March"].value == "2018-03"


def test_a_year_ago_as_the_base_of_a_comparison_is_the_measured_month(dates_by_text):
    text = "Dealers in the county sold 12,400 new trucks in October, still down 8 percent from a year ago, the group said."
    got = dates_by_text(text, "2019-11-20")
    assert got["a year ago"].value == "2018-10"  # the October before, not November 2018
    got = dates_by_text("Exports fell 4% last month from a year earlier, the agency said.", "2019-11-20")
    assert got["a year earlier"].value == "2018-10"
    # with no month measured in the sentence, a year before publication as before
    got = dates_by_text("Prices are up 2% from a year ago, the agency said.", "2019-11-20")
    assert got["a year ago"].value == "2018-11"
