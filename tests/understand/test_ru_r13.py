"""Round 13 of Russian attribution: forms found on the fresh articles in the layouts of the ru-news texts (w291-w311;
sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r13", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_foreign_name_the_dictionary_does_not_know_has_no_gender_guessed(pipe):
    """entities/ru_gender.py: "Мэдисон Кьоге" tells no gender, so "она" after her words is hers, not the last
    woman the dictionary knows ("Джанет")."""
    got = run(pipe, "Глава фонда Джанет Ривз предупредила, что биржа может упасть. Аналитик Мэдисон Кьоге считает, "
                    "что рынок выдержит. «Паники не будет, инвесторы это уже пережили», — сказала она.\n")
    assert got[-1] == ("direct", "Паники не будет, инвесторы это уже пережили", "Мэдисон Кьоге"), got


def test_past_tense_agreement_tells_the_gender_of_a_name(pipe):
    """A past-tense verb agrees with its subject: "кандидат Саша Грин назвал" is a man whatever "Саша" is."""
    got = run(pipe, "Депутат Ольга Ветрова заявила, что выборы прошли честно. Однако кандидат оппозиции Саша Грин "
                    "назвал подсчет голосов непрозрачным. По его мнению, на участках раздавали деньги.\n")
    assert got[-1] == ("indirect", "на участках раздавали деньги", "Саша Грин"), got


def test_the_author_words_inside_a_quotation_name_a_speaker_for_a_later_title(pipe):
    """quotes/ru_marks.py ``quoted_spans``: "— сказал Северов. —" inside the marks is the author's, so "министр"
    after it is Северов, not the premier named inside what he said before."""
    got = run(pipe, "Глава МИД Игорь Северов заявил, что слова премьера Таро Ямады недружественны. «Москва не отступит, "
                    "— сказал Северов. — Но диалог возможен». Вместе с тем министр подтвердил готовность к переговорам "
                    "по всем вопросам.\n")
    assert got[-1] == ("indirect", "готовность к переговорам по всем вопросам", "Игорь Северов"), got


def test_a_named_expert_is_not_the_premier_of_his_country(pipe):
    """coref/ru.py ``described_person``: "японский эксперт … Кэндзи Мори" names the speaker there; the country
    adjective does not send him to the Japanese premier named before."""
    got = run(pipe, "Премьер-министр Японии Таро Ямада пообещал добиваться возвращения островов.\n\nЯпонский эксперт "
                    "по Китаю профессор Кэндзи Мори в интервью агентству Kyodo выразил сомнение в том, что переговоры "
                    "возобновятся.\n")
    assert got[-1] == ("indirect", "переговоры возобновятся", "Кэндзи Мори"), got


def test_a_clause_boundary_inside_quote_marks_ends_no_clause(pipe):
    """quotes/ru_marks.py ``outside_marks``: ", но" inside «…» is part of the quoted words."""
    got = run(pipe, "Обозреватель Ирина Лесная назвала новый роман «талантливым, но затянутым».\n")
    assert got == [("mixed", "новый роман «талантливым, но затянутым»", "Ирина Лесная")], got


def test_an_aside_between_interview_turns_keeps_the_interviewee(pipe):
    """quotes/ru_forms.py ``_interview``: a paragraph reporting someone else's words between two questions is an aside;
    a quotation the guest tells inside an answer is nested in it (only the outermost is an attribution)."""
    got = run(pipe, "Директор музея Анна Котова рассказала нам о планах на год.\n\n— Анна Петровна, что изменится?\n\n"
                    "— Мы откроем новый зал и продлим часы работы.\n\nЗаместитель директора Олег Ручьев подтверждает, "
                    "что ремонт закончен.\n\n— Как к этому отнеслись художники?\n\n— По-разному. Один художник сказал "
                    "мне: «Вы погубите музей». Теперь он сам просит выставку.\n\n— Когда откроется выставка?\n\n"
                    "— Весной, если успеем привезти картины из Казани.\n")
    answers = [(t, s) for k, t, s in got if k == "direct"]
    assert [s for _, s in answers] == ["Анна Котова"] * 3, got
    assert answers[1][0].startswith("По-разному"), got


def test_the_authors_of_a_study_are_the_body_that_made_it(pipe):
    """quotes/ru_speakers.py ``_described_org``: "авторы исследования" (words.tsv work_authors, works) stand for the
    organisation named by its work just before ("опрос Левада-центра"), not one named in what it found."""
    rec = pipe.run(RawDocument(source="ru-r13", text="Как показал опрос Левада-центра, большинство россиян недовольны "
                               "работой правительства. Авторы исследования отмечают, что доля таких ответов за год "
                               "выросла.\n", language="ru"))
    q = rec.quotes[-1]
    names = [e.name for e in rec.entities if e.id == q.speaker.entity]
    assert q.text == "доля таких ответов за год выросла" and names and "Левада" in names[0], (q, names)


def test_a_demand_or_naming_joined_after_reported_speech_is_its_own_attribution(pipe):
    """quotes/ru_speakers.py ``_same_subject_attribution``: "…, что A, и потребовала B" -- a cue verb agreeing with the
    first, after a comma and "и", is the subject's next act: the first content ends before it, and the second reading
    keeps the first speaker, not a person named inside A."""
    got = run(pipe, "Депутат Анна Ветрова заявила, что министр Олег Рябов скрывает данные, и потребовала провести "
                    "проверку.\n")
    assert got == [("indirect", "министр Олег Рябов скрывает данные", "Анна Ветрова"),
                   ("indirect", "провести проверку", "Анна Ветрова")], got
    got = run(pipe, "Генсек Павел Орлов напомнил, что переговоры идут, и назвал соглашение «вопросом времени».\n")
    assert got == [("indirect", "переговоры идут", "Павел Орлов"),
                   ("mixed", "соглашение «вопросом времени»", "Павел Орлов")], got
    got = run(pipe, "Мэр Игорь Лобов заявил, что город выделит деньги и потребует отчета от подрядчика.\n")
    assert got == [("indirect", "город выделит деньги и потребует отчета от подрядчика", "Игорь Лобов")], got


def test_a_surname_spelled_a_vowel_apart_is_the_same_person(pipe):
    """entities/ru.py ``_persons`` with coref/ru.py ``surname_variant``: "Бонер" after "Джон Бенер" is his name
    transliterated another way, not a new person."""
    rec = pipe.run(RawDocument(source="ru-r13", text="Спикер палаты Джон Бенер заявил, что бюджет будет сокращен. "
                               "Позже Бонер добавил, что республиканцы готовы к переговорам.\n", language="ru"))
    ids = {q.speaker.entity for q in rec.quotes}
    assert len(rec.quotes) == 2 and len(ids) == 1, [(q.text, q.speaker) for q in rec.quotes]


def test_as_a_poll_showed(pipe):
    """quotes/ru_findings.py ``_as_found``: "Как показал опрос X, …" (a participle's clause after the poll is part of
    it); "Как показывает практика" names no findings and is the author's voice."""
    got = run(pipe, "Как показал опрос ВЦИОМ, опубликованный во вторник, 57% россиян довольны работой мэрии.\n")
    assert got == [("indirect", "57% россиян довольны работой мэрии", "ВЦИОМ")], got
    assert run(pipe, "Как показывает практика, такие проекты редко окупаются.\n") == []


