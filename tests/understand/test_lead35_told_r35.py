"""Round 35 (lead): the addressee of "told" that the parse glues to the content's subject is no part of the content
(quotes/en_bounds._after_addressee). Sentences written for the test."""
from __future__ import annotations

from newsgraph.ingest.base import RawDocument


def _contents(pipe, text):
    return [q.text for q in pipe.run(RawDocument(source="lead35", text=text, language="en")).quotes]


def test_told_reporters_a_name_starts_at_the_name(quote_pipe):
    assert _contents(quote_pipe, "Baker told reporters Ortega had been fired.") == ["Ortega had been fired"]


def test_a_plural_apposed_to_names_after_said_stays(quote_pipe):  # near miss: "said", no addressee
    got = _contents(quote_pipe, "The sheriff said protesters Lee and Ortega were arrested on Monday.")
    assert got and got[0].startswith("protesters Lee and Ortega")
