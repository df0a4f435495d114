"""Round 28 of Russian attribution, FRAMES (helper ru28b, issue 16): a cue takes its content in several shapes, and the
readers knew some cues in one shape only (python -m newsgraph.eval.ru_frames prints the cue x frame table). Sentences
written for the test, not news."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru28b", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def _said(got):
    return {g[2]: g[1] for g in got}


def test_a_cue_participle_whose_clause_the_parse_hung_on_the_main_verb(pipe):
    """ru_participles.py: "X, пояснивший, что …, покинул зал" -- the parse made the "что" clause's verb the root;
    the participle's content is still its clause, cut before the main verb."""
    got = run(pipe, "Министр транспорта Олег Соколов, пояснивший, что новый мост будет построен через два года, "
                    "покинул заседание.\n")
    assert _said(got).get("Олег Соколов") == "новый мост будет построен через два года", got


def test_a_participle_before_a_second_cue(pipe):
    """Both statements of one subject: the participle's and the main verb's."""
    got = run(pipe, "Депутат Анна Крылова, признавшая, что тарифы в городе выросли, предложила заморозить плату "
                    "за вывоз мусора.\n")
    texts = [g[1] for g in got if g[2] == "Анна Крылова"]
    assert "тарифы в городе выросли" in texts and "заморозить плату за вывоз мусора" in texts, got


def test_a_fronted_gerund_whose_parse_hangs_on_its_own_clause(pipe):
    """ru_lead_clause.py: "Напомнив, что …, он поручил …" -- the gerund's clause ends at the comma before the main
    clause, past the content's own relative clause and predicate."""
    got = run(pipe, "Мэр Тулы Павел Рогов провел совещание. Напомнив, что подрядчики, которые выиграли конкурс, "
                    "сорвали сроки, он поручил проверить все контракты.\n")
    said = [g for g in got if g[1].startswith("подрядчики")]
    assert said and said[0][1] == "подрядчики, которые выиграли конкурс, сорвали сроки", got
    assert said[0][2] == "Павел Рогов", got


def test_a_fronted_gerund_with_a_verbless_clause(pipe):
    """A clause without a verb ("у него трое детей") is the content all the same; the speaker is the main subject."""
    got = run(pipe, "Подчеркнув, что у подсудимого двое маленьких детей, адвокат Елена Мартынова попросила о "
                    "смягчении приговора.\n")
    assert ("indirect", "у подсудимого двое маленьких детей", "Елена Мартынова") in got, got


def test_a_promise_as_light_verb_and_noun(pipe):
    """ru_light_verbs.py: "дал обещание + infinitive" -- what is promised, to the end of its clause."""
    got = run(pipe, "Глава района Сергей Лавров дал обещание отремонтировать мост до конца лета.\n")
    assert _said(got).get("Сергей Лавров") == "отремонтировать мост до конца лета", got


def test_a_demand_as_light_verb_and_noun(pipe):
    """"выдвинул требование + infinitive" and "выступил с предупреждением о …" (the "о" left out, as the gold)."""
    got = run(pipe, "Профсоюз шахтеров выдвинул требование повысить зарплату на десять процентов. Профсоюз также "
                    "выступил с предупреждением о возможной забастовке.\n")
    texts = [g[1] for g in got]
    assert "повысить зарплату на десять процентов" in texts and "возможной забастовке" in texts, got


def test_a_giving_verb_with_a_noun_of_no_speech_is_no_quote(pipe):
    """"дал интервью", "дал концерт": the light verb alone says nothing."""
    got = run(pipe, "Певица Анна Орлова дала концерт в Самаре и дала интервью местной газете.\n")
    assert not got, got


def test_an_order_as_light_verb_and_noun(pipe):
    """light_verb_frames.tsv: "отдал распоряжение + infinitive", "дал команду + infinitive": instructions."""
    got = run(pipe, "Мэр Олег Смирнов отдал распоряжение закрыть рынок на карантин. Он также дал команду проверить "
                    "все склады района.\n")
    texts = [g[1] for g in got]
    assert "закрыть рынок на карантин" in texts and "проверить все склады района" in texts, got


def test_figures_cited_with_a_relative_clause_or_a_colon(pipe):
    """"привел данные, согласно которым …", "привел цифры: …": what the figures say, the one citing them speaks."""
    got = run(pipe, "Глава Росстата Сергей Галкин привел данные, согласно которым безработица снизилась до трех "
                    "процентов.\n")
    assert _said(got).get("Сергей Галкин") == "безработица снизилась до трех процентов", got


def test_a_conviction_as_an_according_phrase(pipe):
    """attribution_phrases.txt: "По убеждению X, …" as "По мнению X, …"."""
    got = run(pipe, "По убеждению экономиста Андрея Лаврова, рубль до конца года не ослабнет.\n")
    assert _said(got).get("Андрей Лавров") == "рубль до конца года не ослабнет", got


def test_a_denial_verb_with_a_clause_takes_no_noun_object(pipe):
    """ru_refusals.py: "не стал отрицать, что …, но заверил суд в том, что …" -- "суд" is nobody's content."""
    got = run(pipe, "Обвиняемый Олег Гуляев не стал отрицать, что подписывал документы, но заверил суд в том, что не "
                    "знал о ценах.\n")
    assert [g[1] for g in got] == ["подписывал документы", "не знал о ценах"], got


def test_an_impersonal_perfective_passive_of_explaining(pipe):
    """impersonal_cues.txt: "На совещании было пояснено, что …" -- a report with no speaker named."""
    got = run(pipe, "На совещании в мэрии было пояснено, что школы откроются в срок.\n")
    assert ("indirect", "школы откроются в срок", None) in got, got


def test_a_belief_verb_with_its_noun_frame(pipe):
    """stance_frames.tsv: "опасается роста цен", "сомневается в успехе переговоров", "надеется на …" -- the noun
    frame of a verb the table knows with "что"; a pronoun object says nothing."""
    got = run(pipe, "Экономист Олег Белов опасается роста цен на продукты. Он сомневается в успехе переговоров с "
                    "поставщиками. Депутат Ирина Котова надеется на него.\n")
    texts = [g[1] for g in got]
    assert texts == ["роста цен на продукты", "успехе переговоров с поставщиками"], got


def test_seeking_is_a_demand_achieving_is_not(pipe):
    """"добивается отставки" seeks it (a demand); "добился повышения" achieved it (a fact)."""
    got = run(pipe, "Профсоюз добивается отставки директора завода. В прошлом году профсоюз добился повышения "
                    "зарплат.\n")
    assert [g[1] for g in got] == ["отставки директора завода"], got


def test_a_topic_raised_with_a_light_verb(pipe):
    """light_verb_frames.tsv: "поднял вопрос о …", "затронул тему …", "акцентировал внимание на …": the topic of what
    was said, as "рассказал о …"; noticing ("обратили внимание на автомобиль") and a topic not raised are none."""
    got = run(pipe, "Губернатор Алексей Дюмин поднял вопрос о повышении пенсий. Он также затронул тему ремонта "
                    "сельских школ.\n")
    assert [g[1] for g in got] == ["повышении пенсий", "ремонта сельских школ"], got
    got = run(pipe, "Полицейские обратили внимание на подозрительный автомобиль у входа. Депутаты не подняли вопрос о "
                    "повышении тарифов.\n")
    assert not got, got