def test_advice_is_an_attribution_and_callings_stand_for_the_person(pipe):
    """object_cues.txt (советовать; not угрожать: "Наводнение угрожает жителям" is a danger) and person_nouns.txt
    (специалист, синоптик, банкир)."""
    got = run(pipe, "Педиатры советуют родителям убирать планшеты из детской за час до сна.\n")
    assert got == [("indirect", "родителям убирать планшеты из детской за час до сна", "Педиатры")], got
    got = run(pipe, "Синоптик Андрей Лесов рассказал, что в выходные похолодает. «Готовьте зимние куртки», — "
                    "пояснил синоптик.\n")
    assert got[-1] == ("direct", "Готовьте зимние куртки", "Андрей Лесов"), got


def test_a_headline_name_colon_statement(pipe):
    """quotes/ru_forms.py ``_transcript``: a headline "Surname: statement" is that person's words even when the tagger
    misses the name there and the statement has no finite verb ("готов") or holds a quoted word."""
    got = run(pipe, "Громов: Казань готова к зиме лучше, чем год назад\n\nМэр Казани Илья Громов заявил, что все "
                    "котельные города получили резервные генераторы.\n")
    assert got[0] == ("direct", "Казань готова к зиме лучше, чем год назад", "Илья Громов"), got
    got = run(pipe, "Лесной: Москва не согласится на «заморозку» переговоров\n\nГлава МИД Олег Лесной заявил, что "
                    "позиция не изменилась.\n")
    assert got[0] == ("direct", "Москва не согласится на «заморозку» переговоров", "Олег Лесной"), got


