"""Russian and Ukrainian readers of understand.entities and understand.quotes: entities (natasha NER, outlets, roles) and quotes of Russian and Ukrainian articles."""
import pytest
from floors import FLOORS

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import Pipeline

ARTICLE_RU = """Путин пригласил Зеленского в Москву
Президент России Владимир Путин в четверг, 4 сентября 2025 года, заявил, что готов встретиться с президентом Украины Владимиром Зеленским в Москве. «Я никогда не отказывался от такой встречи, если она хорошо подготовлена», — сказал Путин журналистам, передает ТАСС.
Пресс-секретарь президента России Дмитрий Песков подчеркнул: «Контакты на высшем уровне должны быть тщательно подготовлены». По словам Пескова, «никаких конкретных договоренностей пока нет».
Зеленский в ответ заявил, что приглашение в Москву означает нежелание Кремля проводить встречу, сообщает РБК. «Когда не хотят встречи, приглашают в Москву», — подчеркнул он.
Официальный представитель МИД России Мария Захарова назвала позицию Киева деструктивной, пишет «Коммерсантъ».
— Мы открыты к диалогу, — сказала Захарова. — Но условия остаются прежними.
По данным Интерфакса, в консультациях в Париже приняли участие 35 глав государств и правительств, а 26 стран готовы направить войска.
"""

ARTICLE_UK = """Зеленський відповів Путіну
Президент України Володимир Зеленський заявив, що Україна готова до переговорів у будь-якому форматі. «Путін запросив мене до Москви. Коли не хочуть зустрічі, запрошують до Москви», — наголосив Зеленський, передає УНІАН.
Речник Кремля Дмитро Пєсков сказав: «Зустріч можлива за умови ретельної підготовки».
За словами Пєскова, контакти тривають.
«Ми продовжуємо роботу», — зазначила вона.
"""


@pytest.fixture(scope="session")
def pipe():
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                            "understand.quantities", "understand.quotes"])


@pytest.fixture(scope="session")
def ru(pipe):
    rec = pipe.run(RawDocument(source="ru-test", text=ARTICLE_RU))
    assert rec.document.language == "ru"
    return rec


def spans_exact(rec):
    text = rec.document.text
    assert rec.validate() == []
    for q in rec.quotes:
        assert 0 <= q.start < q.end <= len(text)
        for r in [q.speaker, *q.reported_by]:
            if r is not None and r.mention is not None:
                assert text[r.mention.start:r.mention.end] == r.mention.text


def entity(rec, name):
    hits = [e for e in rec.entities if e.name == name]
    assert len(hits) == 1, (name, [e.name for e in rec.entities])
    return hits[0]


def test_entities_and_canonical_names(ru):
    spans_exact(ru)
    putin = entity(ru, "Владимир Путин")
    assert putin.type == "PERSON" and putin.role == "президент России"
    assert {"Путин", "Владимир Путин"} <= {m.text for m in putin.mentions}
    zel = entity(ru, "Владимир Зеленский")
    assert {"Зеленского", "Владимиром Зеленским", "Зеленский"} <= {m.text for m in zel.mentions}
    assert zel.role == "президент Украины"
    assert entity(ru, "Дмитрий Песков").role == "пресс-секретарь президента России"
    assert entity(ru, "Мария Захарова").role == "официальный представитель МИД России"
    for outlet in ("ТАСС", "РБК", "Коммерсантъ", "Интерфакс"):
        assert entity(ru, outlet).type == "MEDIA"
    assert entity(ru, "Москва").type == "GPE"
    assert [e.id for e in ru.entities] == [f"e{k}" for k in range(1, len(ru.entities) + 1)]
    persons = [e.name for e in ru.entities if e.type == "PERSON"]
    assert len(persons) == len(set(persons)) == 4  # Путин, Зеленский, Песков, Захарова: one actor each


def quote_with(rec, start_of_text):
    hits = [q for q in rec.quotes if q.text.startswith(start_of_text)]
    assert len(hits) == 1, (start_of_text, [q.text for q in rec.quotes])
    return hits[0]


