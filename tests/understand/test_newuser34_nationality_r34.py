"""newuser34: a surname the tagger typed a nationality is the person the document names in full by it, where it is a
verb's subject (entities/en_actors.py ``_nationality_surnames``).

General reason: "Mark Cuban ... Trump's temperament is worrying, Cuban said" types "Cuban" a nationality; the
speaker then had no actor, and the next "he said when asked about Trump's temperament" went to Trump (a demanding
new user's sample of PolNeAR train quotes, a Politico report). A surname typed a place was already made the person
(``_surnames_typed_otherwise``); a nationality used as a subject is the same. Near miss: a nationality as a
modifier ("Cuban officials") or after a determiner ("the Cuban said") keeps its type. Our own sentences.
"""
import newsgraph

TEXT = ("Mark Cuban, the owner of the Dallas Mavericks, says he might run one day. Trump's grasp of policy and "
        "temperament are worrying, Cuban said. \"You know, it's possible for anybody to change,\" he said when asked "
        "about Trump's temperament.")


def test_nationality_typed_surname_as_subject_is_the_person():
    rec = newsgraph.analyze(TEXT)
    got = [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]
    assert ("Trump's grasp of policy and temperament are worrying", "Mark Cuban") in got
    assert got[-1] == ("You know, it's possible for anybody to change", "Mark Cuban")


def test_near_miss_nationality_after_a_determiner_stays():
    rec = newsgraph.analyze("Mark Cuban owns the Dallas Mavericks. \"We need trade,\" said the Cuban.")
    got = [(q.text, q.speaker.name if q.speaker else None, q.speaker_name if hasattr(q, "speaker_name") else None)
           for q in rec.quotes]
    assert got and got[0][1] != "Mark Cuban"
