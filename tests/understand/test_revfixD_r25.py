"""Round 25, revfixD (the second review's event and role findings, /tmp/try25/REVIEW2.md items 4 and 10), on
sentences written for these tests: ending an act says the act happened (only giving up a course, "dropped its
investigation", leaves no event); an indefinite article before a placed title introduces a holder of it."""
from __future__ import annotations

import pytest

import newsgraph


def _events(text):
    return [(e.trigger, e.type) for e in newsgraph.analyze(text, published="2024-03-14").events]


def _roles(text):
    rec = newsgraph.analyze(text, published="2024-03-14")
    return {e.name: e.role for e in rec.entities if e.type == "PERSON"}


@pytest.mark.parametrize("text, trigger", [
    ("The army halted its offensive near the city on Sunday after talks with the rebels.", "offensive"),
    ("Israel halted its offensive in Gaza after Hamas fired rockets at Tel Aviv.", "offensive"),
])
def test_a_halted_act_took_place(text, trigger):
    assert trigger in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text", [
    "Prosecutors dropped their investigation into the senator on Friday.",
    "The city abandoned its lawsuit against the oil company last week.",
])
def test_a_course_given_up_is_no_act(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, name", [
    ("The plan was announced by a White House spokesman Josh Earnest on Friday. Earnest said it would pass.",
     "Josh Earnest"),
    ("The measure was criticized by an EU official Anna Berg on Monday. Berg said it was late.", "Anna Berg"),
])
def test_an_indefinite_article_before_a_placed_title_keeps_the_role(text, name):
    assert _roles(text).get(name)


@pytest.mark.parametrize("text, name", [
    ("A President Trump would never allow it, said the senator. Trump spoke in Ohio.", "Trump"),
    ("Voters met a future German Chancellor Friedrich Merz in Berlin. Merz said little.", "Friedrich Merz"),
])
def test_an_imagined_or_coming_office_is_no_role(text, name):
    assert _roles(text).get(name) is None
