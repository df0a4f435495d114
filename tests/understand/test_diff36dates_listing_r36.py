"""understand.dates, round 36 differential review (diff36dates): a weekday heading takes the time of the entry it
heads. dates36web read a weekday alone on its line as a listing's heading, the coming day (dates/listing.py); a recap
sets its past days out the same way ("Monday" / "Protesters gathered ..."), and there the day is behind: when the
first line under the heading is told in the past, the heading is read as before (the past day). The sentences are
made up for the tests; the near miss is a forecast's heading, whose entry has no past tense."""

import pytest

RECAP = ("How the week unfolded at the courthouse:\n\nMonday\nProtesters gathered outside and police arrested "
         "twelve.\n\nTuesday:\n- The judge ruled against the city.\n")
FORECAST = "The week ahead on the coast:\n\nSATURDAY\nSunny, with a high of 75.\n"

# (text, published, expression, day): a recap's headings stay behind (published on a Thursday); the near miss, a
# forecast's heading, still looks ahead (published on a Monday)
HEADINGS = (
    (RECAP, "2024-05-16", "Monday", "2024-05-13"),
    (RECAP, "2024-05-16", "Tuesday", "2024-05-14"),
    (FORECAST, "2024-05-20", "SATURDAY", "2024-05-25"),
)


@pytest.mark.parametrize("text,published,expr,day", HEADINGS)
def test_a_heading_takes_the_time_of_its_entry(dates_by_text, text, published, expr, day):
    assert dates_by_text(text, published, "en")[expr].value == day
