"""Issue 16, round 33 (lead, after merging enroles33): two narrowings of its relation readers, found by the suite.

- An apposition after a name never runs over a sentence's end ("Mary, then took the stage. The former senator said"
  gave Mary the words "the former senator"); an abbreviation's dots stay inside it ("a former U.S. senator").
- "her sister" after the text has named the sister again is the other one: "Alicia Moreno and her sister, Paula, … Paula
  said. Her sister said …" is Alicia (coreference gives "her" to Paula, rightly), while "Her daughter Maria joined her.
  '…,' her daughter said." is still Maria.
"""
from __future__ import annotations

import newsgraph


def _speaker(text, fragment):
    return next(q.speaker.name if q.speaker else None for q in newsgraph.analyze(text).quotes if fragment in q.text)


def test_an_apposition_stops_at_the_sentence_end():
    text = ("Paul Grant spoke first. Grant's wife, Mary, then took the stage. The former senator said the party had "
            "lost its way.")
    assert _speaker(text, "lost its way") == "The former senator"


def test_an_apposition_keeps_an_abbreviation():
    text = ("Former Senator Says Plan Is Dead\n\nAnn Vale, a former U.S. senator, spoke on Monday. \"The plan is "
            "dead,\" she said.")
    assert _speaker(text, "plan is dead") == "Ann Vale"


def test_the_sister_named_again_owns_the_pronoun():
    text = ("Alicia Moreno and her sister, Paula, opened the bakery in 2010. \"We never fought about money,\" Paula "
            "said. Her sister said that was not quite true.")
    assert _speaker(text, "not quite true") == "Alicia Moreno"


def test_a_daughter_named_once_is_still_her_daughter():
    text = 'Lena Ortiz spoke in Ohio on Monday. Her daughter Maria joined her. "We will stay," her daughter said.'
    assert _speaker(text, "We will stay") == "Maria"
