"""understand.quotes (English), round 12: speech verbs in the present ("points out", "predicts", "reveals"); a verb
that reports only with its particle ("points out", not "points to"); a noun of saying owned by a name ("the company's
claim that …") is that name's statement, not the statement of the verb's subject (sentences written for these tests)."""
import pytest


def quotes(rec):
    return [(q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


@pytest.mark.parametrize("text, fragment, name", [
    ("As Consumer Reports points out in its review, the new model is quieter than the old one.", "quieter",
     "Consumer Reports"),
    ("Dr. Ana Ruiz predicts that prices will fall by the end of the year.", "prices will fall", "Ana Ruiz"),
    ("The senator points out that the bill would raise taxes on small farms.", "raise taxes", "The senator"),
])
def test_a_present_tense_cue_reports(analyze, text, fragment, name):
    assert any(fragment in t and s == name for s, t in quotes(analyze(text)))


@pytest.mark.parametrize("text", [
    "The senator's letter, sent to members on Friday, points to statements from two former judges.",
    "Wilson finished with 24 points and 11 rebounds as Denver won 112-98.",
    "The senator pointed to rising costs at the hearing in Albany on Monday.",
])
def test_points_without_out_reports_nothing(analyze, text):
    assert quotes(analyze(text)) == []
