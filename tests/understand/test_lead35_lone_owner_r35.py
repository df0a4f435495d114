"""Round 35 (lead): a role held for someone before a lone surname that reads only in the genitive for the cue's gender
("Адвокат Навального заявил", "Помощник Петрова сообщил", "Жена Навального заявила") is whose the role is: the
speaker is the role as written, never the owner (quotes/ru_role_of ``_genitive_only``). A surname that may be the
speaker's own nominative ("Адвокат Петрова заявила": a woman named Петрова) is left as before. Sentences written for
the test."""
from __future__ import annotations

import pytest

from test_lead35_outsiders_r35 import _speaker  # (tests/understand is on the path, as test_enpron26_r26 reads)


@pytest.mark.parametrize("text, want", [
    ("Адвокат Навального заявил, что приговор будет обжалован.", "адвокат Навального"),
    ("Помощник Сидорова сообщил, что встреча перенесена на пятницу.", "помощник Сидорова"),
    ("Жена Навального заявила, что приговор будет обжалован.", "жена Навального"),
])
def test_a_role_before_a_genitive_surname_is_not_its_owner(quote_pipe, text, want):
    assert _speaker(quote_pipe, text) == want


def test_a_lawyer_named_in_the_nominative_is_the_lawyer(quote_pipe):  # near miss: "Адвокат Морозов" is his own name
    assert _speaker(quote_pipe, "Адвокат Морозов заявил, что приговор будет обжалован.") == "Морозов"
