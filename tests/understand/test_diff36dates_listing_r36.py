"""understand.dates, round 36 differential review (diff36dates): a weekday heading takes the time of the entry it
heads. dates36web read a weekday alone on its line as a listing's heading, the coming day (dates/listing.py); a recap
sets its past days out the same way ("Monday" / "Protesters gathered ..."), and there the day is behind: when the
first line under the heading is told in the past, the heading is read as before (the past day). The sentences are
made up for the tests; the near miss is a forecast's heading, whose entry has no past tense."""


def test_a_recaps_weekday_headings_stay_behind(dates_by_text):
    text = ("How the week unfolded at the courthouse:\n\nMonday\nProtesters gathered outside and police arrested "
            "twelve.\n\nTuesday:\n- The judge ruled against the city.\n")
    found = dates_by_text(text, "2024-05-16", "en")  # a Thursday
    assert found["Monday"].value == "2024-05-13"
    assert found["Tuesday"].value == "2024-05-14"


def test_near_miss_a_forecasts_heading_still_looks_ahead(dates_by_text):
    found = dates_by_text("The week ahead on the coast:\n\nSATURDAY\nSunny, with a high of 75.\n", "2024-05-20", "en")
    assert found["SATURDAY"].value == "2024-05-25"