def test_of_two_subjects_the_parse_gave_a_cue_the_nearest_person_before_it(pipe):
    """quotes/ru.py ``speaker_in``: "Мэр X объявил о победе, однако кандидат Y назвал …" -- the parse may hang both
    subjects on "назвал"; the animate one nearest before the cue is its subject."""
    got = run(pipe, "Действующий мэр Петр Ларин объявил о победе в первом туре, однако кандидат оппозиции Олег "
                    "Сомов назвал подсчет голосов «непрозрачным».\n")
    assert got[-1] == ("mixed", "подсчет голосов «непрозрачным»", "Олег Сомов"), got


def test_a_long_surname_misspelled_is_the_same_person_but_not_a_wife(pipe):
    """coref/ru.py ``surname_variant``: two edits apart in a long surname with the same start is a typo; a surname
    and its feminine form are two people."""
    from newsgraph.understand.coref.ru import surname_variant
    assert surname_variant("шварценбергер", "шварценберер") and surname_variant("бенер", "бонер")
    assert not surname_variant("александров", "александрова") and not surname_variant("петров", "петрова")


def test_a_state_corporation_or_a_mission_stands_for_the_body_named_before(pipe):
    """org_nouns.txt (госкорпорация, миссия, делегация, фонд, агентство)."""
    rec = pipe.run(RawDocument(source="ru-r13", text="Миссия ОБСЕ заявила, что выборы прошли организованно. По мнению "
                               "миссии, кампания была конкурентной.\n", language="ru"))
    names = {e.id: e.name for e in rec.entities}
    assert [names.get(q.speaker.entity) for q in rec.quotes] == ["ОБСЕ", "ОБСЕ"], [(q.text, q.speaker) for q in
                                                                                 rec.quotes]


def test_a_passive_report_of_an_opinion_held(pipe):
    """quotes/ru_findings.py ``_reputed``: "X считается Y-instr" reports an opinion (the gold's "Считается, что …"),
    read last so that a transcript line or a quotation keeps its speaker."""
    got = run(pipe, "Новый стадион считается лучшим в стране.\n")
    assert got == [("indirect", "Новый стадион считается лучшим в стране", None)], got
    got = run(pipe, "Адвокат Игорь Лесков ответил на вопросы корреспондента.\n\nКорреспондент: Почему так?\n\nЛесков: "
                    "Оправдательный приговор считается браком в работе следователя, и никто не хочет его признавать.\n")
    assert [s for _, _, s in got] == ["Игорь Лесков"], got


def test_one_of_many_speaks(pipe):
    """words.tsv ``some`` (один): "Один из участников встречи рассказал, что …" -- one of many, the phrase as
    written."""
    got = run(pipe, "Один из участников встречи рассказал, что решение уже принято.\n")
    assert got == [("indirect", "решение уже принято", "Один из участников встречи")], got


def test_a_relative_clause_cue_speaks_for_the_main_subject_and_insisting(pipe):
    """quotes/ru_stance.py ``shared_subject_verb``: "X выступил с обращением, в котором заявил, что …" is X's; and
    object_cues.txt "настаивает на …"."""
    got = run(pipe, "Премьер Олег Сомов выступил с обращением, в котором заявил, что страна готова к переговорам.\n")
    assert got == [("indirect", "страна готова к переговорам", "Олег Сомов")], got
    got = run(pipe, "Адвокат Ирина Котова настаивает на невиновности своего подзащитного.\n")
    assert got == [("indirect", "невиновности своего подзащитного", "Ирина Котова")], got


def test_a_participle_phrase_after_an_inserted_source_describes_it(pipe):
    """quotes/ru_stance.py ``participle_phrase_end``: "Как рассказал источник, знакомый с ходом переговоров, …" -- the
    phrase describes who speaks; "Как сообщил министр, новые правила, принятые …" keeps its content whole."""
    got = run(pipe, "Как рассказал источник, знакомый с ходом переговоров, стороны близки к соглашению.\n")
    assert [t for _, t, _ in got] == ["стороны близки к соглашению"], got
    got = run(pipe, "Как сообщил министр, новые правила, принятые в мае, вступят в силу осенью.\n")
    assert [t for _, t, _ in got] == ["новые правила, принятые в мае, вступят в силу осенью"], got


def test_citing_and_pointing_to_that(pipe):
    """speech_verbs.txt "ссылается на то" / "указал на то": a "на то, что" clause is what is said."""
    got = run(pipe, "Эксперт Олег Лисин ссылается на то, что сделка уже год блокируется в парламенте.\n")
    assert got == [("indirect", "сделка уже год блокируется в парламенте", "Олег Лисин")], got
