"""newuser33: a lead's description that names an office in capitals (quotes/en_roles_office.py).

General reason: "a U.S. District Court judge sided with the Democrats, saying …" was credited to the circuit judge
the next paragraph names ("Circuit Court Judge David McKeague"): a lead's indefinite description goes to the person
named right after it with its role noun, and its capitalised words were all dropped as places; the words that name no
place but the office (a court, an agency) must be among the named person's roles. Found on PolNeAR train. Our own
sentences.
"""
import newsgraph


def _speakers(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in newsgraph.analyze(text).quotes]


def test_description_of_another_court_is_not_the_judge_named_next():
    text = ("In May, a U.S. District Court judge sided with the unions, saying the law was unconstitutional.\n\n"
            "Circuit Court Judge Ann Holt, writing for the majority, said the period was generous.")
    got = _speakers(text)
    assert got[0] == (None, "the law was unconstitutional") or got[0][0] != "Ann Holt"
    assert ("Ann Holt", "the period was generous") in got


def test_near_miss_same_court_named_next():
    text = ("In May, a U.S. District Court judge sided with the unions, saying the law was unconstitutional.\n\n"
            "U.S. District Court Judge Ann Holt wrote that the law burdened voters.")
    assert _speakers(text)[0] == ("Ann Holt", "the law was unconstitutional")


def test_near_miss_place_dropped_when_the_person_is_named():
    text = ("A California transit chief says the trains will run late. Interim BART Police Chief Ed Alvarez told "
            "reporters the line was closed.")
    assert _speakers(text)[0] == ("Ed Alvarez", "the trains will run late")
