"""understand.quotes (English), round 12: speech verbs in the present ("points out", "predicts", "reveals"); a verb
that reports only with its particle ("points out", not "points to"); a noun of saying owned by a name ("the company's
claim that …") is that name's statement, not the statement of the verb's subject (sentences written for these tests)."""
import pytest


def quotes(rec):
    return [(q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


@pytest.mark.parametrize("text, fragment, name", [
    ("As Consumer Reports points out in its review, the new model is quieter than the old one.", "quieter",
     "Consumer Reports"),
    ("Dr. Ana Ruiz predicts that prices will fall by the end of the year.", "prices will fall", "Ana Ruiz"),
    ("The senator points out that the bill would raise taxes on small farms.", "raise taxes", "The senator"),
])
def test_a_present_tense_cue_reports(analyze, text, fragment, name):
    assert any(fragment in t and s == name for s, t in quotes(analyze(text)))


@pytest.mark.parametrize("text", [
    "The senator's letter, sent to members on Friday, points to statements from two former judges.",
    "Wilson finished with 24 points and 11 rebounds as Denver won 112-98.",
    "The senator pointed to rising costs at the hearing in Albany on Monday.",
])
def test_points_without_out_reports_nothing(analyze, text):
    assert quotes(analyze(text)) == []


@pytest.mark.parametrize("text, fragment, name", [
    ("Critics rejected the company's claim that the plant was safe.", "plant was safe", "the company"),
    ("Analysts questioned Boeing's claim that the jets would be delivered on time.", "delivered on time", "Boeing"),
    ("Lawmakers pushed back at the governor's assertion that the budget was balanced.", "budget was balanced",
     "the governor"),
])
def test_a_claim_owned_by_a_name_is_that_names(analyze, text, fragment, name):
    assert any(fragment in t and s == name for s, t in quotes(analyze(text)))


def test_a_claim_owned_by_a_pronoun_keeps_the_subject(analyze):
    text = "Gov. Dana Price repeated her argument that the tax would hurt farmers."
    assert any("hurt farmers" in t and s == "Dana Price" for s, t in quotes(analyze(text)))


@pytest.mark.parametrize("text", [
    "The senator, who announced her retirement in May, voted against the bill.",
    "The letter, which warned of delays, arrived on Friday.",
])
def test_a_relative_clause_with_a_speech_verb_reports_nothing(analyze, text):
    assert quotes(analyze(text)) == []


def test_a_parenthetical_report_still_reports(analyze):
    rec = analyze("The new rules, officials said, will take effect in June.")
    assert any("take effect in June" in t and s == "officials" for s, t in quotes(rec))


@pytest.mark.parametrize("text, fragment, name", [
    ("Asthma, as the magazine explained, is a complex condition.", "complex condition", "the magazine"),
    ("The bridge, as the engineers noted in their report, needs urgent repairs.", "urgent repairs", "the engineers"),
])
def test_an_as_clause_after_the_subject_reports_the_main_clause(analyze, text, fragment, name):
    assert any(fragment in t and s == name for s, t in quotes(analyze(text)))


def test_an_as_clause_of_time_after_the_subject_reports_nothing(analyze):
    assert quotes(analyze("The mayor, as she spoke, was interrupted by protesters.")) == []


def test_a_promise_asked_about_is_no_statement(analyze):
    rec = analyze("The board must decide whether the chairman promised that the plant would stay open.")
    assert quotes(rec) == []


def test_a_saying_in_a_whether_clause_is_no_statement(analyze):
    assert quotes(analyze("Nobody knows whether the minister said the tax would rise.")) == []


@pytest.mark.parametrize("text, fragment, name", [
    ("Dale Morgan confessed to the robbery on Tuesday.", "the robbery", "Dale Morgan"),
    ("Boeing admitted to misleading investors about its debts.", "misleading investors", "Boeing"),
])
def test_an_admission_to_something_is_a_statement(analyze, text, fragment, name):
    assert any(fragment in t and s == name for s, t in quotes(analyze(text)))


def test_a_denied_admission_is_none(analyze):
    assert quotes(analyze("Morgan did not admit to the robbery.")) == []
