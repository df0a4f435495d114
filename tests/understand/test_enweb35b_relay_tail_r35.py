"""Round 35 (enweb35b): a second source credited at the end of an inverted attribution relays the same content
(en_relay_tail): "C, the ministry said on Monday, the Valley Post reported (citing X)". Sentences written here;
near misses: a single tail (the quote's own attribution) and a participle after the tail."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


def test_outlet_after_an_inverted_attribution():
    qs = _quotes("Nine miners were trapped after the shaft collapsed, the mining ministry said on Monday, the Valley Post "
                 "reported.")
    assert [c for t, _, c in qs if t == "Nine miners were trapped after the shaft collapsed"] == ["said", "reported"]


def test_outlet_citing_an_agency_when_the_parse_breaks():
    qs = _quotes("At least 40 homes, including two schools, have been flooded in the valley since Sunday night, the "
                 "region's emergency ministry said on Tuesday, Delta News reports citing Norpress.")
    cues = sorted(c for t, _, c in qs if t.startswith("At least 40 homes"))
    assert cues == ["citing", "reports", "said"]


def test_statement_after_a_named_speaker():
    qs = _quotes("Prime Minister Ana Velt said the budget talks were the last chance to avoid a shutdown, a statement "
                 "from her office said on Friday.")
    got = [(s, c) for t, s, c in qs if t.startswith("the budget talks")]
    assert ("Ana Velt", "said") in got and ("a statement from her office", "said") in got


def test_near_miss_a_single_tail():
    qs = _quotes("Grain prices rose sharply in March, analysts said.")
    assert [c for _, _, c in qs] == ["said"]


def test_near_miss_a_participle_after_the_tail():
    qs = _quotes("The mill will close in June, the company said on Monday, adding that 300 jobs would go.")
    assert sorted(c for _, _, c in qs) == ["adding", "said"]


def test_a_known_outlet_is_the_quotes_credit_not_a_quote():  # the record's reported_by (attribution-dev's form)
    doc = analyze("Finnish President Alexander Stubb said the border would stay closed, Yle reported.")
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("the border would stay closed", "Alexander Stubb")]
    assert [r.name for r in doc.quotes[0].reported_by] == ["Yle"]
