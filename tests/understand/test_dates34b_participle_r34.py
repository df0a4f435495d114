"""understand.dates, round 34 (issue 18): a past participle of a state or a need right after its noun ("the boost
needed") describes the noun, it tells no past act: the clause above sets the date's time (tense.py,
``state_participles``). Found by the sweep of the product's own dates over PolNeAR train (eval/dates_sweep.py,
invariant two_values). The sentences are made up for the tests; each rule has its near misses."""
import pytest

CASES = [
    # written on a Monday: the coming Tuesday, as "will give" says
    ("He hopes the endorsement will give him the boost needed for a strong performance Tuesday.", "2016-02-08",
     "2016-02-09"),
    ("He will get the support required for a strong showing Tuesday.", "2016-02-08", "2016-02-09"),
    # near misses: a participle of an act (the arrest is past whatever the clause above says); a past clause above
    ("The man arrested Tuesday will appear in court on Friday.", "2016-02-11", "2016-02-09"),
    ("He got the boost needed for a strong performance Tuesday.", "2016-02-11", "2016-02-09"),
]


@pytest.mark.parametrize("text,published,value", CASES)
def test_a_participle_of_a_need_takes_the_tense_of_its_clause(dates_by_text, text, published, value):
    assert dates_by_text(text, published)["Tuesday"].value == value
