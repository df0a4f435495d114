"""understand (English), round 27 (revfixA): the round-27 review's narrowings of audit27's and encue27's rules. A
"he said" after a group's report about a person is that person's answer, never the group's; "In" a poll credits it
only when no other source is named and only for a poll or a survey (a study's method is nobody's statement); a past
conjunct of a content about someone else stays in the content; "they said" after a sentence whose subject acts on
other plural people is left open. Sentences written for these tests."""
import pytest


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text,who", [
    ('Investigators said Daniel Okoro had hidden the invoices for years. "I hid nothing from anyone," he said.',
     "Daniel Okoro"),
    ('Neighbors said the landlord, Peter Vance, had ignored the leaks. "Every leak was fixed in a week," he said.',
     "Peter Vance"),
])
def test_the_one_reported_on_answers_not_the_group_that_reported(analyze, text, who):
    rec = analyze(text)
    (q,) = [q for q in rec.quotes if q.text.lstrip('"“').startswith(("I hid", "Every leak"))]
    assert _speaker(q) == who


@pytest.mark.parametrize("text,who", [
    ("In the newest poll, the governor trails her challenger by four points, according to Gallup.", "Gallup"),
    ("In the latest survey, the senator leads by eleven points, per a Marist survey.", "a Marist survey"),
])
def test_a_named_source_outranks_in_the_poll(analyze, text, who):
    rec = analyze(text)
    (q,) = _quotes(rec, "the ")
    assert _speaker(q) == who


@pytest.mark.parametrize("text", [
    "In the study, scientists gave 300 volunteers a placebo every morning.",
    "In the audit, the name of the contractor appears on nine invoices.",
])
def test_in_a_study_or_an_audit_credits_nobody(analyze, text):
    rec = analyze(text)
    assert not any((q.cue or "").lower() == "in" for q in rec.quotes)


def test_in_a_poll_still_credits_the_poll(analyze):
    rec = analyze("In a new poll of likely voters, the mayor holds a lead of six points over his rival.")
    (q,) = _quotes(rec, "the mayor holds")
    assert (q.cue or "").lower() == "in"


@pytest.mark.parametrize("text,content", [
    ("Officials said the driver could face charges and left the scene before police arrived.",
     "the driver could face charges and left the scene before police arrived"),
    ("The coach said the team would make the playoffs and had already won eight straight games.",
     "the team would make the playoffs and had already won eight straight games"),
])
def test_a_past_conjunct_of_someone_elses_content_stays_in_it(analyze, text, content):
    rec = analyze(text)
    assert any(q.text == content for q in rec.quotes)


def test_the_sayers_own_next_act_is_still_cut(analyze):
    rec = analyze("The senator said she would vote for the budget but declined to explain why.")
    assert any(q.text == "she would vote for the budget" for q in rec.quotes)


@pytest.mark.parametrize("text,wrong", [
    ('Nurses cared for the injured workers through the night. "We thought we would die," they said.', "Nurses"),
    ('Volunteers handed the refugees blankets and food. "We have nothing left," they said.', "Volunteers"),
])
def test_they_said_after_a_group_acting_on_other_people_is_open(analyze, text, wrong):
    rec = analyze(text)
    (q,) = _quotes(rec, "We ")
    assert _speaker(q) != wrong


def test_they_said_after_a_group_acting_on_things_is_the_group(analyze):
    rec = analyze('Nurses worked through the night at the county hospital. "We are exhausted," they said.')
    (q,) = _quotes(rec, "We are exhausted")
    assert _speaker(q) == "Nurses"


@pytest.mark.parametrize("text,content", [
    ("The mayor said she would run again and filed the papers on Monday.", "she would run again"),
    ("Senator Tom Hale said he would retire and sold his house in the capital.", "he would retire"),
])
def test_the_sayers_own_plan_then_a_past_act_is_cut(analyze, text, content):
    rec = analyze(text)
    assert any(q.text == content for q in rec.quotes)


@pytest.mark.parametrize("text,content", [
    ("She said he would resign and had already sold the house.",
     "he would resign and had already sold the house"),
    ("Mayor Ann Lee said he would step down and had sold his shares.", "he would step down and had sold his shares"),
])
def test_a_pronoun_that_is_not_the_sayer_keeps_its_past_conjunct(analyze, text, content):
    rec = analyze(text)
    assert any(q.text == content for q in rec.quotes)
