"""understand.dates, round 34 (issue 18): a month as the modifier of a noun of scheduled happenings names the
schedule's slot ("the March states", "the March primaries"), not the time of a past clause's act (dates/slot.py,
``calendar_slot_nouns`` / ``schedule_slot_nouns``): found by the sweep of the product's own dates over PolNeAR train
(eval/dates_sweep.py). The sentences are made up for the tests; each rule has its near misses."""


def test_a_calendar_slot_in_a_past_clause_is_the_nearest(dates_by_text):
    # written in January: the states that vote in the coming March, whatever the past verb
    found = dates_by_text("Campaign officials this week detailed the breadth of their operation in the March states.",
                          "2016-01-31")
    assert found["March"].value == "2016-03"
    assert dates_by_text("Cruz campaigned hard for the March primaries, aides said.", "2016-02-20")[
        "March"].value == "2016-03"
    assert dates_by_text("He said he was looking past South Carolina to the March contests.", "2016-02-20")[
        "March"].value == "2016-03"
    # a present perfect as well
    assert dates_by_text("Her work to organize in the March states has gone largely unnoticed.", "2016-01-31")[
        "March"].value == "2016-03"
    # written after them: the nearest is the one just past
    assert dates_by_text("Kasich campaigned hard in the March states, aides said.", "2016-04-10")[
        "March"].value == "2016-03"


def test_a_single_happening_prepared_for_is_the_nearest(dates_by_text):
    assert dates_by_text("He prepared for the February debate all week.", "2016-01-20")["February"].value == "2016-02"


def test_near_misses_a_past_act_at_the_happening_or_a_bare_month(dates_by_text):
    # the act took place at it: the past one
    assert dates_by_text("Rubio stumbled in the February debate.", "2016-01-20")["February"].value == "2015-02"
    assert dates_by_text("He recalled the February debate, where he stumbled badly.", "2016-01-20")[
        "February"].value == "2015-02"
    # written after it: still the past one
    assert dates_by_text("Rubio stumbled in the February debate, where Christie attacked him.", "2016-04-10")[
        "February"].value == "2016-02"
    # a bare month is the time of the act, not a slot
    assert dates_by_text("In March, voters went to the polls.", "2016-02-10")["March"].value == "2015-03"
    # a month modifying a noun that is no scheduled happening keeps the clause's past
    assert dates_by_text("The company released the March figures last week.", "2016-02-10")["March"].value == \
        "2015-03"
