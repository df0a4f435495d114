"""Review of round 30 (review30b): regressions found on branches r30-ru30a, r30-ru30b and r30-dates30 with sentences
written for the review (near misses of the new rules, /tmp/try30/REVIEW2.md). Main's code (e7bebc8e) passes every
test here; each xfail test fails on the branch named in its reason (xfail(strict=False) until that rule is
narrowed)."""
import pytest

from newsgraph.ingest.base import RawDocument

RU30A = "fails on r30-ru30a: "
RU30B = "fails on r30-ru30b: "
DATES30 = "fails on r30-dates30: "


def _dates(pipe, text, published):
    rec = pipe.run(RawDocument(source="review2", text=text + "\n", published=published, language="en"))
    return {d.text: d for d in rec.dates}


def _quotes(pipe, text):
    """(text, speaker phrase, the speaker's entity name) of each quote."""
    rec = pipe.run(RawDocument(source="review2", text=text + "\n", language="ru"))
    ents = {e.id: e.name for e in rec.entities}
    return [(q.text, q.speaker.name if q.speaker else None, ents.get(q.speaker.entity) if q.speaker else None)
            for q in rec.quotes]


# --- r30-ru30a: a cue found by structure (quotes/ru_governing.py) ---

@pytest.mark.parametrize("text", [
    "Водитель автобуса так торопился, что проехал на красный свет и задел легковой автомобиль.",
    "Спортсмен до того разозлился, что швырнул ракетку на корт.",
])
def test_a_result_after_a_degree_word_before_the_verb_is_no_statement(quote_pipe, text):
    assert _quotes(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Пенсионерка узнала, что её квартиру продали мошенники, только через месяц.",
    "Жители села так и не узнали, что их дома включили в программу сноса.",
    "Охранник сообразил, что грабители ушли через чёрный ход.",
    "Тренер осознал, что команде нужен новый вратарь.",
])
def test_what_one_learns_or_realises_is_no_statement(quote_pipe, text):
    assert _quotes(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Жители давно привыкли, что воду отключают каждое лето.",
    "Водитель виноват в том, что автобус опоздал на полчаса.",
    "Автомобилист не обратил внимания, что знак запрещает поворот.",
])
def test_habit_blame_and_an_unnoticed_fact_are_no_statements(quote_pipe, text):
    assert _quotes(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Игроки счастливы, что вернулись домой после долгого турне.",
    "Болельщики расстроены, что матч перенесли на осень.",
    "Фермер доволен, что дожди прекратились.",
    "Ветераны благодарны, что о них вспомнили.",
    "Родители огорчены, что школу закрыли на карантин.",
    "Мэр гордится, что город вошёл в десятку лучших.",
    "Болельщики расстроились, что матч перенесли на осень.",
    "Рыбаки огорчились, что улов оказался меньше прошлогоднего.",
    "Пенсионерка разочаровалась, что прибавка к пенсии оказалась небольшой.",
    "Водитель спохватился, что забыл документы дома.",
])
def test_a_feeling_is_no_statement(quote_pipe, text):
    assert _quotes(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Компания скрыла от акционеров, что завод работает в убыток.",
    "Чиновник умолчал, что его жена владеет фирмой-подрядчиком.",
    "Банк проигнорировал, что клиентка уже погасила долг.",
    "Водитель перепутал, что нужно ехать направо.",
])
def test_what_one_conceals_or_ignores_is_no_statement(quote_pipe, text):
    assert _quotes(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Жители смирились, что автобус ходит раз в день.",
    "Фермеры свыклись, что субсидии приходят с опозданием.",
    "Актриса обиделась, что её не пригласили на премьеру.",
    "Болельщики расстраиваются, что клуб продаёт лучших игроков.",
])
def test_resignation_and_offence_are_no_statements(quote_pipe, text):
    assert _quotes(quote_pipe, text) == []


def test_the_authors_question_is_no_statement(quote_pipe):
    assert _quotes(quote_pipe, "Догадывается ли мэр, что жители недовольны?") == []


