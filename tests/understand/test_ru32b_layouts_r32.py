"""Round 32, ru32b (issue 16): printed layouts of Russian direct speech that no verb of saying introduces -- a credit
line after the quotation, a source in brackets, quotations listed under a lead naming the speaker
(quotes/ru_layouts.py), transcript lines with a dash, a title or an untagged surname before the colon
(quotes/ru_interviews.py ``_transcript``). Sentences written for the test, each rule with near misses."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru32b", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


# -- a credit line after the quotation ------------------------------------------------------------------------------
# Quote collections, "Цитата дня" rubrics and Telegram reposts print the speaker after a dash, with no verb.

def test_credit_line_on_the_quotations_line(pipe):
    got = run(pipe, "Цитата дня\n\n«Мы не будем повышать налоги для малого бизнеса» — Антон Силуанов, министр "
                    "финансов.\n")
    assert got == [("direct", "Мы не будем повышать налоги для малого бизнеса", "Антон Силуанов")], got


def test_credit_line_as_the_next_paragraph(pipe):
    got = run(pipe, "Цитата дня\n\n«Экономика растет быстрее, чем ожидали аналитики»\n\n— Эльвира Набиуллина, "
                    "председатель Банка России\n")
    assert got == [("direct", "Экономика растет быстрее, чем ожидали аналитики", "Эльвира Набиуллина")], got


def test_a_film_described_after_a_dash_is_no_credit(pipe):  # near miss: a title, then what it is
    got = run(pipe, "Кино\n\n«Застава Ильича» — фильм Марлена Хуциева, снятый в Москве.\n")
    assert got == [], got


def test_a_quoted_name_after_a_dash_is_no_quote(pipe):  # near miss: "Соперник – «Спартак»"
    got = run(pipe, "Хоккей\n\nПервый соперник в новом сезоне – «Спартак». Финал — «Динамо» против ЦСКА.\n")
    assert got == [], got


# -- a source in brackets ---------------------------------------------------------------------------------------------

def test_bracketed_person(pipe):
    got = run(pipe, "Энергетика\n\n«Ремонт подстанции давно назрел» (Павел Орлов, директор филиала).\n")
    assert got == [("direct", "Ремонт подстанции давно назрел", "Павел Орлов")], got


def test_bracketed_organisation(pipe):
    got = run(pipe, "Энергетика\n\n«Плановые отключения пройдут с 10 по 14 июня» (пресс-служба «Россети Урал»).\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Россети Урал")], got


def test_a_title_with_its_director_or_an_age_mark_is_no_quote(pipe):  # near misses: film credits, age ratings
    got = run(pipe, "Кино\n\n«Мне двадцать лет» (реж. Марлен Хуциев). Фильм «Весна на Заречной улице» покажут "
                    "в субботу (12+).\n")
    assert got == [], got


# -- quotations listed under a lead naming the speaker ---------------------------------------------------------------

def test_bulleted_quotations(pipe):
    got = run(pipe, "Отчет мэра\n\nМэр Омска Сергей Шелест выступил с отчетом перед горсоветом. Главное:\n\n"
                    "• «Мы отремонтировали 120 километров дорог».\n\n• «В следующем году откроем две новые школы».\n")
    assert got == [("direct", "Мы отремонтировали 120 километров дорог", "Сергей Шелест"),
                   ("direct", "В следующем году откроем две новые школы", "Сергей Шелест")], got


def test_dash_listed_quotations_without_their_marks(pipe):
    got = run(pipe, "Итоги года\n\nРуководитель Росавиации Дмитрий Ядров подвел итоги года. Главное из его "
                    "выступления:\n\n— «Пассажиропоток вырос на 8%»;\n\n— «Два новых аэропорта откроются весной».\n")
    assert got == [("direct", "Пассажиропоток вырос на 8%", "Дмитрий Ядров"),
                   ("direct", "Два новых аэропорта откроются весной", "Дмитрий Ядров")], got


def test_a_list_of_titles_or_headlines_is_no_quote(pipe):  # near misses: names in marks, no one named in the lead
    got = run(pipe, "Фестиваль\n\nУчастники фестиваля:\n\n• «Песни нашего двора»;\n\n• «Дети Арбата».\n")
    assert got == [], got
    got = run(pipe, "Хроника\n\nГлавное за день:\n\n— «Спартак» обыграл «Зенит»;\n\n— «Газпром» повысил "
                    "дивиденды.\n")
    assert got == [], got


# -- transcript lines ---------------------------------------------------------------------------------------------

def test_a_title_before_the_name_and_a_dash_after_the_colon(pipe):
    got = run(pipe, "Футбол\n\nТренер «Локомотива» Михаил Галактионов: — Мы проиграли заслуженно. Соперник был "
                    "сильнее.\n")
    assert got == [("direct", "Мы проиграли заслуженно. Соперник был сильнее.", "Михаил Галактионов")], got


def test_stenogram_with_dashes_and_surnames(pipe):
    got = run(pipe, "Дума\n\nФрагмент стенограммы:\n\n— Кузнецов: Мы не можем утвердить бюджет без расходов на "
                    "транспорт.\n\n— Ветрова: Расходы на транспорт есть.\n")
    assert [(t, s) for _, t, s in got] == [
        ("Мы не можем утвердить бюджет без расходов на транспорт.", "Кузнецов"),
        ("Расходы на транспорт есть.", "Ветрова")], got


def test_labels_that_are_no_names_and_a_profile_line(pipe):  # near misses: "Итог:", a player's figures
    got = run(pipe, "Итоги\n\nИтог: команда проиграла три матча подряд.\n\nПричина: игроки устали после "
                    "перелета.\n\nНападающий Артем Дзюба: 15 голов в сезоне.\n")
    assert got == [], got


# -- a colon and a dialogue dash on the same line ---------------------------------------------------------------------
# Rosenthal: after the author's words and a colon, direct speech without marks opens with a dash and a capital.

def test_colon_then_dash_on_the_same_line(pipe):
    got = run(pipe, "Метро\n\nМэр Самары Иван Носков сказал: — Мы готовы начать строительство метро.\n")
    assert got == [("direct", "Мы готовы начать строительство метро.", "Иван Носков")], got
    got = run(pipe, "Метро\n\nНа вопрос о метро мэр Самары Иван Носков ответил: - Строительство начнем в мае.\n")
    assert got == [("direct", "Строительство начнем в мае.", "Иван Носков")], got


def test_a_list_after_a_colon_and_dash_is_no_direct_speech(pipe):  # near misses: lower case, no verb of saying
    got = run(pipe, "Программа\n\nДиректор филармонии Анна Лосева рассказала о программе: — увертюра, ария, "
                    "финал.\n\nВ программе концерта: — Увертюра; — Ария.\n")
    assert all(k != "direct" for k, _, _ in got), got


# -- a channel's news-flash lines ("🔴 Name: …") --------------------------------------------------------------------

def test_news_flash_lines_with_an_emoji_and_a_short_predicate(pipe):
    got = run(pipe, "Новости\n\n🔴 Захарова: Москва ответит на высылку дипломатов.\n\n🔴 Лавров: Россия готова "
                    "к диалогу с Вашингтоном.\n")
    assert [(t, s) for _, t, s in got] == [("Москва ответит на высылку дипломатов.", "Захарова"),
                                           ("Россия готова к диалогу с Вашингтоном.", "Лавров")], got


def test_profile_lines_with_a_short_adjective_first_are_no_quotes(pipe):  # near miss: "Иван Петров: женат, …"
    got = run(pipe, "Кандидаты\n\nИван Петров: женат, двое детей, 45 лет.\n\nОлег Смирнов: разведен, 50 лет.\n")
    assert got == [], got


def test_songs_credited_to_their_singers_are_no_quotes(pipe):  # near miss: a chart, a work and its performer
    got = run(pipe, "Хит-парад\n\nЛидеры хит-парада недели:\n\n«Я люблю тебя, жизнь» — Марк Бернес.\n\n"
                    "«Надежда живет в каждом из нас» — Анна Герман.\n")
    assert got == [], got
    got = run(pipe, "Песня недели\n\n«Я люблю тебя, жизнь» (Марк Бернес).\n")
    assert got == [], got


# -- a name, its topic and a colon; a rubric's label; words given their owner after them -------------------------------

def test_a_name_a_dash_and_a_topic_before_the_colon(pipe):
    got = run(pipe, "Район\n\nГлава района Иван Петров — о ремонте моста: «Отремонтируем к зиме, деньги есть».\n")
    assert got == [("direct", "Отремонтируем к зиме, деньги есть", "Иван Петров")], got


def test_a_rubric_label_before_a_credited_quotation(pipe):
    got = run(pipe, "Район\n\nЦитата: «Мост отремонтируем к зиме», — глава района Иван Петров.\n")
    assert got == [("direct", "Мост отремонтируем к зиме", "Иван Петров")], got


def test_a_sign_credited_to_a_body_after_a_verb_is_no_rubric(pipe):  # near miss: "написано:" is no rubric
    got = run(pipe, "Район\n\nНа табличке написано: «Мост закрыт на ремонт» — администрация.\n")
    assert got == [], got
    got = run(pipe, "Район\n\nНа табличке написано: «Мост закрыт на ремонт до осени» — Иван Петров.\n")
    assert got == [], got


def test_words_given_their_owner_in_the_next_sentence(pipe):
    got = run(pipe, "Район\n\n«Мост отремонтируем к зиме».\n\nЭти слова принадлежат главе района Ивану Петрову.\n")
    assert got == [("direct", "Мост отремонтируем к зиме", "Иван Петров")], got
    got = run(pipe, "Район\n\n«Мост отремонтируем к зиме». Это были слова главы района Ивана Петрова.\n")
    assert got == [("direct", "Мост отремонтируем к зиме", "Иван Петров")], got


def test_words_that_someone_else_reacts_to_have_no_owner_named(pipe):  # near miss: X reacts to the words
    got = run(pipe, "Район\n\n«Мост отремонтируем к зиме». Эти слова вызвали возмущение депутата Олега Смолина.\n")
    assert all(s != "Олег Смолин" for _, _, s in got), got


# -- a quotation split by its author after "!" or "?"; dash lines going on after a colon ------------------------------
# Rosenthal: «П! — а. — П». The author's verb need not be a listed cue: the punctuation says it is the attribution.

def test_a_split_quotation_with_an_unlisted_verb(pipe):
    got = run(pipe, "Пожар\n\n«Горим, — закричал сторож Иван Кузьмин. — Вызывайте пожарных!»\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Иван Кузьмин")], got


def test_a_split_quotation_needs_a_speaker_after_an_unlisted_verb(pipe):  # near miss: a dash inside a quotation
    got = run(pipe, "Склад\n\n«Склад закрыт, — значит, товар не привезут. — Так говорят все водители», — сказал "
                    "кладовщик Петр Орлов.\n")
    assert [s for _, _, s in got] == ["Петр Орлов"], got


def test_dash_lines_going_on_after_a_colon(pipe):
    got = run(pipe, "Поселок\n\nГлава поселка Сергей Рыбин ответил на вопросы жителей:\n\n— Дорогу заасфальтируем "
                    "в июне. Подрядчик уже выбран.\n\n— Освещение поставим к осени. Фонари закуплены.\n")
    assert [(t, s) for _, t, s in got] == [
        ("Дорогу заасфальтируем в июне. Подрядчик уже выбран.", "Сергей Рыбин"),
        ("Освещение поставим к осени. Фонари закуплены.", "Сергей Рыбин")], got


def test_dash_lines_after_a_colon_stop_at_another_voice(pipe):  # near miss: a resident objects, then goes on
    got = run(pipe, "Поселок\n\nГлава поселка Сергей Рыбин рассказал о планах:\n\n— Дорогу заасфальтируем в июне, "
                    "подрядчик выбран.\n\n— Не верю я этим обещаниям, — возразил житель Олег Смирнов.\n\n"
                    "— Посмотрим, что будет летом на самом деле.\n")
    assert ("direct", "Посмотрим, что будет летом на самом деле.", "Сергей Рыбин") not in got, got


def test_a_bracketed_note_that_names_no_body_or_calling_is_no_source(pipe):  # near misses: "(архив)", a translation
    got = run(pipe, "Цех\n\n«Мы открыли новый цех в прошлом месяце» (архив).\n\n«Станки привезли из Китая» (перевод "
                    "с английского).\n")
    assert got == [], got
    got = run(pipe, "Цех\n\n«Мы открыли новый цех в прошлом месяце» (пресс-служба мэрии).\n")
    assert [(k, s) for k, _, s in got] == [("direct", "пресс-служба мэрии")], got
