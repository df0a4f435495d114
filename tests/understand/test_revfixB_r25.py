"""understand.quotes (English), round 25 review fixes (sentences written for these tests, none from a dev text):
"citing" is a relayed source only in an outlet's report (en_citing._outlets_report); a belief or a present verb of
the content's own subject stays in the content (en_clauses._subjects_own); a party word never continues the topic
of a person the text gave another party (en_topic._other_party); what a court heard is a statement, not a question
or a perception (en_court._not_stated), and plural bodies ("jurors") hear too."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, (q.cue or "").lower()) for q in rec.quotes]


@pytest.mark.parametrize("text, cue", [
    # "citing" outside an outlet's report gives a reason, no relayed source
    ("The coach said he would step down at the end of the season, citing a letter from the club's owners.", "citing"),
    ("Citing a survey of its members, the union said the pay offer was too low.", "citing"),
    # a question or a perception is not what a court heard
    ("Lawyers asked whether the court heard that the tapes had been altered.", "heard"),
    ("The inquest heard the alarm ring twice before the fire spread.", "heard"),
])
def test_no_reading_of_a_reason_a_question_or_a_perception(analyze, text, cue):
    got = _quotes(analyze(text))
    assert not any(c == cue for _, _, c in got), got


def test_an_outlet_still_relays_its_cited_source(analyze):
    got = _quotes(analyze("The newspaper reported that the mayor would not run again, citing two aides close to "
                          "him."))
    assert any(cue == "citing" and (s or "").startswith("two aides") for _, s, cue in got), got


@pytest.mark.parametrize("text, sayer, content", [
    # (a person known by a word of lang/en: a noun outside them, "the driver", is read as before)
    ("Police said the teenager had fled the scene and believed nobody had seen him.", "Police",
     "nobody had seen him"),
    ("Relatives said the woman had left the house early and thinks she was followed.", "Relatives",
     "she was followed"),
])
def test_a_belief_of_the_contents_person_is_not_the_sayers(analyze, text, sayer, content):
    got = _quotes(analyze(text))
    assert not any(s == sayer and t == content for t, s, _ in got), got


def test_a_party_word_skips_a_person_of_another_party(analyze):
    got = _quotes(analyze("Sen. Carla Voss, a Democrat, voted against the bill on Tuesday. The Republican said the "
                          "vote was a mistake."))
    assert not any(s == "Carla Voss" for _, s, _ in got), got


def test_jurors_and_magistrates_hear(analyze):
    got = _quotes(analyze("Jurors heard that the accountant had moved the funds to a private account."))
    assert any(cue == "heard" and s == "Jurors" for _, s, cue in got), got


def test_a_present_belief_after_a_past_said_stays_the_sayers(analyze):
    # the present speaks in the writer's time (en_clauses.present_after_past), though the content's subject is a person
    got = _quotes(analyze("Spokeswoman Lena Ortiz said the mayor had met the families and believes the plan is fair."))
    assert ("the plan is fair", "Lena Ortiz", "believes") in got, got
