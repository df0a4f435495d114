"""understand.dates, round 34 (issue 18): words of time that end the items of a verbless series, a slogan's, name no
day ("today, tomorrow, forever", "Merger today, Chapter 11 tomorrow": ages.in_series, ``series_time_words``), found
by the sweep of the product's own dates (eval/dates_sweep.py, invariant quoted_relative). The sentences are made up
for the tests; each rule has its near misses."""


def _no_day(found, word):
    return word not in found or (found[word].value is None and found[word].span is None)


def test_a_slogans_series_names_no_day(dates_by_text):
    found = dates_by_text("The senator vowed to fight the plan “today, tomorrow, forever.”", "2016-04-28")
    assert _no_day(found, "today") and _no_day(found, "tomorrow")
    found = dates_by_text('Strikers carried placards reading "Mergers today, bankruptcy tomorrow."', "2016-04-28")
    assert _no_day(found, "today") and _no_day(found, "tomorrow")
    found = dates_by_text("He cried out: union now, union tomorrow, union forever.", "2016-04-28")
    assert _no_day(found, "tomorrow")


def test_near_misses_items_that_tell_a_deed_keep_their_day(dates_by_text):
    # gapping: "Clinton today" leans on a clause with a verb, and "yesterday" ends a clause with a verb
    found = dates_by_text("Trump campaigned in Ohio yesterday, Clinton today.", "2016-04-28")
    assert found["yesterday"].value == "2016-04-27" and found["today"].value == "2016-04-28"
    # a word of the day that does not end its item
    found = dates_by_text("She said today, tomorrow's vote will be close.", "2016-04-28")
    assert found["today"].value == "2016-04-28" and found["tomorrow"].value == "2016-04-29"
    # two clauses, each with its verb
    found = dates_by_text("We will meet today or tomorrow.", "2016-04-28")
    assert found["today"].value == "2016-04-28" and found["tomorrow"].value == "2016-04-29"
