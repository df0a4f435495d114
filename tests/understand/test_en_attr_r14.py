"""understand.quotes (English), round 14: an order or a request reported of its speaker ("told the managers to close
…", "warned investors to sell …") is an attribution by the project's convention, like "urged X to"; a cause or a wish
("forced residents to leave", "wanted its drivers to accept"), a way ("tell their readers how to vote") and an aim
("requested anonymity to speak") are not (sentences written for these tests)."""
import pytest


def quote_of(rec, fragment):
    return next((q for q in rec.quotes if fragment in q.text), None)


@pytest.mark.parametrize("text, fragment, name, cue", [
    ("Harbor commissioner Lena Voss told the port's managers to close the north terminal for a week.",
     "close the north terminal", "Lena Voss", "told"),
    ("Coach Ben Alvarez ordered his players to skip the team dinner after the loss.", "skip the team dinner",
     "Ben Alvarez", "ordered"),
])
def test_a_directive_is_an_attribution(analyze, text, fragment, name, cue):
    q = quote_of(analyze(text), fragment)
    assert q is not None and q.speaker is not None and q.speaker.name == name and q.cue == cue


@pytest.mark.parametrize("text", [
    "The storm forced hundreds of residents to leave their homes on Sunday.",
    "The company wanted its drivers to accept lower wages.",
    "Local papers tell their readers how to vote in every election.",
    "One witness requested anonymity to speak freely about the case.",
])
def test_no_directive(analyze, text):
    assert analyze(text).quotes == []
