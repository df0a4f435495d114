"""Review of round 34's English and dates branches (review34b): en34a, en34b, newuser34, dates34.

Every sentence here is written for this review (none copied from ../shared or the eval sets). A test marked xfail is a
finding: a wrong reading a news reader would notice, or a miss of the obvious variant of what the branch claims; its
docstring names the branch, the rule (module and function) and the narrowing suggested. The lead removes the mark
when the branch fixes it. The unmarked tests are guards of what the branches (and main) already do right.
"""
from __future__ import annotations

import pytest

import newsgraph

from test_review2_r33 import _dates, _needs, _quotes  # (tests/ is on the path: the round-33 review's helpers)

# PUB of those helpers is 2024-03-14, a Thursday: the Saturday before is 03-09, the Saturday after 03-16


def _said(text, cue):
    """The texts of the quotes whose cue is ``cue``."""
    return [t for t, _, c in _quotes(text) if c == cue]


def _types(text):
    return {e.name: e.type for e in newsgraph.analyze(text).entities}


EN34A = "newsgraph.understand.quotes.en_complement"
EN34B = "newsgraph.understand.quotes.en_own_act"
NEWUSER34 = "newsgraph.understand.quotes.en_experienced"
DATES34 = ("newsgraph.understand.dates.ages", "in_series")


# ---------------------------------------------------------------------------------------------------------------
# en34b: a reported clause cut before the sayer's "own next act" (quotes/en_own_act)

@pytest.mark.parametrize("text, tail", [
    ("The mayor says her son was arrested last year and has not been charged.", "has not been charged"),
    ("Smith says the factory closed in 2019 and remains empty.", "remains empty"),
    ("The coach says the striker was injured in March and is still recovering.", "is still recovering"),
    ("She says she was born in Ohio and lives in Texas.", "lives in Texas"),
])
def test_own_act_keeps_a_content_that_moves_from_past_to_present(text, tail):
    """en34b, quotes/en_own_act._speakers_act (the conjoined-act cut): "The mayor says her son was arrested last year
    and has not been charged" loses "and has not been charged" (a REGRESSION against main, which keeps the whole
    content). A content's own story often runs from a past event to a present state; the tense difference alone does
    not tell the sayer's act when the content's subject agrees with the conjoined verb as well as the cue's does.
    Narrowing: cut only when the cue's subject is the only one the conjoined verb agrees with (a plural or first- or
    second-person content subject against a VBZ), or when the written form marks a new predicate of the sayer (a
    comma before "and": "…, and has championed"); never when the conjoined predicate is a state (be, remain, live,
    a passive "has not been charged")."""
    assert any(tail in t for t in _said(text, "says"))


@pytest.mark.parametrize("text, cue, sayer", [
    ('Officials said the group issued a statement, calling the attack "a victory for the people."', "calling",
     "Officials"),
    ("The senator said the president had phoned him, urging him to vote for the bill.", "urging", "The senator"),
])
def test_own_act_participle_of_a_speaking_content_subject(text, cue, sayer):
    """en34b, quotes/en_own_act.participle_sayer and end_before_own_act: "Officials said the group issued a
    statement, calling the attack “a victory for the people”" now credits OFFICIALS with calling the attack a victory
    (the group did); "The senator said the president had phoned him, urging him to vote" makes the senator the one
    who urged. A wrong speaker on a quoted phrase (REGRESSION: main kept one report of the officials). When the
    content's own verb is an act of communicating (issue a statement, phone, write, send a letter, post, call) the
    speech participle elaborates that act and its doer is the content's subject. Narrowing: no cut and no
    participle_sayer when the content's verb (lemma) is a communication verb (a words.tsv list: issue, phone, call,
    write, send, post, email, text, contact, tell) or has a speech noun as its object (statement, letter, message)."""
    assert not any(c == cue and s == sayer for _, s, c in _quotes(text))


