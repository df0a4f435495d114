"""understand.dates, round 9 (issue 18): classes of errors, each with a general rule. A season named with "the" and
no year is read by the clause's tense like a month without one (none for a habit); "this fall" is the fall of the
current year; a day without its year is of the year at hand (February 29 too); what one needs to do lies after the
need. The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_a_season_with_the_follows_the_tense(date_pipe):
    got = dates(date_pipe, "The mayor, who was elected in the fall, spoke on Monday.", "2016-05-12")
    assert got["the fall"].span == "2015-09-01/2015-11-30"
    got = dates(date_pipe, "The two parties will meet voters in the fall.", "2016-05-12")
    assert got["the fall"].span == "2016-09-01/2016-11-30"
    got = dates(date_pipe, "The plant has been closed since the summer.", "2016-05-12")
    assert got["the summer"].span == "2015-06-01/2015-08-31"
    got = dates(date_pipe, "They hope to unite the movement for the contest in the fall.", "2016-05-12")
    assert got["the fall"].span == "2016-09-01/2016-11-30"


def test_a_season_with_the_in_a_habit_has_no_value(date_pipe):
    got = dates(date_pipe, "Farmers rest their fields in the winter.", "2016-05-12")
    assert "the winter" not in got or got["the winter"].span is None


def test_a_noun_fall_is_no_season(date_pipe):
    got = dates(date_pipe, "The fall in steel prices worried the board.", "2016-05-12")
    assert not any("fall" in k for k in got)
    got = dates(date_pipe, "Historians wrote of the city in the fall of the empire.", "2016-05-12")
    assert not any(d.span for k, d in got.items() if "fall" in k)


def test_this_season_is_of_the_current_year(date_pipe):
    got = dates(date_pipe, "We had one more tour of the state this fall when I will win it.", "2016-03-15")
    assert got["this fall"].span == "2016-09-01/2016-11-30"
    got = dates(date_pipe, "She said this summer was the hottest she remembered.", "2016-12-15")
    assert got["this summer"].span == "2016-06-01/2016-08-31"


def test_february_29_without_a_year_is_of_the_year_at_hand(date_pipe):
    got = dates(date_pipe, "The judge said the ministry had to publish the files by Feb. 29.", "2016-02-19")
    assert got["Feb. 29"].value == "2016-02-29"
    got = dates(date_pipe, "The shop closed on Feb. 29.", "2016-11-02")
    assert got["Feb. 29"].value == "2016-02-29"


def test_what_one_needs_to_do_lies_after_the_need(date_pipe):
    got = dates(date_pipe, "Aides said the candidate did not need to campaign until January.", "2015-12-20")
    assert got["January"].value == "2016-01"
    got = dates(date_pipe, "The senator was arrested in January.", "2015-12-20")
    assert got["January"].value == "2015-01"


def test_the_end_of_the_year_is_the_period_at_hand(date_pipe):
    got = dates(date_pipe, "The firm said it would open 40 stores by the end of the year.", "2019-11-20")
    assert got["end of the year"].value == "2019"
    got = dates(date_pipe, "The minister will resign at the end of the month.", "2019-11-20")
    assert got["end of the month"].value == "2019-11"
    got = dates(date_pipe, "The club was founded in 1998. By the end of the year, it had lost its coach.", "2019-11-20")
    assert got["end of the year"].value == "1998"


def test_the_end_of_the_day_is_an_idiom(date_pipe):
    assert "end of the day" not in dates(date_pipe, "At the end of the day, the voters decide.", "2019-11-20")


def test_a_season_that_names_a_noun_is_not_read_as_the_clauses_time(date_pipe):
    got = dates(date_pipe, "He must do well in the fall debates.", "2016-08-17")
    assert not any(d.span and d.span.startswith("2015") for d in got.values())


def test_both_years_of_a_dashed_range(date_pipe):
    got = dates(date_pipe, "The plan was debated from 2010-2011 in the parliament.", "2016-04-27")
    assert got["2010"].value == "2010" and got["2011"].value == "2011"
    got = dates(date_pipe, "The 1998–2004 war left the region in ruins.", "2016-04-27")
    assert got["1998"].value == "1998" and got["2004"].value == "2004"
    assert not dates(date_pipe, "The room seats 2010-1990 guests.", "2016-04-27")  # second year not after the first


def test_a_weekday_glued_by_the_page_extraction(date_pipe):
    got = dates(date_pipe, "The attack followsSaturday’s riot in the capital.", "2016-07-25")
    assert got["Saturday"].value == "2016-07-23"
    got = dates(date_pipe, "Shots rang out late Sundaynight near the club.", "2016-07-25")
    assert got["Sunday"].value == "2016-07-24"
    assert not dates(date_pipe, "Readers shared #FollowFriday posts.", "2016-07-25")


def test_a_date_in_an_aside_does_not_move_the_narrative(date_pipe):
    text = ("The club was founded in 1950 by two brothers. (The town has had a mayor since 1962.) After a scandal three "
            "years later, the club closed.")
    assert dates(date_pipe, text, "2015-12-01")["three years later"].value == "1953"
    got = dates(date_pipe, "The club (founded in 1950) closed three years later.", "2015-12-01")
    assert got["three years later"].value == "1953"  # with no other date, the aside's is counted from


def test_a_year_before_a_noun_of_a_happening(date_pipe):
    got = dates(date_pipe, "In the week before the 2016 convention, the delegates will vote on the rules.", "2016-02-24")
    assert got["2016"].value == "2016"
    assert not dates(date_pipe, "The candidate won 2000 votes in the county, officials said.", "2016-02-24")


def test_more_holidays_from_the_data(date_pipe):
    got = dates(date_pipe, "On Cinco de Mayo, the senator ate lunch at his desk.", "2016-08-17")
    assert got["Cinco de Mayo"].value == "2016-05-05"
    got = dates(date_pipe, "Schools will close on Martin Luther King Jr. Day in the city.", "2016-01-05")
    assert got["Martin Luther King Jr. Day"].value == "2016-01-18"


def test_a_season_with_the_in_a_past_narrative_takes_its_year(date_pipe):
    text = "The mill opened in 1998 with 40 workers. It doubled its staff in the summer, the owner recalled."
    assert dates(date_pipe, text, "2016-04-20")["the summer"].span == "1998-06-01/1998-08-31"
    text = "The mill opened in 2016 with 40 workers. It will double its staff in the summer."
    assert dates(date_pipe, text, "2016-04-20")["the summer"].span == "2016-06-01/2016-08-31"


def test_without_a_publication_date_a_month_takes_the_texts_own_year_not_its_latest(date_pipe):
    # no publication date: "April" is in the year most of the text's dates are in, not in the goal year 2050
    text = ("The talks failed in 2019. In 2019 the farmers protested again. The government wants to cut emissions "
            "by 2050. In April, the minister met the farmers.")
    got = dates(date_pipe, text, None)
    assert got["April"].value == "2019-04"
    # no year the text makes its own: no value is better than a guess
    got = dates(date_pipe, "The plan of 2012 was replaced by the plan of 2016. In April, the minister met farmers.", None)
    assert got["April"].value is None


def test_without_a_publication_date_a_goal_year_is_not_the_texts_own(date_pipe):
    # the only year is a deadline: "last December" and "Feb. 9" get no year rather than 2030's
    text = ("The country pledged at climate talks in Paris last December to cut emissions by 2030. On Feb. 9 the "
            "court halted the plan.")
    got = dates(date_pipe, text, None)
    assert got["Feb. 9"].value is None
