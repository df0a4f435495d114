"""Round 35 (enfix35): "cited X as saying" is read as "quoted X as saying" (quotes/en_quoted_as, words.tsv
quoting_verbs), also without "that". Sentences written here, with a near miss."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, [o.name for o in q.reported_by])
            for q in analyze(text).quotes]


def test_cited_as_saying_credits_the_quoted_one():
    got = _quotes("The Associated Press cited the governor as saying the dam would be repaired by June.")
    assert any(t.startswith("the dam would be repaired") and s == "the governor" for t, s, _ in got), got


def test_near_miss_cited_as_a_reason_is_no_speech():
    got = _quotes("The council cited the cost as a reason to delay the dam repairs until June.")
    assert not any(t.startswith("a reason") for t, _, _ in got), got
