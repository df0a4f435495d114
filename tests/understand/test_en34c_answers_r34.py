"""Round 34 (en34c, issue 16): the answer of one a question is put to is that speaker's, the question is no one's
statement; a name only quoted never speaks; a document is no one's description; "X said C, saying '…'" is X's.
Sentences written here."""
import newsgraph


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in newsgraph.analyze(text).quotes]


def test_set_off_participle_answer_is_the_nouns():
    for text in ("The mayor, asked whether the city could pay, said it could not.",
                 "The mayor, asked whether the city could pay, said that it could not."):
        qs = _quotes(text)
        assert ("it could not", "The mayor", "said") in qs
        assert not any(t.startswith("whether") for t, _, _ in qs)


def test_set_off_participle_answer_with_told():
    qs = _quotes("Governor Tom Reed, asked about the strike, told reporters the talks would resume on Monday.")
    assert ("the talks would resume on Monday", "Tom Reed", "told") in qs


def test_opening_asked_answer_is_the_speakers():
    qs = _quotes("Asked whether the city could pay, the mayor said the city could not pay.")
    assert qs == [("the city could not pay", "the mayor", "said")]
    qs = _quotes("Mayor Ann Hill faced questions on Tuesday. When asked about the deficit, she said the city would "
                 "borrow.")
    assert qs == [("the city would borrow", "Ann Hill", "said")]


def test_set_off_answer_near_misses():
    # no content after the verb: no quote; a warning set off keeps no speaker (the warner is unnamed)
    assert _quotes("The mayor, asked whether the city could pay, said nothing.") == []
    qs = _quotes("Tenants, warned that the boiler could fail, bought heaters in October.")
    assert not any(s == "Tenants" for _, s, _ in qs)


def test_said_then_saying_stays_with_the_sayer():
    # "X said C, saying '…'": the person C names does not speak
    for text, who in (("Smith said Jones had resigned, saying \"it was time.\"", "Smith"),
                      ("Senator Ted Cruz said Donald Trump would lose to Hillary Clinton, saying “he cannot beat her "
                       "in November.”", "Ted Cruz")):
        qs = _quotes(text)
        assert qs and all(s == who for _, s, _ in qs)
