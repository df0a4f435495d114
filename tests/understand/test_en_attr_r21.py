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


_ROUNDUP = ("The new e-reader ships on Friday. Here is what the first reviews say:\n\n"
            "Battery and Screen\n\n"
            "The screen is sharper than last year's model, and the battery lasted nine days of reading.\n\n"
            "Page turns are quick, though the front light is uneven at the edges.\n\n"
            "[ Reader Weekly ]\n\n"
            "It is the best e-reader for most people, but the price is hard to justify for a small upgrade.\n\n"
            "[ Gadget Desk ]\n")


def test_a_block_credited_by_a_bracketed_line_under_it_is_that_sources_words(analyze):
    rec = analyze(_ROUNDUP)
    got = [(q.text, q.speaker.name if q.speaker else None, q.cue, q.kind) for q in rec.quotes]
    assert ("The screen is sharper than last year's model, and the battery lasted nine days of reading.\n\n"
            "Page turns are quick, though the front light is uneven at the edges.", "Reader Weekly",
            "[ Reader Weekly ]", "direct") in got
    assert ("It is the best e-reader for most people, but the price is hard to justify for a small upgrade.",
            "Gadget Desk", "[ Gadget Desk ]", "direct") in got
    assert not any(t.startswith("Battery") or "first reviews" in t for t, _, _, _ in got)  # a heading, the intro


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
