"""An event dated after the day its story was published has not happened when told (tryout r20: the newest-first
events list opened with "is stepping down in May 2020", marked asserted, in a story of November 2019): it is a plan
(factuality "planned"); an event told in the past tense keeps "asserted" (sentences written for these tests)."""
import newsgraph
from newsgraph.store import queries as Q


def _events(text):
    return newsgraph.analyze(text, source="r20/plans", published="2019-11-19").events


def test_an_event_dated_after_its_story_is_a_plan():
    (ev,) = _events("Prime Minister Ann Lee is stepping down in May 2020, her office said on Tuesday.")
    assert (ev.type, ev.date, ev.factuality) == ("RETREAT", "2020-05", "planned")
    (ev,) = _events("Sweden is meeting China in May 2020 to discuss trade.")
    assert ev.factuality == "planned"


def test_an_event_told_in_the_past_stays_asserted():
    (ev,) = _events("Sweden met China in May 2019 to discuss trade.")
    assert ev.factuality == "asserted"


def test_the_store_lists_the_plan_as_a_plan(store):
    rec = newsgraph.analyze("Prime Minister Ann Lee is stepping down in May 2020, her office said on Tuesday. Sweden "
                            "met China on Monday to discuss trade.", source="r20/plans", published="2019-11-19")
    store.write_batch([rec])
    items = Q.list_events(store, limit=10)["items"]
    first = items[0]
    assert first["date"] == "2020-05" and first["factuality"] == "planned", items
