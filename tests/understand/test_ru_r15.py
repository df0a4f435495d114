"""Round 15 of Russian attribution: forms found on the fresh articles of round 15 (w333-w348) and on a re-reading of
the ru-news layouts (sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r15", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_sentence_cut_inside_an_outlet_name_in_marks_is_one_sentence(pipe):
    """entities/ru.py ``_joined_in_marks``: razdel cuts "«Украинская правда. Спорт»" after "правда."; the
    attribution phrase then stood alone. An outlet's section after a full stop is part of its name (``_SECTION``)."""
    got = run(pipe, "Как сообщает «Украинская правда. Спорт», после игры футболисты вместе вышли к трибунам.\n")
    assert got == [("indirect", "после игры футболисты вместе вышли к трибунам", "Украинская правда. Спорт")], got
    got = run(pipe, "Как пишет «Новая газета. Европа», суд отложил рассмотрение дела до весны.\n")
    assert got == [("indirect", "суд отложил рассмотрение дела до весны", "Новая газета. Европа")], got


def test_a_short_quotation_of_two_sentences_is_not_joined_to_a_long_one(pipe):
    """``_joined_in_marks`` joins only short spans: a long quotation of several sentences keeps its cuts."""
    from newsgraph.understand.entities.ru import _joined_in_marks
    text = "«Мы готовы к переговорам. Но только на наших условиях, и это окончательно», — сказал министр."
    cut = text.index("Но")
    assert _joined_in_marks(text, [(0, cut - 1), (cut, len(text))]) == [(0, cut - 1), (cut, len(text))]
    text = "Как сообщает «Новая газета. Европа», суд отложил дело."
    cut = text.index("Европа")
    assert _joined_in_marks(text, [(0, cut - 1), (cut, len(text))]) == [(0, len(text))]


def test_a_detail_reported_without_a_source(pipe):
    """speech_verbs.txt: "уточняется" / "поясняется" report as "отмечается" does; a bare "уточняется" (a date being
    settled) reports nothing."""
    got = run(pipe, "Уточняется, что пострадавших при пожаре нет.\n")
    assert got == [("indirect", "пострадавших при пожаре нет", None)], got
    got = run(pipe, "Тарифы поднимут с первого июля, поясняется в сообщении ведомства.\n")
    assert [g[1] for g in got] == ["Тарифы поднимут с первого июля"], got
    assert run(pipe, "Срок сдачи нового корпуса школы уточняется.\n") == []


def test_a_regional_branch_is_one_body(pipe):
    """entities/ru.py ``_regional_branches``: "ГУ МВД по Тверской области" is one ORG (the model gives "ГУ", "МВД"
    and a place), the speaker of what its officers said."""
    got = run(pipe, "В ГУ МВД по Тверской области сообщили, что задержаны трое подозреваемых.\n")
    assert got == [("indirect", "задержаны трое подозреваемых", "ГУ МВД по Тверской области")], got
    got = run(pipe, "Управление Росприроднадзора по Алтайскому краю сообщило, что пробы воздуха уже взяты.\n")
    assert got[0][2].endswith("по Алтайскому краю"), got


