"""Russian quotes of round 9 (issue 16): forms of reported speech the written set (eval/data/ru-attr/written) covers.
The sentences are written for these tests (not from the written set, not from news)."""
from newsgraph.ingest.base import RawDocument


def quotes(pipe, text):
    rec = pipe.run(RawDocument(source="ru-test-r9", text=text))
    assert rec.validate() == []
    return [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in rec.quotes]


def test_questions_doubts_and_findings_are_cues(pipe):
    text = ("Проверка\nДепутат Игорь Лебедев усомнился в том, что новые камеры снизят число аварий.\n"
            "Инспекторы выяснили, что половина камер не работала с весны.\n"
            "Губернатор Олег Ветров поручил мэрии заменить неисправные камеры до зимы.\n")
    got = quotes(pipe, text)
    assert any(t == "новые камеры снизят число аварий" and s == "Игорь Лебедев" for t, s, _ in got), got
    assert any(t == "половина камер не работала с весны" for t, _, _ in got), got
    assert any("заменить неисправные камеры" in t and s == "Олег Ветров" for t, s, _ in got), got


def test_a_manner_verb_after_a_quotation(pipe):
    text = "Спор\n«Об этом не может быть и речи», — отрезал глава района Петр Сомов.\n"
    got = quotes(pipe, text)
    assert ("Об этом не может быть и речи", "Петр Сомов", "direct") in got, got


def test_any_verb_after_the_dash_of_direct_speech(pipe):
    got = quotes(pipe, "Выставка\n«Приходите все, билеты бесплатные», — рассмеялась куратор Вера Лунина.\n")
    assert ("Приходите все, билеты бесплатные", "Вера Лунина", "direct") in got, got
    got = quotes(pipe, "Цены\n«Северный экспресс» — новый поезд компании, его запустили в мае.\n")
    assert got == [], got  # a dash after a name in quote marks, no verb: no speech


def test_a_quotation_paragraph_after_the_paragraph_naming_its_speaker(pipe):
    text = ("Урожай\nФермер Степан Губин показал журналистам новые теплицы.\n\n"
            "«Весной мы посадили втрое больше огурцов. Покупатели уже ждут».\n")
    got = quotes(pipe, text)
    assert any(t.startswith("Весной мы посадили") and s == "Степан Губин" for t, s, _ in got), got


def test_interview_answers_go_to_the_interviewee(pipe):
    text = ("Разговор с тренером\nМы поговорили с тренером сборной Ильей Фоминым.\n\n"
            "— Чего вы ждете от турнира?\n\n— Только побед. Команда готова как никогда.\n")
    got = quotes(pipe, text)
    assert any(t.startswith("Только побед") and s == "Илья Фомин" for t, s, _ in got), got
    assert not any(t.startswith("Чего вы ждете") for t, _, _ in got), got


def test_a_transcript_line(pipe):
    text = "Эфир\nВедущий: Что будет с ценами?\n\nОлег Самарин: Цены вырастут не больше чем на пять процентов.\n"
    got = quotes(pipe, text)
    assert any(t.startswith("Цены вырастут") and s == "Олег Самарин" for t, s, _ in got), got


def test_indirect_speech_past_an_outlet_in_quote_marks_and_indirect_questions(pipe):
    text = ("Туризм\nГид Лариса Осипова сообщила «Новой газете», что туристов стало вдвое больше.\n"
            "Жители спрашивают, откроется ли набережная к лету.\n")
    got = quotes(pipe, text)
    assert any(t == "туристов стало вдвое больше" and s == "Лариса Осипова" for t, s, _ in got), got
    assert any(t == "откроется ли набережная к лету" for t, _, _ in got), got


def test_reported_content_before_a_dash_and_a_body_after_the_cue(pipe):
    text = ("Погода\nСнегопад продлится до утра понедельника, — предупредил синоптик Аркадий Зимин.\n"
            "На трассе М-7 открыто реверсивное движение, сообщили в министерстве транспорта.\n")
    got = quotes(pipe, text)
    assert any(t == "Снегопад продлится до утра понедельника" and s == "Аркадий Зимин" for t, s, _ in got), got
    assert any(t.startswith("На трассе М-7") and s and "министерств" in s for t, s, _ in got), got


def test_a_dialogue_line_is_not_read_as_trailing_speech(pipe):
    got = quotes(pipe, "Спор\n— Мы подадим в суд, — пообещал юрист Семен Ким. — Решение незаконно.\n")
    assert got and all(k == "direct" for _, _, k in got), got


