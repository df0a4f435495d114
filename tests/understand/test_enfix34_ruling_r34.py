"""Round 34 (enfix34, review34b's finding on newuser34 en_experienced): what a judge, a jury or an inspector finds
someone to be is a ruling given in words, and so is a verdict adjective ("found the company liable"); an
experience of a person ("is finding them reluctant", "found the voters liable to change their minds") is none.
Sentences written here."""
import pytest

import newsgraph


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in newsgraph.analyze(text).quotes]


@pytest.mark.parametrize("text, start", [
    ("Judge Omar Haddad found the company negligent in the collapse.", "the company negligent"),
    ("Inspector Tom Gale found the stairwell cramped and dark.", "the stairwell cramped"),
])
def test_a_ruling_keeps_its_finding(text, start):
    assert any(t.startswith(start) and c == "found" for t, _, c in _quotes(text))


def test_liable_to_is_no_verdict():
    # near miss: "liable to" + a verb is a likelihood a person finds, not a ruling
    assert _quotes("Governor Tom Alder found the voters liable to change their minds.") == []
