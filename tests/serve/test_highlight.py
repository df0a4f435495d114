"""The highlighted text: overlapping spans render as well-nested HTML that keeps every character and every
annotation; the seed's gold record renders its 11 quotes with their speakers."""
from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest

from newsgraph.record import (Analysis, Document, Entity, Event, Evidence, Mention, Paragraph, Quote, Ref)
from newsgraph.serve.highlight import annotations, render_paragraphs, render_range, segments

TEXT = "Putin said that «Zelensky can come to Moscow, and the meeting will take place» on Friday."


def span(text, sub, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


class Tree(HTMLParser):
    """Parses the rendered HTML, checks nesting and collects, per annotation key, the text it covers."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.text = []
        self.cover = {}
        self.opened = Counter()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        key = a.get("data-quote") or a.get("data-event") or a.get("data-entity") or ("s:" + a.get("data-speaker-of", "?"))
        self.stack.append((tag, key, a))
        self.opened[key] += 1

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"badly nested </{tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for _, key, _ in self.stack:
            self.cover[key] = self.cover.get(key, "") + data


def make_record() -> Analysis:
    q = span(TEXT, "Zelensky can come to Moscow, and the meeting will take place")
    ev = span(TEXT, "Moscow, and the meeting will take place» on Friday")  # starts inside the quote, ends after
    z, m, p = span(TEXT, "Zelensky"), span(TEXT, "Moscow"), span(TEXT, "Putin")
    return Analysis(
        document=Document(text=TEXT, paragraphs=[Paragraph(0, len(TEXT), "body")]),
        entities=[Entity("e1", "Vladimir Putin", "PERSON", mentions=[Mention(*p, "Putin")]),
                  Entity("e2", "Volodymyr Zelensky", "PERSON", mentions=[Mention(*z, "Zelensky")]),
                  Entity("e3", "Moscow", "GPE", mentions=[Mention(*m, "Moscow")])],
        quotes=[Quote("q1", "indirect", TEXT[q[0]:q[1]], speaker=Ref("e1", "Vladimir Putin", Mention(*p, "Putin")),
                      cue="said", reported_by=[Ref("e9", "RBC")], start=q[0], end=q[1])],
        events=[Event("v1", "CONSULT", mode="visit", actors=[Ref("e2", "Volodymyr Zelensky")],
                      evidence=Evidence(ev[0], ev[1], TEXT[ev[0]:ev[1]]))],
    )


def test_segments_cut_at_every_boundary():
    rec = make_record()
    segs = segments(0, len(TEXT), annotations(rec))
    assert "".join(TEXT[s.start:s.end] for s in segs) == TEXT
    moscow = [s for s in segs if TEXT[s.start:s.end] == "Moscow"][0]
    assert [a.kind for a in moscow.annotations] == ["quote", "event", "entity"]  # outer first
    tail = [s for s in segs if TEXT[s.start:s.end].startswith("» on Friday")][0]
    assert [a.kind for a in tail.annotations] == ["event"]


def test_overlapping_spans_render_well_nested_and_complete():
    rec = make_record()
    html = str(render_range(TEXT, 0, len(TEXT), annotations(rec)))
    t = Tree()
    t.feed(html)
    t.close()
    assert not t.stack
    assert "".join(t.text) == TEXT  # every character once, in order
    q0, q1 = span(TEXT, "Zelensky can come to Moscow, and the meeting will take place")
    assert t.cover["q1"] == TEXT[q0:q1]
    assert t.cover["v1"] == "Moscow, and the meeting will take place» on Friday"  # crosses the quote's end
    assert t.cover["e3"] == "Moscow" and t.cover["e2"] == "Zelensky"
    assert t.opened["q1"] == 1  # the outer quote is never split
    assert t.opened["v1"] == 2  # the event is split where it leaves the quote, the second piece marked cont
    assert 'class="hl event cont"' in html
    assert html.count('data-speaker="Vladimir Putin"') >= 1 and 'data-outlet="RBC"' in html


def test_identical_and_touching_spans():
    text = "abcdef"
    from newsgraph.serve.highlight import Annotation
    anns = [Annotation("entity", 0, 3, "a"), Annotation("entity", 0, 3, "b"), Annotation("date", 3, 6, "c"),
            Annotation("quote", 2, 4, "q")]
    html = str(render_range(text, 0, len(text), anns))
    t = Tree()
    t.feed(html)
    assert "".join(t.text) == text and not t.stack


def test_every_text_and_attribute_escaped():
    text = 'He said <script>alert(1)</script> & "left"'
    q = span(text, "<script>alert(1)</script>")
    rec = Analysis(document=Document(text=text),
                   quotes=[Quote("q1", "direct", text[q[0]:q[1]], speaker=Ref(None, '"><img src=x onerror=alert(2)>'),
                                 start=q[0], end=q[1])])
    (p,) = render_paragraphs(rec)
    html = str(p["html"])
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "&#34;&gt;&lt;img" in html


def test_spans_outside_the_text_are_dropped():
    rec = make_record()
    rec.quotes.append(Quote("q2", "direct", "x", start=5, end=10_000))
    kinds = [a.key for a in annotations(rec)]
    assert "q2" not in kinds and "q1" in kinds


def test_gold_record_of_the_seed_renders_eleven_quotes_with_their_speakers(gold_rec):
    paras = render_paragraphs(gold_rec)
    html = "".join(str(p["html"]) for p in paras)
    t = Tree()
    t.feed(html)
    assert not t.stack
    import re
    starts = re.findall(r'<span class="hl quote q-\w+" data-quote="(q\d+)" data-speaker="([^"]+)"', html)
    assert len(starts) == 11
    assert Counter(s for _, s in starts) == Counter(q.speaker.name for q in gold_rec.quotes)
    for q in gold_rec.quotes:  # each quote covers exactly its span (possibly across annotation boundaries)
        assert t.cover[q.id] == gold_rec.document.text[q.start:q.end]


@pytest.fixture(scope="module")
def gold_rec():
    import newsgraph
    from serve_gold import SEED, gold_record
    return gold_record(newsgraph.analyze(SEED.read_text(encoding="utf-8")))


def test_json_embedded_in_a_page_cannot_close_its_script_tag():
    import json

    from newsgraph.serve.web import _tojson_script
    data = {"nodes": [{"name": "</script><script>alert(1)</script>", "role": "a & b 'c'"}]}
    s = str(_tojson_script(data))
    assert "</script>" not in s and "<" not in s and "&" not in s and "'" not in s
    assert json.loads(s) == data


def test_search_terms_marked_and_everything_else_escaped():
    from newsgraph.serve.web import mark_terms
    html = str(mark_terms("Putin said <b>putin's</b> plan & more", "putin <script>"))
    assert html == ("<mark>Putin</mark> said &lt;b&gt;<mark>putin</mark>&#39;s&lt;/b&gt; plan &amp; more")
    assert str(mark_terms("a <i>", "")) == "a &lt;i&gt;"
