"""understand.dates, round 34 (issue 18): a past participle of a state or a need right after its noun ("the boost
needed") describes the noun, it tells no past act: the clause above sets the date's time (tense.py,
``state_participles``). Found by the sweep of the product's own dates over PolNeAR train (eval/dates_sweep.py,
invariant two_values). The sentences are made up for the tests; each rule has its near misses."""


def test_a_participle_of_a_need_takes_the_tense_of_its_clause(dates_by_text):
    # written on a Monday: the coming Tuesday, as "will give" says
    found = dates_by_text("He hopes the endorsement will give him the boost needed for a strong performance Tuesday.",
                          "2016-02-08")
    assert found["Tuesday"].value == "2016-02-09"
    assert dates_by_text("He will get the support required for a strong showing Tuesday.", "2016-02-08")[
        "Tuesday"].value == "2016-02-09"


def test_near_misses_a_participle_of_an_act_or_a_past_clause(dates_by_text):
    # a participle of an act: the arrest is past whatever the clause above says
    assert dates_by_text("The man arrested Tuesday will appear in court on Friday.", "2016-02-11")[
        "Tuesday"].value == "2016-02-09"
    # the clause above is past: the past Tuesday
    assert dates_by_text("He got the boost needed for a strong performance Tuesday.", "2016-02-11")[
        "Tuesday"].value == "2016-02-09"
