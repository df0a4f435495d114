"""Round 36 (enfix36b, issue 16): speakers that a page's layout gives quotation paragraphs with no attribution of their
own (quotes/en_layouts): a "Name (Club)" heading over a quotation in a round-up of managers' words, a lead-in ending
in "here's Pep's response:", and an open quotation that goes on after a photo caption and its credit line. And a
block under "X has announced that …, this time letting 9,000 employees go:" (quotes/en_block_quotes: a verb under a
participle of the statement does not end it). Sentences written here, each with a near miss."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze(text).quotes]


def _speaker_of(got, start):
    return next(s for t, s in got if t.startswith(start))


ROUND_UP = """Championship: what the managers said

A look at what the managers had to say after Saturday's matches.

Nigel Pearson (Rovers)

“We were second best for an hour and we got what we deserved. The players know it, and I know it.”

Sean Dyche (Albion)

“I thought we were the better side. We kept going and the goal came late, but it came.”
"""


def test_a_name_and_club_heading_gives_the_quotation_to_the_person():
    got = _quotes(ROUND_UP)
    assert _speaker_of(got, "We were second best") == "Nigel Pearson", got
    assert _speaker_of(got, "I thought we were") == "Sean Dyche", got


def test_near_miss_a_heading_naming_no_person_gives_nobody():
    text = ROUND_UP.replace("Nigel Pearson (Rovers)", "Team news (updated)")
    got = _quotes(text)
    assert _speaker_of(got, "We were second best") != "Sean Dyche", got
    assert _speaker_of(got, "I thought we were") == "Sean Dyche", got


RESPONSE = """Hear from Marco Bielsa, Sean Dyche and more ahead of the weekend.

Sean Dyche confirmed that his side have no new injury worries before Sunday's game.

Asked whether he regretted his comments about the referee last week, here's {who}:

"I don't regret it. I said what I saw, and I would say it again tomorrow."
"""


def test_a_persons_response_under_a_colon_is_theirs():
    got = _quotes(RESPONSE.format(who="Marco's response"))
    assert _speaker_of(got, "I don't regret it") == "Marco Bielsa", got


def test_near_miss_a_bodys_response_is_no_first_names():
    # the reply is the club's (no person's name before "'s response"): not Marco's, whose first name is near
    got = _quotes(RESPONSE.format(who="the club's response"))
    assert _speaker_of(got, "I don't regret it") != "Marco Bielsa", got


CAPTION = """The minister visited the port on Monday.

Speaking after the meeting, Ms Okafor said: "We have made a decision today to send two more boats to the coast.

Coastguard officers inspect a dinghy off the coast on Monday
Twitter/Daniel Harrow via Reuters

"It is about protecting lives as well as protecting our borders.
"""


def test_an_open_quotation_goes_on_past_a_caption_and_its_credit():
    got = _quotes(CAPTION)
    assert _speaker_of(got, "It is about protecting").endswith("Okafor"), got  # (not Daniel Harrow, the credit's)


def test_near_miss_narration_between_ends_the_carry():
    # a paragraph with a sentence end is the writer's narration, not a caption: the quotation after it is not
    # carried on from the open one before; it is the one the narration brings on
    text = CAPTION.replace("Coastguard officers inspect a dinghy off the coast on Monday\nTwitter/Daniel Harrow via "
                           "Reuters", "Harbour master Tom Reilly was less sure.")
    got = _quotes(text)
    assert _speaker_of(got, "It is about protecting") == "Tom Reilly", got


BLOCK = """Northwind Freight cuts 900 more jobs

Northwind chief executive Dana Whitfield has announced that the company plans to expand its cuts once more, {tail}:

As we close the second quarter, I'm writing to share that we will eliminate about 900 more roles in the next weeks.
"""


def test_a_verb_under_a_participle_does_not_end_the_statement_before_the_block():
    got = _quotes(BLOCK.format(tail="this time letting 900 more employees go"))
    assert _speaker_of(got, "As we close the second quarter") == "Dana Whitfield", got


def test_near_miss_a_clause_of_the_writers_before_the_colon_hands_over_nothing():
    got = _quotes(BLOCK.format(tail="and here is what we know so far"))
    assert not any(t.startswith("As we close the second quarter") and s == "Dana Whitfield" for t, s in got), got


TRANSCRIPT = """Jurors warned over magazine cover

PRESENTER: Jurors in the trial have been told to stay off the internet.

{intro}

{label}: On the very day the jurors were sworn in, a news stand around the corner sold the new issue of the magazine.
"""


def test_a_correspondents_filed_report_is_narration_not_a_quote():
    got = _quotes(TRANSCRIPT.format(intro="Europe correspondent Helen Marsh reports.", label="HELEN MARSH"))
    assert not any(t.startswith("On the very day") for t, _ in got), got


def test_near_miss_a_speaker_brought_on_without_a_report_is_quoted():
    got = _quotes(TRANSCRIPT.format(intro="The court's spokeswoman Helen Marsh spoke to the programme.",
                                    label="HELEN MARSH"))
    assert any(t.startswith("On the very day") for t, _ in got), got


STATEMENT = """Ferry crossings: the latest

The port authority reports that crossings fell by a third in June.

{lead}

Anyone crossing the estuary in a small boat is taking a huge risk with their life.

{second}

Share this page
"""
VOICED = "Since May, we have doubled the patrols and agreed a joint plan with the coastguard."
WRITERS = "Since May, the patrols have doubled and a joint plan with the coastguard was agreed."


def test_a_statement_printed_whole_under_a_bare_said_colon_is_the_speakers():
    got = _quotes(STATEMENT.format(lead="A Marine Agency spokesperson said:", second=VOICED))
    assert _speaker_of(got, "Anyone crossing the estuary") == "A Marine Agency spokesperson", got
    assert _speaker_of(got, "Since May, we have doubled") == "A Marine Agency spokesperson", got


def test_near_miss_a_block_in_the_third_person_only_is_the_writers():
    got = _quotes(STATEMENT.format(lead="A Marine Agency spokesperson said:", second=WRITERS))
    assert not any(t.startswith(("Anyone crossing the estuary", "Since May")) for t, _ in got), got


def test_near_miss_a_line_with_more_than_its_speaker_hands_over_to_the_writer():
    got = _quotes(STATEMENT.format(lead="A Marine Agency spokesperson said the figures had two causes:",
                                   second=VOICED))
    assert not any(t.startswith("Anyone crossing the estuary") for t, _ in got), got


def test_lead_near_miss_a_block_addressing_the_reader_is_the_writers():
    """(r36 lead) A block under a bare "X said:" line speaks in the speaker's voice only in the first person: a
    paragraph addressing the reader as "you" is the writer's advice, as a page's service box is."""
    from newsgraph import analyze
    text = ("The council issued new advice on Monday.\n\nA council spokesperson said:\n\n"
            "If you see a blocked drain, you should report it online. You can also call the helpline.\n\n"
            "Drains are cleared every spring.\n")
    assert not any("blocked drain" in q.text for q in analyze(text).quotes)
