"""The Python API takes what a newcomer passes it first (tryout r17 F, G): ``newsgraph.ingest.read("a.txt")`` with
one path read the characters of its name ("/" walked the whole filesystem, "-" waited on stdin forever), and
``analyze_many(["some text"])`` raised AttributeError 'str' object has no attribute 'source'."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph
from newsgraph.ingest import read

TEXT = ("Senator Tom Varga visited Iowa on Tuesday. \"The farm bill will pass this year,\" Varga told reporters "
        "in Des Moines after a meeting with local farmers.\n")


def test_read_takes_one_path_as_a_list_of_one(tmp_path):
    f = tmp_path / "varga.txt"
    f.write_text(TEXT, encoding="utf-8")
    for one in (str(f), f, [str(f)]):
        items = list(read(one))
        assert len(items) == 1 and isinstance(items[0], newsgraph.RawDocument), items
        assert items[0].text.startswith("Senator Tom Varga")
    (missing,) = list(read(str(tmp_path / "nope.txt")))  # one error naming the file, not one per character
    assert isinstance(missing, newsgraph.InputError) and "nope.txt" in str(missing)
    with pytest.raises(TypeError, match="a path"):
        list(read(42))


def test_analyze_many_takes_strings_and_names_what_it_expects(tmp_path):
    f = tmp_path / "varga.txt"
    f.write_text(TEXT, encoding="utf-8")
    out = list(newsgraph.analyze_many([TEXT, *read([str(f), str(tmp_path / "nope.txt")])]))
    assert [type(x).__name__ for x in out] == ["Analysis", "Analysis", "DocumentError"]
    assert out[0].quotes and out[0].quotes[0].speaker.name.endswith("Varga")
    assert "nope.txt" in str(out[2])
    with pytest.raises(TypeError, match="pass a list, or use newsgraph.analyze"):
        newsgraph.analyze_many(TEXT)
    with pytest.raises(TypeError, match="item 2 is a int"):
        list(newsgraph.analyze_many([TEXT, 7]))
    assert Path(f).exists()
