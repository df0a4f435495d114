"""understand.dates, round 34 (issue 18): a month opening a sentence that tells a new, recent act after an old
narrative does not take the year the narrative wrote sentences before (dates/recent_step.py): found by the sweep of
the product's own dates over PolNeAR train (eval/dates_sweep.py, invariant far). The sentences are made up for the
tests; each rule has its near misses."""

_SUIT = "A federal lawsuit was filed in 2012 challenging the police surveillance program. "


def test_a_story_told_up_to_now_has_its_last_step_recent(dates_by_text):
    found = dates_by_text(_SUIT + "In October, the appeals court reversed a previous decision that the plaintiffs "
                          "did not have standing. The case is ongoing.", "2015-11-19")
    assert found["October"].value == "2015-10"


def test_a_present_perfect_or_a_recent_cue_is_recent(dates_by_text):
    assert dates_by_text(_SUIT + "In October, the appeals court has reversed the ruling.", "2015-11-19")[
        "October"].value == "2015-10"
    assert dates_by_text(_SUIT + "In October, the appeals court most recently reversed the ruling.", "2015-11-19")[
        "October"].value == "2015-10"


def test_near_misses_the_narrative_keeps_its_year(dates_by_text):
    # nothing says the story reaches now
    assert dates_by_text(_SUIT + "In October, the appeals court reversed a previous decision.", "2015-11-19")[
        "October"].value == "2012-10"
    # the story ends in the past; a present sentence of another state
    assert dates_by_text("In 2008, the banks were failing. In September, Lehman Brothers collapsed. It was the "
                         "largest bankruptcy in history.", "2016-02-10")["September"].value == "2008-09"
    assert dates_by_text("In 2008, the banks were failing. In September, Lehman Brothers collapsed. He is now a "
                         "professor.", "2016-02-10")["September"].value == "2008-09"
    # the month inside its sentence, not opening it
    assert dates_by_text("In 2013, the suit was filed. The court dismissed it in October. The case is still pending.",
                         "2016-02-10")["October"].value == "2013-10"
