"""Round 36 (lead): a press conference printed as questions and quoted answers. The page says that one person talks
to the press ("Silva addressed the media", "held a press conference"); its questions are often in the third person
("Is Smith fit?"), so the interview reader's "a question addresses someone" does not hold, and the answers are that
person's (quotes/en_answers.quoted_answers, en_interviewee.press_person). A quotation nobody is credited with that
runs over several paragraphs (each re-opening it) is one quote a paragraph, as the gold annotates it
(quotes/en_pieces). Sentences written here, each with a near miss."""
from newsgraph import analyze

PRESSER = """Rovers manager Marco Silva has {intro} ahead of Sunday's game against Leeds.

Here are the highlights.

Is Smith fit?

“Not yet. James Smith is not available. We have to wait a few days to see him back. It is the same for Ortega.

“Now we have many games in a short time, and we have to speak to the players to understand who needs rest.”

Will Diaz start now he is back from his ban?

“He is a good player. For me to have [Diaz] back is good news, and the fans will like it.”
"""


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def test_presser_answers_are_the_managers():
    for intro in ("addressed the media", "spoken to reporters", "faced the press", "held a press conference"):
        got = _quotes(PRESSER.format(intro=intro))
        assert len(got) == 3, (intro, got)
        assert all(s == "Marco Silva" for _, s in got), (intro, got)
        assert got[1][0].startswith("Now we have many games"), got  # (its own paragraph: its own quote)


def test_near_miss_no_press_conference_no_speaker():
    # the page never says who talks: third-person questions ask nobody, and the manager is only mentioned
    got = _quotes(PRESSER.format(intro="been sacked by the club"))
    assert not any(s == "Marco Silva" for _, s in got), got


def test_near_miss_a_conference_that_is_no_press_conference():
    got = _quotes(PRESSER.format(intro="held a conference call with the board"))
    assert not any(s == "Marco Silva" for _, s in got), got


def test_unattributed_quotation_over_paragraphs_is_one_quote_a_paragraph():
    text = ("The letter was pinned to the door of the hall on Monday.\n\n"
            "“We have closed the hall for the winter. The roof needs work and the heating has failed.\n\n"
            "“We will open again in the spring, when the repairs are done.”\n")
    got = [t for t, _ in _quotes(text)]
    assert any(t.startswith("We have closed the hall") and "spring" not in t for t in got), got
    assert any(t.startswith("We will open again") for t in got), got


def test_near_miss_a_transcript_in_quote_marks_stays_the_transcript_readers():
    text = ("Part of the exchange was read out in court.\n\n"
            "“HARLOW: Where were you on the night of the fire?\n\n"
            "“BENNETT: I was at home with my sister all evening.”\n")
    got = [t for t, _ in _quotes(text)]
    assert not any(t.startswith("HARLOW:") and "BENNETT" not in t for t in got), got  # (not cut at its paragraphs)
