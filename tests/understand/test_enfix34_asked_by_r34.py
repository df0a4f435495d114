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


def test_set_off_participle_is_put_to_the_noun():
    # a participle set off by commas after its noun, its verb right after: the noun is the one asked or warned
    for text in ("The coach, asked whether the striker would play, said he did not know.",
                 "Tenants, warned that the boiler could fail, bought heaters in October."):
        qs = _quotes(text)
        assert not any(c in ("asked", "warned") and s in ("The coach", "Tenants") for _, s, c in qs)


def test_relative_clause_asker_is_not_set_off():
    # near miss: a cue with no comma between it and its subject stays the subject's report
    qs = _quotes("The coach warned that the striker would not play, and left the room.")
    assert any(s == "The coach" and c == "warned" for _, s, c in qs)


def test_sentence_opening_asked_by_stays_dropped():
    # near miss: at the sentence's opening the question put to the speaker stays no one's report, asker or not
    qs = _quotes("Asked by a reporter whether any guard had been fired, the warden said the inquiry was not over.")
    assert not any(t.startswith("whether") for t, _, _ in qs)
    assert ("the inquiry was not over", "the warden", "said") in qs