def test_quotes(ru):
    text = ru.document.text
    assert [q.id for q in ru.quotes] == [f"q{k}" for k in range(1, len(ru.quotes) + 1)]

    q = quote_with(ru, "готов встретиться")  # Путин ... заявил, что ...
    assert (q.kind, q.speaker.name, q.cue) == ("indirect", "Владимир Путин", "заявил")
    assert q.text.endswith("в Москве") and q.date == "2025-09-04"

    q = quote_with(ru, "Я никогда не отказывался")  # «...», — сказал Путин журналистам, передает ТАСС.
    assert (q.kind, q.speaker.name, q.speaker.mention.text, q.cue) == ("direct", "Владимир Путин", "Путин", "сказал")
    assert [r.name for r in q.reported_by] == ["ТАСС"]
    assert text[q.start:q.end] == q.text

    q = quote_with(ru, "Контакты на высшем уровне")  # Песков подчеркнул: «...»
    assert (q.kind, q.speaker.name, q.cue) == ("direct", "Дмитрий Песков", "подчеркнул")

    q = quote_with(ru, "никаких конкретных")  # По словам Пескова, «...»
    assert (q.kind, q.speaker.name, q.speaker.mention.text, q.cue) == ("direct", "Дмитрий Песков", "Пескова",
                                                                       "по словам")

    q = quote_with(ru, "приглашение в Москву")  # Зеленский заявил, что ..., сообщает РБК.
    assert (q.kind, q.speaker.name, q.cue) == ("indirect", "Владимир Зеленский", "заявил")
    assert [r.name for r in q.reported_by] == ["РБК"]
    assert q.text.endswith("проводить встречу")  # the outlet tail is not part of what he said

    q = quote_with(ru, "Когда не хотят встречи")  # «...», — подчеркнул он.  (он -> Зеленский)
    assert q.speaker.name == "Владимир Зеленский" and q.speaker.mention.text == "он"
    zel = entity(ru, "Владимир Зеленский")
    assert any(m.text == "он" for m in zel.mentions)

    q = quote_with(ru, "Мы открыты к диалогу")  # dialogue line
    assert (q.speaker.name, q.cue) == ("Мария Захарова", "сказала")
    assert q.text == "Мы открыты к диалогу. Но условия остаются прежними."

    # the outlets relaying Путин's and Зеленский's words report them too (the convention since round 20 of issue 16,
    # quotes/ru_relays.py): their content the relayed attribution, their speaker the outlet
    relays = [q for q in ru.quotes if q.speaker is not None and q.speaker.name in ("ТАСС", "РБК")]
    assert [(q.speaker.name, q.cue, q.reported_by) for q in relays] == [("ТАСС", "передает", []),
                                                                        ("РБК", "сообщает", [])]
    assert relays[0].text.startswith("«Я никогда не отказывался") and relays[0].text.endswith("сказал Путин")
    assert relays[1].text.startswith("Зеленский") and relays[1].text.endswith("проводить встречу")
    # "назвала позицию Киева деструктивной" judges without quote marks: Захарова's words, relayed by the outlet
    # (round 25 of issue 16, quotes/ru_judging.py; the ru-news gold and PolNeAR count such evaluations)
    q = quote_with(ru, "позицию Киева деструктивной")
    assert (q.kind, q.speaker.name, q.cue, [r.name for r in q.reported_by]) == \
        ("indirect", "Мария Захарова", "назвала", ["Коммерсантъ"])
    assert quote_with(ru, "Мария Захарова назвала").speaker.name == "Коммерсантъ"
    assert len(ru.quotes) == 12  # "По данным Интерфакса, …" is the outlet's report (round 21 of issue 16, as
    # "According to Interfax, …" is in English and in PolNeAR)


def test_quantities_and_dates_of_russian_article(ru):
    got = {q.text: q for q in ru.quantities}
    assert got["35 глав государств и правительств"].value == 35
    assert got["26 стран"].unit == "стран"
    assert [d.value for d in ru.dates] == ["2025-09-04"]


