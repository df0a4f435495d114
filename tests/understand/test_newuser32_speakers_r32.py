"""newuser32: a speaker taken from the words the speaker reports.

General reason (binding): whoever a cue's pronoun subject is, it is not a person the clause it reports names. The
content written before its cue ("X had rolled out the ballots badly, she said") is that clause as much as the content
after it ("She said X had ..."): on a store of 280 PolNeAR train articles "But the Common Core was rolled out badly,
he said" was given to "Common Core" (typed a person). And the learned ranker never takes a name from the clause a
parenthetical cue interrupts, outside its subject ("With Nusra fighters playing a more dominant role ..., they said,
the president has ...": not Nusra's words). Our own sentences below.
"""
import pytest

import newsgraph


def _speakers(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in newsgraph.analyze(text).quotes]


OPENING = ("Ruth Ellison, the county clerk, spoke first at the hearing on Monday. Then the treasurer, Maria Dobbins, "
           "took the floor.\n\n")


@pytest.mark.xfail(strict=False, reason="lead r32: newuser32's en_binding scope for a content fronted before its "
                   "cue's pronoun was reverted: it broke test_audit27_r27's guard (a quotation closed by 'he said' after "
                   "a sentence crediting Eswar Prasad went to Biden, named in the quotation)")
def test_fronted_content_names_no_speaker():
    got = _speakers(OPENING + "But Ruth Ellison had rolled out the new ballots badly, she said.")
    assert [s for t, s in got if "ballots" in t] == ["Maria Dobbins"]


def test_near_miss_adverbial_clause_may_name_the_speaker():
    # a clause set before as an adverbial is no reported content: "she" may be Ellison
    got = _speakers(OPENING + "When Ellison arrived, she said the new ballots had been printed too late.")
    assert [s for t, s in got if "ballots" in t] == ["Ruth Ellison"]


HOST = ("Mr. Obama, officials said, has become increasingly skeptical about one of the fallback options advanced by "
        "officials in the administration: expanding military aid to rebels. With {} fighters playing a more dominant "
        "role in the rebellion, they said, the president has deepened his resistance to providing the rebels with more "
        "powerful weapons.")


def test_host_clause_name_is_not_the_rankers_speaker():
    for group in ("Hezbollah", "Taliban", "Hamas"):
        got = _speakers(HOST.format(group))
        assert [s for t, s in got if "deepened" in t] == ["officials"], group


def test_near_miss_host_clause_subject_stays_a_speaker():
    # the interrupted clause's own subject may be "it" ("Apex Robotics will open ..., it said")
    got = _speakers("Apex Robotics reported higher sales on Tuesday.\n\nApex Robotics will open three new plants in "
                    "Ohio next year, it said in a statement.")
    assert [s for t, s in got if "plants" in t] == ["Apex Robotics"]


def test_near_miss_narration_before_a_quoted_aside_keeps_its_subject():
    # the parse hangs "Dobbins suggested …" on the aside's "said": it is no content of "she", who is Dobbins
    got = _speakers("Maria Dobbins spoke after the clerk on Monday.\n\nMaria Dobbins suggested that Ellison's latest "
                    "plan was unserious - \"Again, we need to get into the details,\" she said - and charged that in "
                    "pursuing her goal of a new ballot, Ruth Ellison would jeopardize the county's budget.")
    assert [s for t, s in got if "jeopardize" in t] == ["Maria Dobbins"]


# General reason (topic): a description opening an attribution continues the topic of the sentence before (its
# main-clause subject), but not when that subject asked a question the new paragraph answers: an exchange's next turn
# is the other side's ('"That would be you?" Borger asked. / "That would be me," the senator said' was Borger's); the
# topic is then the one before the question.
EXCHANGE = ("Mark Ellery spoke about his rivals on the Sunday show.\n\n\"It tells you that one of us is a candidate of "
            "the establishment,\" Ellery remarked.\n\n")


def test_answer_to_a_question_is_not_the_askers():
    got = _speakers(EXCHANGE + "\"That would be you?\" Dana Kerr asked.\n\n\"That would be me, yes. I think "
                    "that's probably right,\" the senator said.")
    # the one asked: the topic before the question (its asker passed over)
    assert [s for t, s in got if t.startswith("That would be me")] == ["Mark Ellery"]


def test_near_miss_same_speaker_goes_on_after_a_statement():
    got = _speakers(EXCHANGE + "\"That would be me, yes,\" Ellery said.\n\n\"I think that's probably right,\" the "
                    "senator said.")
    assert [s for t, s in got if t.startswith("I think")] == ["Mark Ellery"]
