"""understand.quotes (English), round 21 (sentences written for these tests): statements whose cue has no subject
of its own (a participle or a conjoined predicate of the doer named before)."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Senator Maria Lopez went after the governor on Friday over the delayed budget, calling the delay “reckless” "
     "and asserting that the state would run out of cash by March.", "the state would run out of cash by March",
     "Maria Lopez", "asserting"),
    ("Governor Ann Pell is joining the attorney general in calling for an independent audit of the water authority.",
     "an independent audit of the water authority", "Ann Pell", "calling"),
    ("Rural voters in Ohio were more likely to say that the economy had worsened over the past year.",
     "the economy had worsened over the past year", "Rural voters in Ohio", "say"),
])
def test_a_subjectless_cue_shares_the_subject_of_the_verb_it_hangs_on(analyze, text, content, speaker, cue):
    assert (content, speaker, cue) in _quotes(analyze(text))


def test_an_object_before_to_is_the_one_who_reports(analyze):
    # "leads experts to suspect": the experts suspect, not "The leak" that leads them
    rec = analyze("The leak has led many security experts to suspect that the files were altered before release.")
    assert all(s != "The leak" for _, s, _ in _quotes(rec))


def test_a_report_set_for_a_date_states_nothing(analyze):
    assert analyze("Harlow Capital, which owns 6% of the company, is due to report third-quarter results on "
                   "Nov. 5.").quotes == []