def test_a_quotation_sentence_goes_on_with_the_speaker_before_it_in_the_paragraph(pipe):
    text = ("Рынок\nАналитик Денис Журов сказал, что рынок стабилизировался. По его оценке, рост продолжится. "
            "«Мы видим уверенный спрос. Компании снова нанимают людей».\n")
    got = quotes(pipe, text)
    assert ("рост продолжится", "Денис Журов", "indirect") in got, got  # a possessive phrase
    assert any(t.startswith("Мы видим уверенный спрос") and s == "Денис Журов" for t, s, _ in got), got


def test_no_continuation_past_another_person_named(pipe):
    text = ("Рынок\nАналитик Денис Журов сказал, что рынок стабилизировался. С ним спорит Ольга Кравец. "
            "«Рост будет недолгим, это видно по заказам».\n")
    got = quotes(pipe, text)
    assert not any(t.startswith("Рост будет недолгим") and s == "Денис Журов" for t, s, _ in got), got


def test_a_body_after_a_negated_cue_and_verb_noun_cues(pipe):
    text = ("Налоги\nВ министерстве не исключили, что ставку налога снизят для фермеров.\n"
            "Юрист Павел Брагин дал понять, что его клиент не признает вину.\n")
    got = quotes(pipe, text)
    assert any(t == "ставку налога снизят для фермеров" and s and "министерств" in s for t, s, _ in got), got
    assert any(t == "его клиент не признает вину" and s == "Павел Брагин" for t, s, _ in got), got


def test_an_outlet_pointing_back_and_a_report_naming_nobody(pipe):
    text = ("Суд\nРассмотрение иска перенесли на июнь. Об этом сообщает «Интерфакс».\n"
            "Как было заявлено на заседании, новые тарифы начнут действовать осенью.\n")
    got = quotes(pipe, text)
    assert any(t == "Рассмотрение иска перенесли на июнь" and s == "Интерфакс" for t, s, _ in got), got
    assert ("новые тарифы начнут действовать осенью", None, "indirect") in got, got


def test_a_described_speaker_before_a_colon(pipe):
    got = quotes(pipe, "Визит\nПремьер Италии заявил: «Мы поддержим этот план».\n")
    assert any(t == "Мы поддержим этот план" and s and s.startswith("Премьер") for t, s, _ in got), got


def test_a_quotation_over_paragraphs_and_a_typed_double_hyphen(pipe):
    text = ("Выпуск\nДекан Андрей Сомов выступил перед студентами.\n\n«Учитесь всю жизнь. Это главное.\n\n"
            "«Не бойтесь ошибаться, ошибки учат», — сказал он.\n\n«Мы рады гостям», -- сказала Анна Ким.\n")
    got = quotes(pipe, text)
    assert any(t.startswith("Учитесь всю жизнь") and "ошибки учат" in t and s == "Андрей Сомов"
               for t, s, _ in got), got
    assert ("Мы рады гостям", "Анна Ким", "direct") in got, got


def test_nouns_of_saying(pipe):
    text = ("Переговоры\nКонфликт нужно решать за столом переговоров. Такое заявление сделал депутат Глеб Осин.\n"
            "Министр Вера Лукина сделала заявление: «Мы готовы продлить программу».\n"
            "Фильм режиссера Петра Громова получил название: «Тихий вечер в городе».\n")
    got = quotes(pipe, text)
    assert any(t.startswith("Конфликт нужно решать") and s == "Глеб Осин" for t, s, _ in got), got
    assert ("Мы готовы продлить программу", "Вера Лукина", "direct") in got, got
    assert not any(t.startswith("Тихий вечер") for t, _, _ in got), got  # a title: no noun of saying


def test_statements_and_conclusions_as_verb_and_noun(pipe):
    text = ("Климат\nВ среду прошла конференция. Эксперты фонда пришли к выводу, что засухи станут чаще.\n"
            "Депутат Лев Горин выступил с заявлением о том, что закон нужно отменить.\n")
    got = quotes(pipe, text)
    assert any(t == "засухи станут чаще" for t, _, _ in got), got
    assert any(t == "закон нужно отменить" and s == "Лев Горин" for t, s, _ in got), got


