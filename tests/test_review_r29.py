"""Round 29 review: what the round's English attribution and entity changes (eninterview29, enind29, enxfail29)
over-read, each with sentences written for these tests (ordinary news near-misses, none taken from a dev text).
Marked xfail until the lead narrows the rule; each reason names the branch, the rule and the narrowing suggested in
/tmp/try29/REVIEW.md. On main (5da92331) they pass: each is a regression of a branch."""
from __future__ import annotations

import pytest

import newsgraph


def _rec(text):
    return newsgraph.analyze(text, published="2024-03-12")


def _quotes(text):
    return [(q.kind, (q.speaker.name if q.speaker else None), q.text, (q.cue or "").lower()) for q in _rec(text).quotes]


def _speakers_of(got, start):
    return [s for _, s, t, _ in got if t.lstrip("“\"").startswith(start)]


# -- eninterview29: quotes/en_interviewee.interviewee (evidence before frequency) -----------------------------------
# Any person who is the object of "ask"/"question"/"interview" or the subject of "spoke with reporters" counts as
# evidence of being the interviewee and outranks the person the introduction is about (named three or four times).
_EVIDENCE_CASES = [
    ("Q&A: The detective who solved the Hale case\n\nDetective Ann Hall led the investigation into the death of "
     "banker Tom Hale. Hall has worked homicide for 20 years. Her team questioned Mark Stone, Hale's business "
     "partner, for nine hours in May. Hall talked about the case on Monday.\n\nQ: What went wrong early on?\n\n"
     "A: We lost two days waiting for the phone records.\n\nQ: Do you still think Stone knows more?\n\n"
     "A: I think he knows more than he ever told us.\n", "We lost two days"),
    ("Five years at the helm of the Riverside school board\n\nBoard chair Ann Hall has led the board since 2019. "
     "Hall took over after the board asked Tom Reed to resign. Hall is stepping down in June. Hall met us at her "
     "office.\n\nQ: What are you proudest of?\n\nA: We opened two new schools without raising taxes.\n\n"
     "Q: What would you change?\n\nA: I would have moved faster on the budget.\n", "We opened two new schools"),
    ("Interview: Ann Hall, the new fire chief\n\nAnn Hall took over the Riverside fire department on Monday. Mayor "
     "Tom Reed, who hired her, spoke with reporters after the swearing-in. Hall has 25 years on the job.\n\n"
     "Q: What is your first priority?\n\nA: Getting the second ladder truck back in service.\n\nQ: How many "
     "firefighters do you need?\n\nA: We are twelve short, and we will hire this year.\n", "We are twelve short"),
]


@pytest.mark.parametrize("text,start", _EVIDENCE_CASES)
def test_a_person_someone_else_questioned_is_not_the_interviewee(text, start):
    got = _quotes(text)
    assert _speakers_of(got, start) == ["Ann Hall"], got


def test_questions_that_address_the_interviewee_by_title_keep_the_answers():
    text = ("Q&A: The plant closure in Dayton\n\nTom Reed, the plant manager, announced on Friday that the Dayton "
            "factory would close in June. Reed has run the plant for 12 years. Reed spoke on the phone on "
            "Saturday.\n\nQ: Mr. Reed, why did the plant close?\n\nA: Orders fell by half in two years and the "
            "owners decided to move production to Mexico.\n\nQ: What happens to the 300 workers?\n\nA: Every worker "
            "will get severance pay and help finding a new job.\n\nQ: And the pension fund?\n\nA: The pension fund "
            "is safe and fully funded.\n")
    got = _quotes(text)
    for start in ("Orders fell by half", "Every worker will get", "The pension fund is safe"):
        assert _speakers_of(got, start) == ["Tom Reed"], got


def test_vox_pop_answers_are_not_the_politicians():
    text = ("Mayor Ann Lee gave her last State of the City speech on Tuesday night. Lee spoke for an hour. Lee "
            "promised lower taxes. Afterwards we asked people leaving the hall for their views.\n\nWhat did you "
            "think of the speech?\n\n“It was far too long and said nothing new.”\n\nWill you vote for her "
            "successor?\n\n“Probably not, I think the city needs a change.”\n")
    got = _quotes(text)
    assert "Ann Lee" not in _speakers_of(got, "Probably not"), got


def test_a_tally_under_a_labelled_question_is_no_answer():
    text = ("Lee and Reed are in a tight race for mayor, the county said.\n\nCounty clerk Ann Lee: What are the "
            "latest totals?\nTom Reed: 4,210 votes so far\n")
    got = _quotes(text)
    assert not [q for q in got if "4,210 votes" in q[2]], got


# -- enind29: stated_object_preps (words.tsv) and judgement_verbs "criticize for" --------------------------------

# (fixed by revfixN29: words.tsv act_object_preps, en_objects._no_statement)
def test_insisting_on_doing_something_is_no_statement():
    got = _quotes("Council member Rosa Diaz insisted on paying for the staff lunch out of her own pocket.")
    assert not [q for q in got if q[3] == "insisted"], got


# (fixed by revfixN29: quotes/en_fault_phrase.names_no_fault)
@pytest.mark.parametrize("text,frag", [
    ("Senator Ann Cole criticized the housing plan for the third time this week during a radio interview.",
     "for the third time"),
    ("Mayor Tom Reed criticized the stadium deal for months before the council finally approved it.", "for months"),
    ("Senator Ann Cole criticized the budget for an audience of farmers in Ames on Saturday.", "for an audience"),
    ("Senator Ann Cole has criticized the governor over the past year in a series of speeches.", "over the past year"),
])
def test_a_for_phrase_of_time_or_audience_is_no_fault_found(text, frag):
    got = _quotes(text)
    assert not [q for q in got if frag in q[2]], got


