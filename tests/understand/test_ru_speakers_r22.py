"""Round 22 of Russian attribution: speakers a reader resolves (quotes/ru_local.py ``_setting``, ru_resolve.py,
ru_subjects.py ``body_at``, coref/ru_offices.py ``introduced_as``, coref/ru_family.py, entities/ru_names.py); every
sentence here is written for the test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def _entity(rec, q):
    return next((e for e in rec.entities if q.speaker is not None and e.id == q.speaker.entity), None)


def test_the_story_city_is_where_the_lead_sets_it(pipe):
    """ru_local.py ``_setting``: "В Подольске …" in the lead and "Мэр Москвы" named in passing: "в администрации
    города" is Podolsk's; a lead set in a state ("В Германии") sets no city."""
    text = ("В Коломне из-за аварии на теплотрассе без отопления остались два квартала. Мэр Москвы Сергей Собянин "
            "накануне открыл новый парк. В администрации города сообщили, что тепло дадут к вечеру.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got] == ["администрация Коломны"], got
    text = ("В Германии прошли выборы. В администрации города сообщили, что явка превысила 60%.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got] == ["администрация города"], got


def test_a_company_in_marks_after_its_kind_speaks_through_its_press_service(pipe):
    """entities/ru_names.py ``marked_companies``: "Поставщик «Агрокомплект»" is an organisation, so "Пресс-служба
    компании" after it speaks for it."""
    rec, got = run(pipe, "Поставщик «Агрокомплект», который снабжает школы района, вины за собой не видит. "
                         "Пресс-служба компании сообщила, что все заказы выполнены.\n")
    (q,) = rec.quotes
    assert _entity(rec, q) is not None and _entity(rec, q).name == "Агрокомплект", got


def test_a_body_told_an_outlet_is_the_speaker(pipe):
    """ru_subjects.py ``body_at`` from ru_more.py ``_as_said``: "Как сообщили «РИА Новости» в компании, …" is the
    company speaking, the outlet told (its ``reported_by``)."""
    rec, got = run(pipe, "Ремонт моста ведет «Мостострой-12». Как сообщили «РИА Новости» в компании, движение "
                         "откроют к выходным.\n")
    (q,) = rec.quotes
    assert _entity(rec, q).name == "Мостострой-12" and [r.name for r in q.reported_by] == ["РИА Новости"], got


def test_an_unnamed_source_stops_at_the_outlet(pipe):
    """ru_resolve.py ``anonymous_source``: "источники в силовых структурах «Интерфаксу»": the outlet is whom they
    told, no part of their name; "Источник «Фонтанки» в компании" is the source in the company."""
    rec, got = run(pipe, "Источники в силовых структурах «Интерфаксу» сообщили, что подозреваемый задержан в "
                         "Твери.\n")
    assert got[0][1] == "Источники в силовых структурах" and [r.name for r in rec.quotes[0].reported_by] == \
        ["Интерфакс"], got
    _, got = run(pipe, "Источник «Фонтанки» в компании рассказал, что трубу не проверяли пять лет.\n")
    assert got[0][1] == "Источник в компании", got


def test_a_demonstrative_is_never_a_speaker(pipe):
    """ru_resolve.py ``_demonstrative``: "Это следует из того, что …" is the author's reasoning, no attribution."""
    _, got = run(pipe, "Продажи машин выросли на треть. Это следует из того, что банки снизили ставки.\n")
    assert got == [], got


def test_a_calling_stands_for_the_one_introduced_with_it(pipe):
    """coref/ru_offices.py ``introduced_as``: "адвокат Игорь Фомин … Его адвокат заявил … — сказал защитник":
    the lawyer introduced so, not the accused named as the last subject; "Мать Олега" is no one called "мать"."""
    text = ("Интересы фермера в суде представлял адвокат Игорь Фомин. Сам Зуев вину признал частично. Его адвокат "
            "заявил, что экспертиза проведена с нарушениями. «Мой подзащитный никуда не скроется», — сказал "
            "защитник.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got[-2:]] == ["Игорь Фомин", "Игорь Фомин"], got


def test_a_relative_named_by_given_name_takes_the_family_name(pipe):
    """coref/ru_family.py ``_relative_of``: "Супруга Ковалева Марина" is Марина Ковалева."""
    rec, got = run(pipe, "Супруга Ковалева Марина на заседание не пришла. Позже она написала, что муж "
                         "невиновен.\n")
    assert got[0][1] == "Марина Ковалева", got


def test_a_generic_government_noun_finds_a_state_body_named_after_such_a_noun(pipe):
    """quotes/ru_speakers.py ``_govt_noun_before``: "В ведомстве уточнили" after "В областном управлении ФСИН"."""
    rec, got = run(pipe, "В областном управлении ФСИН сообщили, что колонию проверят. В ведомстве уточнили, что "
                         "проверка займет месяц.\n")
    assert _entity(rec, rec.quotes[-1]).name == "ФСИН", got


def test_chinese_names_the_tagger_misses(pipe):
    """entities/ru_names.py ``syllabic_names``: "Ван И", "Линь Цзяня" are persons, the headline's "Ван И: «…»"
    too."""
    text = ("Ван И: «Мы не будем посредниками»\n\nМинистр иностранных дел Китая Ван И по итогам визита в Сеул "
            "заявил, что Пекин ждет новых переговоров. Официальный представитель МИД КНР Линь Цзянь добавил, что "
            "визит прошел успешно.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got] == ["Ван И", "Ван И", "Линь Цзянь"], got


def test_a_royal_title_stands_for_its_holder(pipe):
    """lang/ru/titles.txt: "наследный принц" after "наследный принц Мухаммед бин Салман"; "бин Салман" is him."""
    text = ("Гостя принял наследный принц Мухаммед бин Салман. «Мы рассчитываем на новые контракты», — сказал "
            "наследный принц. Позже бин Салман заявил, что визит будет ответным.\n")
    rec, got = run(pipe, text)
    assert [g[1] for g in got] == ["Мухаммед бин Салман", "Мухаммед бин Салман"], got
    assert len({q.speaker.entity for q in rec.quotes}) == 1, got


def test_the_one_asked_is_no_speaker_of_the_question_and_answers_it(pipe):
    """ru_resolve.py ``_asked_of``, ``_answer_of``: "У представителя МИД Павла Рудина спросили, …": the question is
    not his; "Дипломат ответил, …" in the next sentence is him."""
    text = ("На брифинге у официального представителя МИД Павла Рудина спросили, приедет ли министр на саммит. "
            "Дипломат ответил, что решение еще не принято.\n")
    _, got = run(pipe, text)
    assert got[0][1] is None and got[-1][1] == "Павел Рудин", got


def test_a_bare_document_is_its_authors(pipe):
    """ru_resolve.py ``_bare_work``: "В докладе отмечается, что …" after "Минфин раскритиковал доклад Счетной
    палаты": the Accounts Chamber's words, not the critic's; a document named by no author leaves none."""
    _, got = run(pipe, "Минфин раскритиковал доклад Счетной палаты о госзакупках. В докладе отмечается, что "
                       "треть контрактов заключена без конкурса.\n")
    assert got[-1][1] == "Счётная палата", got
    _, got = run(pipe, "Минфин раскритиковал доклад «Экономика в 2030 году». В докладе отмечается, что налоги "
                       "вырастут.\n")
    assert got[-1][1] is None, got


def test_a_body_phrase_is_named_in_the_nominative(pipe):
    """quotes/ru_local.py ``nominative_phrase``: "По данным регионального минздрава, …" names the speaker
    "региональный минздрав", as a user reads a name; the mention stays as written."""
    _, got = run(pipe, "По данным регионального минздрава, в области не хватает двухсот врачей.\n")
    assert got[0][1:3] == ("региональный минздрав", "регионального минздрава"), got


def test_the_other_holder_of_a_title(pipe):
    """coref/ru_offices.py ``the_other``: "Другой замминистра сообщил" after two deputy ministers named and one of
    them just quoted: the other one."""
    text = ("Замминистра экономики Олег Рябцев и замминистра Кирилл Дронов выступили на форуме. Рябцев заявил, что "
            "инфляция замедлится. Другой замминистра сообщил, что кредиты подешевеют.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got] == ["Олег Рябцев", "Кирилл Дронов"], got


def test_a_woman_calling_stands_for_the_one_introduced_with_its_synonym(pipe):
    """lang/ru/calling_synonyms.tsv: "— сказала защитница" after "Ее адвокат Анна Ким"."""
    _, got = run(pipe, "Суд арестовал Марину Орлову. Ее адвокат Анна Ким заявила, что обжалует решение. «Моя "
                       "подзащитная невиновна», — сказала защитница.\n")
    assert [g[1] for g in got] == ["Анна Ким", "Анна Ким"], got


def test_a_nationality_before_a_title_excludes_a_holder_of_another_state(pipe):
    """coref/ru_offices.py ``of_another_state``: "Китайский министр добавил" after Lavrov (his role names Russia)
    and Wang Yi (no role): Wang Yi."""
    text = ("Министр иностранных дел России Сергей Лавров провел переговоры с Ван И. Глава российской дипломатии "
            "заявил, что стороны договорились о визите. Китайский министр добавил, что Пекин поддерживает диалог.\n")
    _, got = run(pipe, text)
    assert [g[1] for g in got] == ["Сергей Лавров", "Ван И"], got


def test_a_body_after_v_in_an_as_said_phrase_is_named_without_v(pipe):
    """ru_more.py ``_as_said`` through ru_subjects.py ``body_at``: "Как сообщили в пресс-службе металлурга, …"
    names "пресс-служба металлурга", not "в пресс-службе металлурга"."""
    _, got = run(pipe, "Как сообщили в пресс-службе металлурга, выручка выросла на 10%.\n")
    assert got[0][1] == "пресс-служба металлурга", got


def test_a_body_noun_stands_for_the_one_introduced_with_it_far_before(pipe):
    """quotes/ru_speakers.py ``_introduced_as``: "В авиакомпании подтвердили" several sentences after "самолет
    авиакомпании «Полярные линии»", no organisation named nearer: that airline."""
    text = ("Самолет авиакомпании «Полярные линии» вернулся в Якутск из-за неисправности. На борту было 120 "
            "пассажиров. Их пересадили на другой рейс. Вылет задержался на пять часов. Пассажирам выдали питание.\n\n"
            "В авиакомпании подтвердили, что самолет отстранен от полетов.\n")
    rec, got = run(pipe, text)
    assert _entity(rec, rec.quotes[-1]).name == "Полярные линии", got


def test_the_lead_sets_a_region_through_a_phrase_after_v(pipe):
    """ru_local.py ``_setting``: "в южных районах Псковской области" in the lead after a headline and a dateline
    sets the region, so "региональное министерство" is that region's."""
    text = ("Паводок отрезал от дорог два десятка сел\n\nПсков. Река вышла из берегов в южных районах Псковской "
            "области. В Великих Луках прошло совещание. Как сообщили в региональном министерстве транспорта, "
            "объезд откроют к пятнице.\n")
    _, got = run(pipe, text)
    assert got[-1][1] == "министерство транспорта Псковской области", got


def test_the_investigation_is_the_investigative_body_the_text_names(pipe):
    """ru_resolve.py ``_body_members`` (lang/ru/body_members.tsv): "По версии следствия, …" and "Следователи считают …" in a text that names
    the СК (here after them): the СК."""
    text = ("По версии следствия, подрядчик завысил стоимость работ вдвое. Дело возбудило управление СК по "
            "Тверской области. Следователи считают, что деньги выводили через фирмы-однодневки.\n")
    rec, got = run(pipe, text)
    assert [_entity(rec, q).name if _entity(rec, q) else None for q in rec.quotes] == ["СК по Тверской области"] * 2, got


def test_people_of_a_body_named_only_in_a_later_paragraph_stay_as_written(pipe):
    """Review r22: "Пожарные сообщили …" in a story about fires abroad is not the МЧС России a later paragraph names:
    the body must be named before them or in their paragraph (ru_resolve.py ``_body_members``)."""
    text = ("В Калифорнии продолжаются лесные пожары. Пожарные сообщили, что огонь подошел к жилым кварталам.\n\n"
            "МЧС России предложило помощь.\n")
    rec, got = run(pipe, text)
    assert [q.speaker.name for q in rec.quotes][:1] == ["Пожарные"], got