def test_own_act_keeps_the_content_subjects_claim():
    """en34b, quotes/en_own_act._speakers_act (speech participle after a comma): "Police said the suspect sent a
    letter to the newspaper, claiming responsibility for the fire" ends the content at "newspaper": the claim of
    responsibility, the news, is dropped (REGRESSION against main). Same narrowing as the test above: a content
    verb of communicating (sent a letter) keeps its participle."""
    assert any("claiming responsibility" in t for t in _said(
        "Police said the suspect sent a letter to the newspaper, claiming responsibility for the fire.", "said"))


def test_own_act_cut_predicate_keeps_the_cues_sayer():
    """en34b, quotes/en_own_act.end_before_own_act with the rule readers (en_extra directives): "The report says the
    agency ignored warnings and urges Congress to act" is cut right, but the cut-off act then gives a NEW quote
    "Congress to act" <- "the agency" | urges: the agency urges nothing, the report does (the rule's own reasoning:
    the conjoined verb is the sayer's act). Narrowing: hand the cut verb its sayer, as participle_sayer does for the
    participles: the subject of the cue, for the directive reader and en_naming."""
    assert not any(s == "the agency" and c == "urges"
                   for _, s, c in _quotes("The report says the agency ignored warnings and urges Congress to act."))


def test_own_act_participle_of_the_sayer_guard():
    """en34b en_own_act: the case it was built for: "calling it “a disaster”" is Rubio's own act."""
    _needs(EN34B)
    qs = _quotes('Rubio said the plan was flawed, calling it "a disaster."')
    assert ("the plan was flawed", "Rubio", "said") in qs
    assert any(c == "calling" and s == "Rubio" for _, s, c in qs)


def test_own_act_one_tense_pair_guard():
    """en34b's near miss and main: a content whose two predicates share one tense stays whole, and "adding that"
    is its own report of the same sayer."""
    assert any("refuses to fix the heat" in t for t in _said(
        "The residents say the landlord raised the rent twice and refuses to fix the heat.", "say"))
    qs = _quotes("Lopez said the plan would cost 200 jobs, adding that the union would fight it.")
    assert ("the plan would cost 200 jobs", "Lopez", "said") in qs
    assert ("the union would fight it", "Lopez", "adding") in qs


# ---------------------------------------------------------------------------------------------------------------
# newuser34: a name a person's trade describes by apposition is a person (coref/en_role_names.person_by_apposition)

@pytest.mark.parametrize("text, name, kind", [
    ("Poland, a close ally of Washington, said it would send more troops to the border.", "Poland", "GPE"),
    ("Harvard, a leader in medical research, said it would cut its budget.", "Harvard", "ORG"),
    ("Ukraine, a close ally, said it needed more weapons.", "Ukraine", "GPE"),
])
def test_apposition_of_a_states_role_keeps_the_place(text, name, kind):
    """newuser34, coref/en_role_names.person_by_apposition: "Poland, a close ally of Washington, said …" and
    "Harvard, a leader in medical research, said …" make Poland and Harvard PERSONs (REGRESSION: GPE/ORG on main):
    ally, leader, partner, member are said of states, companies and universities as much as of people. Narrowing:
    a table of a person's trades only (professor, teacher, nurse, engineer, lawyer, doctor…), not the role_heads /
    titles / role_nouns union; and never a name the gazetteer knows as a country or an institution."""
    assert _types(text).get(name) == kind


def test_apposition_country_takes_no_he():
    """newuser34, person_by_apposition (then coref.en): "Poland, a close ally of Washington, said on Monday … He
    said the troops would arrive in May" gives the country Poland the man's words (REGRESSION: no speaker on main).
    Same narrowing as above."""
    qs = _quotes("Poland, a close ally of Washington, said on Monday it would send more troops to the border. "
                 "He said the troops would arrive in May.")
    assert not any(s == "Poland" and t.startswith("the troops would arrive") for t, s, _ in qs)


def test_apposition_of_a_trade_guard():
    """newuser34 person_by_apposition: what it was built for: Nefzi, a chemistry professor, is a man who goes on."""
    _needs(NEWUSER34)
    text = "Nefzi, a chemistry professor, said the mosque had been peaceful. He said the bomber had rarely attended."
    assert _types(text).get("Nefzi") == "PERSON"
    assert ("the bomber had rarely attended", "Nefzi", "said") in _quotes(text)


