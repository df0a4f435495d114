"""understand.dates, round 34 (issue 18): a day an outcome takes ("Her victories ... on Tuesday", "the win Tuesday")
is past whatever the clause's tense, as an unforeseen happening's is (known_happening.py, ``outcome_nouns``): found
by the sweep of the product's own dates over PolNeAR train (eval/dates_sweep.py, invariant two_values). The sentences
are made up for the tests; each rule has its near misses."""


def test_a_known_outcome_in_a_future_clause_is_past(dates_by_text):
    # written on a Thursday: the Tuesday's wins are behind, whatever "will" says of their effect
    found = dates_by_text("Her victories in Ohio and Delaware on Tuesday will only accelerate that shift.",
                          "2016-04-28")
    assert found["Tuesday"].value == "2016-04-26"
    # a bare day right after its noun is that noun's time, wherever the parser hangs it
    found = dates_by_text("He should also get a lift from the victory Tuesday, the senator said.", "2016-02-11")
    assert found["Tuesday"].value == "2016-02-09"


def test_near_misses_an_outcome_still_wanted_or_indefinite(dates_by_text):
    # indefinite: a win hoped for
    assert dates_by_text("He needs a win on Tuesday to stay in the race.", "2016-04-28")["Tuesday"].value == \
        "2016-05-03"
    # definite, but a verb of wanting governs it: still to come
    assert dates_by_text("The Giants need the win on Sunday to reach the playoffs.", "2016-04-28")[
        "Sunday"].value == "2016-05-01"
    # the noun marked as ahead ("expected": ahead_adjectives, round 34; the unforeseen nouns' rule read it too)
    assert dates_by_text("The expected win on Saturday will seal the title.", "2016-04-28")["Saturday"].value == \
        "2016-04-30"
