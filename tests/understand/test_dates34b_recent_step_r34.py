"""understand.dates, round 34 (issue 18): a month opening a sentence that tells a new, recent act after an old
narrative does not take the year the narrative wrote sentences before (dates/recent_step.py): found by the sweep of
the product's own dates over PolNeAR train (eval/dates_sweep.py, invariant far). The sentences are made up for the
tests; each rule has its near misses."""
import pytest

_SUIT = "A federal lawsuit was filed in 2012 challenging the police surveillance program. "
_BANKS = "In 2008, the banks were failing. In September, Lehman Brothers collapsed. "

CASES = [
    # a story told up to now has its last step recent
    (_SUIT + "In October, the appeals court reversed a previous decision. The case is ongoing.", "2015-11-19",
     "October", "2015-10"),
    # a present perfect, a word of a recent act
    (_SUIT + "In October, the appeals court has reversed the ruling.", "2015-11-19", "October", "2015-10"),
    (_SUIT + "In October, the appeals court most recently reversed the ruling.", "2015-11-19", "October", "2015-10"),
    # near misses: nothing says the story reaches now; it ends in the past; a present sentence of another state
    (_SUIT + "In October, the appeals court reversed a previous decision.", "2015-11-19", "October", "2012-10"),
    (_BANKS + "It was the largest bankruptcy in history.", "2016-02-10", "September", "2008-09"),
    (_BANKS + "He is now a professor.", "2016-02-10", "September", "2008-09"),
    (_BANKS + "Its founder still lives in New York.", "2016-02-10", "September", "2008-09"),  # a state, no story
    # the month inside its sentence, not opening it
    ("In 2013, the suit was filed. The court dismissed it in October. The case is still pending.", "2016-02-10",
     "October", "2013-10"),
]


@pytest.mark.parametrize("text,published,expr,value", CASES)
def test_a_new_recent_act_after_an_old_narrative(dates_by_text, text, published, expr, value):
    assert dates_by_text(text, published)[expr].value == value
