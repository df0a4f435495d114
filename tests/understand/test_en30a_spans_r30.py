"""Round 30 (en30a): where English indirect contents end. Sentences written for the tests."""
import pytest

from newsgraph.eval.quotes import analyze_texts


def _quotes(text):
    return [(q.cue, q.text) for q in analyze_texts([text])[0].quotes]


@pytest.mark.parametrize("text, first, second", [
    ("The mill will close in March, a company official said, adding that 200 workers would lose their jobs.",
     "The mill will close in March", "200 workers would lose their jobs"),
    ("Prices had risen too fast, Mayor Ann Cole said on Monday, adding that the city would freeze fees.",
     "Prices had risen too fast", "the city would freeze fees"),
    ("The bridge will reopen on Friday, the transport agency said, noting that repairs had cost $4 million.",
     "The bridge will reopen on Friday", "repairs had cost $4 million"),
])
def test_clause_before_cue_kept_when_a_participle_reports_next(text, first, second):
    got = _quotes(text)
    assert ("said", first) in got
    assert any(t == second for _, t in got)


@pytest.mark.parametrize("text, content", [
    # near misses: a participle that reports nothing, and a content after the cue
    ("Mayor Ann Cole said on Monday, citing a city audit, that prices had risen too fast.",
     "prices had risen too fast"),
    ("Ann Cole said the fees would rise, adding that the city had no choice.", "the fees would rise"),
])
def test_said_content_unchanged(text, content):
    assert ("said", content) in _quotes(text)


@pytest.mark.parametrize("text, content", [
    # the clause after a mid-sentence attribution is the writer's as often as the speaker's (review30 #1): the content
    # ends at the aside
    ("Voter fraud cost him the state, Trump said, but he offered no evidence for the claim.",
     "Voter fraud cost him the state"),
    ("The bridge is safe for cars, the mayor said, but engineers hired by the county disagree.",
     "The bridge is safe for cars"),
    ("Nobody was hurt in the fire, the company said, but police said two people were missing.",
     "Nobody was hurt in the fire"),
    ("Nobody was hurt in the fire, the company said. But three workers were treated for burns.",
     "Nobody was hurt in the fire"),
])
def test_content_ends_at_a_mid_sentence_aside(text, content):
    assert ("said", content) in _quotes(text)


def test_a_participle_of_no_speech_does_not_take_the_content():
    # review30 #11: "hoping that" is no report of the chairman's
    got = _quotes("The chairman said, hoping that the vote would pass, that the board had met twice.")
    assert not any(t == "the board had met twice" and c != "said" for c, t in got)


def _kinds(text):
    return [(q.kind, q.text) for q in analyze_texts([text])[0].quotes]


@pytest.mark.parametrize("text, content", [
    ('The new stadium, the mayor said, "will pay for itself within a decade."',
     'The new stadium "will pay for itself within a decade."'),
    ('The budget, Reyes said, "is a disaster" for rural schools.', 'The budget "is a disaster" for rural schools'),
    # the narration after the closing mark stays out when a conjunction or a comma opens it
    ('The new stadium, the mayor said, "will pay for itself" and the council agreed.',
     'The new stadium "will pay for itself"'),
])
def test_subject_split_from_its_quoted_predicate(text, content):
    assert ("mixed", content) in _kinds(text)


@pytest.mark.parametrize("text, content", [
    # near misses: a quoted sentence of its own after an opening or a participle
    ('In the end, the mayor said, "we will build it."', "we will build it."),
    ('Asked about the budget, Reyes said, "It is a disaster."', "It is a disaster."),
])
def test_quoted_sentence_after_an_opening_stays_direct(text, content):
    assert ("direct", content) in _kinds(text)


def test_an_interview_label_is_no_part_of_the_split_subject():
    # review30 #13: "Q:" opens an interview turn, not the reported subject
    got = _kinds('Q: The stadium, you said, "will pay for itself." How? A: Through ticket taxes.')
    assert not any(t.startswith("Q:") for _, t in got)
