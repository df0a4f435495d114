"""Round 24 review: what the round's merged rules (enattr24, dates24, enspk24) over-read, each with sentences written
for these tests (ordinary news near-misses, none taken from a dev text). Marked xfail until the lead narrows the rule;
each reason names the rule and the narrowing suggested in /tmp/try24/REVIEW.md."""
from __future__ import annotations

import pytest

import newsgraph


def _quotes(text, published="2016-03-24"):
    rec = newsgraph.analyze(text, published=published)
    return [((q.speaker.name if q.speaker else None), q.text) for q in rec.quotes]


def _dates(text, published="2016-03-24"):
    rec = newsgraph.analyze(text, published=published)
    return {d.text: d.value for d in rec.dates}


@pytest.mark.parametrize("text, speaker", [
    ("A police officer said the suspect fled on foot after the robbery.\n"
     "The suspect, Dale Hurst, 31, was arrested two hours later.\n", "A police officer"),
    ("A local resident said the fire started in the kitchen.\n"
     "Firefighters rescued Maria Gomez, 82, from the second floor.\n", "A local resident"),
    ("A teacher at the school said the boy had been bullied for months.\n"
     "Police identified the boy as Kevin Lam, 14, of Dayton.\n", "A teacher at the school"),
])
def test_an_unnamed_witness_is_not_the_next_person_named_with_an_age(text, speaker):
    got = _quotes(text)
    assert got and got[0][0] == speaker, got


@pytest.mark.parametrize("text, content", [
    ("She admitted to taking the money, and police are investigating.\n", "taking the money"),
    ("The firm admitted to overcharging customers, and regulators are weighing a fine.\n",
     "overcharging customers"),
])
def test_an_admission_does_not_swallow_the_next_clause(text, content):
    got = _quotes(text)
    assert [t for _, t in got] == [content], got


def test_an_admission_list_stops_before_a_denial():
    got = [t for _, t in _quotes("He admitted to taking bribes, and hiding the money, but denied any wrongdoing.\n")]
    assert "any wrongdoing" in got, got
    assert not any("denied" in t for t in got), got


@pytest.mark.parametrize("text", [
    "The trial of three men charged with terrorism offenses will begin Sept. 11 in federal court.\n",
    "The city will hold its annual terror-preparedness drill on Sept. 11, the fire chief said.\n",
    "The bridge will reopen on Sept. 11, officials said, after a terror alert closed it in August.\n",
])
def test_a_coming_sept_11_in_a_text_about_terrorism_is_this_year(text):
    assert _dates(text)["Sept. 11"] == "2016-09-11"


@pytest.mark.parametrize("text, pair", [
    ("Officials said the mayor was furious, telling aides: \"This is a disaster.\"\n", ("the mayor", "This is a disaster.")),
    ("Witnesses said the driver seemed confused, asking them, \"Where am I?\"\n", ("the driver", "Where am I?")),
])
def test_a_participle_after_a_described_state_is_the_described_persons(text, pair):
    got = _quotes(text)
    assert pair in got, got


def test_a_that_clause_shared_by_two_sayers_keeps_the_first():
    got = _quotes("Jones said Friday, and Smith agreed, that the deal was off.\n")
    assert ("Jones", "the deal was off") in got, got


@pytest.mark.parametrize("text, speaker", [
    ("\"We did nothing wrong,\" read a statement from Acme Corp., which denied the charges.\n", "Acme Corp."),
    ("\"We will not be silenced,\" read a statement from Sen. Maria Ruiz.\n", "Maria Ruiz"),
])
def test_a_statement_from_a_named_maker_is_the_makers(text, speaker):
    got = _quotes(text)
    assert got and (got[0][0] or "").rstrip(".") == speaker.rstrip("."), got  # (the entity "Acme Corp", its period cut)


def test_straight_marks_nested_in_a_curly_quotation_stay_inside():
    from newsgraph.understand.dates.quoted import in_quote
    text = "“They told me \"see you Friday\" and left,” Smith said on Monday."
    assert in_quote(text, text.index("Friday"))
    assert not in_quote(text, text.index("Monday"))


@pytest.mark.parametrize("text, wrong", [
    ("Asked about taxes, Smith, the mayor, said, \"Never,\" while Jones, who chairs the council, said, \"Maybe,\" "
     "and left.\n", ("Jones", "Never")),
    ("Candidates: Smith, who said, \"Never,\" and Jones, who said, \"Maybe,\" when asked about taxes.\n",
     ("Smith", "Maybe")),
])
def test_a_short_quotation_is_not_handed_to_the_next_sayer(text, wrong):
    assert wrong not in _quotes(text)


def test_a_different_role_is_not_the_apposed_name():
    got = _quotes("The team's owner, Carla Diaz, fired the coach. \"We needed a change,\" the general manager said.\n")
    assert ("Carla Diaz", "We needed a change") not in got, got


def test_a_written_things_words_stay_when_its_writer_is_a_pronoun_not_yet_named():
    got = _quotes("\"Stay strong,\" read the last text message she sent her mother. Maria Lopez, 19, has not been "
                  "seen since.\n")
    assert any(t == "Stay strong" for _, t in got), got
