"""understand.dates (issue 18, round 20 tryout): the words of the day in an embedded post (a tweet) count from the
day its signature gives ("— Name (@handle) November 1, 2019"), not from the page's publication. The sentences are
made up for the tests."""


def test_today_in_an_embedded_post_is_the_day_it_was_posted(dates_by_text):
    text = ("Masks for schools\n\nThe mayor turned to Twitter last week.\n\nWe started handing out a million masks "
            "in schools today. Please wear them.\n\n— Ann Cole (@anncole_example) November 1, 2019\n\nThe haze has "
            "not lifted since.")
    got = dates_by_text(text, "2019-11-08")
    assert got["today"].value == "2019-11-01"
    # as a page's extractor often leaves it: the post, its link and its signature in one paragraph
    text = ("The mayor wrote: We start the school run early today. pic.twitter.com/abc123 — Ann Cole "
            "(@anncole_example) November 1, 2019")
    assert dates_by_text(text, "2019-11-08")["today"].value == "2019-11-01"


def test_today_of_the_page_is_not_moved_by_a_post_far_below(dates_by_text):
    text = ("The council votes today on the plan.\n\nIt has been debated for months.\n\nCritics are many.\n\n"
            "Nobody wants masks.\n\n— Ann Cole (@anncole_example) November 1, 2019")
    assert dates_by_text(text, "2019-11-08")["today"].value == "2019-11-08"
    # a signature without a handle is no post's ("— Reporting by Ann Cole, November 1, 2019")
    text = "Stocks rose today.\n— Reporting by Ann Cole; editing by Tom Reed, November 1, 2019"
    assert dates_by_text(text, "2019-11-08")["today"].value == "2019-11-08"


def test_a_forecast_told_in_the_past_is_dated_when_it_was_made(dates_by_text):
    """A verb of forecasting or scheduling in an active past with what was forecast as its clause is the forecast's
    own act: its month lies before publication ("projected in May that ..."), while what is projected ahead stays
    ahead."""
    got = dates_by_text("The institute projected in May that the tariffs would cut growth by half a point.",
                        "2019-11-18")
    assert got["May"].value == "2019-05"
    got = dates_by_text("Sales are projected to reach 65 million in May, the institute said.", "2019-11-18")
    assert got["May"].value == "2020-05"


def test_a_year_after_the_word_model_is_a_model_year(dates_by_text):
    text = "At the show on Wednesday the company unveiled the production model 2020 Corvale Roadster."
    assert "2020" not in dates_by_text(text, "2019-11-20")
    got = dates_by_text("The company unveiled its new model in 2018, its chief said.", "2019-11-20")
    assert got["2018"].value == "2018"


def test_that_month_in_a_future_clause_is_not_of_a_past_year_written_before(dates_by_text):
    """Review r20: "That November" takes the year the text last wrote in a past narrative, never a past year for a
    clause that looks ahead."""
    text = "The 2008 crash still shapes the race. That November, voters will decide who fixes it."
    assert dates_by_text(text, "2016-06-15")["November"].value == "2016-11"
    text = "The 1968 convention was a disaster for Humphrey. That November, he lost to Nixon."
    assert dates_by_text(text, "2016-06-15")["November"].value == "1968-11"
