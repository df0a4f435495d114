"""Round 26 (issue 18, stories): an unscheduled violent happening is named by its place ("the Millbrook shooting",
"a massacre at a nightclub in Millbrook"): the political responses of its days name it so in their leads, where
their other words (airstrikes, resignation calls, the gunman's employer) differ. A place the document's entities
give qualifies the noun; without one ("police shootings", "a mass shooting") it names no happening."""
from __future__ import annotations

from newsgraph.corpus import story_events as SE

PLACES = frozenset({"millbrook", "ohio", "port ellis"})


def test_an_incident_is_named_by_the_place_before_or_after_its_noun():
    assert SE.mentions("the Millbrook nightclub shooting", places=PLACES) == [("incident", "incident:millbrook",
                                                                                 False)]
    assert SE.mentions("a massacre at a nightclub in Millbrook", places=PLACES) == [("incident", "incident:millbrook",
                                                                                         False)]
    assert SE.mentions("the massacre in Port Ellis", places=PLACES) == [("incident", "incident:port ellis", False)]
    # a response and a report of one shooting share the happening however different their words
    response = SE.event_term("Senator demands airstrikes", "Senator Ada Pell demanded airstrikes after the "
                             "Millbrook shooting left 49 dead, her aides said on Monday.", "2016-06-13", PLACES)
    report = SE.event_term("Gunman's employer speaks", "The security firm that employed the gunman in the "
                           "Millbrook massacre said it had screened him twice.", "2016-06-14", PLACES)
    assert response == report == "#event:incident:millbrook"


def test_an_incident_without_a_place_names_no_happening():
    assert SE.event_term("Police shooting comments draw fire", "The governor criticised her remarks on police "
                         "shootings in a radio interview.", "2016-09-21", PLACES) is None
    assert SE.event_term("A mass shooting, again", "Another mass shooting has shaken the country.", "2016-06-13",
                         PLACES) is None
    # the place must be one the document's entities give: a word before the noun is not enough
    assert SE.event_term("The nightclub massacre", "The Latest nightclub massacre shocked the town.", "2016-06-13",
                         frozenset()) is None


def test_a_far_off_incident_is_no_happening_of_these_days():
    assert SE.event_term("Gun bill stalls", "Last year's Millbrook shooting is cited by both sides in the gun "
                         "bill debate in Ohio's legislature.", "2017-06-13", PLACES) is None
