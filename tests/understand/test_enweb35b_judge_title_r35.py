"""Round 35 (enweb35b): a title that names the role by another word (title_roles.tsv): "Mr Justice Harlow" is a
judge, so "The judge told them: …" after him is his. Sentences written here; the near miss keeps a justice
minister out of "the judge"."""
from newsgraph import analyze


def _speakers(text):
    return {q.text: (q.speaker.name if q.speaker else None) for q in analyze(text).quotes}


def test_the_judge_is_mr_justice():
    qs = _speakers("Mr Justice Harlow told the jurors that they must decide the case on the evidence alone.\n\n"
                   "The judge told them: \"You will hear a great deal about this company outside this room. "
                   "Ignore all of it.\"")
    assert qs["You will hear a great deal about this company outside this room. Ignore all of it."] == "Harlow"


def test_near_miss_a_justice_minister_is_no_judge():
    qs = _speakers("Justice Minister Clara Venn said the courts needed more money.\n\n"
                   "The judge told the jurors: \"You will hear a great deal about this company outside this room.\"")
    assert qs["You will hear a great deal about this company outside this room."] != "Clara Venn"
