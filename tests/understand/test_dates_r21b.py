"""understand.dates, round 21 (issue 18; classes the round's tryout found on its own pages): a schedule list
("UP NEXT") looks ahead, one weekday name one day; "as of" a month and day states the date a record is told at (by
now); a list under a heading that writes a year keeps that year; "looking to" / "ahead to" a named time looks ahead
even in a past clause; "this week" carries its week as the record's span; a month and day apposed to a named day
says which occurrence of it is meant. The sentences are made up for the tests."""


def test_a_schedule_list_looks_ahead_one_weekday_one_day(date_pipe):
    from newsgraph.ingest.base import RawDocument
    text = ("Boston won 98-91 on Monday night.\n\nCOMING UP\n\nCeltics: Visit the Hornets on Saturday.\n\n"
            "Hornets: Host the Celtics on Saturday.")
    rec = date_pipe.run(RawDocument(source="test", text=text, published="2019-11-20"))  # a Wednesday
    assert [d.value for d in rec.dates if d.text == "Saturday"] == ["2019-11-23", "2019-11-23"]


def test_as_of_a_month_and_day_is_the_latest_one_by_now(dates_by_text):
    got = dates_by_text("The founder still owns 12.1% of the shares as of Oct. 3, a filing shows.", "2019-06-10")
    assert got["Oct. 3"].value == "2018-10-03"  # not the coming Oct. 3: a holding is told as it stood
    got = dates_by_text("Ms. Ortiz remains the largest holder, with 9.8% of the stock as of March 20.", "2019-11-20")
    assert got["March 20"].value == "2019-03-20"
    # a clause that looks ahead keeps its direction: "as of" then opens a period
    got = dates_by_text("As of Jan. 15, drivers will need a permit to enter the old town.", "2019-11-20")
    assert got["Jan. 15"].value == "2020-01-15"


def test_a_list_under_a_heading_with_a_year_keeps_that_year(dates_by_text):
    text = ("The quartet announced a long tour on Tuesday.\nTour 2020 dates:\nMarch 3 - Austin, Texas\n"
            "April 9 - Denver\nAug. 4 - Chicago\nSept. 18 - Boston\nNov. 28 - Seattle\nJan. 9 - Portland")
    got = dates_by_text(text, "2019-11-20")
    assert got["March 3"].value == "2020-03-03"
    assert got["Aug. 4"].value == "2020-08-04"  # not the nearest Aug. 4 (2019): the heading's year
    assert got["Sept. 18"].value == "2020-09-18"
    assert got["Jan. 9"].value == "2021-01-09"  # the list's months turned back: the next year
    # a line of prose ends the list: the heading's year does not reach past it
    text = ("Festival 2020 dates:\nJune 5 - Main stage\n"
            "The organisers said the spring had been hard for them, with two sponsors pulling out and the city "
            "council delaying its permit for weeks, before a deal was reached on Aug. 4 with a local brewery.")
    got = dates_by_text(text, "2019-11-20")
    assert got["June 5"].value == "2020-06-05"
    assert got["Aug. 4"].value == "2019-08-04"


def test_looking_to_a_named_time_looks_ahead_in_a_past_clause(dates_by_text):
    got = dates_by_text("The mayor conceded that the move was tactical, looking ahead to the March 15 vote.",
                        "2016-02-20")
    assert got["March 15"].value == "2016-03-15" and got["March 15"].flag is None
    got = dates_by_text("The governor admitted that the pick was political, looking to the Aug. 2 runoff.",
                        "2016-07-11")
    assert got["Aug. 2"].value == "2016-08-02" and got["Aug. 2"].flag is None
    # just past, it stays the one just past (the coming one is a year off)
    got = dates_by_text("Aides were looking to the July 30 runoff when the count ended.", "2016-08-03")
    assert got["July 30"].value == "2016-07-30"


def test_this_week_carries_its_week_as_the_span(dates_by_text):
    got = dates_by_text("The new phone earned a high score in the tests we ran this week.", "2019-11-20")
    d = got["this week"]
    assert d.precision == "week" and d.span == "2019-11-18/2019-11-24"  # value stays null for a period (contract)


def test_a_day_apposed_to_a_named_day_says_which_one(dates_by_text):
    # Election Day 2015 was Nov. 3: the written Nov. 8 names the 2016 one, and a past act before it is no contradiction
    got = dates_by_text("The senator toured Iowa before Election Day, Nov. 8.", "2016-01-31")
    assert got["Nov. 8"].value == "2016-11-08"
    assert got["Election Day"].value == "2016-11-08"


def test_an_imperative_looks_ahead(dates_by_text):
    got = dates_by_text("Call the box office on Friday to book a seat.", "2019-11-20")  # a Wednesday
    assert got["Friday"].value == "2019-11-22"
    # a told past keeps the day before
    got = dates_by_text("She called the box office on Friday to book a seat.", "2019-11-20")
    assert got["Friday"].value == "2019-11-15"


def test_a_years_score_keeps_its_year_a_score_of_points_is_none():
    """Review r21: "The 2015 score fell" and "the state's 2015 score" name the year's edition of the score; "a 2182
    score" is a quantity (dates_settings.tsv measure_units_indefinite)."""
    from newsgraph.ingest.base import RawDocument
    from newsgraph.pipeline import Pipeline
    pipe = Pipeline([n for n in Pipeline().names if n.startswith("clean.")] + ["understand.parse", "understand.dates"])
    rec = pipe.run(RawDocument(source="t.txt", published="2016-05-02", text=(
        "The 2015 score fell by four points. The state's 2016 score rose again.\n\n"
        "The processor posted a 2182 score in the test.\n")))
    got = {d.text: d.value for d in rec.dates}
    assert got.get("2015") == "2015" and got.get("2016") == "2016" and "2182" not in got, got
