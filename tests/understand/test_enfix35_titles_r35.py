"""Round 35 (enfix35): review35b's English findings, each with a sentence written here and a near miss.
A title word after "of"/"for" names an office's portfolio (words.tsv portfolio_links), not a judge."""
from newsgraph import analyze


def _speakers(text):
    return {q.text: (q.speaker.name if q.speaker else None) for q in analyze(text).quotes}


def test_secretary_of_justice_is_no_judge():
    qs = _speakers("A court in Manila jailed the former senator on Monday.\n\nSecretary of Justice Maria Santos "
                   "praised the verdict.\n\n\"The court weighed every piece of evidence,\" the judge said.")
    assert qs["The court weighed every piece of evidence"] != "Maria Santos"


def test_near_miss_lord_justice_is_the_judge():
    qs = _speakers("Lord Justice Penn dismissed the appeal on Thursday.\n\n\"The earlier ruling was sound,\" the "
                   "judge said.")
    assert qs["The earlier ruling was sound"] == "Penn"
