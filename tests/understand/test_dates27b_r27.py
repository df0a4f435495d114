"""understand.dates, round 27 (dates27b; narrative.py): a month or a day without a year takes the year of the past
narrative a written year opens before it, until the text comes back to now (a year of the publication, "today",
"this year"), a sentence told in the present or the future, a quotation's edge, or a verb of saying whose report
holds the year. The sentences are made up for the tests."""

PUB = "2019-11-19"


def test_a_past_narrative_gives_its_year(dates_by_text):
    got = dates_by_text("In 2008, the banks were failing. On Sept. 15, Lehman Brothers collapsed.", PUB)
    assert got["Sept. 15"].value == "2008-09-15"
    got = dates_by_text("The uprising began in 2011. Crowds filled the square on Jan. 25, and the ruler quit on "
                        "Feb. 11.", PUB)
    assert got["Jan. 25"].value == "2011-01-25"
    assert got["Feb. 11"].value == "2011-02-11"
    # a verb of saying in the present between does not end the story
    got = dates_by_text("In 2008 the bank failed, he says. On Sept. 15 its shares collapsed.", PUB)
    assert got["Sept. 15"].value == "2008-09-15"


def test_a_year_of_now_ends_the_narrative(dates_by_text):
    got = dates_by_text("In 2015 he moved to Paris. In 2019 he came back home. On Nov. 8 he told reporters the plan "
                        "was dead.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"
    got = dates_by_text("In 2015 he moved to Paris. This year he came back home. On Nov. 8 he told reporters the "
                        "plan was dead.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"
    got = dates_by_text("In 2015 he moved to Paris. Today he runs a cafe in Rome, which he opened on Nov. 8.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"


def test_a_present_sentence_ends_the_narrative(dates_by_text):
    got = dates_by_text("In 2014 the mill closed its doors. Its owners are building flats on the site. On Oct. 2 "
                        "they won a permit.", PUB)
    assert got["Oct. 2"].value == "2019-10-02"


def test_a_quotation_edge_ends_the_narrative(dates_by_text):
    got = dates_by_text("\"In 2009 we tried that and it failed,\" the mayor said. On Nov. 8 the board voted the plan "
                        "down.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"


def test_a_year_inside_a_report_does_not_date_the_saying(dates_by_text):
    got = dates_by_text("The coach had left the club in 2015, he said on Nov. 8.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"


def test_no_narrative_from_a_name_since_or_an_age(dates_by_text):
    got = dates_by_text("Prices have risen since 2008. On Nov. 8 the bank raised its rate.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"
    got = dates_by_text("The mayor, 45, won the seat in 2012.\n\nOn Nov. 8 she spoke about the budget.", PUB)
    assert got["Nov. 8"].value == "2019-11-08"
    got = dates_by_text("The 2008 Act still governs the trade. The minister will review it on Dec. 2.", PUB)
    assert got["Dec. 2"].value == "2019-12-02"
