"""Round 35 (enfix35): a quoted word inside an infinitive makes the whole infinitive the request, but the infinitive
stops before an adjunct that is a clause of its own (quotes/en_naming._complement_end). Sentences written here."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def test_infinitive_stops_before_a_when_clause_with_a_report():
    got = _quotes("The coach urged fans to \"stay calm\" on Sunday when the club, which officials said was close to "
                  "collapse, lost again.")
    assert not any("officials" in t for t, s in got if s == "The coach"), got


def test_near_miss_the_object_of_the_infinitive_stays():
    got = _quotes("The union urged members to \"reject\" the offer on Friday.")
    assert any(t.endswith("the offer on Friday") for t, s in got), got
