"""Round 22 (tryout): a slash-joined pair of organisations ("a Wall Street Journal/NBC News poll") gave an actor
"Wall Street Journal/" with a dangling slash. A slash at a name's edge joins it to another name: the pair is two
names (or stays whole when the model tagged it whole), never a name ending or starting with "/"."""
from __future__ import annotations

import pytest

import newsgraph

CASES = [
    ("A new Harlow Gazette/Channel Nine News poll found that most voters back the bridge.",
     {"Harlow Gazette"}),
    ("A University of Texas/Texas Tribune poll showed the senator ahead, pollster Jim Henson said.",
     {"University of Texas", "Texas Tribune"}),
]


@pytest.mark.parametrize("text,names", CASES)
def test_no_name_has_a_dangling_slash(text, names):
    rec = newsgraph.analyze(text, published="2016-05-02")
    got = {e.name for e in rec.entities}
    assert not [n for n in got if n.startswith("/") or n.endswith("/")], got
    assert not [m.text for e in rec.entities for m in e.mentions if m.text.strip().endswith("/")]
    whole = {n for n in got if "/" in n}
    assert names <= got or whole, got
