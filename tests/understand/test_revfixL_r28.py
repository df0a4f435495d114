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