def test_the_addressee_of_a_notice_is_no_speaker(quote_pipe):
    got = _quotes(quote_pipe, "Клиентка банка получила уведомление, что её счёт заблокирован.")
    assert not any(q[1] == "Клиентка банка" for q in got), got


# --- r30-ru30b: speakers resolved to a named holder ---

@pytest.mark.parametrize("text, wrong", [
    ("В театре драмы поставили роман Льва Толстого «Воскресение». Автор постановки рассказал, что работал над "
     "спектаклем два года.", "Лев Толстой"),
    ("На концерте прозвучала песня Аллы Пугачёвой «Миллион алых роз». Автор песни признался, что не ожидал такого "
     "успеха.", "Алла Пугачева"),
])
def test_the_author_of_another_work_or_a_singer_is_no_author(quote_pipe, text, wrong):
    got = _quotes(quote_pipe, text)
    assert got and not any(q[2] and q[2].replace("ё", "е") == wrong for q in got), got


@pytest.mark.parametrize("text, wrong", [
    ("Министерство обороны заключило контракт с «Уралвагонзаводом». Представитель оборонного предприятия сообщил, "
     "что первые машины будут готовы весной.", "Министерство обороны"),
    ("Министерство строительства утвердило новые нормы, и компания «СтройИнвест» остановила работы. Представитель "
     "строительной компании заявил, что фирма не успеет перестроить проект.", "Министерство строительства"),
    ("Министерство транспорта ужесточило требования к перевозчику «Автолайн». Руководитель транспортного предприятия "
     "сообщил, что поднимет цены на билеты.", "Министерство транспорта"),
])
def test_an_enterprise_described_by_a_ministrys_word_is_not_the_ministry(quote_pipe, text, wrong):
    got = _quotes(quote_pipe, text)
    assert got and not any(q[2] == wrong for q in got), got


@pytest.mark.parametrize("text", [
    "Туристу Ивану Петрову стало плохо на экскурсии. Другой турист рассказал, что гид не остановил автобус.",
    "Туристу Ивану Петрову стало плохо на экскурсии. Ещё один турист рассказал, что автобус был переполнен.",
])
def test_another_of_the_same_calling_is_not_the_one_named(quote_pipe, text):
    got = _quotes(quote_pipe, text)
    assert got and not any(q[2] == "Иван Петров" for q in got), got


@pytest.mark.parametrize("text", [
    "Ирина и Павел Соколовы открыли пекарню в Твери. Супруги рассказали, что взяли кредит на оборудование.",
    "Ирина и Павел Соколовы открыли пекарню в Твери. Соколовы рассказали, что взяли кредит на оборудование.",
])
def test_a_couple_is_not_one_of_them(quote_pipe, text):
    rec = quote_pipe.run(RawDocument(source="review2", text=text + "\n", language="ru"))
    ents = {e.id: e.name for e in rec.entities}
    for q in rec.quotes:
        one = ents.get(q.speaker.entity) if q.speaker else None
        if one in ("Ирина Соколова", "Павел Соколов"):  # one of them: only with both as the quote's speakers
            assert {r.name for r in q.speakers} >= {"Ирина Соколова", "Павел Соколов"}, (q.text, one, q.speakers)


@pytest.mark.parametrize("text, wrong", [
    ("ВЦИОМ провёл опрос о доверии к институтам. Сбербанк повысил ставки по вкладам. Опрос показал, что люди стали "
     "больше копить.", "Сбербанк"),
    ("Фонд «Общественное мнение» провёл опрос о ценах. Центробанк сохранил ключевую ставку. Опрос показал, что цены "
     "беспокоят две трети россиян.", "Центробанк"),
])
def test_a_poll_is_not_the_last_named_bodys(quote_pipe, text, wrong):
    got = _quotes(quote_pipe, text)
    assert got and not any(wrong in (q[1], q[2]) for q in got), got


