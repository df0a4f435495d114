"""Round 24, revfix3: the second review's English, events and ingest findings narrowed (sentences written here)."""
from __future__ import annotations

import pytest

import newsgraph

PUB = "2016-03-24"


def _events(text):
    return [(e.type, e.trigger, e.date) for e in newsgraph.analyze(text, published=PUB).events]


@pytest.mark.parametrize("text", [
    "Unlike in 2013, the police arrested dozens of protesters in the main square.\n",
    "As in 2011, thousands of workers protested outside the parliament.\n",
    "Fighters shelled the town more heavily than in 2014, residents said.\n",
])
def test_a_year_compared_with_keeps_the_publication_day(text):
    """A year after unlike/as/than dates the act compared with; the clause's own act is still the news's."""
    got = _events(text)
    assert got and all(d == PUB for _, _, d in got), got


def test_a_year_setting_the_clause_still_undates_it():
    """The narrowing keeps clause_dated_earlier's own cases: a clause set in an earlier year is no act of today."""
    got = _events("By 2014, rebels had attacked the airport twice.\n")
    assert got and all(d != PUB for _, _, d in got), got


def test_a_hyphenated_double_given_name_keeps_the_headline_span_whole():
    """_two_given cuts a headline span opening with two given names, unless the body joins them with a hyphen."""
    rec = newsgraph.analyze("Jean Claude Juncker Warns Britain Over Brexit Vote\nJean-Claude Juncker, the president of "
                            "the European Commission, warned Britain on Tuesday that leaving would be costly.\n",
                            published=PUB)
    names = {e.name for e in rec.entities if e.type == "PERSON"}
    assert "Jean" not in names and "Claude Juncker" not in names, names


@pytest.mark.parametrize("text, words", [("快讯", 1), ("首页 登录", 2), ("東京で地震があった。", 5), ("Sign in", 2)])
def test_letters_of_scripts_without_spaces_count_two_to_a_word(text, words):
    from newsgraph.ingest.html import word_count
    assert word_count(text) == words


def test_a_short_japanese_page_is_read_and_a_menu_is_not():
    from newsgraph.errors import InputError
    from newsgraph.ingest.html import from_html

    def page(body):
        return f'<html><head><meta charset="utf-8"></head><body><article><p>{body}</p></article></body></html>'
    assert "地震" in (from_html(page("東京で震度五の地震があり、けが人はいない。"), source="ja.html").text or "")
    with pytest.raises(InputError, match="without a main text"):
        from_html(page("首页"), source="menu.html")
