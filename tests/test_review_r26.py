"""Round 26 review: what the round's English attribution rules (enattr26, enspk26, audit26) over-read, each with
sentences written for these tests (ordinary news near-misses, none taken from a dev text). Marked xfail until the
lead narrows the rule; each reason names the branch, the rule and the narrowing suggested in /tmp/try26/REVIEW.md.
On main (a469d775) they pass: each is a regression of a branch."""
from __future__ import annotations

import pytest

import newsgraph


def _rec(text):
    return newsgraph.analyze(text, published="2024-03-12")


def _quotes(text):
    return [((q.speaker.name if q.speaker else None), q.text, (q.cue or "").lower()) for q in _rec(text).quotes]


_TRANSCRIPT = ("MODERATOR: Senator, your response.\n\n"
               "ROE: I have voted for every one of those bills, and I would do it again.\n\n[Laughter]\n\n"
               "ROE: My opponent knows that. He was in the room when I did it.\n\n[Crosstalk]\n\n"
               "MODERATOR: We have to move on.\n")
_SPEECH = ("The senator spoke for forty minutes. We will rebuild the middle class, and we will do it together.\n\n"
           "[Applause]\n\nNobody in this room should have to choose between rent and medicine. That ends now.\n\n"
           "[Applause]\n\nThank you all for coming tonight.\n")
_PHOTOS = ("The river rose four feet overnight and flooded the lower town.\n\n[Getty Images]\n\n"
           "Residents were moved to the high school gym, where volunteers handed out blankets.\n\n[Getty Images]\n")


@pytest.mark.parametrize("text", [_TRANSCRIPT, _SPEECH, _PHOTOS])
def test_stage_directions_and_photo_credits_are_no_credited_excerpts(text):
    got = _quotes(text)
    assert not any(cue.startswith("[") for _, _, cue in got), got


def test_a_round_ups_introduction_is_not_the_first_excerpt():
    text = ("Here is what the critics say about the new console.\n\n"
            "The hardware is fast, but the games are thin on launch day.\n\n[ Engadget ]\n\n"
            "It is the most comfortable controller Sony has ever made.\n\n[ The Verge ]\n")
    got = _quotes(text)
    assert not any("critics say" in t for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Bloomberg reported that the deal had collapsed, citing a host of regulatory problems.\n",
    "Reuters reported that the bank would cut its forecast, citing the state of the economy.\n",
])
def test_a_cited_reason_is_no_source_whatever_its_head_noun(text):
    got = _quotes(text)
    assert not any(cue == "citing" for _, _, cue in got), got


def test_a_sentence_opening_is_no_qualifier_of_a_body():
    text = ("Yesterday the health ministry closed schools. On Monday health ministry staff visited the area. "
            "The health ministry said the schools would reopen.\n")
    got = _quotes(text)
    assert not any(s and s.startswith("On Monday") for s, _, _ in got), got


@pytest.mark.parametrize("text", [
    "The Secret Service is charged with protecting the president and his family.\n",
    "The task force, which is charged with overseeing the vaccine rollout, met on Monday.\n",
    "Ms. Lee was charged with running the campaign's field operation in Ohio.\n",
])
def test_a_duty_one_is_charged_with_is_no_claim(text):
    got = _quotes(text)
    assert not any(cue == "charged" for _, _, cue in got), got


@pytest.mark.parametrize("text, bogus", [
    ("Deputy Prime Minister Chrystia Freeland said the budget would balance by 2027.\n", "Prime Minister"),
    ("Deputy Foreign Minister Sergei Ryabkov said the treaty was dead.\n", "Foreign Minister"),
    ("Deputy Chief Medical Officer Jonathan Van-Tam said the vaccine was safe.\n", "Medical"),
])
def test_an_office_after_a_title_is_no_person(text, bogus):
    names = [e.name for e in _rec(text).entities if e.type == "PERSON"]
    assert bogus not in names, names


def test_a_plural_noun_subject_is_no_compounded_cue():
    got = _quotes("\u201cThe deal is dead,\u201d news reports said on Monday.\n")
    assert not any(cue == "reports" or s == "news" for s, _, cue in got), got


def test_wanting_to_stress_reports_the_stressing():
    got = _quotes("The senator wanted to stress that the bill is bipartisan.\n")
    assert any(t == "the bill is bipartisan" for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Farmers need the government to explain how the new subsidy will work.\n",
    "The families need officials to confirm that the victims have been identified.\n",
])
def test_needing_someone_to_speak_is_no_report(text):
    got = _quotes(text)
    assert not any(cue == "need" for _, _, cue in got), got