@pytest.mark.parametrize("text, wrong", [
    ("Министерство финансов заявило, что НДС повысят до 22%. На встрече в Берлине глава Министерства финансов "
     "Германии Кристиан Линднер обсуждал налоги с коллегами.", "Германии"),
    ("Центральный банк сообщил, что сохранил ключевую ставку. Экономисты сравнили решение с политикой Центрального "
     "банка Турции, который снизил ставку.", "Турции"),
])
def test_a_body_named_bare_is_not_renamed_after_a_foreign_one(quote_pipe, text, wrong):
    got = _quotes(quote_pipe, text)
    assert got and not any(wrong in (q[1] or "") or wrong in (q[2] or "") for q in got), got


# --- r30-dates30 ---

@pytest.mark.parametrize("text, key", [
    ("Smith founded the company in March 2009.\n\nThe firm eventually grew to 300 employees and opened offices in "
     "three states.\n\nIn August, it announced 40 layoffs, a spokeswoman said.", "August"),
    ("Garcia was first elected to the council in February 2012.\n\nAt first, she focused on parks. She later became "
     "the council's loudest critic of the police budget.\n\nIn June, she announced a run for mayor.", "June"),
    ("The council voted in March 2014 to build the arena.\n\nConstruction eventually began, but costs soared.\n\n"
     "In July, the council voted again to cancel the project.", "July"),
])
def test_a_background_paragraph_with_a_word_of_sequence_does_not_carry_its_year(date_pipe, text, key):
    assert _dates(date_pipe, text, "2016-10-15")[key].value.startswith("2016-")


@pytest.mark.parametrize("text", [
    "On Sept. 11 commission members voted to approve the new district map.",
    "Since Sept. 11 families in the flooded neighborhood have slept in the school gym.",
])
def test_sept_11_before_a_subject_is_this_years(date_pipe, text):
    assert _dates(date_pipe, text, "2016-10-15")["Sept. 11"].value == "2016-09-11"


@pytest.mark.parametrize("text", [
    "The elderly woman was not ready for the fall and broke her hip.",
    "Investors were bracing for the fall, analysts said, as oil prices slid.",
    "Doctors pointed to the fall as the likely cause of the injuries.",
])
def test_a_fall_that_is_falling_is_no_season(date_pipe, text):
    found = _dates(date_pipe, text, "2016-04-15")
    assert not any(d.value or d.span for d in found.values()), found


@pytest.mark.parametrize("text, wrong", [
    ("Protesters will rally in Richmond on May 1, 1700 BST organizers said.", "May 1, 1700"),
    ("The demonstration is planned for April 4, 1600 Pennsylvania Avenue, the organizers said.", "April 4, 1600"),
])
def test_a_clock_or_a_street_number_after_a_dates_comma_is_no_old_year(date_pipe, text, wrong):
    assert wrong not in _dates(date_pipe, text, "2016-10-15")


@pytest.mark.parametrize("text, key, value", [
    ("Trump will attend the October debate that organizers moved to Las Vegas.", "October", "2016-10"),
    ("The party will hold the July convention that it announced in Philadelphia.", "July", "2016-07"),
])
def test_a_happening_someone_scheduled_is_still_ahead(date_pipe, text, key, value):
    assert _dates(date_pipe, text, "2016-05-01")[key].value == value


@pytest.mark.parametrize("text, key", [
    ("Oil prices fell on Monday. Eight years after the fall of Lehman Brothers, banks are safer, analysts said.",
     "Eight years after"),
    ("Students returned to class on Tuesday. Two weeks after the return of the stolen paintings, the museum reopened.",
     "Two weeks after"),
    ("Voters voted on Tuesday in the primary. A week after the vote on the budget in March, the council resigned.",
     "A week after"),
])
def test_a_count_from_another_happening_of_the_same_word_is_not_anchored_on_it(date_pipe, text, key):
    d = _dates(date_pipe, text, "2016-10-15")[key]
    assert d.anchor == "2016-10-15", (d.value, d.anchor)


def test_told_breitbart_news_saturday_is_a_day(date_pipe):
    found = _dates(date_pipe, "He told Breitbart News Saturday that the campaign would win Ohio.", "2016-10-15")
    assert "Saturday" in found and found["Saturday"].value == "2016-10-15", found
