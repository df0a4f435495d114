"""Round 34 (en34b): a reported clause ends before the sayer's own next act (understand.quotes.en_own_act), read on
PolNeAR train: sentences written here, each with a near miss the rule must not fire on."""
import pytest

from newsgraph import analyze


def _contents(text):
    return [(q.text, q.kind) for q in analyze(text).quotes]


# a subjectless predicate in the cue's tense, not the content's: the subject's second act
@pytest.mark.parametrize("text, content", [
    ("The ministry denies that the dam was unsafe and goes to great lengths to keep the inspectors out.",
     "the dam was unsafe"),
    ("Mayor Lena Ortiz insists the city must be a place of ideas, and has championed a budget that drew scorn.",
     "the city must be a place of ideas"),
    ("The tenants' groups say the plan fails poor families and have vowed to fight it in court.",
     "the plan fails poor families"),
])
def test_conjoined_act_in_the_cues_tense(text, content):
    assert (content, "indirect") in _contents(text)


@pytest.mark.parametrize("text, content", [
    # one tense for the content and the conjunct: the content's own pair of verbs
    ("The mayor said prices rose and fell within a single week.", "prices rose and fell within a single week"),
    # a backshifted content ("would … and was") keeps its second verb
    ("Officials said the bridge would reopen in May and was the safest option.",
     "the bridge would reopen in May and was the safest option"),
    # a past cue: the content's tenses mix ("he's had … and was …"), so it runs on
    ("Senator Tom Reyes told the paper he's had a quiet life and was unprepared for the toll of the flood.",
     "he's had a quiet life and was unprepared for the toll of the flood"),
    # a present content with a present conjunct under a present cue: undecided, left whole
    ("Governor Ray Dunn says he respects the senator and calls her often for advice.",
     "he respects the senator and calls her often for advice"),
])
def test_conjoined_near_misses(text, content):
    assert any(t == content for t, _ in _contents(text))


# a participle of speaking or judging after the comma: the sayer echoes, calls, adds
@pytest.mark.parametrize("text, content", [
    ("In an interview, Councilman Ed Marsh said the treasurer should resign for the good of the city, echoing a "
     "letter from the union.", "the treasurer should resign for the good of the city"),
    ("On the audit, Senator Ruth Hale says she would release the records on Friday, calling them dull paperwork.",
     "she would release the records on Friday"),
])
def test_speech_participle_after_content(text, content):
    assert any(t == content for t, _ in _contents(text))


def test_participle_near_miss_consequence():
    # "costing 200 jobs": what the closing does, a part of what was reported
    text = "The plant manager, Dora Fisk, said the mill would close in March, costing 200 jobs in the valley."
    assert any(t == "the mill would close in March, costing 200 jobs in the valley" for t, _ in _contents(text))


def test_not_inside_quote_marks():
    # the speaker's own words run on as quoted, whatever verb they hold
    text = 'Senator Ruth Hale said the audit was "late, and goes against every rule we wrote" in 2019.'
    assert any("goes against every rule" in t for t, _ in _contents(text))


# the participle's own report: "…, calling it “…”" is the sayer's naming, not the content subject's
def test_naming_participle_is_the_sayers():
    qs = [(q.text, q.speaker.name if q.speaker else None, q.cue)
          for q in analyze('Senator Ruth Hale said the levy was flawed, calling it "a disaster for renters."').quotes]
    assert ("the levy was flawed", "Ruth Hale", "said") in qs
    assert any(c == "calling" and s == "Ruth Hale" and "a disaster for renters" in t for t, s, c in qs)


def test_naming_participle_near_miss_no_report():
    # no report before it: the participle's doer is the main clause's subject, as before
    qs = [(q.text, q.speaker.name if q.speaker else None)
          for q in analyze('Mayor Lena Ortiz rejected the levy, calling it "a disaster for renters."').quotes]
    assert any(s == "Lena Ortiz" and "a disaster for renters" in t for t, s in qs)
    assert not any(t.startswith("the levy") for t, _ in qs)
