"""ru32bfix (round 32): the narrowings of ru32b's direct-speech layouts after review32a
(quotes/ru_layout_names.py, ru_layouts.py, ru_interviews.py, ru_quotation.py, ru_voice.py, ru_interrupted.py,
ru_title_holders.py). Each rule: a sentence written for it and a near miss it must not fire on (or must keep). The
``pipe`` fixture is tests/understand/conftest.py's."""
from __future__ import annotations

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru32bfix", text=text, language="ru"))
    ents = {e.id: e for e in rec.entities}
    return [(q.text, (ents[q.speaker.entity].name if q.speaker.entity in ents else q.speaker.name)
             if q.speaker is not None else None) for q in rec.quotes]


def who(got):
    return {w for _, w in got}


# 1. a credited name is the nominative head: a relative's genitive, an addressee's dative are someone else

def test_defender_of_a_named_man_credited_is_not_him(pipe):
    got = run(pipe, "Приговор\n\n«Мы будем добиваться оправдания» — защитник Сергея Волкова.\n")
    assert "Сергей Волков" not in who(got), got


def test_credit_in_the_nominative_near_miss(pipe):
    got = run(pipe, "Приговор\n\n«Мы будем добиваться оправдания» — Сергей Волков, адвокат.\n")
    assert who(got) == {"Сергей Волков"}, got


def test_label_of_a_relative_is_not_the_named_man(pipe):
    got = run(pipe, "Заседание\n\nСестра Олега Зуева: — Брат никогда не брал денег.\n")
    assert "Олег Зуев" not in who(got), got


def test_label_with_a_title_near_miss(pipe):
    got = run(pipe, "Заседание\n\nСудья Олег Зуев: — Заседание объявляется закрытым.\n")
    assert who(got) == {"Олег Зуев"}, got


def test_bracket_addressed_to_a_deputy_is_not_his(pipe):
    got = run(pipe, "Жалобы\n\n«Просим разобраться с тарифами на отопление» (письмо депутату Олегу Зуеву).\n")
    assert "Олег Зуев" not in who(got), got


def test_asked_one_is_not_the_asker_but_the_asker_near_miss(pipe):
    got = run(pipe, "Школьники спросили губернатора Олега Зуева: — Когда построят бассейн?\n")
    assert "Олег Зуев" not in who(got), got
    got = run(pipe, "Губернатор Олег Зуев ответил школьникам: — Бассейн построим через два года.\n")
    assert who(got) == {"Олег Зуев"}, got


def test_letter_to_a_named_man_before_a_topic(pipe):
    got = run(pipe, "Обращение Олегу Зуеву о ремонте школы: «Просим выделить деньги на крышу».\n")
    assert "Олег Зуев" not in who(got), got


def test_name_before_a_topic_naming_another(pipe):
    got = run(pipe, "Новости\n\nСергей Лавров — о переговорах с Блинкеном: «Мы готовы слушать любые "
                    "предложения».\n")
    assert who(got) == {"Сергей Лавров"}, got


def test_phrase_of_a_person_keeps_its_genitive_author(pipe):
    got = run(pipe, "Новости\n\n«Я устал, я ухожу» — фраза Бориса Ельцина, сказанная в 1999 году.\n")
    assert who(got) <= {"Борис Ельцин"}, got


# 2. "Эти слова не принадлежат X" denies the words to X; "Эти слова принадлежат X" gives them

def test_denial_and_its_near_miss(pipe):
    got = run(pipe, "«Цены на хлеб вырастут вдвое». Эти слова не принадлежат губернатору Олегу Зуеву.\n")
    assert "Олег Зуев" not in who(got), got
    got = run(pipe, "«Цены на хлеб вырастут вдвое». Эти слова принадлежат губернатору Олегу Зуеву.\n")
    assert who(got) == {"Олег Зуев"}, got


# 3. interviewer turns: an imperative line ends the run; "? —" after a question to "вы" opens the answer

