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


@pytest.fixture(scope="session")
def pipe(quote_pipe):
    """The pipeline up to the quote readers (tests/conftest.py ``quote_pipe``), for the Russian quote tests; a test
    module that needs another ``pipe`` defines its own, which takes precedence."""
    return quote_pipe


@pytest.fixture(scope="session")
def dates_by_text(date_pipe):
    """A function (text, published, lang=None) -> {expression text: DateExpr} of the date pipeline's record (the
    record validated)."""
    from newsgraph.ingest.base import RawDocument

    def run(text, published, lang=None):
        rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
        assert rec.validate() == []
        return {d.text: d for d in rec.dates}
    return run
