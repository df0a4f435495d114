"""understand.dates, round 34 (issue 18): a month as the modifier of a noun of scheduled happenings names the
schedule's slot ("the March states", "the March primaries"), not the time of a past clause's act (dates/slot.py,
``calendar_slot_nouns`` / ``schedule_slot_nouns``): found by the sweep of the product's own dates over PolNeAR train
(eval/dates_sweep.py). The sentences are made up for the tests; each rule has its near misses."""
import pytest

SLOTS = [
    # written in January: the states that vote in the coming March, whatever the past verb
    ("Campaign officials this week detailed the breadth of their operation in the March states.", "2016-01-31",
     "2016-03"),
    ("Cruz campaigned hard for the March primaries, aides said.", "2016-02-20", "2016-03"),
    ("He said he was looking past South Carolina to the March contests.", "2016-02-20", "2016-03"),
    ("Her work to organize in the March states has gone largely unnoticed.", "2016-01-31", "2016-03"),  # a perfect
    # written after them: the nearest is the one just past
    ("Kasich campaigned hard in the March states, aides said.", "2016-04-10", "2016-03"),
    # a single happening prepared for
    ("He prepared for the February debate all week.", "2016-01-20", "2016-02"),
]

NEAR_MISSES = [
    # the act took place at the happening, or a past relative clause tells what was done at it: the past one
    ("Rubio stumbled in the February debate.", "2016-01-20", "2015-02"),
    ("He recalled the February debate, where he stumbled badly.", "2016-01-20", "2015-02"),
    # written after it: still the past one
    ("Rubio stumbled in the February debate, where Christie attacked him.", "2016-04-10", "2016-02"),
    # a bare month is the time of the act, not a slot
    ("In March, voters went to the polls.", "2016-02-10", "2015-03"),
    # the object of the past verb: an act at it; a slot not coming soon: the one just past, not the nearest
    ("Republicans won the November elections by a wide margin.", "2016-09-20", "2015-11"),
    ("Clinton swept the March states, aides said.", "2016-02-20", "2015-03"),
    ("Kasich campaigned hard for the March primaries, aides said.", "2016-10-10", "2016-03"),
    # a month modifying a noun that is no scheduled happening keeps the clause's past
    ("The company released the March figures last week.", "2016-02-10", "2015-03"),
]


@pytest.mark.parametrize("text,published,value", SLOTS + NEAR_MISSES)
def test_a_month_naming_a_schedules_slot(dates_by_text, text, published, value):
    found = {d.text: d for d in dates_by_text(text, published).values() if d.text in ("February", "March", "November")}
    assert [d.value for d in found.values()] == [value]