def test_ukrainian(pipe):
    rec = pipe.run(RawDocument(source="uk-test", text=ARTICLE_UK))
    assert rec.document.language == "uk"
    spans_exact(rec)
    zel = entity(rec, "Володимир Зеленський")
    assert zel.role == "президент України"
    assert entity(rec, "Дмитро Пєсков").role == "речник Кремля"
    assert entity(rec, "УНІАН").type == "MEDIA"
    q = quote_with(rec, "Путін запросив мене")
    assert (q.speaker.name, q.cue, [r.name for r in q.reported_by]) == ("Володимир Зеленський", "наголосив", ["УНІАН"])
    q = quote_with(rec, "Зустріч можлива")
    assert (q.speaker.name, q.cue) == ("Дмитро Пєсков", "сказав")
    q = quote_with(rec, "контакти тривають")
    assert (q.kind, q.speaker.name, q.cue) == ("indirect", "Дмитро Пєсков", "за словами")
    q = quote_with(rec, "Ми продовжуємо роботу")  # "вона": no woman named, so no speaker is made up
    assert q.speaker is None


def test_english_documents_go_to_the_english_readers(pipe):
    """The language table routes: an English document in the same pipeline is read by the English readers."""
    from newsgraph.understand import languages
    rec = pipe.run(RawDocument(source="en-test", text="Zelensky said the talks would go on. He said it in Paris."))
    assert rec.document.language == "en" and languages.of("en").reader("quotes") == "en"
    assert rec.skipped == [] and [q.speaker.name for q in rec.quotes][:1] == ["Zelensky"]


ARTICLE_RU_2 = """Кремль ответил на предложение Макрона
«Мы внимательно изучим эти предложения», — заявил пресс-секретарь президента Дмитрий Песков журналистам.
«Россия не будет участвовать в таких переговорах» — говорится в заявлении МИД России.
Как заявил глава МИД Сергей Лавров, Москва готова к диалогу без предварительных условий. По его словам, западные страны «не готовы слушать».
Песков также отметил, что «никакой договоренности о встрече пока нет», сообщает РИА Новости.
Акции «Газпрома» выросли на 3%, а партия «Единая Россия» провела съезд.
Президент Франции Эммануэль Макрон, выступая в Елисейском дворце, сказал: «Европа должна говорить единым голосом». Макрон добавил, что 26 стран готовы предоставить гарантии безопасности.
«Это важный шаг. Мы продолжим работу», — сказала официальный представитель МИД Мария Захарова в интервью «Известиям».
«Переговоры возможны только после прекращения огня», — приводит слова Лаврова ТАСС.
Она подчеркнула, что Москва ждет ответа от Вашингтона.
"""


def test_more_russian_patterns(pipe):
    rec = pipe.run(RawDocument(source="ru-test-2", text=ARTICLE_RU_2))
    spans_exact(rec)
    want = [  # (start of the quote, kind, speaker, cue, outlets)
        ("Мы внимательно изучим", "direct", "Дмитрий Песков", "заявил", []),
        ("Россия не будет участвовать", "direct", "МИД", "говорится", []),  # an organisation speaks
        ("Москва готова к диалогу", "indirect", "Сергей Лавров", "как заявил", []),
        ("западные страны «не готовы", "mixed", "Сергей Лавров", "по его словам", []),
        # (an outlet relaying an attribution reports it too, its content the relayed attribution: round 20)
        ("Песков также отметил, что «никакой", "indirect", "РИА Новости", "сообщает", []),
        ("«никакой договоренности", "mixed", "Дмитрий Песков", "отметил", ["РИА Новости"]),
        ("Европа должна говорить", "direct", "Эммануэль Макрон", "сказал", []),
        ("26 стран готовы", "indirect", "Эммануэль Макрон", "добавил", []),
        ("Это важный шаг. Мы продолжим работу", "direct", "Мария Захарова", "сказала", ["Известия"]),
        ("Переговоры возможны", "direct", "Сергей Лавров", "приводит слова", ["ТАСС"]),
        ("Переговоры возможны", "direct", "ТАСС", "приводит слова", []),  # (r29: the quotation alone, as the gold)
        ("Москва ждет ответа", "indirect", "Мария Захарова", "подчеркнула", []),
    ]
    assert len(rec.quotes) == len(want), [q.text for q in rec.quotes]  # «Газпрома», «Единая Россия»: names
    for (start, kind, speaker, cue, outlets), q in zip(want, rec.quotes):
        assert q.text.startswith(start), (start, q.text)
        assert (q.kind, q.speaker.name, q.cue, [r.name for r in q.reported_by]) == (kind, speaker, cue, outlets)
    assert entity(rec, "Сергей Лавров").role == "глава МИД"
    assert entity(rec, "Газпром").type == "ORG"