def actors(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r15", text=text, language="ru"))
    return {(e.type, e.name) for e in rec.entities}


def test_a_plural_place_is_named_in_the_nominative(pipe):
    """entities/ru_names.py ``plural_place``: "у Южных Курил", "о Южных Курилах", "над Южными Курилами" are one place,
    "Южные Курилы" (natasha's normal form left "Южные Курилами")."""
    got = actors(pipe, "Рыбаки вели лов у Южных Курил. Споры о Южных Курилах продолжаются. Туристы полетят над "
                       "Южными Курилами.\n")
    assert ("GPE", "Южные Курилы") in got and not any("Курилах" in n or "Курилами" in n for _, n in got), got


def test_a_broadcaster_and_a_vehicle_and_a_team(pipe):
    """outlets.tsv: "Голос Америки" is an outlet; vehicle_nouns.txt / vehicle_names.txt: shuttles are no actors;
    brand_names.txt: a team before a driver's name is no part of it."""
    got = actors(pipe, "Как передает «Голос Америки», шаттл «Дискавери» стартовал утром. Экипаж «Индевора» вернулся "
                       "на Землю.\n")
    assert ("MEDIA", "Голос Америки") in got, got
    assert not any(n.startswith(("Дискавери", "Индевор")) for _, n in got), got
    got = actors(pipe, "Пилот Феррари Шарль Леклер выиграл гонку в Монако.\n")
    assert ("PERSON", "Шарль Леклер") in got and not any("Феррари" in n for t, n in got if t == "PERSON"), got


def test_initials_glued_to_a_surname_and_initials_alone(pipe):
    """entities/ru.py: "В.Л.Семенов" and "В.Л. Семенов" are one person; "В.Л." alone is no actor."""
    got = actors(pipe, "Доклад подготовил профессор Н.К.Лаптев. Заведующий кафедрой Н.К. Лаптев заявил, что работа "
                       "завершена.\n\nАвтор статьи — Н.К.\n")
    assert {n for t, n in got if t == "PERSON"} == {"Н.К. Лаптев"}, got


def test_the_content_put_first_with_a_recipient_before_the_cue(pipe):
    """quotes/ru_more.py ``_about_that``: "О том, как …, корреспонденту «…» рассказал X" -- to whom the words were
    said stands between the comma and the cue verb; the outlet that heard them is no speaker."""
    got = run(pipe, "О том, как город готовится к паводку, корреспонденту «Вечерних новостей» рассказал глава МЧС "
                    "района Олег Дронов.\n")
    assert got == [("indirect", "город готовится к паводку", "Олег Дронов")], got


def test_a_pronoun_opening_a_sentence_goes_on_with_the_subject_before(pipe):
    """coref/ru.py ``_previous_subject``: "X поблагодарил Y. Он подчеркнул …" -- the subject of the sentence before
    is the pronoun's antecedent, not the last person named (the object)."""
    got = run(pipe, "Министр Олег Сомов встретился с губернатором Ильей Петровым. Он заявил, что встреча прошла "
                    "хорошо.\n")
    assert got == [("indirect", "встреча прошла хорошо", "Олег Сомов")], got


def test_an_official_and_a_party_described_stand_for_the_one_named_before(pipe):
    """person_nouns.txt "чиновник"; coref/ru.py ``described_person``: "Сам обвиняемый" (a participle used as a noun,
    which natasha lemmatises to its verb) is the accused named before."""
    got = run(pipe, "Суд арестовал директора компании Игоря Сомова.\n\nСам обвиняемый заявил в суде, что ни в чем не "
                    "виноват.\n")
    assert got == [("indirect", "ни в чем не виноват", "Игорь Сомов")], got
    got = run(pipe, "Замминистра Алексей Сазонтов не исключил повышения налога. «Мы смотрим на разные варианты», — "
                    "уточнил чиновник.\n")
    assert got[-1] == ("direct", "Мы смотрим на разные варианты", "Алексей Сазонтов"), got


def test_a_body_after_v_speaks_not_a_person_its_name_mentions(pipe):
    """quotes/ru_refusals.py, ru_more.py, ru.py: "В Офисе президента от комментариев отказались" -- the body after
    "в" with a plural verb speaks (place_speaker first), not the last person named, whom "президента" would name."""
    got = run(pipe, "Депутат Роман Костин заявил, что закон примут до конца месяца. В Офисе президента от "
                    "комментариев отказались.\n")
    assert got[-1] == ("indirect", "от комментариев", "Офис президента"), got
    got = run(pipe, "В пресс-службе ГСУ СК по Тверской области заверили, что дело находится на особом контроле.\n")
    assert got == [("indirect", "дело находится на особом контроле", "ГСУ СК по Тверской области")], got


def test_a_forecast_with_its_object(pipe):
    """object_cues.txt: "Аналитики прогнозируют снижение цен …", "Эксперты предрекли рост ставок …" -- a forecast's
    object is its content, as "прогнозируют, что …" is."""
    got = run(pipe, "Аналитики банка прогнозируют снижение цен на нефть до конца года.\n")
    assert got == [("indirect", "снижение цен на нефть до конца года", "Аналитики банка")], got
    got = run(pipe, "Синоптики предрекли сильные морозы на следующей неделе.\n")
    assert [g[1] for g in got] == ["сильные морозы на следующей неделе"], got


def test_complaints_in_the_present(pipe):
    """speech_verbs.txt: "сетуют, что …", "акцентировал внимание на том, что …"; not "думает" ("думает о будущем"
    reports nothing)."""
    got = run(pipe, "Фермеры сетуют, что закупочные цены на зерно падают третий год подряд.\n")
    assert got == [("indirect", "закупочные цены на зерно падают третий год подряд", "Фермеры")], got
    got = run(pipe, "Глава района Олег Дронов акцентировал внимание на том, что ремонт дороги обойдется дешевле.\n")
    assert [g[1] for g in got] == ["ремонт дороги обойдется дешевле"], got
    assert run(pipe, "Директор школы думает о будущем своих учеников.\n") == []


def test_the_company_of_a_company_statement(pipe):
    """entities/ru_names.py ``without_legal_form``: "ПАО «Уралсталь»" and "«Уралсталь»" are one company;
    quotes/ru_speakers.py: "говорится в сообщении компании" is the company named in marks or with its legal form,
    not a standard the tagger took for a body ("по МСФО")."""
    got = run(pipe, "Прибыль «Уралсталь» выросла на 12%\n\nЧистая прибыль ПАО «Уралсталь» по МСФО за прошлый год "
                    "выросла на 12%, говорится в сообщении компании.\n")
    assert [g[2] for g in got] == ["Уралсталь"], got


def test_a_theatre_or_a_federation_speaks_through_v(pipe):
    """words.tsv institutions / body_anaphors: "…, пояснили в театре" is the theatre named before, as "в мэрии" is
    the city hall."""
    got = run(pipe, "Омский театр драмы перенес премьеру спектакля. Причина – болезнь исполнителя главной роли, "
                    "пояснили в театре.\n")
    assert got == [("indirect", "Причина – болезнь исполнителя главной роли", "Омский театр драмы")], got


def test_an_explanation_by_a_cause(pipe):
    """judgement_cues.txt: "объяснил X чем", "связывают X с Y" with the cause there; not "связывают надежды с …"."""
    got = run(pipe, "Гендиректор Олег Сомов объяснил снижение выручки падением цен на сталь.\n")
    assert got == [("indirect", "снижение выручки падением цен на сталь", "Олег Сомов")], got
    got = run(pipe, "Экономисты связывают рост цен с ослаблением рубля.\n")
    assert [g[1] for g in got] == ["рост цен с ослаблением рубля"], got
    assert run(pipe, "Жители связывают свои надежды с новым мэром.\n") == []
    assert run(pipe, "Учитель объяснил задачу ученикам.\n") == []


def test_a_contrast_of_ones_own_next_act(pipe):
    """quotes/ru_speakers.py ``_same_subject_attribution``: "X признал, что …, но призвал …" -- the second verb with
    no subject of its own is X's next statement (read by the object reader), and the first content ends before it;
    "…, но инвесторы осторожны" (a clause with its own subject) stays in the content."""
    got = run(pipe, "Министр Олег Сомов заявил, что цены вырастут, но пообещал сдержать тарифы.\n")
    assert got == [("indirect", "цены вырастут", "Олег Сомов"), ("indirect", "сдержать тарифы", "Олег Сомов")], got
    got = run(pipe, "Эксперт Анна Лебедева считает, что рынок растет, но инвесторы осторожны.\n")
    assert [g[1] for g in got] == ["рынок растет, но инвесторы осторожны"], got
