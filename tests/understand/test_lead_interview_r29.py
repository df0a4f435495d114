"""An interview's questions may call the interviewee by the first name with a dash ("Q: Will – what drew you …?"),
and its title may name them with no interview cue ("Northgate is proud to have Will Price, …"): the full name in the
title whose first name a question calls is the interviewee (r29, lead; two frames, the title and the question, as
entities/en_interviewees asks). Sentences written for the test."""
from newsgraph import analyze

_PAGE = ("Northgate is proud to have Will Price, formerly of Harlow Foods, as our new Chief Executive.\n\n"
         "We sat down with him in his first week.\n\n"
         "Q: Will – what drew you to Northgate?\n\n"
         "A: The people. I have known the founders for years and I trust them.\n\n"
         "Q: What comes first?\n\n"
         "A: Listening. I will visit every depot this month.")


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def test_a_dash_after_the_first_name_addresses_the_titled_person():
    got = _quotes(_PAGE)
    assert [s for _, s in got] == ["Will Price", "Will Price"], got
    assert got[1][0].startswith("Listening"), got


def test_a_title_name_no_question_calls_is_no_frame():
    from newsgraph.understand.entities.en_interviewees import _titled_addressed
    assert _titled_addressed(_PAGE) == ["Will Price"]
    assert _titled_addressed(_PAGE.replace("Q: Will – what", "Q: Anna – what")) == []
    assert _titled_addressed(_PAGE.replace("Q: Will – what", "Q: What")) == []


def test_a_dash_inside_a_question_is_no_vocative():
    from newsgraph.understand.entities.en_interviewees import addressed
    assert addressed("Q: Will – what drew you here?\n", "Will")
    assert not addressed("Q: What did Will – the new chief – say first?\n", "Will")
    assert addressed("Q: Will, what drew you here?\n", "Will")
