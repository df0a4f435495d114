"""Round 30 (lead): an actor stopping its own undertaking withdraws nothing from anyone: no PLOVER SANCTION."""
from __future__ import annotations

import pytest

import newsgraph


def _types(text):
    return [(e.type, e.trigger) for e in newsgraph.analyze(text, published="2016-05-04").events]


@pytest.mark.parametrize("text", [
    "Ted Cruz suspended his campaign on Tuesday after losing Indiana.",
    "The senator suspended her presidential bid in March.",
    "The firm halted its operations after the fire and suspended its production line.",
])
def test_own_undertaking_stopped_is_no_sanction(text):
    assert not [t for t in _types(text) if t[0] == "SANCTION"]


@pytest.mark.parametrize("text", [
    "Washington suspended its aid to Egypt after the coup.",
    "The European Union suspended Russia from the council.",
    "The United States cut ties with Cuba in 1961.",
])
def test_withdrawal_from_another_party_stays_a_sanction(text):
    assert [t for t in _types(text) if t[0] == "SANCTION"]
