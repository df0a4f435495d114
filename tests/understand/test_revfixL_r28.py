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


def test_an_explainer_naming_a_conversation_that_was_edited_is_no_interview():
    text = ("A recording of a conversation between Mayor Lena Ortiz and a developer was edited before it was posted, "
            "the city clerk said.\n\nWhat does the recording show?\n\nIt shows Ortiz discussing a zoning change.\n\n"
            "Who posted it?\n\nAn account that shares local gossip.\n\nIs the mayor under investigation?\n\n"
            "Not yet, according to the district attorney's office.\n")
    assert not [q for q in _quotes(text) if q[0] == "direct"]


def test_a_handle_of_a_company_named_like_a_person_is_not_theirs():
    text = ("Rep. Anna Ford toured the plant in Dearborn on Monday.\n\n@FordMotorCo: Production resumes Tuesday "
            "on all three shifts at the truck plant.\n\nThe union welcomed the news.\n")
    assert not [q for q in _quotes(text) if q[1] == "Anna Ford"]


def test_narration_after_a_live_blogs_quoted_line_before_a_related_label_is_nobodys():
    text = ("Live: Wildfire updates\n\nFire Chief Dana Cole: Evacuate now if you live north of the river.\n\n"
            "Smoke closed two highways on Saturday.\n\nRELATED: How to prepare a go-bag\n")
    assert not [q for q in _quotes(text) if q[2].startswith("Smoke closed")]


def test_a_subhead_repeating_a_later_quote_in_single_marks_is_nobodys():
    text = ("“We will win this state by ten points,” campaign manager Lisa Grant said on Monday.\n\n"
            "'We have to get out the vote.'\n\nVolunteers knocked on doors in the suburbs all weekend.\n\n"
            "“We have to get out the vote, and that means every county,” said party chair Omar Reyes.\n")
    assert [q[1] for q in _quotes(text) if q[2].startswith("We have to get out")] == ["Omar Reyes"]


def test_a_handle_of_title_surname_and_place_is_the_office_holders():
    text = ("Mayor Dana Pruitt answered the critics online on Sunday.\n\n@MayorPruittSpringfield: The new budget "
            "hires forty teachers and fixes every school roof.\n\nThe council meets on Tuesday.\n")
    assert [q[1] for q in _quotes(text) if q[2].startswith("The new budget")] == ["Dana Pruitt"]


def test_a_plural_possessive_before_a_name_does_not_close_an_ascii_single_quotation():
    text = "'The Giants' Saquon Barkley is the best back we have faced,' said coach Tom Reyes."
    assert _spans(text) == [text[:text.index(" said")]]
    assert _spans("The 'Giants' Saquon Barkley left early. 'Go,' he said.") == ["'Giants'", "'Go,'"]


def test_an_ascii_single_quotation_may_hold_a_double_one_when_it_closes_after_a_stop():
    text = "'She told me: \"Pack your desk,\" and then she walked out,' said former aide Lou Park."
    assert _spans(text) == [text[:text.index(" said")]]
    text = "Fans sang 'til dawn. \"It was the best night,\" said Dan Lee. The fans' buses left."
    assert _spans(text) == ['"It was the best night,"']
