"""understand.dates, round 15 (issue 18): "this week" written on a Sunday of what is to come (the week the Sunday
opens), years the parser leaves out of its DATE entities (the second of two coordinated years, a year after a place).
The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_this_week_written_on_a_sunday(date_pipe):
    # 2016-07-24 is a Sunday: a future or a present is of the week ahead, a past of the week just lived
    got = dates(date_pipe, "The mayor will travel to Denver this week.", "2016-07-24")
    assert got["this week"].span == "2016-07-25/2016-07-31"
    got = dates(date_pipe, "Her office said she is not available this week.", "2016-07-24")
    assert got["this week"].span == "2016-07-25/2016-07-31"
    got = dates(date_pipe, "The council expects a vote later this week.", "2016-07-24")
    assert got["later this week"].span == "2016-07-25/2016-07-31"
    got = dates(date_pipe, "This week, the council approved the budget.", "2016-07-24")
    assert got["This week"].span == "2016-07-18/2016-07-24"
    got = dates(date_pipe, "Earlier this week, the council approved the budget.", "2016-07-24")
    assert got["Earlier this week"].span == "2016-07-18/2016-07-24"
    # on a weekday nothing changes
    got = dates(date_pipe, "The mayor will travel to Denver this week.", "2016-07-20")
    assert got["this week"].span == "2016-07-18/2016-07-24"


def test_the_second_of_two_coordinated_years(date_pipe):
    got = dates(date_pipe, "She spoke at the 1996 and 2000 conventions of her party.", "2016-07-24")
    assert got["1996"].value == "1996" and got["2000"].value == "2000"
    # numbers that count a noun stay quantities
    got = dates(date_pipe, "The factory sold 1500 and 2000 units.", "2016-07-24")
    assert not any(d.value for d in got.values())


def test_a_year_like_number_paired_with_a_count(date_pipe):
    # the ends of a range or a choice are of one kind: with a number that cannot be a year, both are quantities
    for text in ("The army sent between 2000 and 3000 troops.", "Some 2000 or 3,000 fans waited outside.",
                 "Between 1500 and 2000 people marched."):
        got = dates(date_pipe, text, "2016-07-24")
        assert not any(d.value for d in got.values()), text
    got = dates(date_pipe, "He chaired the board from 1990 to 2000, and the 2004 and 2008 meetings.", "2016-07-24")
    assert {d.value for d in got.values() if d.value} == {"1990", "2000", "2004", "2008"}


def test_a_year_after_a_place(date_pipe):
    got = dates(date_pipe, "Remember Reagan in Iowa 1980, or Clinton in New Hampshire 1992?", "2016-02-01")
    assert got["1980"].value == "1980" and got["1992"].value == "1992"
    # a product's number stays a name
    got = dates(date_pipe, "The office still runs Windows 2000.", "2016-02-01")
    assert not any(d.value for d in got.values())


def test_a_year_inside_a_name_of_a_happening(date_pipe):
    # a year before a capitalised word is no month-year ("the 1968 March on Selma"); a year before a noun of a
    # happening held each year is its edition's ("the Clean Energy 2015 forum"); a product's name is neither
    got = dates(date_pipe, "His father had marched in the 1968 March on Selma as a student.", "2016-02-17")
    assert got["1968"].value == "1968"
    got = dates(date_pipe, "Delegates met at the Clean Energy 2015 forum in Oslo.", "2016-02-17")
    assert got["2015"].value == "2015"
    got = dates(date_pipe, "He played Farming Simulator 2019 all night.", "2016-02-17")
    assert not any(d.value for d in got.values())


def test_a_year_with_its_century_elided(date_pipe):
    got = dates(date_pipe, "Fans of the class of '08 say it peaked in ‘16, not since ’92.", "2016-03-10")
    assert got["'08"].value == "2008" and got["‘16"].value == "2016" and got["’92"].value == "1992"
    got = dates(date_pipe, "The band was big in the '90s.", "2016-03-10")
    assert got["'90s"].span == "1990-01-01/1999-12-31"


def test_a_season_joined_to_a_season_with_its_year(date_pipe):
    got = dates(date_pipe, "She taught there in the spring and summer of 2011.", "2016-03-10")
    assert got["the spring"].span == "2011-03-01/2011-05-31"
    got = dates(date_pipe, "The pipes froze in the winter and spring of 2010.", "2016-03-10")
    assert got["the winter"].span == "2009-12-01/2010-02-28"


def test_review_r15_years_after_a_preposition_and_counts_before_an_edition_noun():
    """Review r15: "280,000 in 2015 and 150 in 2016" lost 2015 (a year paired with a count), "More than 2000
    conference delegates" became the year 2000 (an edition noun after the number)."""
    import newsgraph
    rec = newsgraph.analyze("Germany took in 890,000 asylum seekers in 2015 and 280,000 in 2016.",
                            published="2016-07-20")
    assert [d.value for d in rec.dates] == ["2015", "2016"]
    rec = newsgraph.analyze("More than 2000 conference delegates attended the meeting in Lyon.", published="2016-07-20")
    assert rec.dates == []
    rec = newsgraph.analyze("Between 2000 and 3000 troops were sent to the border.", published="2016-07-20")
    assert rec.dates == []