def test_apposition_of_an_employer_stays_organisation():
    """newuser34 near miss (passes on the branch): "Toyota, a major employer in the state" stays an organisation."""
    assert _types("Toyota, a major employer in the state, said it would add 500 jobs.").get("Toyota") == "ORG"


def test_judges_finding_is_a_ruling():
    """newuser34, quotes/en_experienced.experienced: "Judge Ana Ruiz found the company liable for the spill and
    ordered it to pay $2 million" loses "the company liable for the spill" <- Ana Ruiz | found (REGRESSION: main
    has it). A judge's, a juror's or an inspector's finding is a ruling given in words, not an experience. Narrowing:
    drop only the progressive ("is finding them reluctant") or an adjective of feeling or attitude (reluctant,
    confusing, hard, eager); never a verdict adjective (liable, guilty, responsible, negligent, unconstitutional) nor
    a subject whose role is a judge's, a court's or an inspector's."""
    qs = _quotes("Judge Ana Ruiz found the company liable for the spill and ordered it to pay $2 million.")
    assert any(t.startswith("the company liable") for t, _, c in qs if c == "found")


# ---------------------------------------------------------------------------------------------------------------
# newuser34: "when asked whether …" (quotes/en_questions._asked_participle)

def test_when_asked_question_is_no_statement_guard():
    """newuser34 en_questions._asked_participle: the question put to the governor is none of his statements."""
    _needs(NEWUSER34)
    for text in ("When asked whether he would run again, the governor said he had not decided.",
                 "When he was asked whether the mine was safe, Ortiz said inspectors had found no problems."):
        assert not any(t.startswith("whether") for t, _, _ in _quotes(text))


def test_active_asker_keeps_the_question():
    """newuser34's near miss (all branches): "After reporters asked whether …" is the reporters' question."""
    qs = _quotes("After reporters asked whether prices would rise, the minister said inflation was falling.")
    assert ("whether prices would rise", "reporters", "asked") in qs
    assert ("inflation was falling", "the minister", "said") in qs


def test_set_off_asked_is_a_question_put_to_him():
    """newuser34, quotes/en_questions._asked_participle: the obvious mid-sentence variant of "When asked whether
    …, he said": "The mayor, asked whether the city could pay, said it could not" still credits THE MAYOR with the
    question "whether the city could pay" (same on main) and finds no answer. Narrowing (an extension): an "asked"
    set off by commas right after its noun (no subject of its own, a comma before the next finite verb) is a
    question put to that noun: drop it, and read the main verb after the closing comma as that noun's cue."""
    qs = _quotes("The mayor, asked whether the city could pay, said it could not.")
    assert not any(t.startswith("whether") and s == "The mayor" for t, s, _ in qs)


def test_asked_by_agent_keeps_the_askers_question():
    """newuser34, quotes/en_questions._asked_participle (passive branch): "…when asked by voters whether she supports
    the tax, she tells them the truth" drops "whether she supports the tax" <- voters | asked, which main reads
    right: the by-phrase names the asker, whose question it is (a small REGRESSION). Narrowing: the passive
    branch drops the question only when no "by"-agent (a person or group) names its asker."""
    qs = _quotes("The senator said that when asked by voters whether she supports the tax, she tells them the "
                 "truth.")
    assert ("whether she supports the tax", "voters", "asked") in qs


# ---------------------------------------------------------------------------------------------------------------
# newuser34: "Cuban said" (entities/en_actors._nationality_surnames) and role nouns ending a name (en_spans)

def test_nationality_surname_variants_guard():
    """newuser34 en_actors._nationality_surnames: the obvious variants (a relative clause between, "told") work."""
    _needs(NEWUSER34)
    for text in ("Mark Cuban owns the Mavericks. Cuban, who bought the team in 2000, said he would not sell.",
                 "Mark Cuban owns the Mavericks. Cuban told reporters he would not sell."):
        assert any(s == "Mark Cuban" and t == "he would not sell" for t, s, _ in _quotes(text))