ARTICLE_RU_3 = """Лавров о переговорах
Россия готова к переговорам с Украиной без предварительных условий. Об этом заявил министр иностранных дел России Сергей Лавров в интервью РИА Новости.
Песков: «Контакты продолжаются».
Глава Еврокомиссии Урсула фон дер Ляйен сказала: "Мы не признаем результаты выборов".
«Санкции останутся в силе». Так глава МИД Германии Анналена Бербок ответила на вопрос журналистов.
"""


def test_attribution_in_the_next_sentence_name_colon_and_straight_quotes(pipe):
    rec = pipe.run(RawDocument(source="ru-test-3", text=ARTICLE_RU_3))
    spans_exact(rec)
    got = [(q.kind, q.text, q.speaker.name, q.cue, [r.name for r in q.reported_by]) for q in rec.quotes]
    assert got == [
        ("indirect", "Россия готова к переговорам с Украиной без предварительных условий", "Сергей Лавров", "заявил",
         ["РИА Новости"]),  # "Об этом заявил ..." points back at the previous sentence, not at the title
        ("direct", "Контакты продолжаются", "Песков", None, []),
        ("direct", "Мы не признаем результаты выборов", "Урсула фон дер Ляйен", "сказала", []),
        ("direct", "Санкции останутся в силе", "Анналена Бербок", "ответила", []),
    ]
    assert entity(rec, "Сергей Лавров").role == "министр иностранных дел России"


def test_quotations_over_several_sentences(pipe):
    rec = pipe.run(RawDocument(source="ru-test-4", text=(
        "Песков о встрече\n"
        "По словам Пескова, «контакты продолжаются. Встреча возможна, но не скоро».\n"
        "Лавров заявил, что «Россия готова к диалогу. Но условия остаются прежними», сообщает ТАСС.\n")))
    spans_exact(rec)
    got = [(q.kind, q.text, q.speaker.name, q.cue, [r.name for r in q.reported_by]) for q in rec.quotes]
    assert got == [
        ("direct", "контакты продолжаются. Встреча возможна, но не скоро", "Песков", "по словам", []),
        ("indirect", "Лавров заявил, что «Россия готова к диалогу. Но условия остаются прежними»", "ТАСС", "сообщает",
         []),  # (the outlet's report of Лавров's words: round 20, quotes/ru_relays.py)
        ("mixed", "«Россия готова к диалогу. Но условия остаются прежними»", "Лавров", "заявил", ["ТАСС"]),
    ]


def test_development_set_floors():
    from newsgraph.eval.quotes_ru import HELDOUT, evaluate
    res = evaluate()
    assert res["cases"] >= 40
    f = FLOORS["quotes_ru"]["dev"]
    assert res["f1"] >= f["f1"] and res["speaker_accuracy"] >= f["speaker_accuracy"] and \
        res["outlet_accuracy"] >= f["outlet_accuracy"], res
    # a second set, written after the first was tuned (its first run: F1 0.957, speaker accuracy 0.818)
    res = evaluate(HELDOUT)
    f = FLOORS["quotes_ru"]["heldout"]
    assert res["f1"] >= f["f1"] and res["speaker_accuracy"] >= f["speaker_accuracy"], res


