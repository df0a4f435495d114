"""Round 23 (tryout): days without a year that a written year settles (understand/dates/written_years.py).
Sentences written for these tests."""
from __future__ import annotations

import newsgraph


def _dates(text, published):
    rec = newsgraph.analyze(text, published=published)
    return {d.text: d.value for d in rec.dates}


def test_a_list_under_a_coming_season_is_of_that_year():
    got = _dates("The Harbor Players will stage a 2025 summer season of four plays, the company said on Tuesday.\n\n"
                 "The season opens May 14th in Portland and closes August 30th in Salem. Tickets go on sale Friday, "
                 "December 13th.\n\nSeason schedule\n\nMay 14 - Portland\n\nJune 2 - Eugene\n\nAugust 30 - Salem\n",
                 "2024-11-20")
    assert got["May 14th"] == "2025-05-14" and got["August 30th"] == "2025-08-30", got
    assert got["June 2"] == "2025-06-02" and got["August 30"] == "2025-08-30", got
    assert got["Friday, December 13th"] == "2024-12-13", got  # (a day still ahead keeps its reading)


def test_a_past_clause_keeps_its_day():
    got = _dates("The band will tour in 2025. Its singer was arrested on June 2 in Ohio.\n", "2024-11-20")
    assert got["June 2"] == "2024-06-02", got


def test_a_spans_end_is_never_before_its_start():
    got = _dates("The winter market runs from December 28 to January 3 in the old square, organisers say.\n",
                 "2024-12-01")
    assert got["December 28"] == "2024-12-28" and got["January 3"] == "2025-01-03", got


def test_a_named_day_in_a_sentence_of_a_past_year():
    got = _dates("In April 2016 the governor asked donors for patience, hoping to raise more money before "
                 "Election Day.\n", "2019-10-02")
    assert got["Election Day"] == "2016-11-08", got


def test_a_deadline_year_or_a_later_past_states_no_season():
    got = _dates("The agency expects prices to fall by 2026. Its report listed the outages.\n\nOutages\n\n"
                 "June 3 - Ohio\n\nJuly 9 - Texas\n", "2024-11-20")
    assert got["June 3"] == "2024-06-03" and got["July 9"] == "2024-07-09", got
    got = _dates("The agency expects prices to fall in 2026. Its report listed the outages.\n\nOutages\n\n"
                 "June 3 - Ohio\n\nJuly 9 - Texas\n", "2024-11-20")
    assert got["June 3"] == "2024-06-03" and got["July 9"] == "2024-07-09", got  # (the text went back to the past)
