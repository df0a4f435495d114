"""Round 27 review: what the round's English attribution rules (enattr27, encue27, audit27) over-read, each with
sentences written for these tests (ordinary news near-misses, none taken from a dev text). Marked xfail until the
lead narrows the rule; each reason names the branch, the rule and the narrowing suggested in /tmp/try27/REVIEW.md.
On main (c229477c) they pass: each is a regression of a branch."""
from __future__ import annotations

import pytest

import newsgraph


def _rec(text):
    return newsgraph.analyze(text, published="2024-03-12")


def _quotes(text):
    return [((q.speaker.name if q.speaker else None), q.text, (q.cue or "").lower()) for q in _rec(text).quotes]


def _speaker_of(text, start):
    got = _quotes(text)
    return [s for s, t, _ in got if t.lstrip('"“').startswith(start)], got


@pytest.mark.parametrize("text,who", [
    ('Prosecutors said Michael Reyes had lied to investigators about the payments. "I never lied to anyone," he said.',
     "Michael Reyes"),
    ('Officials said the mayor, Tom Hart, had approved the deal. "I approved nothing," he said.', "Tom Hart"),
    ('Witnesses said the driver, Mark Dunn, had been drinking. "I had one beer," he said.', "Mark Dunn"),
])
def test_he_said_after_a_group_said_is_not_the_group(text, who):
    speakers, got = _speaker_of(text, "I ")
    assert speakers == [who], got


def test_a_wire_signature_under_a_continued_quote_is_no_credit():
    text = ('Mayor Jane Carter said the city would rebuild the pier by summer. "We lost a landmark," she said.\n\n'
            '"And we are going to bring it back, better than before."\n\n'
            "— The Associated Press\n")
    speakers, got = _speaker_of(text, "And we are going")
    assert speakers == ["Jane Carter"], got


@pytest.mark.parametrize("text", [
    'The mayor listed her priorities at the meeting.\n\n"We are going to fix the roads."\n\n'
    "— Repave 40 miles of streets\n— Hire 12 inspectors\n",
    "Inspectors found the school unsafe. The principal said the roof leaked.\n\n“The children deserve better.”\n\n"
    "— Police said no one was hurt when the ceiling fell.\n",
    "The mayor read a line from her favorite poem at the ceremony.\n\n“Hope is the thing with feathers.”\n\n"
    "— Emily Dickinson's poem was read again at the close.\n",
])
def test_a_dash_bullet_or_sentence_is_no_credit_line(text):
    got = _quotes(text)
    assert not any(cue == "—" for _, _, cue in got), got


@pytest.mark.parametrize("text,wrong", [
    ("By Tom Becker\n\nThe company's chief executive said Monday that the plant would close by June.\n\n"
     "Shares fell 3% on the news.\n\nThe board ousted former chief executive John Smith last year after a string "
     "of losses.\n", "John Smith"),
    ("The state's attorney general said Tuesday that she would sue the drugmaker.\n\n"
     "The lawsuit follows similar cases in other states.\n\nOhio Attorney General Dave Yost filed a similar suit "
     "last year.\n", "Dave Yost"),
    ("The plant's manager said the fire started in a boiler.\n\nTwo workers were hurt.\n\nThe plant, which employs "
     "400 people, was bought last year by Zeta Corp. Its manager at the time, Paul Grant, left in June.\n",
     "Paul Grant"),
])
def test_a_lead_role_is_not_someone_else_holding_that_role(text, wrong):
    got = _quotes(text)
    first = got[0]
    assert first[0] != wrong, got


def test_another_is_never_the_one_before_it():
    text = ("One mayor says her town has lost half its bus routes. Another says he has no bus at all.\n\n"
            "The state has promised a review.\n\nMayor Ellen Grady of Fairview did not return calls.\n")
    got = _quotes(text)
    one, = [s for s, t, _ in got if t.startswith("her town")]
    another, = [s for s, t, _ in got if t.startswith("he has no bus")]
    assert one is None or another != one, got


@pytest.mark.parametrize("text,who", [
    ("In the latest poll, Clinton leads Trump by six points, according to Quinnipiac.", "Quinnipiac"),
    ("In the latest poll, Clinton leads Trump by six points, per a Quinnipiac survey.", "a Quinnipiac survey"),
])
def test_in_a_poll_does_not_override_the_named_source(text, who):
    speakers, got = _speaker_of(text, "Clinton leads")
    assert speakers == [who], got


@pytest.mark.parametrize("text", [
    "In the study, researchers fed 200 mice a high-fat diet for 12 weeks.",
    'In the report, the word "crisis" appears 40 times.',
])
def test_in_a_study_the_method_is_nobody_s_statement(text):
    got = _quotes(text)
    assert not any(cue == "in" for _, _, cue in got), got


@pytest.mark.parametrize("text,content", [
    ("Police said the suspect might be armed and fled in a red car.",
     "the suspect might be armed and fled in a red car"),
    ("She said the company would cut 300 jobs and had already closed two plants.",
     "the company would cut 300 jobs and had already closed two plants"),
])
def test_a_past_conjunct_of_the_content_stays_in_it(text, content):
    got = _quotes(text)
    assert any(t == content for _, t, _ in got), got


@pytest.mark.parametrize("text,wrong", [
    ("Unemployment fell to 3.9% in March, according to a report from Monday.", "Monday"),
    ("Sales fell 2% in the quarter, according to data from January.", "January"),
    ("Home prices rose 6% last year, according to a report from Washington.", "Washington"),
])
def test_a_day_or_a_place_after_from_is_no_document_maker(text, wrong):
    got = _quotes(text)
    assert got and not any(s == wrong for s, _, _ in got), got


@pytest.mark.parametrize("text,wrong", [
    ('Firefighters rescued three children from the burning house. "We were so scared," they said.', "Firefighters"),
    ('Doctors treated the miners for burns and smoke. "We were lucky to get out," they said.', "Doctors"),
    ('Lawmakers grilled the bank executives for six hours. "We made mistakes," they said.', "Lawmakers"),
])
def test_they_said_is_not_the_subject_when_it_acted_on_other_people(text, wrong):
    got = _quotes(text)
    assert got and not any(s == wrong for s, _, _ in got), got
