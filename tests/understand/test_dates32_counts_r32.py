"""understand.dates, round 32 (issue 18): a count from a happening the text dates elsewhere ("two months before the
attack", the attack dated "on Sept. 11, 2012" in another sentence) takes that day even when another count from the
same happening stands in apposition to a day of its own ("a memo dated March 3 -- six months before the attack --"):
that day is the memo's, not the attack's (happening.py). The sentences are made up for the tests."""


def test_a_count_from_a_happening_dated_elsewhere(dates_by_text):
    text = ("The night of the embassy attack on Sept. 11, 2012, four guards were there. In a memo dated March 3, 2012 "
            "— six months before the attack — an officer asked for guards. \"Three months before the deadly 2012 "
            "attack on the embassy, the envoy asked for more staff,\" the paper said.")
    found = dates_by_text(text, "2016-05-02")
    assert found["Three months before"].value == "2012-06"
    assert found["March 3, 2012"].value == "2012-03-03"
    assert found["Sept. 11, 2012"].value == "2012-09-11"


def test_near_miss_a_count_apposed_to_a_day_does_not_date_the_happening(dates_by_text):
    # the text never dates the attack: the memo's day and the other count give the second count nothing
    found = dates_by_text("The memo was sent on March 3, 2012 — six months before the attack. Three months before "
                          "the attack, the envoy asked for more staff.", "2016-05-02")
    assert found["Three months before"].value is None
    assert found["March 3, 2012"].value == "2012-03-03"


def test_near_miss_a_day_that_modifies_the_happening_still_dates_it(dates_by_text):
    # "the March 1 primary": the day is the primary's own, so a count from "the primary" still takes it
    found = dates_by_text("Two days before the March 1 primary, Mr. Smith spoke in Dallas. Voters went to the polls "
                          "in the March 1 primary.", "2016-03-10")
    assert found["Two days before"].value == "2016-02-28"
