"""Round 24 second review: what the rules merged after the first review (ru24a, ru24b, events24, tryout24, corpus24)
over-read, each with sentences written for these tests (ordinary news near-misses, none taken from a dev text).
Marked xfail until the lead narrows the rule; each reason names the rule and the narrowing suggested in
/tmp/try24/REVIEW2.md. Every case passes on main (ce8b6d23)."""
from __future__ import annotations

import pytest

import newsgraph


def _quotes(text, published="2024-03-14"):
    rec = newsgraph.analyze(text, published=published)
    return [((q.speaker.name if q.speaker else None), q.text) for q in rec.quotes]


@pytest.mark.parametrize("text, wrong", [
    ("Компания «Северсталь» подала иск к поставщику. Согласно решению, поставщик должен выплатить 10 млн рублей.",
     "Северсталь"),
    ("Генпрокуратура направила дело в суд. Согласно приговору, бывший мэр проведет в колонии пять лет.",
     "Генеральная прокуратура"),
])
def test_a_courts_decision_is_not_the_plaintiffs_or_the_prosecutors(text, wrong):
    got = _quotes(text)
    assert not any(s == wrong for s, _ in got), got


def test_a_lawyer_introduced_with_his_clients_genitive_is_the_lawyer():
    got = _quotes("Адвокат бизнесмена Иван Петров подал жалобу. Петров уверен в успехе. По словам адвоката Петрова, "
                  "суд рассмотрит жалобу в апреле.")
    assert got and got[-1][0] == "Иван Петров", got


def test_there_after_a_hospital_is_not_the_earlier_ministry():
    got = _quotes("В МЧС сообщили, что пожар в Омске потушен. Пострадавших доставили в областную больницу. Там "
                  "уточнили, что состояние двоих тяжелое.")
    assert not any(s == "МЧС" and "тяжелое" in t for s, t in got), got


@pytest.mark.parametrize("text", [
    "Unlike in 2012, the army attacked the rebel stronghold with tanks.\n",
    "As in 2014, rebels attacked the airport on the edge of the capital.\n",
    "More people protested against the government than in 2015, organizers said.\n",
])
def test_a_year_of_comparison_does_not_undate_the_act(text):
    rec = newsgraph.analyze(text, published="2016-03-24")
    assert rec.events and all(e.date == "2016-03-24" for e in rec.events), \
        [(e.trigger, e.date, e.date_source) for e in rec.events]


def test_a_double_given_name_in_a_headline_is_not_cut():
    rec = newsgraph.analyze("Mary Kate Olsen Weds Olivier Sarkozy\nMary-Kate Olsen married Olivier Sarkozy in New "
                            "York on Friday, a spokesman said. Olsen, 29, wore a dress by her own label.\n",
                            published="2016-03-24")
    names = {e.name for e in rec.entities if e.type == "PERSON"}
    assert "Mary" not in names and "Kate Olsen" not in names, names


def test_a_short_chinese_page_is_read():
    from newsgraph.ingest.html import from_html
    raw = from_html('<html><head><meta charset="utf-8"><title>快讯</title></head><body><article>'
                    '<p>习近平会见马克龙，双方交换意见。</p></article></body></html>', source="zh.html")
    assert "马克龙" in (raw.text or "")


@pytest.mark.parametrize("text, speaker", [
    ("Директор школы Анна Козлова провела собрание. «Мы готовы к проверке», — сказала Козлова. Учительница Анна "
     "Сергеевна добавила: «Дети очень волнуются».", "Анна Сергеевна"),
    ("Глава района Николай Кравец открыл больницу. «Это большой день», — сказал Кравец. Главврач Николай Петрович "
     "рассказал, что отделение примет первых пациентов в мае.", "Николай Петрович"),
])
def test_a_new_person_called_by_name_and_patronymic_is_not_the_namesake(text, speaker):
    got = _quotes(text)
    assert got and got[-1][0] == speaker, got
