"""English attribution recall, round 7 (issue 16): where reported content ends (quotes/en_rec.py)."""
import pytest


def texts(rec):
    return [q.text for q in rec.quotes]


@pytest.mark.parametrize("text, content", [
    # a second clause with its own subject, coordinated without a comma: said too
    ("Coach Anna Berg says the team is ready and the new striker will start on Sunday.",
     "the team is ready and the new striker will start on Sunday"),
    # a condition hung on the speech verb by the parser: part of what was said
    ("Many farmers say they will sell their land unless the ministry raises the subsidy.",
     "they will sell their land unless the ministry raises the subsidy"),
])
def test_content_runs_on(analyze, text, content):
    assert content in texts(analyze(text))


@pytest.mark.parametrize("text, content", [
    # after a comma, a clause with its own subject is the writer's narration
    ("The mayor said the bridge would reopen in May, and the council voted to fund the repairs.",
     "the bridge would reopen in May"),
])
def test_content_stops(analyze, text, content):
    assert content in texts(analyze(text))


@pytest.mark.parametrize("text, content, speaker", [
    # a judgement spoken of something, its words quoted: the object with what it is called
    ("Governor Ellen Park called the new tariff “a betrayal of farmers.”", "the new tariff “a betrayal of farmers.”",
     "Ellen Park"),
    ("The union dismissed the pay offer as “an insult to nurses.”", "the pay offer as “an insult to nurses.”", None),
])
def test_judgement_is_reported(analyze, text, content, speaker):
    rec = analyze(text)
    q = next(q for q in rec.quotes if q.text == content)
    assert q.cue in ("called", "dismissed") and q.kind == "mixed"
    if speaker:
        assert q.speaker.name == speaker


@pytest.mark.parametrize("text, content", [
    # a verb that reports an act of speech by what it does, its words quoted (lang/en/naming_cues.txt)
    ("Senator Ruth Calder accused the agency of “hiding the truth from families.”",
     "the agency of “hiding the truth from families.”"),
    ("The rebel commander Idris Kane vowed to “fight to the last man.”", "to “fight to the last man.”"),
])
def test_speech_act_with_quoted_words(analyze, text, content):
    q = next(q for q in analyze(text).quotes if q.text == content)
    assert q.kind == "mixed" and q.speaker is not None


@pytest.mark.parametrize("text", [
    "His parents called him Joe after his grandfather.",  # a name given, no judgement
    "The mayor Tom Reyes called the new tariff a betrayal of farmers.",  # no quote marks: the writer's paraphrase
    "A group called Democrats Abroad met on Monday.",
])
def test_naming_is_no_judgement(analyze, text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text, content, speaker", [
    # a speech verb's gerund after a preposition: the clause's subject says it
    ("The senator Rita Vance stood out in the debate by saying she would cut the defense budget.",
     "she would cut the defense budget", "Rita Vance"),
    ("Coach Omar Haddad was fined for saying that the referees were paid by the league.",
     "the referees were paid by the league", "Omar Haddad"),
])
def test_gerund_after_preposition(analyze, text, content, speaker):
    q = next(q for q in analyze(text).quotes if q.text == content)
    assert q.speaker.name == speaker


def test_gerund_that_denies_the_saying(analyze):
    # "without saying", "refrained from saying": nothing was said
    assert analyze("The minister Lena Frost left the hall without saying whether the tax would rise.").quotes == []


@pytest.mark.parametrize("text, content", [
    # the "that"-clause of a noun of saying or holding (lang/en/content_nouns.txt)
    ("Mayor Dana Kirby pushed back at the notion that the city was running out of water.",
     "the city was running out of water"),
    ("The defence minister rejected claims that the navy had sunk a fishing boat.", "the navy had sunk a fishing boat"),
])
def test_clause_of_a_claim(analyze, text, content):
    assert content in texts(analyze(text))


def test_clause_of_a_fact_is_no_claim(analyze):
    # "the fact that": no one is reported to have said it
    assert analyze("The coach Lars Olsen ignored the fact that his team had lost four games.").quotes == []


@pytest.mark.parametrize("text, content", [
    # a dateline opening the lead is no one's words
    ("Washington (CNN)The Senate will vote on the bill next week, according to two aides.",
     "The Senate will vote on the bill next week"),
    ("LONDON (Reuters) - The central bank will cut rates in June, three officials said.",
     "The central bank will cut rates in June"),
])
def test_dateline_is_no_content(analyze, text, content):
    assert content in texts(analyze(text))


def test_feeling_voiced(analyze):
    # a feeling whose clause is said only when a verb of voicing takes it (lang/en/voiced_nouns.tsv)
    rec = analyze("Union leader Kay Moss voiced concern that the cuts would close three rural clinics.")
    assert "the cuts would close three rural clinics" in texts(rec)
    assert analyze("The closures fueled fears that the cuts would close three rural clinics.").quotes == []


def test_short_quotation_after_speech_verb_and_colon(analyze):
    # however few the words, a quotation a named speaker's speech verb hands over to with a colon is said
    rec = analyze('Pressed on the plan, minister Hana Ito replied: "Absolutely not."')
    assert [(q.kind, q.text, q.speaker.name) for q in rec.quotes] == [("direct", "Absolutely not.", "Hana Ito")]
    # (r24: what a written thing "reads" is that thing's words, in either order, as PolNeAR annotates it: the sign is
    # the source, no person, en_reads)
    assert [(q.text, q.speaker.name, q.speaker.entity) for q in analyze('The sign on the door read: "Closed."').quotes
            ] == [("Closed.", "The sign", None)]


def test_partitive_opening_stays_in_content(analyze):
    rec = analyze("Of the 300 workers laid off, 40 have found new jobs, according to a union spokesman.")
    assert "Of the 300 workers laid off, 40 have found new jobs" in texts(rec)


def test_made_clear(analyze):
    # "made (it) clear that …" of a name or a person is a statement; of a thing it is none
    assert "she would veto the bill" in texts(analyze("Governor Nora Lind made it clear that she would veto the bill."))
    assert analyze("The rain made it clear that the roof was leaking.").quotes == []
