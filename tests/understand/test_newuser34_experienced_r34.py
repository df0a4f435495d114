"""newuser34: what a person finds someone to be is no report (quotes/en_experienced.py).

General reason: "Trump is finding them reluctant to open their wallets" is the writer telling how things go for a
person, not words of his; a demanding new user found it among PolNeAR train quotes (a Breitbart report). The cue is
a verb of experience (words.tsv ``experience_verbs``), its subject a person and its content a small clause with no
verb of its own. Near misses: a person who finds that a claim holds (a finite verb) and a survey's finding stay.
Our own sentences.
"""
import newsgraph


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in newsgraph.analyze(text).quotes]


def test_person_finding_someone_reluctant_is_no_quote():
    assert _quotes("After attacking his party's donors for months, Governor Tom Alder is finding them reluctant "
                   "to open their wallets.") == []


def test_near_miss_finding_that_a_claim_holds_stays():
    assert _quotes("Governor Tom Alder found that the lenders were reluctant to extend credit.") == [
        ("the lenders were reluctant to extend credit", "Tom Alder")]


def test_near_miss_a_surveys_finding_stays():
    assert _quotes("The survey found voters wary of the plan.") == [("voters wary of the plan", "The survey")]