def test_a_following_report_sentence_credits_the_outlet(pipe):
    text = ("Пресс-секретарь президента России Дмитрий Песков заявил, что встреча возможна при тщательной "
            "подготовке. Об этом сообщает ТАСС.\n\n«Мы никогда не отказывались от контактов», — сказал Песков.")
    rec = pipe.run(RawDocument(source="t", text=text, language="ru"))
    spans_exact(rec)
    relay, first, second = rec.quotes  # (the outlet relaying his words reports them too: round 20)
    assert relay.speaker.name == "ТАСС" and relay.text == ("Дмитрий Песков заявил, что встреча возможна при "
                                                           "тщательной подготовке")
    assert first.speaker.name == "Дмитрий Песков" and [r.name for r in first.reported_by] == ["ТАСС"]
    assert second.reported_by == []  # another paragraph: not credited


ARTICLE_RU_INSERTED = """Реформа часовых поясов
Такой переход, считает вице-губернатор края Алексей Соколов, ускорит работу всех краевых ведомств.
Между тем, пишет «Коммерсантъ», порт задерживает расчёты с подрядчиками уже третий месяц.
О том, что порт должен ему 5 млн рублей, заявил бывший подрядчик Игорь Панин.
Накануне Южная Корея заявила, что весь импорт мяса из региона будет проверен в карантине.
Губернатор Сергей Орлов не исключил, что тарифы вырастут уже весной.
Федерация шахмат объявила в пятницу о переносе турнира на осень.
По сведениям ФАО, цены на зерно в декабре достигли рекордного уровня.
По данным Интерфакса, в консультациях приняли участие 35 делегаций.
Сам Олег Ветров оказался сдержаннее: «Для нас решение суда стало полной неожиданностью».
"""


