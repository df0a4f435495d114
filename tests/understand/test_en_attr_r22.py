"""understand.quotes (English), round 22 (sentences written for these tests): an adverbial opening before "…, X
said" (the occasion, or the first part of the content), statements of a noun phrase by a named subject, a judging
participle, a clause the parse lost, and open questions nobody answered."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


@pytest.mark.parametrize("text, wrong", [
    ("When deputies questioned her at the station on Friday night, the driver admitted to taking the car.",
     "When deputies questioned her at the station on Friday night"),
    ("When the central bank began lowering rates in March, mortgage brokers predicted a busy summer.",
     "When the central bank began lowering rates in March"),
    ("As a crowd of volunteers waited outside the town hall, Mayor Ruth Olsen took to Facebook to say thanks.",
     "As a crowd of volunteers waited outside the town hall"),
    ("In the back room of the diner, where about 40 farmers drank coffee, Senator Hal Brandt told a story about "
     "his grandfather.", "where about 40 farmers drank coffee"),
])
def test_an_adverbial_opening_is_the_occasion_not_the_content(analyze, text, wrong):
    assert all(wrong not in t for t, _, _ in _quotes(analyze(text)))


def test_an_opening_hung_on_the_clause_after_the_cue_opens_the_content(analyze):
    got = _quotes(analyze("If the council delays the vote again, Mayor Ruth Olsen said, the county will lose "
                          "the grant."))
    assert got == [("If the council delays the vote again the county will lose the grant", "Ruth Olsen", "said")]


def test_an_opening_before_a_whole_clause_stays_the_content(analyze):
    got = _quotes(analyze("Under the new plan, bus fares would rise by a third, Mayor Ruth Olsen said."))
    assert [t for t, _, _ in got] == ["bus fares would rise by a third"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Ohio health authorities are reporting a third death linked to the outbreak.",
     "a third death linked to the outbreak", "Ohio health authorities"),
    ("A Reuters photographer reported hearing explosions near the border crossing.",
     "hearing explosions near the border crossing", "A Reuters photographer"),
])
def test_a_noun_phrase_stated_by_a_named_subject_is_taken(analyze, text, content, speaker):
    assert [(t, s) for t, s, _ in _quotes(analyze(text))] == [(content, speaker)]


def test_a_noun_phrase_of_an_unnamed_thing_states_nothing(analyze):
    assert analyze("That ruling emphasizes the stakes of the election.").quotes == []


def test_a_judging_participle_is_its_doers(analyze):
    got = _quotes(analyze('Governor Ann Pell rejected the budget deal on Tuesday, calling it "a gift to the '
                          'lobbyists."'))
    assert got == [('it "a gift to the lobbyists."', "Ann Pell", "calling")]


def test_a_clause_the_parse_lost_is_proposed(analyze):
    got = _quotes(analyze("Data from Sensor Tower shows adults under 30 now spend more time on the app than on any "
                          "other."))
    assert [t for t, _, _ in got] == ["adults under 30 now spend more time on the app than on any other"]


@pytest.mark.parametrize("text", [
    "Neither campaign has said whether the candidates will meet for a third debate.",
    "No one could say where the money went, the lawyer argued.",
    "None of the officials said when the bridge would reopen.",
])
def test_a_question_nobody_answered_reports_nothing(analyze, text):
    assert all(not t.startswith(("whether", "where", "when")) for t, _, _ in _quotes(analyze(text)))


@pytest.mark.parametrize("text, content", [
    ('The councillor did not expect, she said, to be called "a traitor" by her own party.',
     'The councillor did not expect to be called "a traitor" by her own party'),
])
def test_a_clause_split_by_its_cue_is_one_content(analyze, text, content):
    assert [t for t, _, _ in _quotes(analyze(text))] == [content]


def test_a_decision_is_no_claim(analyze):
    assert analyze("After weeks of talks with donors, the governor decided she would not seek a third "
                   "term.").quotes == []


def test_a_clause_whose_subject_the_parse_took_for_an_object(analyze):
    got = _quotes(analyze("The ministry said another 30 people had been injured in the clashes, but added the exact "
                          "causes of the deaths remained unclear."))
    assert ("the exact causes of the deaths remained unclear", "added") in [(t, c) for t, _, c in got]


def test_quoted_words_before_the_attribution_are_no_occasion(analyze):
    got = _quotes(analyze('Customers "began to ask us for this and that," Mayor Ruth Olsen told the host, which meant '
                          'a new app.'))
    assert any(t.startswith('Customers "began to ask us for this and that') for t, _, _ in got)
