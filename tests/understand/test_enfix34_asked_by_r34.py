"""Round 34 (enfix34, review34b's finding on newuser34 en_questions._asked_participle): a passive "asked" whose
by-phrase names the asker is that asker's question; with no asker named it is still dropped. Sentences written
here."""
import newsgraph


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in newsgraph.analyze(text).quotes]


def test_asked_by_named_asker_keeps_the_question():
    qs = _quotes("When asked by reporters whether she would resign, the minister said she had done nothing wrong.")
    assert ("whether she would resign", "reporters", "asked") in qs
    assert ("she had done nothing wrong", "the minister", "said") in qs


def test_asked_with_no_asker_is_dropped():
    # near miss: no by-phrase: the question put to the minister is nobody's statement
    qs = _quotes("When asked whether she would resign, the minister said she had done nothing wrong.")
    assert not any(t.startswith("whether") for t, _, _ in qs)
