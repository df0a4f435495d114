"""Round 26 second review: what the Russian attribution (ru26a, ru26b, ru26c), dates (dates26) and stories
(corpus26) rules over-read, each with sentences written for these tests (ordinary news near-misses, none taken from a
dev text). Marked xfail until the lead narrows the rule; each reason names the rule and the narrowing suggested in
/tmp/try26/REVIEW2.md. The quote and date cases pass on main (a469d775) and fail on the branch named; the story case
calls corpus26's new ``places`` argument."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.corpus import story_events as SE


def _quotes(text, published="2024-03-12"):
    rec = newsgraph.analyze(text, published=published)
    return [((q.speaker.name if q.speaker else None), q.text) for q in rec.quotes]


def _dates(text, published="2024-03-12"):
    return {d.text: d.value for d in newsgraph.analyze(text, published=published).dates}


@pytest.mark.parametrize("text, content", [
    ("ДТП на трассе\nПо данным полиции, задержанный водитель находился в состоянии алкогольного опьянения.\n",
     "задержанный водитель находился в состоянии алкогольного опьянения"),
    ("Авария в Подмосковье\nПо информации СК, погибший работал водителем такси.\n", "погибший работал водителем такси"),
    ("Задержаны грабители\nСогласно данным ведомства, задержанные дали признательные показания.\n",
     "задержанные дали признательные показания"),
])
def test_a_participle_noun_opening_the_content_keeps_the_report(text, content):
    assert content in [c for _, c in _quotes(text)]


def test_according_to_a_latin_named_law_is_no_report():
    text = "Новые правила для IT-компаний\nСогласно GDPR, компании обязаны сообщать пользователям об утечке данных.\n"
    assert [s for s, _ in _quotes(text)] == []


@pytest.mark.parametrize("text, wrong", [
    ("ЕКАТЕРИНБУРГ, 5 мая. Пациентов екатеринбургской больницы №40 переведут в другие учреждения. Как сообщили в "
     "министерстве здравоохранения области, ремонт продлится до осени.\n", "Екатеринбургской"),
    ("ВЛАДИВОСТОК, 3 марта. Владивостокский порт закрыт из-за шторма. Как сообщили в правительстве края, "
     "ограничения снимут завтра.\n", "Владивостокского"),
    ("СОЧИ, 3 марта. Пляжи сочинского курорта закроют на ремонт. Как сообщили в администрации края, работы "
     "завершат к июню.\n", "Сочинского"),
])
def test_a_dateline_city_that_names_no_region_makes_no_region(text, wrong):
    assert not any(s and wrong in s for s, _ in _quotes(text))


def test_a_headline_complainant_is_not_the_official_quoted_below():
    text = ("Пенсионерка пожаловалась на отключение отопления\n"
            "Жительница улицы Лесной рассказала, что в ее квартире холодно уже неделю.\n"
            "Глава администрации Ирина Смирнова заявила, что авария будет устранена до вечера. «Бригады работают "
            "круглосуточно», — сказала Смирнова.\n«Мы компенсируем жильцам расходы», — добавила Смирнова.\n")
    got = dict((c, s) for s, c in _quotes(text))
    assert got.get("отключение отопления") != "Ирина Смирнова", got


@pytest.mark.parametrize("text, wrong", [
    ("Спор о парке\n«Парк останется», — сказал мэр Олег Носов.\nЕго оппонент настроен иначе: «Парк вырубят через "
     "месяц, все документы уже подписаны».\n", "Парк вырубят через месяц, все документы уже подписаны"),
    ("Протест у мэрии\n«Мы будем добиваться отмены решения», — сказал активист Игорь Пахомов.\nНа плакатах у входа "
     "в мэрию один и тот же лозунг: «Руки прочь от нашего парка, мы не дадим его вырубить».\n",
     "Руки прочь от нашего парка, мы не дадим его вырубить"),
])
def test_a_colon_lead_in_with_another_sayer_is_not_the_last_speakers(text, wrong):
    got = dict((c, s) for s, c in _quotes(text))
    assert got.get(wrong) not in ("Олег Носов", "Игорь Пахомов"), got


@pytest.mark.parametrize("mark", ['"{}"', "“{}”"])
def test_a_partial_quote_keeps_its_future(mark):
    text = f"Plant to close\nSmith said the company {mark.format('will close the plant')} on Feb. 20, cutting jobs.\n"
    assert _dates(text).get("Feb. 20") == "2025-02-20"


def test_going_into_a_day_in_a_past_narrative_stays_past():
    text = "Recap\nGoing into Feb. 24, the campaign had spent $10 million in South Carolina, and it lost there.\n"
    assert _dates(text).get("Feb. 24") == "2024-02-24"


def test_a_recalled_incident_is_not_the_documents_event():
    title = "Trump rallies in Ohio"
    lead = "Trump, speaking in Ohio, revisited the Boston Marathon bombing and the shooting in Dallas."
    assert SE.event_term(title, lead, "2016-07-10", places=frozenset({"ohio", "boston", "dallas"})) is None


@pytest.mark.parametrize("text, wrong", [
    ("Подтопление в Заречном\nПенсионер Иван Орлов рассказал, что его дом затопило уже в третий раз. Мы направили "
     "запрос в управляющую компанию, но ответа пока не получили.\n", "Мы направили"),
    ("Пожар на рынке\nПродавщица Ольга Седова рассказала, что огонь появился около полуночи. Наш корреспондент "
     "побывал на месте пожара утром.\n", "Наш корреспондент"),
    ("ДТП на Ленина\nВодитель автобуса Андрей Пономарев утверждает, что пешеход выбежал на красный свет. Мы будем "
     "следить за развитием событий.\n", "Мы будем следить"),
])
def test_the_newsrooms_we_is_not_the_retold_persons(text, wrong):
    assert not any(c.startswith(wrong) for _, c in _quotes(text))


def test_a_readers_question_after_a_colon_is_not_the_officials():
    text = ("Налоговый вычет\nГлава налоговой инспекции Марина Котова ответила на вопросы читателей:\n\n"
            "Как получить налоговый вычет за лечение зубов в частной клинике?\n")
    assert [s for s, _ in _quotes(text)] == []


@pytest.mark.parametrize("text", [
    "Отпуск и здоровье\nОпрос ВЦИОМ показал, что 40% россиян не планируют отпуск этим летом.\nАмериканские ученые из "
    "Гарварда провели собственную работу. Исследование показало, что отпуск снижает риск инфаркта.\n",
    "Сон и память\nПо данным опроса ВЦИОМ, 30% россиян спят меньше шести часов.\nБританские специалисты изучили сон "
    "студентов. Исследователи отмечают, что недосып ухудшает память.\n",
])
def test_another_teams_study_is_not_the_pollsters(text):
    assert [s for s, _ in _quotes(text)][1:] != ["ВЦИОМ"]


@pytest.mark.parametrize("title, lead, places", [
    ("Gun deaths rise", "Mass shootings in the United States rose this year, and shootings in America now kill "
     "30,000 a year.", {"united states", "america"}),
    ("Clinton courts Florida voters", "Hillary Clinton campaigned in Florida on Tuesday. Clinton said shootings in "
     "Florida must stop.", {"florida"}),
])
def test_a_trend_of_shootings_in_a_country_is_no_incident(title, lead, places):
    assert SE.event_term(title, lead, "2016-06-20", places=frozenset(places)) is None
