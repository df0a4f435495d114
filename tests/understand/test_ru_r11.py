"""Round 11 of Russian attribution: the typography of other publishers (sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument
from newsgraph.understand.quotes.ru_marks import straight_nesting


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r11", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_straight_marks_nest_around_a_quoted_name():
    text = 'Он сказал: "Клуб "Волна" пригласил пловцов".'
    assert [text[o:c + 1] for o, c in straight_nesting(text, [(11, 17), (23, 42)])] == \
        ['"Клуб "Волна" пригласил пловцов"']


def test_straight_marks_that_read_both_ways_stay_paired_in_order():
    text = 'Слово "да"и слово "нет".'
    pairs = [(6, 9), (18, 22)]
    assert straight_nesting(text, pairs) == pairs


def test_a_straight_quotation_ending_with_a_quoted_name_closes_once():
    text = '"Мы закончим проект "Северный берег", - сказал он.'
    assert [(o, c) for o, c in straight_nesting(text, [(0, 20), (35, 36)])] == [(0, 35)]


def test_a_straight_quotation_holding_a_quoted_name_is_one_quotation(pipe):
    got = run(pipe, 'Аренда\n"Мы не будем продлевать договор с компанией "Северный путь" после мая", - заявил глава '
                    'района Олег Щукин.\n')
    assert [(k, s) for k, _, s in got] == [("direct", "Олег Щукин")], got
    assert "продлевать" in got[0][1] and "после мая" in got[0][1]


def test_a_pointer_back_reaches_the_sentence_paragraph_before(pipe):
    got = run(pipe, "Мост\nНовый мост через Оку откроют в декабре.\n\nОб этом сообщил губернатор области Петр Ельцов.\n")
    assert [(k, t, s) for k, t, s in got] == [("indirect", "Новый мост через Оку откроют в декабре", "Петр Ельцов")]


def test_a_pointer_back_does_not_reach_a_title(pipe):
    got = run(pipe, "Новый мост через Оку\n\nОб этом сообщил губернатор области Петр Ельцов.\n")
    assert got == [], got


def test_a_capitalised_word_after_a_dash_is_no_attribution_verb(pipe):
    got = run(pipe, "Заводы\nАнна Белова руководит цехом. Цех выпускает тракторы «Беркут» — МТЗ. Их продают в Азию.\n")
    assert got == [], got


def test_a_typed_double_hyphen_interrupts_a_quotation_as_a_dash_does(pipe):
    got = run(pipe, "Ремонт\n«Дорогу откроют в июле, -- сказал прораб Степан Клюев. -- Асфальт уже уложили».\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Степан Клюев")], got
    assert "июле" in got[0][1] and "Асфальт" in got[0][1]


def test_an_outlet_in_straight_marks_is_the_listed_outlet(pipe):
    got = run(pipe, 'Погода\nВ Сочи выпал первый снег, сообщает РИА "Новости".\n')
    assert [s for _, _, s in got] == ["РИА Новости"], got


def test_a_bare_official_goes_on_with_the_body_whose_spokesman_spoke(pipe):
    rec = pipe.run(RawDocument(source="ru-r11", text="Бюджет\nПредставитель Министерства финансов Польши сообщил, "
                               "что бюджет примут в срок. Чиновник добавил, что дефицит сократится вдвое.\n",
                               language="ru"))
    got = [(q.text, q.speaker.entity if q.speaker else None) for q in rec.quotes]
    assert len(got) == 2 and got[0][1] is not None and got[0][1] == got[1][1], got


def test_legislators_speak_for_the_house_named_before(pipe):
    got = run(pipe, "Кения\nПарламент Кении принял бюджет на будущий год. Депутаты потребовали увеличить расходы на "
                    "школы.\n")
    assert [s for _, _, s in got] == ["Парламент Кении"], got


def test_legislators_do_not_speak_for_a_person_who_spoke_before(pipe):
    got = run(pipe, "Визит\nПосол Игорь Лапин заявил, что визит состоится. Депутаты потребовали отложить его.\n")
    assert [s for _, _, s in got][-1] != "Игорь Лапин", got


def test_a_quotation_ending_as_a_sentence_takes_its_attribution_without_comma_and_dash(pipe):
    got = run(pipe, "Итоги\n«Мы продолжим ремонт школ. Подрядчики найдены...» заявил после совещания мэр Олег Ветров.\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Олег Ветров")], got


def test_a_name_in_quote_marks_before_a_verb_is_no_quotation(pipe):
    got = run(pipe, "Цены\n«Газпром» заявил, что цены вырастут.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "цены вырастут")], got


def test_a_saying_before_a_conditional_verb_is_no_quotation(pipe):
    got = run(pipe, "Совет\nКак говорится, «семь раз отмерь!» заявил бы любой.\n")
    assert got == [], got


def test_a_body_named_as_a_place_after_a_quotation_speaks(pipe):
    got = run(pipe, "Суд\n«Дело передано в суд», — сообщили в прокуратуре Самары.\n")
    assert len(got) == 1 and got[0][2] and "Самар" in got[0][2], got


def test_a_study_shows_its_findings(pipe):
    got = run(pipe, "Доходы\nИсследование Высшей школы экономики показало, что доходы населения снизились.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "доходы населения снизились")], got
    assert got[0][2] and "Высш" in got[0][2], got


def test_a_poll_with_no_one_named_states_its_findings_with_no_speaker(pipe):
    got = run(pipe, "Парк\nОпрос выявил, что большинство горожан против застройки парка.\n")
    assert [(k, s) for k, _, s in got] == [("indirect", None)], got


def test_time_showing_something_is_the_authors_voice(pipe):
    got = run(pipe, "Итоги\nВремя показало, что мы были правы. Практика показывает, что такие проекты окупаются.\n")
    assert got == [], got


def test_more_speech_and_opinion_verbs(pipe):
    got = run(pipe, "Рынок\nАналитик Мария Зотова допускает, что ставку снизят в марте. Тренер Павел Ершов намекнул, "
                    "что сменит вратаря.\n")
    assert [s for _, _, s in got] == ["Мария Зотова", "Павел Ершов"], got


def test_a_voiced_verb_with_an_object_and_no_clause_is_no_attribution(pipe):
    got = run(pipe, "Кино\nАктер Глеб Рудин озвучил главного героя мультфильма.\n")
    assert got == [], got


def test_unspaced_dashes_set_off_an_attribution(pipe):
    got = run(pipe, "Ремонт\n«Дорогу откроют в июле,—сказал прораб Степан Клюев.—Асфальт уже уложили».\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Степан Клюев")], got
    got = run(pipe, "Музей\nДиректор Глеб Рудин встретил нас.\n\n—Мы открылись вовремя,—сказал он.—Но работы много.\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Глеб Рудин")], got


def test_an_unspaced_dash_between_numbers_is_no_attribution(pipe):
    got = run(pipe, "Цены\nЦены выросли на 10,—15 процентов, сообщил аналитик.\n")
    assert [t for _, t, _ in got] == ["Цены выросли на 10,—15 процентов"], got


def test_an_outlet_after_as_reports_is_the_speaker_entity(pipe):
    rec = pipe.run(RawDocument(source="ru-r11", text="Погода\nКак сообщает РИА «Новости», в Сочи выпал первый снег.\n",
                               language="ru"))
    assert [(q.speaker.name, q.speaker.entity is not None) for q in rec.quotes] == [("РИА Новости", True)]


def test_a_legislature_voting_a_bill_is_no_stance(pipe):
    got = run(pipe, "Такси\nГосдума одобрила законопроект о такси в первом чтении. Правительство поддержало поправки в "
                    "бюджет.\n")
    assert got == [], got


def test_a_person_supporting_a_bill_is_a_stance(pipe):
    got = run(pipe, "Такси\nДепутат Олег Смолин поддержал законопроект о такси.\n")
    assert [s for _, _, s in got] == ["Олег Смолин"], got
