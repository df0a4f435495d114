"""understand.dates, round 28: review 28b's findings on dates28's rules (REVIEW2 5 and 18), narrowed. The sentences
are made up for the tests."""


def test_a_scene_a_picture_or_a_record_shows_is_past_under_a_perfect(dates_by_text):
    # footage, a photo or a video shows what was filmed: it had happened when it is shown, so a month or a day in the
    # scene keeps the past under a present perfect (not the nearest, which from June is the coming October)
    text = "Prosecutors have shown jurors footage of the driver leaving the garage on Oct. 9."
    assert dates_by_text(text, "2026-06-10")["Oct. 9"].value == "2025-10-09"
    text = "The ministry has posted photos showing flooded streets after the storm in September."
    assert dates_by_text(text, "2026-06-10")["September"].value == "2025-09"
    # a record's "-ing" verb of showing: what it found is past
    text = "Activists have cited a survey showing a surge in arrests in November."
    assert dates_by_text(text, "2026-06-10")["November"].value == "2025-11"
    # a thing of the noun that is no scene shown stays the nearest (dates28's rule)
    text = "The station has promoted a concert airing on Sept. 14."
    assert dates_by_text(text, "2026-06-10")["Sept. 14"].value == "2026-09-14"
    text = "The union has endorsed a candidate running in the election in November."
    assert dates_by_text(text, "2026-06-10")["November"].value == "2026-11"


def test_the_following_weekend_with_no_day_before_it_is_no_date(dates_by_text):
    # "the following/previous weekend" is counted from a day of the text; with none, it names no date
    assert "The following weekend" not in dates_by_text("The following weekend looks busy for the airlines.\n",
                                                        "2026-06-10")
    found = dates_by_text("In April the club lost twice. The previous weekend it had won.\n", "2026-06-10")
    assert "The previous weekend" not in found and found["April"].value == "2026-04"
    # after a day it is that day's weekend
    text = "He arrived in Lisbon on Thursday, May 14. The following weekend he sailed on.\n"
    assert dates_by_text(text, "2026-06-10")["The following weekend"].span == "2026-05-16/2026-05-17"
