"""Round 25 (tryout): what a new user met. A broken installation (a library that cannot be imported or loaded)
fails the document with the library named, never silently empties part of the record (no relative dates, no name
kinds, no nicknames); a paraphrase is never shown in quotation marks as if the speaker's own words. Texts written
for these tests."""
from __future__ import annotations

import sys

import pytest

import newsgraph
from newsgraph.errors import DocumentError


def _broken(monkeypatch, module: str) -> None:
    """Make ``import module`` raise ImportError, as a broken or missing install does."""
    monkeypatch.setitem(sys.modules, module, None)


def test_a_broken_dateparser_is_an_error_not_vague_dates(monkeypatch):
    import datetime as dt

    from newsgraph.understand import dates
    dates._relative_parser.cache_clear()
    dates.resolve_relative.cache_clear()
    _broken(monkeypatch, "dateparser.date")
    try:
        with pytest.raises(ImportError):
            dates.resolve_relative("two weeks ago", "en", dt.date(2024, 3, 14))
    finally:
        dates._relative_parser.cache_clear()
        dates.resolve_relative.cache_clear()


def test_odd_input_to_dateparser_is_still_a_vague_date():
    import datetime as dt

    from newsgraph.understand import dates
    assert dates.resolve_relative("in the coming days", "en", dt.date(2024, 3, 14)) == (None, None)


def test_missing_name_data_is_an_error_not_fewer_names(monkeypatch):
    from newsgraph.understand import names
    names._name_data.cache_clear()
    names._namer.cache_clear()
    _broken(monkeypatch, "nicknames")
    try:
        with pytest.raises(ImportError):
            names._namer()
    finally:
        names._namer.cache_clear()
    _broken(monkeypatch, "gender_guesser")
    try:
        with pytest.raises(ImportError):
            names._name_data()
    finally:
        names._name_data.cache_clear()


def test_a_broken_morphology_is_an_error_not_names_without_kind(monkeypatch):
    from newsgraph.understand import name_keys

    def broken():
        raise ImportError("pymorphy2 dictionaries not found")
    monkeypatch.setattr(name_keys, "_morph", broken)
    name_keys._cyrillic_name.cache_clear()
    try:
        with pytest.raises(ImportError):
            name_keys._cyrillic_name("Ивановой")
    finally:
        name_keys._cyrillic_name.cache_clear()
    monkeypatch.undo()
    assert name_keys._cyrillic_name("Ивановой")[1] == "Surn"


def test_a_broken_host_parser_is_an_error_not_whole_hosts(monkeypatch):
    from newsgraph import hosts

    def broken():
        raise ImportError("tldextract")
    monkeypatch.setattr(hosts, "_extractor", broken)
    hosts.split_host.cache_clear()
    try:
        with pytest.raises(ImportError):
            hosts.split_host("news.example.co.uk")
    finally:
        hosts.split_host.cache_clear()
    monkeypatch.undo()
    assert hosts.split_host("news.example.co.uk") == ("news", "example.co.uk")


def test_a_component_that_cannot_import_fails_its_document_with_the_reason(monkeypatch):
    import newsgraph.understand.quotes.en as en

    def boom(*a, **k):
        raise ImportError("No module named 'a_missing_dependency'")
    monkeypatch.setattr(en, "extract", boom)
    out = list(newsgraph.analyze_many(["The mayor said the bridge would reopen on Monday.",
                                       "Ратуша сообщила, что мост откроют в понедельник."]))
    assert isinstance(out[0], DocumentError)
    assert "internal error in understand.quotes (ImportError: No module named 'a_missing_dependency')" in str(out[0])
    assert not isinstance(out[1], DocumentError)  # the batch goes on
