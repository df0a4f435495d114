"""understand.quotes (English), round 23 (sentences written for these tests): a sayer's second report after a
"that"-clause the parser hung elsewhere; a quoted description is no name; the term a free relative gives its owner
inside someone else's report; an advertisement depicts; a commitment or a request of a name the tagger missed."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, first, second", [
    # the clause hung on "statement" (acl): the judgement conjoined to its verb is the sayer's
    ('Senator Paul Hendry said in a statement that the mill had "served the town well" and called the closure '
     '"a betrayal."', 'the mill had "served the town well"', 'the closure "a betrayal."'),
    # the judgement hung on the speech verb itself
    ('Rep. Dana Cole, R-Ohio, chair of the House Small Business Committee, said in a statement that the railroad had '
     '"delivered for the towns along the line time and again" and called the audit "a fishing trip."',
     'the railroad had "delivered for the towns along the line time and again"', 'the audit "a fishing trip."'),
])
def test_a_judgement_conjoined_after_said_in_a_statement_is_a_second_report(analyze, text, first, second):
    got = _quotes(analyze(text))
    assert [t for t, _, _ in got] == [first, second]
    assert all(s and s.split()[-1] in text for _, s, _ in got)
    assert got[0][1] == got[1][1]


def test_the_content_of_said_in_an_interview_that_keeps_its_own_coordination(analyze):
    got = _quotes(analyze("Hendry said in an interview that the plan was sound and that it would pass."))
    assert [t for t, _, _ in got] == ["the plan was sound and that it would pass"]


def test_a_quoted_description_ending_in_a_common_noun_is_no_name(analyze):
    rec = analyze('Mayor Tom Reyes has called the stadium "Denver\'s next great landmark," and his aides say it will '
                  'open in May.')
    got = _quotes(rec)  # (the tagger takes "Denver's next great landmark" whole for a place)
    assert ('the stadium "Denver\'s next great landmark,"', "Tom Reyes", "called") in got


def test_a_quoted_name_is_still_no_quote(analyze):
    assert not any("Coalition" in q.text and q.cue == "called" for q in analyze(
        'The senator joined what was called the "Coalition of the Willing" in 2003.').quotes)


@pytest.mark.parametrize("text, term, owner", [
    ('Drayco said it would cut 300 jobs, as part of what chief executive Lena Ortiz called "a painful reset."',
     '"a painful reset."', "Lena Ortiz"),
])
def test_the_term_of_a_free_relative_inside_a_report_is_its_owners(analyze, text, term, owner):
    got = _quotes(analyze(text))
    assert (term, owner, "called") in got
    assert any(t.startswith("it would cut 300 jobs") and s == "Drayco" for t, s, _ in got)


def test_a_naming_nested_in_a_claim_stays_the_claims(analyze):
    got = _quotes(analyze('Critics claim that Senator Paul Hendry once described the pact as "the gold standard" of '
                          'trade deals.'))
    assert len(got) == 1 and got[0][2] == "claim"


@pytest.mark.parametrize("text", [
    "The ad shows a man walking his dog past a closed factory.",
    "The campaign ad shows that the senator has changed her mind.",
    "The trailer shows that the hero survives.",
])
def test_an_advertisement_shows_no_statement(analyze, text):
    assert analyze(text).quotes == []


def test_an_advertisement_still_says_what_it_says(analyze):
    got = _quotes(analyze("The union's new ad says the mayor broke his promise."))
    assert [t for t, _, _ in got] == ["the mayor broke his promise"]


@pytest.mark.parametrize("text, content", [
    ("Drayco pledged to repay every customer.", "to repay every customer"),
    ("Hendry vowed to fight the ruling in court.", "to fight the ruling in court"),
    ("Hendry called on the Senate to delay the vote.", "the Senate to delay the vote"),
])
def test_a_commitment_or_request_of_a_name_the_tagger_missed(analyze, text, content):
    assert [t for t, _, _ in _quotes(analyze(text))] == [content]


@pytest.mark.parametrize("text", [
    "The plan calls for a new tax on sugar.",  # a plan asks nothing
    "The Clean Water Act calls for regular testing.",
    "Chelsea threatened to take the lead before halftime.",  # a threat of a non-person: what is likely
])
def test_no_request_of_a_document_nor_a_forecast(analyze, text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text", [
    "It is expected that the council will vote on Monday.",  # a forecast
    "It was decided that the school would close.",  # a decision
])
def test_an_empty_it_passive_names_nobody(analyze, text):
    assert analyze(text).quotes == []


# round 30 (en30b): an empty-"it" passive report ("It was reported that …") is an attribution with no source, as
# PolNeAR annotates it (its train set: every such use found) and the en-attr written gold does ('-'); the test above
# said no until then (attribution-dev's neg-passive-reported, now passive-it-reported, and inventory i060 agree)
@pytest.mark.parametrize("text,content", [
    ("It is alleged that the firm hid its losses.", "the firm hid its losses"),
    ("It was reported that the plant had closed.", "the plant had closed"),
])
def test_an_empty_it_passive_report_is_said_by_nobody_named(analyze, text, content):
    assert [(t, s) for t, s, _ in _quotes(analyze(text))] == [(content, None)]


def test_a_memory_told_in_quoted_words_is_left_out_for_recalls_of_goods(analyze):
    # review r23: "recall" left the naming cues ('Ford recalled 40,000 pickups as a "precautionary measure"' is no
    # statement, and news writes that far more often than 'recalled the meeting as "…"')
    got = _quotes(analyze('The maker recalled 9,000 heaters as a "precautionary step."'))
    assert got == [], got


@pytest.mark.parametrize("text", [
    "The company recalled 2 million dryers as a precaution.",  # goods withdrawn
    "Hendry recalled the ambassador to the capital.",
])
def test_no_memory_told_without_quoted_words(analyze, text):
    assert analyze(text).quotes == []


def test_a_request_whose_infinitive_the_parser_hung_on_the_verb(analyze):
    got = _quotes(analyze("Bernie Sanders often questions Hillary Clinton's ties to donors and has called for the "
                          "former secretary of state to release the transcripts of her paid speeches."))
    assert ("the former secretary of state to release the transcripts of her paid speeches", "Bernie Sanders",
            "called") in got


@pytest.mark.parametrize("text", [
    "Union president Lena Ortiz noted that the strike – what her members call “a last resort” – is “inevitable” for "
    "the first time, reported the Washington Times.",
    "The plant will close in March, announced the company.",
])
def test_an_inverted_cue_names_who_reported_not_what(analyze, text):
    assert not any(t.startswith("the Washington") or t == "the company" for t, _, _ in _quotes(analyze(text)))


def test_a_quoted_judgement_conjoined_in_the_present_is_the_sayers_second_report(analyze):
    got = _quotes(analyze('Senator Paul Hendry says he respects Ortiz and calls her "a tough and fair opponent."'))
    assert [(t, s) for t, s, _ in got] == [("he respects Ortiz", "Paul Hendry"),
                                          ('her "a tough and fair opponent."', "Paul Hendry")]
