"""understand.dates, round 32 (issue 18): a month that modifies a definite happening noun which a relative clause in the
simple past describes ("the February debate that sank his campaign") names a happening that has happened: the past
month, whatever the tense around it. Round 30 reads this in tense.py when the month stands right by its noun;
known_happening.told_past_by_relative reaches the noun over names between ("the February New Hampshire debate that
..."). The sentences are made up for the tests."""
from types import SimpleNamespace

import pytest

from newsgraph.understand.dates.known_happening import told_past_by_relative


@pytest.fixture(scope="module")
def parsed():
    from newsgraph.understand.nlp import english
    nlp = english()

    def run(text, word):
        view = SimpleNamespace(spacy=nlp(text))
        i = text.index(word)
        return told_past_by_relative(view, i, i + len(word))
    return run


def test_a_past_relative_clause_tells_the_happening_is_past(parsed):
    assert parsed("I can see him pouncing like Christie did in the February debate that sank Rubio.", "February")
    assert parsed("She will face questions about the July convention that nominated him.", "July")
    assert parsed("Trump is hoping for a repeat of the February debate that sank Rubio.", "February")


def test_near_misses(parsed):
    # a relative clause of what is to come, or told by an auxiliary
    assert not parsed("Voters will remember the November election that will decide the Senate.", "November")
    assert not parsed("He hopes to avoid a repeat of the July meeting that was postponed.", "July")
    # an indefinite noun: one of many, maybe ahead
    assert not parsed("She will face questions about a February debate that he skipped.", "February")
    # no relative clause
    assert not parsed("She will prepare for the February debate in Iowa.", "February")
    # another subject: what was done to the happening (review2 r30), and a passive
    assert not parsed("Trump will attend the October debate that organizers moved to Las Vegas.", "October")
    assert not parsed("He is preparing for the October debate, which was moved to Las Vegas.", "October")


def test_names_between_the_month_and_its_noun_are_passed_over(parsed):
    # the parser may hang the month on a name inside the noun phrase ("February" on "Hampshire")
    assert parsed("She could suffer the fate of Rubio in the disastrous February New Hampshire debate that practically "
                  "ended his campaign.", "February")


def test_the_month_takes_the_past_one(dates_by_text):
    found = dates_by_text("Trump is hoping for a repeat of the February debate that sank Rubio.", "2016-09-01")
    assert found["February"].value == "2016-02"
    found = dates_by_text("Voters will remember the November election that will decide the Senate.", "2016-09-01")
    assert found["November"].value == "2016-11"
