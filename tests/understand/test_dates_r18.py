"""understand.dates, round 18 (issue 18): a named day follows the clause's tense also when a happening is held on it
("the parade on Thanksgiving will ..."), and takes the year a past narrative is at; a year right before the noun of a
yearly thing dates it ("traded for 2012 draft picks"); a count ahead in a past clause ("через полгода его отпустили")
runs from the time the narrative tells, else stays vague, never a future date. The sentences are made up for the
tests."""


def test_a_happening_on_a_named_day_follows_the_future_clause(dates_by_text):
    got = dates_by_text("The parade on Thanksgiving will draw the largest crowds in years.", "2016-12-01")
    assert got["Thanksgiving"].value == "2017-11-23"
    got = dates_by_text("The parade on Thanksgiving drew the largest crowds in years.", "2016-12-01")
    assert got["Thanksgiving"].value == "2016-11-24"
    # a day used as a noun's attribute ("Black Friday deals") is still the nearest one
    got = dates_by_text("Black Friday deals have gone live at every big retailer.", "2016-12-01")
    assert got["Black Friday"].value == "2016-11-25"


def test_a_named_day_in_a_past_narrative_takes_the_narrated_year(dates_by_text):
    got = dates_by_text("The senator ran against the governor in 2012. But soon after Election Day, he resigned.",
                        "2016-09-08")
    assert got["Election Day"].value == "2012-11-06"


def test_a_year_before_the_noun_of_a_yearly_thing_is_its_year(dates_by_text):
    got = dates_by_text("The guard was traded for 2012 draft picks.", "2016-12-01")
    assert got["2012"].value == "2012"
    got = dates_by_text("The agency sent the 2020 budget request to Congress.", "2019-03-01")
    assert got["2020"].value == "2020"
    # counts and prices stay no year
    got = dates_by_text("The city sent 2000 police officers. He sold the car for 2000.", "2016-12-01")
    assert "2000" not in got


def test_a_count_ahead_in_a_past_clause_runs_from_the_narrated_time(dates_by_text):
    got = dates_by_text("Его арестовали в марте 2015 года. Через 6 месяцев его отпустили.", "2016-12-01", "ru")
    assert got["Через 6 месяцев"].value == "2015-09"
    # no time of the story before it: vague, not a future date for a past act
    got = dates_by_text("Его арестовали. Через 6 месяцев его отпустили.", "2016-12-01", "ru")
    assert got["Через 6 месяцев"].value is None
    # a future clause still counts from now
    got = dates_by_text("Через 6 месяцев его отпустят.", "2016-12-01", "ru")
    assert got["Через 6 месяцев"].value == "2017-06"


def test_a_quotation_in_doubled_apostrophes_counts_from_the_day_it_was_said(dates_by_text):
    # typewriter copy marks a quotation with doubled apostrophes; its "today" is the day of saying, as in “…”
    text = ("The storm hit the coast on Tuesday. ''The damage we saw today is the worst in decades,'' the mayor "
            "said.")
    assert dates_by_text(text, "2016-03-23")["today"].value == "2016-03-22"
    text = "''We lost the vote last night,'' the senator said on Sunday."
    assert dates_by_text(text, "2016-02-22")["last night"].value == "2016-02-20"


def test_a_season_under_if_is_a_condition_ahead_not_a_habit(dates_by_text):
    got = dates_by_text("He is building a plan to rebuild if the party splinters and loses in the fall.", "2016-04-12")
    assert got["the fall"].span == "2016-09-01/2016-11-30"
    got = dates_by_text("Bears sleep in the winter.", "2016-04-12")
    assert got["the winter"].span is None


def test_election_day_in_lower_case_is_the_named_day(dates_by_text):
    got = dates_by_text("Voters will head to the polls on election day.", "2016-02-18")
    assert got["election day"].value == "2016-11-08"


def test_a_count_ahead_in_a_past_ukrainian_clause_runs_from_the_narrated_time(dates_by_text):
    got = dates_by_text("Його заарештували в березні 2015 року. Через 6 місяців його відпустили.", "2016-12-01", "uk")
    assert got["Через 6 місяців"].value == "2015-09"


def test_christmas_is_the_day_after_a_preposition_of_time(dates_by_text):
    got = dates_by_text("The troops will be home by Christmas.", "2015-12-20")
    assert got["Christmas"].value == "2015-12-25"
    got = dates_by_text("Christmas shopping is up this year.", "2015-12-20")
    assert "Christmas" not in got


def test_a_bare_christmas_before_a_noun_is_no_day(pipe):
    """review r18: "spent $300 on Christmas presents" is the season's things, not 25 December."""
    from newsgraph.ingest.base import RawDocument
    rec = pipe.run(RawDocument(source="r18", text="Shoppers spent $300 on Christmas presents this year. She was home "
                               "by Christmas.\n", language="en", published="2016-04-15"))
    assert [(d.text, d.value) for d in rec.dates if d.text == "Christmas"] == [("Christmas", "2015-12-25")]
