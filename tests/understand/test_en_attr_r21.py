"""understand.quotes (English), round 21 (sentences written for these tests): statements whose cue has no subject
of its own (a participle or a conjoined predicate of the doer named before)."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Senator Maria Lopez went after the governor on Friday over the delayed budget, calling the delay “reckless” "
     "and asserting that the state would run out of cash by March.", "the state would run out of cash by March",
     "Maria Lopez", "asserting"),
    ("Governor Ann Pell is joining the attorney general in calling for an independent audit of the water authority.",
     "an independent audit of the water authority", "Ann Pell", "calling"),
    ("Rural voters in Ohio were more likely to say that the economy had worsened over the past year.",
     "the economy had worsened over the past year", "Rural voters in Ohio", "say"),
])
def test_a_subjectless_cue_shares_the_subject_of_the_verb_it_hangs_on(analyze, text, content, speaker, cue):
    assert (content, speaker, cue) in _quotes(analyze(text))


def test_a_report_set_for_a_date_states_nothing(analyze):
    assert analyze("Harlow Capital, which owns 6% of the company, is due to report third-quarter results on "
                   "Nov. 5.").quotes == []


@pytest.mark.parametrize("text", [
    "The council met on Monday to discuss the budget.\n\n[ Reader Weekly ]\n",  # one bracketed line: a label
    "The council met on Monday.\n\n[ Advertisement ]\n\nThe vote was delayed again.\n\n[ Advertisement ]\n",
])
def test_no_credited_block_without_a_repeated_credit_format(analyze, text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text, first, second, cue", [
    ("Foreign Minister Ana Petrova told reporters that her government would attend the talks but accused the "
     "neighbours of “stalling for time.”", "her government would attend the talks",
     "the neighbours of “stalling for time.”", "accused"),
    ("The port authority said it expected heavy delays over the weekend and advised drivers to leave early.",
     "it expected heavy delays over the weekend", "drivers to leave early", "advised"),
    ("Councillor Rita Obi said she supported the housing plan, noting that the site had flooded twice since 2018.",
     "she supported the housing plan", "the site had flooded twice since 2018", "noting"),
])
def test_a_second_report_of_the_sayer_ends_the_first_content(analyze, text, first, second, cue):
    got = _quotes(analyze(text))
    assert [t for t, _, _ in got] == [first, second]
    assert got[1][2] == cue and got[0][1] == got[1][1]


def test_a_participle_not_of_speech_stays_in_the_content(analyze):
    rec = analyze("The mayor said the bridge would reopen in May, pending a final inspection.")
    assert [q.text for q in rec.quotes] == ["the bridge would reopen in May, pending a final inspection"]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Researchers have now detected water vapour over the moon's south pole for the first time, a new study "
     "reports.", "Researchers have now detected water vapour over the moon's south pole for the first time",
     "a new study", "reports"),
    ("And engineers have now detected one such cable's hairline crack directly for the first time, a new study "
     "reports.", "And engineers have now detected one such cable's hairline crack directly for the first time",
     "a new study", "reports"),  # ("reports" parsed as a second object of "detected")
    ("The bridge will stay closed until May (the ministry said) while engineers inspect the cables.",
     "The bridge will stay closed until May", "the ministry", "said"),
    ("Turnout fell to 41% (officials told reporters on Monday).", "Turnout fell to 41%", "officials", "told"),
])
def test_a_cue_closing_or_bracketed_after_what_it_reports(analyze, text, content, speaker, cue):
    assert (content, speaker, cue) in _quotes(analyze(text))


def test_a_bracketed_clause_of_its_own_reports_only_itself(analyze):
    assert [q.text for q in analyze("The council approved the budget (she said the vote was close).").quotes] == \
        ["the vote was close"]
    assert analyze("The firm laid off 60 workers last spring (the company would not disclose the number).").quotes \
        == []


def test_a_refusal_in_brackets_reports_nothing(analyze):
    """Review r21: "(officials declined to say why)" is no attribution of the sentence before it."""
    assert analyze("The vote was held on Monday (officials declined to say why).").quotes == []
    assert analyze("The vote was held on Monday (officials would not say how).").quotes == []


def test_a_chain_stops_at_a_parse_that_lost_a_clause(analyze):
    """Review r21: "watched her rival, X, thrill a crowd by urging them to …": the parser hangs "by urging" on
    "watched" and leaves "thrill" unlabelled; the watcher urged nothing."""
    rec = analyze("Later she watched her rival, Tom Price, thrill a crowd of students by urging them to demand that "
                  "tuition be cut.")
    assert not any(q.speaker and q.speaker.mention.text == "she" and q.cue == "urging" for q in rec.quotes)
