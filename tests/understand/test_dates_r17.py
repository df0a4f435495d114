"""understand.dates, round 17 (issue 18): a named day of the US calendar (Inauguration Day), a broadcast whose name
holds a day word, a day of history that names a thing (no day to count from), the present of a state (it schedules
nothing), a year after "a" or "for" and the measures and prices that look like one. The sentences are made up for the
tests."""


def test_inauguration_day_is_the_coming_or_the_last_january_20(dates_by_text):
    got = dates_by_text("The next president will need a plan well before Inauguration Day.", "2016-09-10")
    assert got["Inauguration Day"].value == "2017-01-20"
    got = dates_by_text("Protesters marched in the capital on Inauguration Day.", "2017-03-02")
    assert got["Inauguration Day"].value == "2017-01-20"


def test_a_broadcast_named_with_a_weekday_is_no_day(dates_by_text):
    got = dates_by_text("The governor told Fox News Sunday that the plan was dead.", "2016-09-28")
    assert "Sunday" not in got
    got = dates_by_text("On this weekend's broadcast of “Fox News Sunday,” the senator said he would run.",
                "2016-09-25")
    assert "Sunday" not in got and got["this weekend"].span == "2016-09-24/2016-09-25"
    # an outlet followed by a weekday that is no program's name keeps the day
    got = dates_by_text("The governor told CNN Sunday that the plan was dead.", "2016-09-28")
    assert got["Sunday"].value == "2016-09-25"


def test_a_day_of_history_that_names_a_thing_is_no_day_to_count_from(dates_by_text):
    # "earlier in the day" counts from the day the report is at (Wednesday), not from the 9/11 of "9/11 plotter"
    text = ("The candidates vied for the title of commander in chief Wednesday. The senator stressed her support of "
            "the raid that killed 9/11 plotter Osama bin Laden. During a speech earlier in the day, the governor "
            "attacked her.")
    assert dates_by_text(text, "2016-09-08")["earlier in the day"].value == "2016-09-07"
    # with no other day, nothing to count from: no value rather than a guess
    got = dates_by_text("The families of 9/11 victims met the senator. Earlier that day, the bill passed.",
                "2016-09-08")
    assert got["9/11"].value == "2001-09-11" and got["Earlier that day"].value is None
    # the day itself, told as the narrative's time, still anchors it
    got = dates_by_text("On 9/11, firefighters rushed into the towers. Later that day, the president spoke.",
                "2016-09-08")
    assert got["Later that day"].value == "2001-09-11"


def test_the_present_of_a_state_schedules_no_day(dates_by_text):
    # 2016-06-09 is a Thursday: a state told of now ("rests on") does not move "Tuesday" to the coming week; the
    # nearest Tuesday is two days back
    text = "After Tuesday night, the senator's infinitesimal chance of winning the nomination rests on one possibility."
    assert dates_by_text(text, "2016-06-09")["Tuesday"].value == "2016-06-07"
    # the present of an act still schedules, and a state of wanting looks ahead
    assert dates_by_text("The House votes on it on Tuesday.", "2016-03-17")["Tuesday"].value == "2016-03-22"
    assert dates_by_text("The mayor needs a win on Tuesday.", "2016-03-17")["Tuesday"].value == "2016-03-22"


def test_a_year_after_an_article_is_a_year_a_measure_is_not(dates_by_text):
    # "a 2014 study" dates the study whatever the parser's entities say; a number joined to a unit by a hyphen is a
    # measure, and a number that counts a plural noun a quantity
    text = "He testified about supplements he promoted.\n\nA 2014 study that appeared in a journal found no support."
    assert dates_by_text(text, "2016-09-15")["2014"].value == "2014"
    got = dates_by_text("It was a 2000-mile trip with an 1800 pound load and a 1500 troops escort.", "2016-09-15")
    assert not any(d.value for d in got.values())


def test_a_year_after_for_unless_it_is_a_price(dates_by_text):
    got = dates_by_text("The researchers combed the filings of the Fortune 500 for 2015 and found havens.",
                "2016-10-04")
    assert got["2015"].value == "2015"
    assert dates_by_text("The company offered guidance for 2017.", "2016-10-04")["2017"].value == "2017"
    # a verb of exchange makes it a price; a plural noun after it a count
    got = dates_by_text("He sold the painting for 2000 and paid for 1500 tickets.", "2016-10-04")
    assert not any(d.value for d in got.values())


def test_review_r17_a_state_until_a_day_looks_ahead(dates_by_text):
    """review r17: "remains closed until Thursday" on a Saturday is the coming Thursday (a state that lasts until a
    day looks ahead; "remain" and "depend" are no states that tell of now only)."""
    got = dates_by_text("The road remains closed until Thursday, the county said.", "2026-12-05")
    assert got["Thursday"].value == "2026-12-10", got
