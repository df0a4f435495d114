"""Fixtures for the understand/ tests: the English model is loaded once per session."""
import pytest


@pytest.fixture(scope="session")
def english():
    from newsgraph.understand import nlp
    return nlp.english()


@pytest.fixture(scope="session")
def analyze(english):
    """analyze(text) -> Analysis: the understand.* components over a plain English text (spans validated)."""
    from newsgraph.eval.quotes import analyze_texts

    def run(text: str):
        (rec,) = analyze_texts([text])
        assert rec.validate() == []
        return rec
    return run
