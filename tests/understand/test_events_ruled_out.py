"""A happening ruled out did not happen; one not ruled out may (tryout r13: "did not rule out a meeting" was a
negated CONSULT, "не исключил, что лидеры встретятся" an AGREE pledge). Sentences written for the rule."""
import pytest

from newsgraph import analyze


def _facts(text):
    return [(e.type, e.factuality) for e in analyze(text, published="2016-09-03").events]


@pytest.mark.parametrize("text, want", [
    ("The senator ruled out a meeting with the nominee.", ("CONSULT", "negated")),
    ("The senator did not rule out a meeting with the nominee.", ("CONSULT", "possible")),
    ("The governor did not rule out meeting the rebels next week.", ("CONSULT", "possible")),
    ("Песков исключил встречу лидеров.", ("CONSULT", "negated")),
    ("Песков не исключил, что лидеры встретятся в ноябре.", ("CONSULT", "possible")),
])
def test_ruled_out_and_left_open(text, want):
    assert want in _facts(text)


def test_a_plain_meeting_is_still_a_fact():
    assert ("CONSULT", "asserted") in _facts("The senator met the nominee in Ohio on Friday.")


def test_only_the_object_ruled_out_is_negated():
    # "excluded Hungary from the talks": the talks happened, without Hungary (review r13)
    assert ("CONSULT", "asserted") in _facts("The union excluded Hungary from the talks in Brussels.")
