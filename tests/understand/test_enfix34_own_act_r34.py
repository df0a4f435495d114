"""Round 34 (enfix34, review34b's findings on en34b): the content subject's own act of communicating keeps its speech
participle; a conjoined state stays in the content; a cut-off act keeps the cue's sayer. Sentences written here,
each with a near miss."""
import pytest

from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


@pytest.mark.parametrize("text, tail", [
    ("Prosecutors said the gang posted a video online, boasting about the robbery.", "boasting about the robbery"),
    ("Aides said the governor wrote to the mayor, urging her to reopen the schools.", "urging her to reopen"),
    ("The union said the company released a statement, blaming the drivers for the delay.", "blaming the drivers"),
])
def test_participle_after_an_act_of_communicating_stays(text, tail):
    assert any(tail in t and c == "said" for t, _, c in _quotes(text))


def test_participle_after_another_act_is_still_cut():
    # near miss: the content's verb is no act of communicating ("would close"): the sayer calls
    qs = _quotes('Mayor Lena Ortiz said the depot would close in June, calling the move "long overdue."')
    assert ("the depot would close in June", "Lena Ortiz", "said") in qs


@pytest.mark.parametrize("text, tail", [
    ("The nurse says her brother was detained in May and remains in custody.", "remains in custody"),
    ("Tom Reyes says his shop flooded in 2021 and has been shut ever since.", "has been shut ever since"),
    ("The teacher says her pupil was hurt in the fall and is still limping.", "is still limping"),
])
def test_conjoined_state_stays_in_the_content(text, tail):
    assert any(tail in t for t, _, c in _quotes(text) if c == "says")


def test_conjoined_act_with_a_comma_is_still_cut():
    # near miss: a comma before "and" marks the sayer's new predicate, a state or not
    qs = _quotes("Senator Ruth Hale says the levy was unfair, and has long been its loudest critic.")
    assert ("the levy was unfair", "Ruth Hale", "says") in qs


def test_cut_directive_keeps_the_cues_sayer():
    qs = _quotes("The audit says the council wasted funds and urges the mayor to act.")
    assert not any(s == "the council" and c == "urges" for _, s, c in qs)


def test_conjoined_directive_of_the_content_subject_stays_its_own():
    # near miss: one tense for the content and its conjunct: the content subject's own pair of acts
    qs = _quotes("The report says the agency ignores warnings and urges staff to keep quiet.")
    assert not any(s == "The report" and c == "urges" for _, s, c in qs)
