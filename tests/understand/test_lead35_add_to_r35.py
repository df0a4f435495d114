"""Round 35 (lead): "add X to Y:" places a thing; the colon after it shows the thing added, no one's words
(quotes/en_attr.adds_a_thing). Sentences written for the test."""
from __future__ import annotations

from newsgraph.ingest.base import RawDocument


def _quotes(pipe, text):
    rec = pipe.run(RawDocument(source="lead35", text=text, language="en"))
    return [(q.text, q.cue) for q in rec.quotes]


def test_adding_a_title_to_a_resume_is_no_quote(quote_pipe):
    text = 'The drummer can add a new title to his resume: "street choir conductor."'
    assert not any(cue for _, cue in _quotes(quote_pipe, text))


def test_added_with_a_colon_still_speaks(quote_pipe):
    got = _quotes(quote_pipe, 'The mayor spoke for an hour. She added: "It was a long night for all of us."')
    assert any(cue == "added" and "long night" in t for t, cue in got)


def test_added_a_warning_still_speaks(quote_pipe):
    got = _quotes(quote_pipe, 'The sheriff added a warning to his remarks: "Stay away from the river tonight."')
    assert any("river" in t and cue for t, cue in got)
