"""An event's date is a date that attaches to its trigger (or to the word the trigger hangs on), not any date of its
sentence, and never a bound ("by 2030"): a tryout found events dated 2030 from "by 2030" opening `newsgraph events`,
and events put on 2001-09-11 by a mention of "the 9/11 attacks"."""
import pytest

from newsgraph import analyze

PUB = "2019-11-19"


@pytest.mark.parametrize("text, date", [
    ("Israel attacked Gaza in May.", "2019-05"),
    ("Police arrested the suspect on Friday for the 1972 murder of a Detroit teacher.", "2019-11-15"),
    ("The government pledged to cut emissions by 2030.", PUB),
    ("Obama, speaking on the anniversary of the 9/11 attacks, criticized Russia.", PUB),
    ("Trump criticized Biden over his 1994 crime bill.", PUB),  # a reason's year (review r11)
    ("Pompeo met Lavrov in Moscow at the end of August.", "2019-08"),  # a part of a period (tryout r12)
    ("Israel attacked Gaza in the first week of May.", "2019-05"),
    ("The government pledged to cut emissions by the end of 2030.", PUB),  # still a bound
])
def test_the_date_of_an_event_is_the_date_its_trigger_takes(text, date):
    (ev,) = analyze(text, published=PUB).events
    assert ev.date == date
