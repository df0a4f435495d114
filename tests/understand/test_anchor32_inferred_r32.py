"""understand.dates, round 32 (issue 18): the anchor inferred from a text that carries no publication date
(understand/dates/inferred.py). The sentences are made up for the tests; each rule has its near misses."""
import json

import pytest


@pytest.fixture(scope="module")
def read(date_pipe):
    """(text, published=None, lang=None) -> the record (validated)."""
    from newsgraph.ingest.base import RawDocument

    def run(text, published=None, lang=None):
        rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
        assert rec.validate() == []
        return rec
    return run


def _by_text(rec):
    return {d.text: d for d in rec.dates}


def test_latest_past_full_date_is_the_anchor(read):
    text = ("Суд приговорил бизнесмена 10 ноября 2010 года. Ранее, 2 марта 2009 года, его задержали. "
            "В субботу сторонники вышли на митинг. В ноябре прошлого года он уже подавал жалобу.")
    rec = read(text, lang="ru")
    a = rec.document.inferred_anchor
    assert a["date"] == "2010-11-10" and a["how"] == "latest past date"
    assert rec.document.text[a["start"]:a["end"]] == a["text"] == "10 ноября 2010 года"
    found = _by_text(rec)
    assert found["субботу"].value == "2010-11-06" and found["субботу"].anchor_from == "text"
    assert found["ноябре прошлого года"].value == "2009-11" and found["ноябре прошлого года"].anchor_from == "text"
    # the written dates owe nothing to the anchor
    assert found["2 марта 2009 года"].value == "2009-03-02" and found["2 марта 2009 года"].anchor_from is None


def test_english_by_the_same_code(read):
    rec = read("The regulator fined the company on March 3, 2010. On Friday, its shares fell sharply.", lang="en")
    assert rec.document.inferred_anchor["date"] == "2010-03-03"
    found = _by_text(rec)
    assert found["Friday"].value == "2010-02-26" and found["Friday"].anchor_from == "text"
    # near miss: a full date in a clause of what will be is no day the text stands on
    rec = read("The hearing will be held on March 3, 2010. On Friday, its shares fell sharply.", lang="en")
    assert rec.document.inferred_anchor is None and _by_text(rec)["Friday"].value is None


def test_future_clause_birth_law_and_reminder_give_no_anchor(read):
    for text in ("Выборы пройдут 27 марта 2011 года. В субботу партия провела съезд.",
                 "Он родился 5 мая 1950 года в Киеве. В субботу он выступил на съезде.",
                 "Депутаты обсуждали закон от 27 июля 2006 года. В субботу они выступили на съезде.",
                 "Компания, напомним, была основана 5 мая 1998 года. В субботу она провела собрание."):
        rec = read(text, lang="ru")
        assert rec.document.inferred_anchor is None, text
        assert _by_text(rec)["субботу"].value is None, text
    # near misses: the same dates reported as past acts of the story anchor it
    rec = read("Выборы прошли 27 марта 2011 года. В субботу партия провела съезд.", lang="ru")
    assert rec.document.inferred_anchor["date"] == "2011-03-27"
    assert _by_text(rec)["субботу"].value == "2011-03-26"


def test_a_real_anchor_always_wins(read):
    rec = read("Суд приговорил бизнесмена 10 ноября 2010 года. В субботу сторонники вышли на митинг.",
               "2011-02-07", "ru")
    assert rec.document.published == "2011-02-07" and rec.document.inferred_anchor is None
    found = _by_text(rec)
    assert found["субботу"].value == "2011-02-05"
    assert all(d.anchor_from is None for d in rec.dates)
    assert "inferred_anchor" not in rec.to_dict()["document"]
    assert all("anchor_from" not in d for d in rec.to_dict()["dates"])


def test_no_date_at_all_no_anchor(read):
    rec = read("Вчера в центре города прошел митинг. В субботу сторонники соберутся снова.", lang="ru")
    assert rec.document.inferred_anchor is None
    assert all(d.value is None and d.anchor_from is None for d in rec.dates)
    rec = read("Yesterday thousands marched in the capital. They will meet again on Saturday.", lang="en")
    assert rec.document.inferred_anchor is None and all(d.value is None for d in rec.dates)


def test_date_line_at_the_head(read):
    # a date alone on a line under the title: the day the text is dated
    text = "Визит министра\n14 марта 2011 года\nВ понедельник министр заявил, что визит состоится в апреле."
    rec = read(text, lang="ru")
    a = rec.document.inferred_anchor
    assert a["date"] == "2011-03-14" and a["how"] == "date line"
    assert rec.document.text[a["start"]:a["end"]] == a["text"]
    found = _by_text(rec)
    assert found["понедельник"].value == "2011-03-14" and found["апреле"].value == "2011-04"
    assert found["понедельник"].anchor_from == found["апреле"].anchor_from == "text"
    rec = read("Minister's visit\nMarch 14, 2011\nOn Monday the minister said the visit would take place in April.",
               lang="en")
    assert rec.document.inferred_anchor["how"] == "date line"
    assert _by_text(rec)["Monday"].value == "2011-03-14"
    # a dateline with its place is read by the cleaning as the publication date: a real anchor, nothing inferred
    rec = read("Москва, 14 марта 2011 года.\nВ понедельник министр заявил, что визит состоится в апреле.", lang="ru")
    assert rec.document.published == "2011-03-14" and rec.document.inferred_anchor is None
    # near miss: a date inside the first sentence is no date line (the latest past date, here the same day)
    rec = read("Министр подписал указ 14 марта 2011 года, сообщили в ведомстве.", lang="ru")
    assert rec.document.inferred_anchor["how"] == "latest past date"
    # near miss: a first line that tells of the future is no date line
    rec = read("Саммит состоится 20 мая 2011 года.\nВ понедельник министр заявил о подготовке.", lang="ru")
    assert rec.document.inferred_anchor is None


def test_a_later_written_year_keeps_its_value(read):
    # "в декабре 2010 года" after an anchor of 10 November 2010 is no past act ahead of its time: not flagged
    rec = read("Суд вынес приговор 10 ноября 2010 года. В декабре 2010 года адвокаты подали жалобу.", lang="ru")
    found = _by_text(rec)
    assert found["декабре 2010 года"].value == "2010-12" and found["декабре 2010 года"].flag is None


def test_json_contract(read):
    from newsgraph.record import Analysis
    rec = read("Суд приговорил бизнесмена 10 ноября 2010 года. В субботу сторонники вышли на митинг.", lang="ru")
    d = json.loads(rec.to_json())
    assert d["document"]["inferred_anchor"]["date"] == "2010-11-10"
    sat = next(x for x in d["dates"] if x["text"] == "субботу")
    assert sat["anchor_from"] == "text" and sat["anchor"] == "2010-11-10"
    assert d["document"]["published"] is None
    back = Analysis.from_json(rec.to_json())
    assert back.document.inferred_anchor == rec.document.inferred_anchor
    assert back.validate() == []