def test_inserted_fronted_and_state_attributions(pipe):
    rec = pipe.run(RawDocument(source="ru-test-inserted", text=ARTICLE_RU_INSERTED))
    spans_exact(rec)
    got = [(q.text[:20], q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]
    assert got == [
        ("Такой переход ускори", "Алексей Соколов", "считает"),  # the insertion cut out of the content
        ("порт задерживает рас", "Коммерсантъ", "пишет"),  # an outlet's own report, the opener left out
        ("порт должен ему 5 мл", "Игорь Панин", "заявил"),  # "О том, что …, заявил X"
        ("весь импорт мяса из ", "Южная Корея", "заявила"),  # a state speaks
        ("тарифы вырастут уже ", "Сергей Орлов", "не исключил"),
        ("переносе турнира на ", "Федерация шахмат", "объявила"),  # what it tells about: "о/об" and a noun
        ("цены на зерно в дека", "ФАО", "по сведениям"),  # an organisation's figures
        ("в консультациях прин", "Интерфакс", "по данным"),  # an outlet's report, as "According to Interfax" (r21)
        ("Для нас решение суда", "Олег Ветров", None),  # a person the subject of the clause before the colon
    ], got


ARTICLE_RU_SPEECH_ACTS = """Споры о реформе
Сенатор Иван Петров пообещал отменить налоговую реформу уже в следующем году.
Пентагон отрицает применение пыток к задержанным.
Губернатор Сергей Орлов предложил рассмотреть кандидатуру нового главы района.
Прокурор Анна Белова пригрозила закрыть предприятие, если нарушения не устранят.
"""


def test_speech_acts_whose_object_is_what_was_said(pipe):
    rec = pipe.run(RawDocument(source="ru-test-acts", text=ARTICLE_RU_SPEECH_ACTS))
    spans_exact(rec)
    got = [(q.text[:20], q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]
    assert got == [
        ("отменить налоговую р", "Иван Петров", "пообещал"),  # a promise
        ("применение пыток к з", "Пентагон", "отрицает"),  # a denial
        ("рассмотреть кандидат", "Сергей Орлов", "предложил"),  # a proposal
        ("закрыть предприятие,", "Анна Белова", "пригрозила"),  # a threat
    ], got


def test_oaths_expectations_recommendations_and_consent(pipe):
    text = ("Канал и кредиторы\nВладелец канала Артур Перепёлкин клянётся, что долг будет погашен до конца года.\n"
            "Министерство иностранных дел рекомендует отложить поездки в этот регион.\n"
            "Компания Microsoft согласилась открыть конкурентам часть кодов операционной системы.\n")
    rec = pipe.run(RawDocument(source="ru-test-oaths", text=text))
    spans_exact(rec)
    got = [(q.text[:20], q.cue) for q in rec.quotes]
    assert got == [("долг будет погашен д", "клянётся"), ("отложить поездки в э", "рекомендует"),
                   ("открыть конкурентам ", "согласилась")], got


ARTICLE_RU_DEEDS = """Выборы во Франции
Кандидатом партии на выборах мэра стала депутат городского совета Анна Орлова, сообщает «Интерфакс».
Губернатор Сергей Орлов осудил решение комиссии, назвав его «грубой ошибкой».
"""


def test_an_outlets_report_of_a_deed_and_a_gerunds_naming(pipe):
    rec = pipe.run(RawDocument(source="ru-test-deeds", text=ARTICLE_RU_DEEDS))
    spans_exact(rec)
    got = [(q.text[:20], q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]
    assert got == [
        # what a person did, reported by an outlet and by nobody else: the outlet's report
        ("Кандидатом партии на", "Интерфакс", "сообщает"),
        # the object of осудил ends where the gerund's clause begins; the gerund has the main verb's subject
        ("решение комиссии", "Сергей Орлов", "осудил"),
        ("его «грубой ошибкой»", "Сергей Орлов", "назвав"),
    ], got


def test_judgements_with_an_instrumental_predicate(pipe):
    text = ("Суд и клуб\nДиректор клуба Иван Орлов считает решение тренера ошибочным.\nОбвиняемый Пётр Смирнов не признал "
            "себя виновным.\nБухгалтер считает деньги в конце каждого дня.\n")
    rec = pipe.run(RawDocument(source="ru-test-judgement", text=text))
    spans_exact(rec)
    got = [(q.text[:20], q.cue) for q in rec.quotes]
    assert ("решение тренера ошиб", "считает") in got and ("себя виновным", "признал") in got, got
    assert not any(t.startswith("деньги") for t, _ in got), got  # no predicate: counting, not judging


def test_an_abbreviation_in_brackets_names_the_same_actor(pipe):
    text = ("Выборы\nОрганизация по безопасности и сотрудничеству в Европе (ОБСЕ) заявила, что выборы прошли честно. "
            "Представитель ОБСЕ подчеркнул, что нарушений не было. Генеральный секретарь ООН (ЮНЕСКО) промолчал.\n")
    rec = pipe.run(RawDocument(source="ru-test-abbr", text=text))
    orgs = {e.name: [m.text for m in e.mentions] for e in rec.entities if e.type == "ORG"}
    assert orgs["Организация по безопасности и сотрудничеству в Европе"] == [
        "Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"], orgs
    assert "ЮНЕСКО" not in orgs.get("ООН", []), orgs  # an abbreviation does not abbreviate the next one


def test_an_object_that_points_back_is_no_content(pipe):
    text = "Слухи об отставке\nГубернатор Сергей Орлов опроверг эту информацию.\nМэр отрицает обвинения в коррупции.\n"
    rec = pipe.run(RawDocument(source="ru-test-anaphoric", text=text))
    got = [(q.text, q.cue) for q in rec.quotes]
    assert got == [("обвинения в коррупции", "отрицает")], got


def test_a_described_subject_phrase_ends_without_its_comma(pipe):
    rec = pipe.run(RawDocument(source="ru-test-comma", text="Новости дня\nДепутаты, выступившие против "
                               "законопроекта, заявили, что он нарушает Конституцию.\n"))
    got = [q.speaker.name for q in rec.quotes if q.text == "он нарушает Конституцию" and q.speaker]
    assert got == ["Депутаты, выступившие против законопроекта"], [(q.text, q.speaker) for q in rec.quotes]


def test_an_outlet_name_before_a_cyrillic_name_is_part_of_that_phrase(pipe):
    rec = pipe.run(RawDocument(source="ru-test-economist", text="Новости дня\nЭкономист Иван Петров заявил, что "
                               "цены на жильё вырастут к осени.\n"))
    assert not [e for e in rec.entities if e.type == "MEDIA"], [(e.name, e.type) for e in rec.entities]
