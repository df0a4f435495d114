"""Round 34 (enfix34, review34b's finding on newuser34 person_by_apposition): a role news says of states and
institutions as much as of people ("a close ally", "a leader in", "a partner") and a known country make no person;
a person's trade still does. Sentences written here."""
import pytest

import newsgraph


def _types(text):
    return {e.name: e.type for e in newsgraph.analyze(text).entities}


@pytest.mark.parametrize("text, name", [
    ("Japan, a longtime ally of Seoul, said it would send an envoy.", "Japan"),
    ("Princeton, a leader in physics, said it would freeze hiring.", "Princeton"),
    ("Siemens, a leader in rail signalling, said it would cut jobs.", "Siemens"),
])
def test_shared_role_or_country_keeps_the_type(text, name):
    assert _types(text).get(name) != "PERSON"


def test_person_trade_still_makes_a_person():
    # near miss: a trade only a person has
    text = "Ferhani, a retired nurse, said the clinic had closed. He said the nearest one was an hour away."
    assert _types(text).get("Ferhani") == "PERSON"