def test_nationality_as_modifier_stays_guard():
    """newuser34's near miss (all branches): "French and German diplomats said" are diplomats, not Kathleen French."""
    qs = _quotes("Kathleen French is the ambassador. French and German diplomats said the talks had failed.")
    assert not any(s and "Kathleen" in s for _, s, _ in qs)


def test_role_noun_trim_spares_surnames():
    """newuser34 en_spans._trim_person (role_heads ends a name): surnames that are words of office but not in
    role_heads (Bishop, Warden) keep their person whole, and "Obama Pollster" is no person on the branch."""
    assert _types("Michael Bishop, the county's chief engineer, said the bridge would reopen in May.").get(
        "Michael Bishop") == "PERSON"
    assert _types("Governor Lisa Warden said the prison would close.").get("Lisa Warden") == "PERSON"
    _needs(NEWUSER34)
    assert "Obama Pollster" not in _types("Obama Pollster Joel Benenson said the race was tight.")


# ---------------------------------------------------------------------------------------------------------------
# en34a: long sentences (quotes/en_complement)

def test_long_attribution_split_quote_is_one_guard():
    """en34a en_turns._goes_on + en_complement.long_attribution: one quote across a 150-character one-cue
    attribution."""
    _needs(EN34A)
    text = ('"We are not going anywhere," said Ruth Alvarez, a nurse who has lived on the block since 1998 and who '
            'helped start the tenants\' union two decades ago, "and we will fight the eviction in court."')
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0][1] == "Ruth Alvarez" and qs[0][0].endswith("fight the eviction in court.")


def test_long_attribution_with_a_second_sayer_stays_two():
    """en34a's near miss (all branches): a second speech verb in the gap is a second attribution."""
    text = ('"We did everything we could," said Dana Price, 61, a firefighter who has served the town for 30 years '
            'and who led the crew that reached the house first, while the chief, Omar Hale, who arrived later, '
            'added, "and we will learn from it."')
    assert ("and we will learn from it.", "Omar Hale", "added") in _quotes(text)


@pytest.mark.parametrize("text, want", [
    ("The company said on Monday, in a statement issued after the markets closed, that it would cut 500 jobs.",
     ("it would cut 500 jobs", "The company", "said")),
    ("The lawyer said her client had returned his passport, had not left the state and would wear a monitor.",
     ("her client had returned his passport, had not left the state and would wear a monitor", "The lawyer",
      "said")),
    ("Researchers, led by Ana Ruiz of Stanford University and including scientists from four countries, reported "
     "that the drug cut deaths by half.", ("the drug cut deaths by half", "Researchers", "reported")),
])
def test_long_sentence_contents_guard(text, want):
    """en34a en_complement (after_complementiser, predicate_list_end, set_off_opening) and main: the content and
    the speaker of a long sentence."""
    assert want in _quotes(text)


def test_sayers_own_predicates_stay_out_of_the_content():
    """en34a's near miss for predicate_list_end (all branches): the mayor's own acts after the content ("thanked
    the council … and promised …") are no part of what she said."""
    qs = _quotes("The mayor said the budget was balanced, thanked the council for its work and promised to hold "
                 "taxes flat next year.")
    assert ("the budget was balanced", "The mayor", "said") in qs


def test_closing_concession_and_stranded_order_guard():
    """en34a en_tails.closing_concession/adjunct_clause and en_complement.stranded_infinitive: the concession with
    its own sayer splits off, its that-clause read across "in an email to aides"; the sheriff's order is read though
    the parser hung "to call" on the object's words."""
    _needs(EN34A)
    qs = _quotes("Gomez said the plan was sound, though Ruiz conceded in an email to aides that the costs were high.")
    assert ("the plan was sound", "Gomez", "said") in qs and ("the costs were high", "Ruiz", "conceded") in qs
    qs = _quotes("Police asked anyone with doorbell or dashboard video from the area to call the tip line.")
    assert any(s == "Police" and t.endswith("to call the tip line") for t, s, _ in qs)


