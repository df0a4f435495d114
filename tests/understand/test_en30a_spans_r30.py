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
    ("Nobody was hurt in the fire, the company said, but three workers were treated for burns.",
     "Nobody was hurt in the fire but three workers were treated for burns"),
    ("Prices will rise, the bank said in its report, and wages will lag.", "Prices will rise and wages will lag"),
    ("The bridge is safe, the engineer said, although it will need new cables within five years.",
     "The bridge is safe although it will need new cables within five years"),
])
def test_clause_after_a_mid_sentence_cue_is_said_too(text, content):
    assert ("said", content) in _quotes(text)


@pytest.mark.parametrize("text, content", [
    # near misses: another's report after the aside, the writer's narrative after "and", a new sentence
    ("Nobody was hurt in the fire, the company said, but police said two people were missing.",
     "Nobody was hurt in the fire"),
    ("The plan was too costly, Tom Reyes said on Monday, and everyone in the room agreed.",
     "The plan was too costly"),
    ("Nobody was hurt in the fire, the company said. But three workers were treated for burns.",
     "Nobody was hurt in the fire"),
])
def test_clause_after_a_mid_sentence_cue_not_taken(text, content):
    assert ("said", content) in _quotes(text)


@pytest.mark.parametrize("text, content", [
    ("She warned of another lawsuit from parents in Philadelphia and Reading.",
     "another lawsuit from parents in Philadelphia and Reading"),
    # near misses: a time phrase hung on the verb is the act's, not the object's
    ("Doctors warned of a shortage for months before the hospital closed.", "a shortage"),
    ("The senator spoke of a new era for farmers on Monday.", "a new era for farmers"),
])
def test_stated_object_keeps_its_own_phrases(text, content):
    assert any(t == content for _, t in _quotes(text))


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
