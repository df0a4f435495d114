"""understand.dates, round 36 (issue 18, real web pages as a development set): days in listings. A forecast or an
events page sets its days out as headings, one to a line ("FRIDAY NIGHT", "Saturday:"): a list of days looks ahead,
the day is the coming one (dates/listing.py). A day that names a thing in a present clause ("Sunday's race is the
highlight") is the nearest such day, as under a future. A list's lines are separate entries: the dash that opens a
line is a bullet, not the joiner of a span (written_years.py). The sentences are made up for the tests; each form has
its near miss."""


def test_weekday_headings_of_a_listing_look_ahead(dates_by_text):
    text = ("Everything going on along the coast this weekend:\n\nFRIDAY NIGHT\nA jazz trio plays the pier.\n\n"
            "Saturday:\n- The farmers market opens at the old depot.\n")
    found = dates_by_text(text, "2024-05-16", "en")  # a Thursday
    assert found["FRIDAY"].value == "2024-05-17"
    assert found["Saturday"].value == "2024-05-18"


def test_near_miss_a_weekday_opening_a_sentence_is_no_heading(dates_by_text):
    found = dates_by_text("The county fair drew crowds.\nTuesday was a washout, and the fair closed early.",
                          "2024-05-16", "en")
    assert found["Tuesday"].value == "2024-05-14"


def test_a_days_thing_in_a_present_clause_is_the_nearest(dates_by_text):
    found = dates_by_text("Sunday's race is the highlight of the season for the club.", "2024-05-17", "en")  # Friday
    assert found["Sunday"].value == "2024-05-19"


def test_near_miss_a_days_thing_in_a_past_clause(dates_by_text):
    found = dates_by_text("Sunday's race was the highlight of the season for the club.", "2024-05-17", "en")
    assert found["Sunday"].value == "2024-05-12"


def test_a_bullet_is_no_span_joiner(dates_by_text):
    text = "Shows on the pier between July 28-30:\n- July 30, Brass Night at the bandstand\n- July 29, Folk Hour\n"
    found = dates_by_text(text, "2023-07-27", "en")
    assert found["July 29"].value == "2023-07-29"


def test_near_miss_a_span_on_one_line_still_ends_after_its_start(dates_by_text):
    found = dates_by_text("The winter show runs from December 9 - January 12 at the old depot.", "2023-11-01", "en")
    assert found["January 12"].value == "2024-01-12"
