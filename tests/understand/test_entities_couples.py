"""A couple or two relatives named together ("Khizr and Ghazala Khan", "Bill and Hillary Clinton"): the first given
name shares the surname; a courtesy title cannot pick one of several namesakes when one of them has a given name
nobody can gender."""
from __future__ import annotations

import newsgraph


def _people(text):
    rec = newsgraph.analyze(text, published="2016-08-01")
    return {e.name: [m.text for m in e.mentions] for e in rec.entities if e.type == "PERSON"}, rec


def test_a_given_name_joined_to_a_full_name_shares_its_surname():
    people, _ = _people("Bill and Hillary Clinton arrived in Little Rock on Friday. The Clintons waved.")
    assert people.get("Bill Clinton") == ["Bill"] and "Hillary Clinton" in people
    people, _ = _people("The parents, Tariq and Nadia Rahman, spoke at the hall. Their son, Omar Rahman, served.")
    assert people.get("Tariq Rahman") == ["Tariq"]  # a given name the tagger typed ORG


def test_two_surnames_joined_stay_apart():
    people, _ = _people("Trump and Hillary Clinton met in the debate hall. Mr. Trump spoke first. Trump smiled.")
    assert "Trump Clinton" not in people and "Hillary Clinton" in people


def test_a_title_does_not_pick_the_son_when_the_father_s_name_is_ungendered():
    for father, mother, son, surname in (("Khizr", "Ghazala", "Humayun", "Khan"), ("Tariq", "Nadia", "Omar", "Rahman")):
        text = (f"The parents, {father} and {mother} {surname}, spoke at the convention about their son, {son} "
                f"{surname}, a soldier killed in 2004. \"I implore you to vote,\" Mr. {surname} said.")
        _, rec = _people(text)
        (q,) = [q for q in rec.quotes if q.text.startswith("I implore")]
        assert q.speaker is None or q.speaker.name != f"{son} {surname}", text


def test_a_given_name_the_text_gives_someone_in_full_keeps_that_person():
    people, _ = _people("Senator Marco Rubio and former Governor Jeb Bush met in Miami. The debate pitted Marco and "
                        "Jeb Bush against each other.")
    assert "Marco Bush" not in people and "Marco" in people["Marco Rubio"]


def test_a_name_the_text_ends_a_titled_name_with_is_no_given_name_of_the_couple():
    people, _ = _people("Prince Harry spoke to Oprah Winfrey. Harry and Meghan Markle moved to California in 2020.")
    assert "Harry Markle" not in people


def test_a_surname_with_a_title_or_in_a_list_of_surnames_takes_no_other_surname():
    """Sentences written for round 23: a title before a lone name makes it a surname, and a list of surnames is no
    couple (the PolNeAR store had "Obama Clinton", "Reagan Bush" and "Biden Rice" as persons)."""
    people, _ = _people("The senator kept up his attacks against President Obama and Hillary Clinton all week.")
    assert "Obama Clinton" not in people and "Obama" in people and "Hillary Clinton" in people
    people, _ = _people("Ms. Green served as an adviser under Presidents Reagan and George W. Bush in the 1980s.")
    assert "Reagan Bush" not in people and "George W. Bush" in people
    people, _ = _people("She said Hillary and Obama and Panetta and Biden and Susan Rice all told her the same thing.")
    assert "Biden Rice" not in people and "Susan Rice" in people
    people, _ = _people("On Sunday, Bill and Hillary Clinton arrived in Chappaqua for the holiday.")
    assert people.get("Bill Clinton") == ["Bill"]  # a date before the couple is no list
    people, _ = _people("Hillary, Bill and Chelsea Clinton waved from the stage at the end of the night.")
    assert people.get("Bill Clinton") == ["Bill"]  # a family's given names in a list share the surname


def test_a_month_before_a_surname_is_the_date():
    """A month in a date's context before the surname of a person named in full is no given name ("June Trump"),
    while a person whose given name is a month keeps it."""
    people, _ = _people("Donald Trump won Ohio. At a June Trump campaign event in St. Clairsville, voters cheered.")
    assert "June Trump" not in people and "Donald Trump" in people
    people, _ = _people("Paul Ryan spoke first. Reporter April Ryan then asked about the budget.")
    assert "April Ryan" in people and "Paul Ryan" in people