@pytest.mark.parametrize("text, subject, cue", [
    ("Investors, warned that higher rates would slow the economy, sold shares on Tuesday.", "Investors", "warned"),
    ("Residents, told that the water was unsafe, boiled it for weeks.", "Residents", "told"),
])
def test_set_off_passive_participle_has_no_sayer(text, subject, cue):
    """en34a, quotes/en_complement.set_off_end (with en_indirect): "Investors, warned that higher rates would slow the
    economy, sold shares on Tuesday" now ends the content right (an improvement) but still makes the INVESTORS the
    ones who warned: a past participle set off after its noun is passive ("who were warned"), the noun the one
    warned, the warner unnamed (same on main: a miss of the branch's own example, not a regression). Narrowing: when
    set_off_end's shape holds and the cue is VBN (no auxiliary, no object before "that"), the quote gets no speaker
    (or is dropped, as en_questions drops a question put to someone)."""
    assert not any(s == subject and c == cue for _, s, c in _quotes(text))


# ---------------------------------------------------------------------------------------------------------------
# dates34: an outcome's day is past (dates/known_happening), a slogan's series names no day (dates/ages.in_series)

@pytest.mark.parametrize("text, word, value", [
    ("The win on Saturday would give the Lakers the title, the coach said.", "Saturday", "2024-03-16"),
    ("The victory on Sunday would give the Bears the division title.", "Sunday", "2024-03-17"),
])
def test_outcome_under_a_conditional_is_ahead(text, word, value):
    """dates34, dates/known_happening (outcome_nouns): "The win on Saturday would give the Lakers the title" (told on
    Thursday) moves Saturday to the one before (REGRESSION: main reads the Saturday ahead). "would/could/might" make
    the outcome a hypothesis: it has not happened. Narrowing: no outcome rule when the outcome noun's clause (its
    head verb) has a conditional modal (would, could, might) or an "if"; "Her victories … on Tuesday will only
    accelerate" (will) keeps the rule."""
    assert _dates(text).get(word) == value


def test_outcome_guard():
    """dates34 outcome_nouns: what it was built for (branch), and its near misses (all branches)."""
    assert _dates("The team celebrated its win on Saturday.").get("Saturday") == "2024-03-09"
    assert _dates("A win on Saturday would send the team to the final.").get("Saturday") == "2024-03-16"
    assert _dates("The much-anticipated debate on Tuesday drew ten million viewers.").get("Tuesday") == "2024-03-12"
    _needs(*DATES34)
    assert _dates("Her victories in Ohio on Tuesday will speed the shift.").get("Tuesday") == "2024-03-12"


@pytest.mark.parametrize("text", [
    "The forecast: rain today, snow tomorrow.",
    "Rain today, snow tomorrow: the weekend forecast looks mixed.",
])
def test_forecast_series_names_its_days(text):
    """dates34, dates/ages.in_series: "The forecast: rain today, snow tomorrow" loses today and tomorrow
    (REGRESSION: main has 2024-03-14 and -15): a two-item verbless series of different nouns is a forecast or a
    schedule ("Senate vote today, House vote tomorrow") and names its days. A slogan repeats its noun ("no war
    today, no war tomorrow"; "segregation now, segregation tomorrow") or says "forever/always/never". Narrowing:
    in_series fires only when the items share their words before the word of time, or the series holds
    forever/always/never, or has three or more items."""
    d = _dates(text)
    assert d.get("today") == "2024-03-14" and d.get("tomorrow") == "2024-03-15"


def test_slogan_series_guard():
    """dates34 in_series: a chanted slogan names no day (branch); a deed of each day keeps it (all branches)."""
    d = _dates("Trump campaigned in Ohio yesterday, Clinton today.")
    assert d.get("yesterday") == "2024-03-13" and d.get("today") == "2024-03-14"
    _needs(*DATES34)
    d = _dates('Protesters chanted "no war today, no war tomorrow, no war ever."')
    assert d.get("today") is None and d.get("tomorrow") is None
