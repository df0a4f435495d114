"""understand.quotes (English), round 18 (sentences written for these tests): what a document finds when the
finding is a noun phrase; a view held "as" something."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, content, cue", [
    ("A new survey shows broad support for the measure among voters.", "broad support for the measure among voters",
     "shows"),
    ("The audit revealed serious errors in the county's accounts.", "serious errors in the county's accounts",
     "revealed"),
    ("Researchers found high levels of lead in the water.", "high levels of lead in the water", "found"),
])
def test_a_documents_finding_of_a_noun_phrase_is_its_statement(analyze, text, content, cue):
    assert [(t, c) for t, _, c in _quotes(analyze(text))] == [(content, cue)]


@pytest.mark.parametrize("text", [
    "The study shows this.",
    "No study has found evidence of harm.",
    "Did the poll show a lead for the mayor?",
    "The video shows officers chasing a man.",  # a depiction, no finding
    "The new bridge shows signs of wear.",  # no document
])
def test_no_finding_without_a_document_asserting_a_phrase(analyze, text):
    assert analyze(text).quotes == []


def test_a_finding_given_before_keeps_its_own_bounds(analyze):
    rec = analyze("Most renters say rents are too high, a new city survey found, a worry for the council.")
    assert [t for t, _, _ in _quotes(rec)] == ["Most renters say rents are too high"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Most economists regard the tariff as a tax on consumers.", "the tariff as a tax on consumers", None),
    ("Farmers view the new rule as a threat to their income.", "the new rule as a threat to their income", None),
    ("Governor Ana Ruiz saw the vote as a test of her leadership.", "the vote as a test of her leadership",
     "Ana Ruiz"),
])
def test_a_view_held_as_something_is_the_holders(analyze, text, content, speaker):
    got = _quotes(analyze(text))
    assert [t for t, _, _ in got] == [content]
    if speaker:
        assert speaker in got[0][1]


@pytest.mark.parametrize("text", [
    "She saw the film as a child and never forgot it.",  # when she saw it
    "Did voters see the debate as a turning point?",  # asked
    "I see the game as a chance to reset the season.",  # the writer's own view
    "We saw him as we left the hall.",  # a time clause
])
def test_no_view_of_a_time_a_question_or_the_writer(analyze, text):
    assert analyze(text).quotes == []


def test_the_writers_aside_ends_what_was_reported(analyze):
    rec = analyze("The newspaper claims the screen will stay the same size, although given the source, we would not be "
                  "surprised by a change.")
    assert [t for t, _, _ in _quotes(rec)] == ["the screen will stay the same size"]


def test_a_contrast_without_the_writer_stays_reported(analyze):
    rec = analyze("The mayor says the bridge will reopen in May, though repairs could run late.")
    assert [t for t, _, _ in _quotes(rec)] == ["the bridge will reopen in May, though repairs could run late"]


@pytest.mark.parametrize("text, content", [
    ("Long considered the weakest team in the league, the Hawks won the title this year.",
     "the weakest team in the league"),
    ("Considered the best in its class, the sedan sold out in a week.", "the best in its class"),
])
def test_an_opening_participle_of_belief_is_said_with_no_source(analyze, text, content):
    assert [(t, s) for t, s, _ in _quotes(analyze(text))] == [(content, None)]


def test_an_opening_act_is_no_evidential(analyze):
    assert analyze("Reported the theft to police, he went home.").quotes == []
    assert analyze("Having considered the offer, the union rejected it.").quotes == []


def test_the_writers_own_finding_is_the_writers_voice(analyze):
    assert analyze("Our initial testing suggests the new laptop can hold a higher clock speed for longer.").quotes == []
    assert analyze("My analysis found that rents rose 12% last year.").quotes == []
    rec = analyze("Lab testing found that the water held high levels of lead.")
    assert [t for t, _, _ in _quotes(rec)] == ["the water held high levels of lead"]
    rec = analyze("My colleague pointed out that the charger was missing.")  # a person the writer knows speaks
    assert [t for t, _, _ in _quotes(rec)] == ["the charger was missing"]


def test_a_concern_voiced_that_the_parser_reads_as_a_relative(analyze):
    rec = analyze("Though the city has tried to reassure residents, many have voiced concerns that officials are "
                  "minimizing or even hiding the costs.")
    assert [t for t, _, _ in _quotes(rec)] == ["officials are minimizing or even hiding the costs"]



@pytest.mark.parametrize("text, content", [
    ("Mayor Ana Ruiz blamed the delay on the weather.", "the delay on the weather"),
    ("Chief Ellen Park credited the new patrols for part of the decline.", "the new patrols for part of the decline"),
    ("Border officials attributed the drop mostly to enforcement by Mexican authorities.",
     "the drop mostly to enforcement by Mexican authorities"),
])
def test_a_cause_asserted_is_the_subjects_claim(analyze, text, content):
    assert [t for t, _, _ in _quotes(analyze(text))] == [content]


def test_a_cause_denied_or_a_passive_credit_is_no_claim(analyze):
    assert analyze("The senator did not blame the governor for the shortfall.").quotes == []
    assert analyze("He was credited with saving the company.").quotes == []


def test_pointing_to_evidence_after_a_cue_is_a_second_claim(analyze):
    rec = analyze("Dr. Rebecca Tolliver said the hospital had been starved for years, pointing to a wing that was "
                  "never renovated.")
    got = _quotes(rec)
    assert [t for t, _, _ in got] == ["the hospital had been starved for years", "a wing that was never renovated"]
    assert got[0][1] == got[1][1]


def test_pointing_at_a_place_or_a_bare_pointing_is_no_claim(analyze):
    rec = analyze("Dr. Rebecca Tolliver said the hospital had been starved for years, pointing to the door.")
    assert len(rec.quotes) == 1
    assert analyze("The senator's letter points to statements from two former judges.").quotes == []
