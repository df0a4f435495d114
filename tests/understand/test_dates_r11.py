"""understand.dates, round 11 (issue 18): classes of errors found on a fresh batch of PolNeAR texts, each with a
general rule. A quotation with no day of its own and no reported day just before it was said on the day the report's
lede gives its news. A day of the publication's month still ahead, without its year, in a past clause is flagged,
not moved eleven months back (news style writes the year of a date not of the current year). "The day before"
followed by a preposition ("the day before by the board") has no object: it counts back from the narrative's last
day, not from a happening. The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


FILLER = ("The city council has argued for years over the cost of the new bridge, and the plans have been drawn "
          "and redrawn by three firms of engineers, each with its own view of the river and of the budget. ")


def test_a_quotation_far_from_any_day_was_said_on_the_lede_day(date_pipe):
    text = ("Bridge vote.\n\nThe mayor told reporters at a briefing in the town hall on Thursday that the vote "
            "would go ahead.\n\n" + FILLER * 3 + "\n\n\u201cI read the final report today and it is clear,\u201d "
            "the mayor said.")
    got = dates(date_pipe, text, "2019-11-16")
    assert got["Thursday"].value == "2019-11-14"
    assert got["today"].value == "2019-11-14"


def test_a_lede_day_on_the_publication_day_or_outside_quotations_changes_nothing(date_pipe):
    text = ("Bridge vote.\n\nThe mayor spoke on Saturday.\n\n" + FILLER * 3 +
            "\n\n\u201cI read the final report today,\u201d the mayor said.")
    assert dates(date_pipe, text, "2019-11-16")["today"].value == "2019-11-16"
    text = "Bridge vote.\n\nThe mayor spoke on Thursday.\n\n" + FILLER * 3 + "\n\nThe council meets today."
    assert dates(date_pipe, text, "2019-11-16")["today"].value == "2019-11-16"
    text = ("Bridge vote.\n\nThe bridge had problems last week when it opened to traffic on Tuesday.\n\n" + FILLER * 3
            + "\n\n\u201cI read the final report today and it is clear,\u201d the mayor said.")
    assert dates(date_pipe, text, "2019-11-16")["today"].value == "2019-11-16"  # a period first: no day of saying


def test_before_as_an_adverb_counts_back_from_the_narratives_day(date_pipe):
    text = "The union signed the deal on Wednesday. It had been approved the day before by the board."
    assert dates(date_pipe, text, "2019-11-22")["the day before"].value == "2019-11-19"
    text = "The union signed the deal on Wednesday. \u201cWe had agreed the day before at the hotel,\u201d she said."
    assert dates(date_pipe, text, "2019-11-22")["the day before"].value is None  # the speaker's story, not the text's
    text = "The union signed the deal on Wednesday, two days before the strike."
    assert dates(date_pipe, text, "2019-11-22")["Wednesday"].value == "2019-11-20"



def test_a_day_still_ahead_in_the_publication_month_is_flagged_in_a_past_clause(date_pipe):
    got = dates(date_pipe, "The suspect was arrested on Nov. 28 after a long search.", "2019-11-19")["Nov. 28"]
    assert got.value is None and got.flag and got.stated == "2019-11-28"  # not 2018-11-28: that would carry its year
    got = dates(date_pipe, "The court ordered the agency to finish the review by Nov. 29.", "2019-11-19")["Nov. 29"]
    assert got.value == "2019-11-29" and got.flag is None  # a time aimed at
    got = dates(date_pipe, "The suspect was arrested on Oct. 28 after a long search.", "2019-11-19")["Oct. 28"]
    assert got.value == "2019-10-28"
    got = dates(date_pipe, "The suspect was arrested on Dec. 28 after a long search.", "2019-11-19")["Dec. 28"]
    assert got.value == "2018-12-28"
