"""Round 21 of Russian attribution: speakers a reader resolves from the whole text (quotes/ru_local.py, the roles of
entities/ru_roles.py, coref/ru_offices.py ``holds_title``); every sentence here is written for the test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def test_a_city_body_named_by_the_generic_word_is_the_text_city(pipe):
    """ru_local.py: "в администрации города", "В мэрии", "в городском управлении ЖКХ" after a text that names its
    city with a city's body or title: that city's body, in the nominative; a region named as such is not taken."""
    text = ("Администрация Кирова перенесла сроки ремонта моста через Вятку. Власти Кировской области выделили на "
            "работы 90 млн рублей, а глава Кирова Лариса Осокина пообещала проверить подрядчика.\n\n"
            "Мост закроют для машин в июне, сообщили в администрации города. В мэрии добавили, что автобусы "
            "пустят в объезд. В городском управлении ЖКХ уточнили, что тротуары останутся открытыми.\n")
    _, got = run(pipe, text)
    names = [g[1] for g in got]
    assert "администрация Кирова" in names and "мэрия Кирова" in names and "управление ЖКХ Кирова" in names, got


def test_a_generic_body_with_no_place_named_is_kept_in_the_nominative(pipe):
    """ru_local.py: no city named with a body or title: the phrase as written, in the nominative."""
    _, got = run(pipe, "Мост закроют для машин в июне, сообщили в администрации города.\n")
    assert [g[1] for g in got] == ["администрация города"], got


def test_a_title_with_a_po_complement_is_a_role(pipe):
    """entities/ru_roles.py ``_role_before``: "заместитель губернатора по вопросам безопасности Олег Рябов",
    "начальник управления МЧС по Омской области Ирина Козлова" are roles, so a title standing for them later
    ("вице-губернатор", "глава регионального МЧС") finds them, not the outlet or the village named between."""
    text = ("На брифинге выступили заместитель губернатора по вопросам безопасности Олег Рябов и начальник "
            "Главного управления МЧС России по Омской области Ирина Козлова.\n\n"
            "Козлова сообщила, что лед у села Большекулачье уже тонкий. «Выходить на реку опасно», — сказала "
            "глава регионального МЧС.\n\nНа вопрос телеканала «Омск-Инфо» о дамбе вице-губернатор ответил, что "
            "ее укрепят к маю.\n")
    _, got = run(pipe, text)
    by_text = {g[0]: g[1] for g in got}
    assert by_text.get("Выходить на реку опасно") == "Ирина Козлова", got
    assert by_text.get("ее укрепят к маю") == "Олег Рябов", got


def test_relatives_of_one_family(pipe):
    """coref/ru_family.py: "Белоусов заявил" / "Белоусова добавила" / "Ее муж" / "Супруги" after "супругов Игоря и
    Марины Белоусовых": the one the verb's gender or the relation names, both for "Супруги"; her husband is not the
    lawyer named last."""
    text = ("Суд оштрафовал владельцев пекарни, супругов Петра и Ольгу Лозинских. Интересы семьи в суде представлял "
            "адвокат Игнат Сомов.\n\nЛозинская рассказала, что пекарня работает двенадцать лет. Ее муж признался, "
            "что думал закрыть дело. По словам Сомова, штраф обжалуют. Супруги надеются, что суд их услышит.\n")
    _, got = run(pipe, text)
    by_text = {g[0]: (g[1], g[3]) for g in got}
    assert by_text["пекарня работает двенадцать лет"][0] == "Ольга Лозинская", got
    assert by_text["думал закрыть дело"][0] == "Петр Лозинский", got
    assert sorted(by_text["суд их услышит"][1]) == ["Ольга Лозинская", "Петр Лозинский"], got


def test_a_bare_family_name_goes_by_the_verb_gender(pipe):
    """coref/ru_family.py ``family_member``: an undeclined surname two of a family share ("Ковальчук"): the cue's
    gender, or the pronoun's, decides who."""
    text = ("Фермеры Анна и Олег Ковальчук выиграли суд у банка.\n\nКовальчук уточнил, что хозяйство небольшое. "
            "По его словам, в нем работают десять человек. Ковальчук добавила, что семья довольна решением.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got] == ["Олег Ковальчук", "Олег Ковальчук", "Анна Ковальчук"], got


def test_an_interview_remark_without_a_question_mark_is_a_turn(pipe):
    """quotes/ru_forms.py ``_remark_turn``: dash turns alternate; the interviewer's line that addresses the guest
    by name and patronymic, or a remark after an answer that the next dash line answers, asks without "?"; what
    it reports ("Жители говорят, что …") is the interviewer's aside, not an attribution."""
    text = ("Глава района Павел Игнатьев в интервью корреспонденту «Вестей» Светлане Рябовой рассказал о ремонте "
            "дорог и школ.\n\n"
            "— Павел Андреевич, начнем с дорог. Жители говорят, что ремонт идет третий год.\n\n"
            "— Ремонт идет по графику, просто участков много. К осени закончим центральную улицу.\n\n"
            "— Но подрядчик уже дважды срывал сроки.\n\n"
            "— Срывал, и мы его оштрафовали. Второй раз такого не будет.\n")
    _, got = run(pipe, text)
    texts = [g[0] for g in got]
    assert any(t.startswith("Ремонт идет по графику") for t in texts), got
    assert any(t.startswith("Срывал, и мы его оштрафовали") for t in texts), got
    assert not any("ремонт идет третий год" in t for t in texts), got


def test_a_ukrainian_spelling_of_a_surname_alone_is_the_person(pipe):
    """coref/ru.py ``_surname_mentions`` reads Ukrainian letters (Є, І, Ї, Ґ): "— написал Єрмак" after "Андрій
    Єрмак" is that person."""
    _, got = run(pipe, "Глава Офиса президента Украины Андрій Єрмак сообщил, что соглашение подпишут в Жешуве. "
                       "«Мы нашли решение», — написал Єрмак.\n")
    assert [g[1] for g in got] == ["Андрій Єрмак", "Андрій Єрмак"], got


def test_a_spokesman_of_the_body_just_named_speaks_for_it(pipe):
    """quotes/ru_local.py ``anaphor_body``: "Представитель ведомства" after "Минфин сообщил …" speaks for the
    ministry (the generic noun in the genitive stands for the body just named, as "В ведомстве" does)."""
    rec, got = run(pipe, "Минфин сообщил, что бюджет исполнен. Представитель ведомства пояснил, что дефицита нет.\n")
    names = {e.id: e.name for e in rec.entities}
    q = next(q for q in rec.quotes if q.text == "дефицита нет")
    assert q.speaker.name == "Представитель ведомства" and names.get(q.speaker.entity) in ("Минфин", "Министерство финансов"), got


def test_an_unnamed_source_is_kept_as_written(pipe):
    """quotes/ru_resolve.py ``anonymous_source``: the source as the text describes it, its noun in the nominative;
    who the source is, set off by commas, is no part of it."""
    _, got = run(pipe, "Сделку закроют в мае, рассказал РБК источник в правительстве. По словам источника в полиции, "
                       "подозреваемый задержан. Источник, знакомый с ходом переговоров, сообщил, что цена не "
                       "изменилась.\n")
    assert [g[1] for g in got] == ["источник в правительстве", "источник в полиции", "Источник"], got


def test_a_ukrainian_name_in_an_oblique_case_is_the_same_person(pipe):
    """coref/ru_family.py ``ukrainian_case_form``: "По словам Андрія Єрмака" is "Андрій Єрмак" (the morphology does
    not decline Ukrainian spellings); the record names him in the nominative whichever form comes first."""
    for text in ("Андрій Єрмак заявил, что переговоры продолжатся. По словам Андрія Єрмака, Киев готов к встрече.\n",
                 "По словам Андрія Єрмака, Киев готов к встрече. Андрій Єрмак заявил, что переговоры продолжатся.\n"):
        rec, got = run(pipe, text)
        assert [g[1] for g in got] == ["Андрій Єрмак", "Андрій Єрмак"], got


def test_a_headline_title_is_the_holder_the_text_names_below(pipe):
    """quotes/ru_resolve.py ``_headline_holder``: "Министр … области: «…»" as a headline is the one person the text
    gives that office; a title no one below holds gives no quote."""
    _, got = run(pipe, "Министр здравоохранения Новосибирской области: «Пункты не закроются до весны»\n\nМинистр "
                       "здравоохранения Новосибирской области Ирина Вольская рассказала о нехватке врачей.\n")
    assert ("Пункты не закроются до весны", "Ирина Вольская") in [g[:2] for g in got], got
    _, got = run(pipe, "Министр финансов: «Налоги не вырастут»\n\nГлава Минэкономразвития Петр Сидоров заявил, что "
                       "рост замедлится.\n")
    assert all(g[0] != "Налоги не вырастут" for g in got), got
