"""newuser34: a question put to someone is no statement of his (quotes/en_questions.py ``_asked_participle``).

General reason: "When asked whether X would sign the bill, he said he did not know" reports the answer; the clause
"whether X would sign the bill" is the question someone else put to the speaker, so it is not his claim (a demanding
new user's sample of PolNeAR train quotes credited such questions to the one asked). A sentence-opening "Asked
whether …" was already dropped; a conjunction that sets the question before the answer ("when", "if", "after":
lang/en/words.tsv ``asked_openers``) and a subordinate passive ("When he was asked whether …") are the same. Near
miss: an active "asked" ("He stood up and asked whether …") is the speaker's own question and stays. Our own
sentences.
"""
import newsgraph

LEAD = "Senator Mark Hollis met reporters after the vote. "


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in newsgraph.analyze(LEAD + text).quotes]


def test_when_asked_question_is_not_the_answerers_words():
    got = _quotes("When asked whether Governor Janet Reyes would sign the bill, he said he did not know.")
    assert got == [("he did not know", "Mark Hollis")]


def test_when_he_was_asked_question_is_not_his_words():
    got = _quotes("When he was asked whether Governor Janet Reyes would sign the bill, he said he did not know.")
    assert got == [("he did not know", "Mark Hollis")]


def test_near_miss_active_asked_is_the_speakers_question():
    got = _quotes("He stood up and asked whether Governor Janet Reyes would sign the bill.")
    assert got == [("whether Governor Janet Reyes would sign the bill", "Mark Hollis")]