def test_a_surname_alone_the_tagger_missed_is_the_persons_mention(pipe):
    text = ("Паводок\nГубернатор края Олег Кожемяко объявил режим ЧС.\n\n"
            "«Вода прибывает, мы эвакуировали людей», — написал Кожемяко в Telegram.\n")
    got = quotes(pipe, text)
    assert ("Вода прибывает, мы эвакуировали людей", "Олег Кожемяко", "direct") in got, got


def test_a_colon_speaker_kept_when_the_subject_goes_on_after_the_dash(pipe):
    text = "Переговоры\nВ среду прошла встреча. Олег Дунаев отметил: «Мы готовы к переговорам», — и добавил, что ждет ответа.\n"
    got = quotes(pipe, text)
    assert ("Мы готовы к переговорам", "Олег Дунаев", "direct") in got, got


def test_one_closing_mark_for_a_quotation_ending_with_a_quoted_name(pipe):
    text = "Газ\nВ среду прошла встреча. «Мы продлим контракт с «Нафтогазом», — сказал министр Иван Лесков.\n"
    got = quotes(pipe, text)
    assert any(t.startswith("Мы продлим контракт") and s == "Иван Лесков" and k == "direct" for t, s, k in got), got
    assert not any(t.startswith("контракт") for t, _, _ in got), got


def test_dialogue_lines_with_typed_dashes(pipe):
    got = quotes(pipe, "Встреча\nВ среду прошла встреча.\n\n- Мы все обсудили, - сказал посол Иван Рудин.\n")
    assert ("Мы все обсудили", "Иван Рудин", "direct") in got, got


def test_phrases_pointing_back_at_what_was_said(pipe):
    text = "Рынок\nВ среду торги закрылись ростом. Рост продолжится до весны. Такой прогноз дал аналитик Петр Зуев.\n"
    got = quotes(pipe, text)
    assert any(t == "Рост продолжится до весны" and s == "Петр Зуев" for t, s, _ in got), got


def test_a_person_after_the_cue_is_its_object_when_a_noun_is_its_subject(pipe):
    text = ("Суд\nВ среду прошло заседание. Следствие обвинило директора завода Павла Рыкова в том, что "
            "он скрыл аварию.\n")
    got = quotes(pipe, text)
    assert any(t == "он скрыл аварию" and s != "Павел Рыков" for t, s, _ in got), got


def test_statistics_and_an_impersonal_report_pointing_back(pipe):
    text = ("Регион\nВ среду прошла сессия. Согласно официальной статистике, безработица снизилась до 3%.\n"
            "Режим ЧС в районе отменен. Об этом сообщается на сайте администрации.\n")
    got = quotes(pipe, text)
    assert any(t == "безработица снизилась до 3%" for t, _, _ in got), got
    assert ("Режим ЧС в районе отменен", None, "indirect") in got, got


def test_a_feeling_noun_then_a_comma_and_chto(pipe):
    got = quotes(pipe, "Итоги\nВ среду прошли переговоры. Посол Лев Орлов выразил сожаление, что встреча сорвана.\n")
    assert ("встреча сорвана", "Лев Орлов", "indirect") in got, got


def test_a_verb_first_sentence_pointing_back(pipe):
    text = "Граница\nВ среду прошла проверка. Задержаны 12 человек. Сообщил об этом глава погранслужбы Олег Дунаев.\n"
    got = quotes(pipe, text)
    assert ("Задержаны 12 человек", "Олег Дунаев", "indirect") in got, got


def test_a_profile_line_is_no_transcript(pipe):
    got = quotes(pipe, "Состав\nКлуб объявил состав.\n\nАлександр Кокорин: нападающий, 32 года, контракт до 2026 года.\n")
    assert got == [], got


def test_a_profession_names_the_person_before(pipe):
    text = "МИД\nМария Захарова прокомментировала заявление. Дипломат назвала его «очередной провокацией».\n"
    got = quotes(pipe, text)
    assert any(s == "Мария Захарова" and "провокацией" in t for t, s, _ in got), got


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own(pipe):
    # natasha's sentenizer joined the headline to the lead, and the parse made the lead's subject an apposition of it
    from newsgraph.understand import nlp
    doc = nlp.russian()("Новости промышленности\n\nМинистр, который посетил завод в среду, заявил, что "
                        "производство вырастет.")
    assert [s.text for s in doc.sents] == ["Новости промышленности", "Министр, который посетил завод в среду, "
                                           "заявил, что производство вырастет."]
    assert [t.rel for t in doc.sents[1].tokens if t.text == "Министр"] == ["nsubj"]
