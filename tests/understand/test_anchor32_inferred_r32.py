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


def test_a_date_told_inside_the_story_is_no_anchor(read):
    # (anchor32fix) the latest full date a text reports as past is only a lower bound of the day of writing (11 of 15
    # such anchors on the English dev texts lay over a year before publication) and made dateless texts worse than no
    # anchor (review32b): it is no anchor; the dates read as with no anchor at all
    text = ("Суд приговорил бизнесмена 10 ноября 2010 года. Ранее, 2 марта 2009 года, его задержали. "
            "В субботу сторонники вышли на митинг. В ноябре прошлого года он уже подавал жалобу.")
    rec = read(text, lang="ru")
    assert rec.document.inferred_anchor is None
    found = _by_text(rec)
    assert found["субботу"].value is None and all(d.anchor_from is None for d in rec.dates)
    assert found["2 марта 2009 года"].value == "2009-03-02"
    rec = read("The regulator fined the company on March 3, 2010. On Friday, its shares fell sharply.", lang="en")
    assert rec.document.inferred_anchor is None and _by_text(rec)["Friday"].value is None
    # near miss: the same date alone on the first line dates the text
    rec = read("March 3, 2010\nThe regulator fined the company. On Friday, its shares fell sharply.", lang="en")
    assert rec.document.inferred_anchor["date"] == "2010-03-03"
    assert _by_text(rec)["Friday"].value == "2010-02-26" and _by_text(rec)["Friday"].anchor_from == "text"


def test_future_clause_birth_law_and_reminder_give_no_anchor(read):
    for text in ("Выборы пройдут 27 марта 2011 года. В субботу партия провела съезд.",
                 "Он родился 5 мая 1950 года в Киеве. В субботу он выступил на съезде.",
                 "Депутаты обсуждали закон от 27 июля 2006 года. В субботу они выступили на съезде.",
                 "Компания, напомним, была основана 5 мая 1998 года. В субботу она провела собрание.",
                 "Начиная с 15 декабря 2005 года был наложен штраф. В субботу компания подала жалобу."):
        rec = read(text, lang="ru")
        assert rec.document.inferred_anchor is None, text
        assert _by_text(rec)["субботу"].value is None, text
    rec = read("The company has paid a daily fine since March 3, 2010. In February, its shares fell.", lang="en")
    assert rec.document.inferred_anchor is None and _by_text(rec)["February"].anchor_from is None
    # near miss: a date opening the lead's sentence of a past act dates the text (a date line)
    rec = read("15 декабря 2005 года был наложен штраф. В июле компания подала жалобу.", lang="ru")
    assert rec.document.inferred_anchor["date"] == "2005-12-15" and _by_text(rec)["июле"].value == "2005-07"
    # (anchor32fix) inside the sentence, a past act's date is no anchor any more (only a lower bound)
    rec = read("Выборы прошли 27 марта 2011 года. В феврале партия провела съезд.", lang="ru")
    assert rec.document.inferred_anchor is None


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
    # the same dateline with a full stop after the place (not read by the cleaning): a date line
    rec = read("Москва. 14 марта 2011 года.\nВ понедельник министр заявил, что визит состоится в апреле.", lang="ru")
    assert rec.document.inferred_anchor["how"] == "date line" and _by_text(rec)["понедельник"].value == "2011-03-14"
    # near miss: a full stop that ends a sentence is no place's mark
    rec = read("Он ушел. 14 марта 2011 года.\nВ понедельник министр заявил о подготовке.", lang="ru")
    assert rec.document.inferred_anchor is None
    # near miss: a date inside the first sentence is no date line (and no longer an anchor, anchor32fix)
    rec = read("Министр подписал указ 14 марта 2011 года, сообщили в ведомстве.", lang="ru")
    assert rec.document.inferred_anchor is None
    # near miss: a first line that tells of the future is no date line
    rec = read("Саммит состоится 20 мая 2011 года.\nВ понедельник министр заявил о подготовке.", lang="ru")
    assert rec.document.inferred_anchor is None


def test_a_later_date_or_year_contradicts_the_anchor(read):
    # a past act in December 2010 after "10 ноября 2010 года": the text stands later; no anchor, the values as written
    rec = read("Суд вынес приговор 10 ноября 2010 года. В декабре 2010 года адвокаты подали жалобу. В марте суд "
               "рассмотрел её.", lang="ru")
    assert rec.document.inferred_anchor is None
    found = _by_text(rec)
    assert found["декабре 2010 года"].value == "2010-12" and found["декабре 2010 года"].flag is None
    # a later year written anywhere: the full date is an old fact the story looks back on
    rec = read("The senator voted against the bill on April 26, 2016. He plans to run again in 2018. In March, he "
               "met donors.", lang="en")
    assert rec.document.inferred_anchor is None
    # near miss: earlier years are no contradiction of a date line
    rec = read("April 26, 2016\nThe senator, who had backed a similar bill in 2014, voted against this one. In "
               "March, he met donors.", lang="en")
    assert rec.document.inferred_anchor["date"] == "2016-04-26" and _by_text(rec)["March"].value == "2016-03"


def test_json_contract(read):
    from newsgraph.record import Analysis
    rec = read("10 ноября 2010 года\nСуд приговорил бизнесмена. В субботу сторонники вышли на митинг.", lang="ru")
    d = json.loads(rec.to_json())
    assert d["document"]["inferred_anchor"]["date"] == "2010-11-10"
    assert d["document"]["inferred_anchor"]["how"] == "date line"
    sat = next(x for x in d["dates"] if x["text"] == "субботу")
    assert sat["anchor_from"] == "text" and sat["anchor"] == "2010-11-10" and sat["value"] == "2010-11-06"
    assert d["document"]["published"] is None
    back = Analysis.from_json(rec.to_json())
    assert back.document.inferred_anchor == rec.document.inferred_anchor
    assert back.validate() == []


def test_a_lead_opened_by_its_date(read):
    # a date that opens the lead's sentence of a past act is the day the text stands on: every reading kept
    rec = read("5 апреля 2011 года в Грозном прошла инаугурация президента. Сегодня он принял присягу.", lang="ru")
    assert rec.document.inferred_anchor["how"] == "date line"
    assert _by_text(rec)["Сегодня"].value == "2011-04-05" and _by_text(rec)["Сегодня"].anchor_from == "text"
    # near misses: a lead opened by a date of what will be; a lead's date followed by a later year (an old fact)
    rec = read("5 апреля 2011 года в Грозном пройдет инаугурация президента. Сегодня он готовится.", lang="ru")
    assert rec.document.inferred_anchor is None
    rec = read("5 апреля 2001 года в Грозном прошла встреча. В 2011 году её участники собрались снова. Сегодня они "
               "вспоминают её.", lang="ru")
    assert rec.document.inferred_anchor is None and _by_text(rec)["Сегодня"].value is None
