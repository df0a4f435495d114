"""diff35en (round 35 differential review on PolNeAR train): en_relay_tail credits the tail's outlet only to a quote
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
