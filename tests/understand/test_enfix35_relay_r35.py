"""Round 35 (enfix35): a relay tail's source is one noun phrase (quotes/en_relay_tail._source_ok): "the figure the
agency gave" is a noun with a contact relative clause, no source. Sentences written here, with a near miss."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def test_a_noun_with_a_contact_relative_is_no_source():
    got = _quotes("Medics said 12 people were hurt in the crash, the same number the police reported.")
    assert not any(s and s.startswith("the same number") for _, s in got), got


def test_near_miss_a_wire_agency_is_the_source():
    got = _quotes("Three people were hurt in the blast, police said on Monday, the official news agency reported.")
    assert "the official news agency" in {s for _, s in got}, got
