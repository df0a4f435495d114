"""Round 28 revfixL: the review's findings on enlayout28's layout rules, narrowed (sentences written for these
tests)."""
from __future__ import annotations

from newsgraph.understand.marks import find_quoted


def _spans(text):
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_an_ascii_single_opener_needs_its_closer_before_a_double_quotation():
    text = "The band played 'til midnight. “We never wanted it to end,” said fan Rosa Lind."
    assert _spans(text) == ["“We never wanted it to end,”"]


def test_an_ascii_single_quotation_of_several_paragraphs_still_continues():
    text = "'The plant will close in June.\n\n'Nobody here saw it coming,' the union's Tom Ferris said."
    assert _spans(text) == [text[:text.index(" the union")]]


def _quotes(text):
    import newsgraph
    rec = newsgraph.analyze(text, published="2024-03-12")
    return [(q.kind, q.speaker.name if q.speaker else None, q.text, (q.cue or "").lower()) for q in rec.quotes]


def test_a_wire_dateline_before_a_single_quoted_quotation_is_no_speaker():
    text = ("WASHINGTON (AP) — 'The agency is ready for the storm,' FEMA administrator Deanne Criswell said on "
            "Monday.\n")
    assert all(s != "WASHINGTON" for _, s, _, _ in _quotes(text))


def test_a_live_blogs_lower_case_time_stamp_is_no_label():
    text = ("Live: Ohio primary results\n\n8:30 p.m.: Rep. Paula Marsh has conceded the race to her rival.\n\n"
            "8:10 p.m.: Turnout in Franklin County was higher than expected.\n")
    assert not [q for q in _quotes(text) if q[3] == ":"]
