"""Round 35 (enfix35): a block under a colon is the speaker's only when the colon closes the speaker's own statement
and that statement names no document from someone else (quotes/en_block_quotes). Sentences written here."""
from newsgraph import analyze


def _speakers(text):
    return {q.text[:20]: (q.speaker.name if q.speaker else None) for q in analyze(text).quotes}


def test_an_email_from_a_parent_is_not_the_heads():
    qs = _speakers("School to stay shut\n\nHead teacher Paul Grant said he had been sent an email from a parent on "
                   "Friday:\n\nI cannot keep my children at home for another week.\n")
    assert qs.get("I cannot keep my chi") != "Paul Grant"


def test_writers_guide_after_the_statement_is_not_the_speakers():
    qs = _speakers("Trains cut\n\nRail boss Ken Hart said services would be cut on Sunday, and this is how it "
                   "affects you:\n\nYou should check the timetable before you travel.\n")
    assert qs.get("You should check the") != "Ken Hart"


def test_near_miss_the_speakers_own_letter_under_the_colon():
    qs = _speakers("School to stay shut\n\nHead teacher Paul Grant said the school would stay shut for a week:\n\n"
                   "We know this is hard for families, and I am sorry for it.\n")
    assert qs.get("We know this is hard") == "Paul Grant"


def test_transcript_stops_at_the_pages_read_more_line():
    qs = _speakers("Fed holds rates\n\nVideo Transcript\n\nJEROME POWELL: Good morning. My colleagues and I "
                   "remain focused on our goal.\n\nWe have kept rates where they were.\n\nYou can read more on this page as the story "
                   "develops.\n")
    assert qs.get("We have kept rates w") == "JEROME POWELL"
    assert qs.get("You can read more on") != "JEROME POWELL"


def test_near_miss_the_speaker_addressing_the_audience_goes_on():
    qs = _speakers("Fed holds rates\n\nVideo Transcript\n\nJEROME POWELL: Good morning. My colleagues and I "
                   "remain focused on our goal.\n\nYou will want to know what this means for your mortgage.\n")
    assert qs.get("You will want to kno") == "JEROME POWELL"
