"""English speakers and cues, round 23 (sentences written for these tests, after the tryout's reproductions): a
description in front of a name is that name, a perception verb is no cue, a pronoun of a clause after a subordinate
clause, an inverted cue with a document subject, and two speakers of one verb."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("Two fishermen were rescued off the coast, Reuters reported.\n\nThe younger man had been at sea for nine hours "
     "and was treated for cold, the news agency AFP reported.", "The younger man had been at sea", "AFP"),
    ("The bridge will close for a month, The Guardian reported on Monday.\n\nThe repairs will cost about 2 million "
     "pounds, the broadcaster ITV said.", "The repairs will cost about 2 million pounds", "ITV"),
])
def test_a_description_in_front_of_a_name_is_that_name(analyze, text, content, speaker):
    q = next(q for q in analyze(text).quotes if q.text.startswith(content))
    assert q.speaker is not None and q.speaker.mention.text == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("A retired nurse was also on the bus and was going to see her grandson, the local paper Tribune Post reported.",
     "A retired nurse was also on the bus and was going to see her grandson", "Tribune Post"),
    ("The driver had stopped at the depot and was hoping to see his brother, the news site Metro Live reported.",
     "The driver had stopped at the depot and was hoping to see his brother", "Metro Live"),
])
def test_the_tail_cue_of_a_sentence_wins_over_a_misread_perception_verb(analyze, text, content, speaker):
    got = analyze(text).quotes
    assert [q.text for q in got] == [content]
    assert got[0].speaker.mention.text == speaker and got[0].cue == "reported"


def test_a_perception_verb_with_a_noun_phrase_is_no_statement(analyze):
    got = _quotes(analyze("Neighbours heard the senator shout at his driver before the car left."))
    assert all(cue != "heard" for _, _, cue in got)


@pytest.mark.parametrize("text, speaker", [
    ("The mayor said on Monday that she would veto the plan.\n\nWhile the governor praised the budget at the lunch, "
     "he also warned, \"We cannot borrow more.\"", "the governor"),
    ("Mayor Ann Cole spoke first.\n\nAfter the senator left the hearing, she told reporters that the vote would "
     "wait until spring.", "the senator"),
])
def test_the_subject_of_the_subordinate_clause_is_the_pronouns(analyze, text, speaker):
    q = analyze(text).quotes[-1]
    assert q.speaker is not None and q.speaker.mention.text == speaker


def test_a_thing_in_the_subordinate_clause_is_no_antecedent(analyze):
    q = analyze("Senator Tom Hill spoke first. When the bill reached the floor, he said it would cost too "
                "much.").quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Tom Hill"


@pytest.mark.parametrize("text, content, speaker", [
    # (r24: the writer a clause of the written thing names is the source, en_reads)
    ("\"Our fight for fair rents has only begun,\" read the letter the tenants sent to the council.",
     "Our fight for fair rents has only begun", "the tenants"),
    ("\"Closed until the floods pass,\" read a sign on the pharmacy door.", "Closed until the floods pass", "a sign"),
])
def test_read_with_a_written_thing_after_a_quotation_is_its_cue(analyze, text, content, speaker):
    got = _quotes(analyze(text))
    assert len(got) == 1 and got[0][0] == content and got[0][1].startswith(speaker) and got[0][2] == "read"


def test_read_is_no_cue_of_a_reader(analyze):
    got = _quotes(analyze("\"That was a long winter,\" read the farmer from his diary."))
    assert all(cue != "read" for _, _, cue in got)


def test_affirmed_that_is_a_statement(analyze):
    got = _quotes(analyze("The harbour master affirmed that the channel would be dredged before winter."))
    assert got == [("the channel would be dredged before winter", "The harbour master", "affirmed")]


def test_two_speakers_of_one_verb(analyze):
    q = analyze("Mayor Ellen Park and Governor Tom Reed declared that the port would reopen in May.").quotes[0]
    assert [s.name for s in q.speakers] == ["Ellen Park", "Tom Reed"]


def test_a_poll_that_sees_something_forecasts_it(analyze):
    got = _quotes(analyze("Opinion polls see the mayor winning a second term by a wide margin."))
    assert got == [("the mayor winning a second term by a wide margin", "Opinion polls", "see")]