# -- enxfail29: en_rank._disagrees ("it" is never a person) and en_role_owner.named_for_an_owner ------------------

def test_it_said_after_a_company_named_like_a_person():
    got = _quotes("Charles Schwab reported a 10 percent rise in client assets on Tuesday. It said new accounts had "
                  "reached a record.")
    assert _speakers_of(got, "new accounts") == ["Charles Schwab"], got


def test_a_country_possessive_still_names_the_minister_of_the_lead():
    got = _quotes("The foreign minister said on Tuesday that the talks had stalled.\n\n“We are running out of "
                  "time,” France's Jean-Noel Barrot told reporters.\n")
    assert _speakers_of(got, "the talks had stalled") == ["Jean-Noel Barrot"], got


# -- eninterview29: entities/en_interviewees (a heading cue and a role make a PERSON) ------------------------------

def test_a_team_after_a_heading_cue_is_no_person():
    rec = _rec("Questions for Golden State, the champion team that lost its coach\n\nThe Warriors fired their coach "
               "on Monday, the club said.\n")
    assert "Golden State" not in {e.name for e in rec.entities if e.type == "PERSON"}


# -- eninterview29: quotes/en_answers.continued_answers (the last answer runs on in "own voice") ------------------

@pytest.mark.parametrize("tail", [
    "Have a question for the chief? Send it to us at news@riversideledger.com and we will put it to her next month.",
    "We will publish the second part of our interview with the chief next week.",
])
def test_the_outlets_closing_line_is_not_the_last_answer(tail):
    text = ("Five questions for Ann Hall, the new fire chief\n\nAnn Hall took over the Riverside fire department on "
            "Monday. We asked her about her plans.\n\nQ: What is your first priority?\n\nA: Getting the second "
            "ladder truck back in service.\n\nQ: How many firefighters do you need?\n\nA: We are twelve short, and "
            "we will hire this year.\n\n" + tail + "\n")
    got = _quotes(text)
    assert not [q for q in got if q[2].startswith(tail[:20])], got


# -- enxfail29: quotes/en_learn.unresolved_it (a noun phrase "it" stated, dropped when "it" is no actor) ----------

def test_it_after_a_body_named_by_a_common_noun_keeps_its_statement():
    got = _quotes("The health ministry reported its third case of the virus on Monday. It confirmed a fourth death "
                  "on Tuesday.")
    assert [q for q in got if q[2].startswith("a fourth death")], got


# -- eninterview29 (d9163f92): en_interviewees._heading takes any line of 160 characters or less ------------------

@pytest.mark.parametrize("text,who,start", [
    ("In an interview with Morning Edition, the governor said the state would sue.", "the governor",
     "the state would sue"),
    ("In an interview with Good Morning America, the actor said he had quit drinking.", "the actor",
     "he had quit drinking"),
])
def test_a_programme_after_in_an_interview_with_is_no_person(text, who, start):
    rec = _rec(text)
    persons = {e.name for e in rec.entities if e.type == "PERSON"}
    assert not persons & {"Morning Edition", "Morning America", "Good Morning America"}, persons
    got = [(q.speaker.name if q.speaker else None) for q in rec.quotes if q.text.startswith(start)]
    assert "Morning Edition" not in got and "Morning America" not in got, got


# -- eninterview29: en_interviewees._cued_names (the first name within 60 characters of a heading cue) ------------

@pytest.mark.parametrize("title", [
    "Q&A with a historian on Tom Reed",
    "Questions for the woman who wrote the book on Tom Reed",
])
def test_the_topic_named_in_a_title_does_not_answer(title):
    text = (title + "\n\nTom Reed was the city's mayor from 1960 to 1972. Historian Ann Hall has written a new "
            "biography of him. Hall teaches at Ohio State. Hall's book is out in May.\n\nQ: Why did you write about "
            "Reed?\n\nA: Nobody had told his story, and his papers had just been opened.\n\nQ: What surprised you "
            "most?\n\nA: How much of the city he built is still standing.\n")
    got = _quotes(text)
    assert "Tom Reed" not in _speakers_of(got, "Nobody had told his story"), got


# -- enxfail29 (20754b56): en_role_owner.another_rank (any rank word among the person's role words) ---------------

def test_a_rank_of_another_office_does_not_block_the_named_role():
    got = _quotes("The senator warned on Monday that the state would need federal help.\n\n“We cannot do this "
                  "alone,” said Sen. Ann Hale, the deputy majority leader.\n")
    assert _speakers_of(got, "the state would need") == ["Ann Hale"], got


@pytest.mark.parametrize("text,name", [
    ("Get to know Grand Rapids, the city the president calls home\n\nThe city has grown by 20,000 people since "
     "2010, the census bureau said.\n", "Grand Rapids"),
    ("Senator Ann Cole introduces Clean Water Act, the senator's first bill\n\nThe bill would fund new pipes, Cole "
     "said.\n", "Clean Water Act"),
    ("Apple introduces Vision Pro, a headset its chief executive calls the future\n\nThe device will cost $3,499, "
     "the company said.\n", "Vision Pro"),
])
def test_a_place_a_law_or_a_product_after_a_heading_cue_is_no_person(text, name):
    rec = _rec(text)
    assert name not in {e.name for e in rec.entities if e.type == "PERSON"}