def test_request_line_ends_the_run(pipe):
    got = run(pipe, "Директор завода Олег Зуев ответил на вопросы газеты:\n\n— Зарплату подняли на десять "
                    "процентов.\n\n— Назовите главную проблему завода.\n\n— Нам не хватает инженеров.\n")
    assert not any(t.startswith("Назовите") for t, _ in got), got


def test_inline_question_then_answer(pipe):
    got = run(pipe, "Директор завода Олег Зуев ответил на вопрос: — Вы сократите рабочих? — Сокращений не будет.\n")
    assert ("Сокращений не будет.", "Олег Зуев") in got and not any("сократите" in t for t, _ in got), got


# 4. listed quotations belong to the lead's nominative subject only

def test_listed_questions_to_a_named_man_are_not_his(pipe):
    got = run(pipe, "Студенты задали ректору Олегу Зуеву вопросы:\n\n• «Когда отремонтируют общежитие?»\n\n"
                    "• «Почему выросла плата за обучение?»\n")
    assert "Олег Зуев" not in who(got), got


def test_listed_quotes_of_the_subject_near_miss(pipe):
    got = run(pipe, "Ректор Олег Зуев подвел итоги года. Главное из его выступления:\n\n• «Мы открыли три новые "
                    "лаборатории».\n\n• «Набор студентов вырос на треть».\n")
    assert who(got) == {"Олег Зуев"} and len(got) == 2, got


# 5. a former holder is no second holder of the headline's title

def test_former_minister_does_not_unseat_the_minister(pipe):
    got = run(pipe, "Министр: «Школы откроются вовремя»\n\nМинистр просвещения Сергей Кравцов провел совещание. "
                    "Бывший министр просвещения Ольга Васильева отметила, что учителей не хватает.\n")
    assert [w for t, w in got if t.startswith("Школы")] == ["Сергей Кравцов"], got


# 6. captions, works, quiz answers, profiles

def test_caption_of_a_hero_and_his_own_words_near_miss(pipe):
    got = run(pipe, "Герои года\n\n«Она спасла тонущего мальчика» — Анна Зуева, учитель из Пскова.\n")
    assert got == [], got
    got = run(pipe, "Герои года\n\n«Я просто прыгнула в воду» — Анна Зуева, учитель из Пскова.\n")
    assert who(got) == {"Анна Зуева"}, got


def test_programme_in_the_credit(pipe):
    got = run(pipe, "Телегид\n\n«Что? Где? Когда? Играют знатоки» — передача с Борисом Крюком.\n")
    assert "Борис Крюк" not in who(got), got


def test_quiz_answer(pipe):
    got = run(pipe, "Викторина\n\n«Кто написал роман о капитане Немо?»\n\n— Жюль Верн.\n")
    assert "Жюль Верн" not in who(got), got


def test_profile_line_and_a_short_predicate_near_miss(pipe):
    got = run(pipe, "Кандидаты\n\nОлег Зуев: 47 лет, разведен, один ребенок.\n\nАнна Зуева: 39 лет, замужем, двое "
                    "детей.\n")
    assert got == [], got


def test_works_heading_does_not_block_a_calling_credit(pipe):
    got = run(pipe, "Фестиваль кино\n\n«Зрителей стало вдвое больше, чем в прошлом году» — Олег Зуев, директор "
                    "фестиваля.\n")
    assert who(got) == {"Олег Зуев"}, got
    got = run(pipe, "Лучшие песни года\n\n«Я иду домой по ночному городу» — Олег Зуев.\n")
    assert got == [], got


# 7. speaker-first interruption

def test_speaker_first_interruption_and_a_gesture_at_another_near_miss(pipe):
    got = run(pipe, "«Школу откроем к сентябрю, — директор департамента Олег Зуев улыбнулся. — Осталась "
                    "отделка».\n")
    assert who(got) == {"Олег Зуев"}, got
    got = run(pipe, "«Во всем виноват подрядчик, — Зуев указал на Волкова. — Он сорвал сроки».\n")
    assert "Волков" not in who(got), got
