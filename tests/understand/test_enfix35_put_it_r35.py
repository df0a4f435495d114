"""Round 35 (enfix35): '"…," as X put it' (quotes/en_put_it) -- not for a hypothetical ("as a critic would put it")
or a title ("starred in “…”"), and read with a short adjunct after "it" ("put it on Friday", "put it to voters").
Sentences written here, each with a near miss."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def test_a_modal_makes_the_writers_words():
    got = _quotes("The new bridge was \"a triumph of hope over sense,\" as a critic would put it. It opens in May.")
    assert not any(s and "would" in s for _, s in got), got


def test_a_title_after_wrote_is_no_quote():
    got = _quotes("He wrote \"The Quiet Harbour,\" as the publisher's catalogue puts it, in 2011.")
    assert not any(t.startswith("The Quiet Harbour") for t, _ in got), got


def test_put_it_with_a_time_and_an_audience():
    for tail in ("on Friday", "to voters"):
        got = _quotes(f"The scheme was \"a waste of good money,\" as Senator Ruth Alder put it {tail}.")
        assert ("a waste of good money", "Ruth Alder") in got, (tail, got)


def test_near_miss_put_it_to_a_vote_is_no_wording():
    got = _quotes("The measure was \"a done deal,\" as the board put it to a vote on Friday.")
    assert not any(s and "board" in s for _, s in got), got
