"""A candidate's rally is a campaign event, not a PLOVER PROTEST ("demonstrations ... carried out as protests against
the recipient"): a tryout found 108 of 169 PROTEST events of the PolNeAR store were campaign rallies."""
import pytest

from newsgraph import analyze


@pytest.mark.parametrize("text", [
    "Donald Trump held a campaign rally in Greensboro on Tuesday.",
    "Bernie Sanders, the presidential candidate, held a rally in Mason City on Wednesday night.",
])
def test_a_campaign_rally_is_no_protest(text):
    assert [e.type for e in analyze(text, published="2016-06-15").events if e.type == "PROTEST"] == []


def test_a_rally_against_something_is_a_protest():
    text = "Klein organised a rally against the Iran nuclear deal in September."
    assert [e.type for e in analyze(text, published="2016-06-15").events] == ["PROTEST"]
