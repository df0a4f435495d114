"""understand.dates, round 23 (issue 18; classes of the fresh23 batch and of the benchmark-page errors of dev, dev-c
and fresh22): a weekday told of a kind of person is no day; a page note's slashed day without its year is the note's
day; and the pairs round 22's review kept (no future year in a past clause, no past month for a feared future). The
sentences are made up for the tests."""


def test_a_weekday_told_of_a_kind_of_person_is_no_day(dates_by_text):
    text = "\"We do not need a governor who says one thing on Monday and the opposite on Tuesday,\" she said."
    assert not any(d.value for d in dates_by_text(text, "2016-03-22").values())
    found = dates_by_text("Voters want a mayor who answers the phone on Sunday.", "2016-03-22")
    assert not any(d.value for d in found.values())
    # a definite person, a past act, a modal, or a past verb above the person keep the day
    found = dates_by_text("The senator, who speaks on Thursday, met donors.", "2016-03-22")
    assert found["Thursday"].value == "2016-03-24"
    found = dates_by_text("A man who was arrested on Monday faces two charges.", "2016-03-22")
    assert found["Monday"].value == "2016-03-21"
    found = dates_by_text("A senator who opposes the bill said Tuesday that he would filibuster.", "2016-03-24")
    assert found["Tuesday"].value == "2016-03-22"
    found = dates_by_text("Voters want a candidate who will show up on Monday.", "2016-03-22")
    assert found["Monday"].value == "2016-03-28"


def test_a_page_notes_slashed_day_is_its_day(dates_by_text):
    text = "Store Pulls Listing After Outcry.\n\nUPDATE: 5/12 \u2014 The store has removed the listing."
    assert dates_by_text(text, "2016-05-12")["5/12"].value == "2016-05-12"
    text = "Council Votes On Budget.\nUpdated 11/3: The mayor responded on Friday."
    assert dates_by_text(text, "2015-11-04")["11/3"].value == "2015-11-03"
    # elsewhere a slashed pair is a fraction, a score or a ratio
    for text in ("The board approved 5/12 of the requests.", "They won 11/3 in the final.",
                 "Update 3/4 of the files before noon."):
        assert not any(d.value for d in dates_by_text(text, "2016-05-12").values())


def test_the_review_pairs_stay_as_read(dates_by_text):
    # a past sentence with a happening still ahead at the time told: this year's day, never a future year
    found = dates_by_text("Last month, with the April 19 primary looming, the campaign shifted its ads.", "2016-05-02")
    assert found["April 19"].value == "2016-04-19"
    # a feared happening in a present sentence is the coming month, a past fear's the month before
    found = dates_by_text("Officials worry about a shooting in August during the convention.", "2016-06-10")
    assert found["August"].value == "2016-08"
    found = dates_by_text("Officials worried about a shooting in March at the rally.", "2016-06-10")
    assert found["March"].value == "2016-03"
