"""Round 26 review2 fix of corpus/story_events.py's incident class (helper revfixF): one happening is a singular noun
placed in a town, not in a country or a state, and not recalled (sentences written for the test)."""
from newsgraph.corpus import story_events as SE


def test_a_towns_shooting_is_its_incident():
    lead = "A gunman killed four people in a shooting at a Tulsa hospital on Wednesday, police said."
    assert SE.event_term("Tulsa hospital shooting", lead, "2022-06-02", places=frozenset({"tulsa"})) == \
        "#event:incident:tulsa"


def test_a_state_or_a_country_names_no_one_incident():
    lead = "The shooting in Texas left the state's lawmakers divided, and a shooting in Canada followed."
    assert SE.event_term("Lawmakers react to Texas shooting", lead, "2022-06-02",
                         places=frozenset({"texas", "canada"})) is None


def test_an_incident_recalled_is_not_the_documents():
    lead = "The senator recalled the Tulsa shooting in a speech. Since the Tulsa shooting, she has asked for funds."
    assert SE.event_term("Senator asks for school funds", lead, "2022-09-02", places=frozenset({"tulsa"})) is None
