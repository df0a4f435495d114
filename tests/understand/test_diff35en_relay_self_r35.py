"""diff35en (round 35 differential review on PolNeAR train): en_relay_tail credits the tail's source only to a quote
someone else said. A quote the tail's source already speaks (a participle's content read as the reporter's) gets no
outlet credit from itself. Sentences written here; the near miss keeps a real relay."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue, [r.name for r in q.reported_by])
            for q in analyze(text).quotes]


def test_no_outlet_credit_to_its_own_speaker():
    qs = _quotes('Lee welcomed the news that Ortiz would quit, saying the Texas Democrat was "doing the right thing," '
                 'suggesting she might consider Ortiz as running mate, CNN reported.')
    assert not any(s == "CNN" and "CNN" in rep for _, s, _, rep in qs)


def test_near_miss_an_outlet_relaying_a_ministry():
    qs = _quotes("Nine miners were trapped after the shaft collapsed, the mining ministry said on Monday, Reuters "
                 "reported.")
    got = [(s, rep) for t, s, _, rep in qs if t == "Nine miners were trapped after the shaft collapsed"]
    assert got and got[0][0] == "the mining ministry" and "Reuters" in got[0][1]


def test_no_relay_over_a_clause_of_its_own():
    qs = _quotes("In Denver, marchers carried candles through the park, KDEN-TV reported, while in Austin the parade "
                 "began with a minute of silence, the Austin Ledger reported.")
    got = [(s, rep) for t, s, _, rep in qs if t == "marchers carried candles through the park"]
    assert got and all(s != "the Austin Ledger" for s, _ in got)  # (its reported_by there is older: en_credit)


def test_near_miss_a_statement_after_the_named_speaker():
    qs = _quotes("Mayor Ana Ruiz said the budget talks were the last chance to avoid a shutdown, a statement from her "
                 "office said on Friday.")
    got = sorted(s for t, s, _, _ in qs if t.startswith("the budget talks"))
    assert got == ["Ana Ruiz", "a statement from her office"]
