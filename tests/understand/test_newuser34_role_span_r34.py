"""newuser34: a role noun after a name ends the name (entities/en_spans.py ``_trim_person``, lang/en/role_heads.txt).

General reason: in "Obama Pollster Joel Benenson said …" the capitalised role noun is the role that "Obama" modifies
and Joel Benenson holds; the tagger's span "Obama Pollster" made a person of that name (a demanding new user's
sample). A role noun (role_heads.txt: pollster, strategist, nominee …) is no part of a person's name, so it is cut.
Near miss: a name whose last word is no role noun stays whole. Our own sentences.
"""
import newsgraph


def _persons(text):
    return sorted(e.name for e in newsgraph.analyze(text).entities if e.type == "PERSON")


def test_role_noun_after_a_name_is_cut():
    got = _persons("Obama Pollster Joel Benenson said the numbers were strong. \"We are ahead,\" Benenson said.")
    assert "Obama Pollster" not in got
    assert "Joel Benenson" in got


def test_near_miss_a_full_name_stays_whole():
    got = _persons("Campaign pollster Joel Benenson said the numbers were strong. \"We are ahead,\" Benenson said.")
    assert got == ["Joel Benenson"]
