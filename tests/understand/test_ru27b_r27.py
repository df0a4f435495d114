"""Round 27 of Russian attribution, outlet relays and speakers (helper ru27b, issue 16): an outlet's report of another
attribution is a second record (the ru-attr gold's ``# E<n> reports:``), in the forms real news prints it (sentences
written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru27b", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
            for q in rec.quotes]


def _by_speaker(got):
    return {g[2]: g[1] for g in got}


def test_an_according_phrase_inside_the_sentence_stops_before_the_outlets_credit(pipe):
    """ru_more.py ``_inserted``: "…, согласно указу X, …, сообщает NEWSru.com." -- the decree's content ends before
    the outlet's credit, and the outlet's report of it is a second record."""
    got = run(pipe, "С нового года, согласно указу губернатора Ивана Петрова, парковка в центре города станет платной, "
                    "сообщает NEWSru.com.\n")
    said = _by_speaker(got)
    assert "сообщает" not in said.get("Иван Петров", "сообщает"), got
    assert "парковка в центре города станет платной" in said.get("NEWSru.com", ""), got


def test_an_according_phrase_opening_the_sentence_stops_before_the_outlets_credit(pipe):
    """ru_documents.py ``_document_phrase``: "По данным X, …, пишет «Коммерсантъ»." -- the same at a sentence start."""
    got = run(pipe, "По данным министерства финансов, дефицит бюджета за полгода сократился вдвое, пишет "
                    "«Коммерсантъ».\n")
    said = _by_speaker(got)
    assert said.get("министерство финансов") == "дефицит бюджета за полгода сократился вдвое", got
    assert "Коммерсантъ" in said, got


def test_a_name_in_marks_credited_only_as_an_outlet_is_one(pipe):
    """entities/ru_outlets.py ``credited_outlets``: "…, сообщает «Северный курьер»." names an outlet the list does not
    hold; the speaker keeps the words, the outlet relays them."""
    got = run(pipe, "Главный тренер Олег Захаров остался доволен игрой. Он заявил, что ничья в гостях — хороший "
                    "результат, сообщает «Северный курьер».\n")
    said = _by_speaker(got)
    assert said.get("Олег Захаров") == "ничья в гостях — хороший результат", got
    assert "Северный курьер" in said, got


def test_a_company_named_otherwise_is_no_outlet(pipe):
    """A name that also acts in the text ("«Уралхим» повысил цены") is not made an outlet by a credit."""
    rec = pipe.run(RawDocument(source="ru27b", text="Цены на удобрения вырастут на пять процентов, сообщает "
                                                    "«Уралхим». «Уралхим» также повысил тарифы на перевозку.\n",
                               language="ru"))
    assert not [a for a in rec.entities if a.type == "MEDIA"], [(a.name, a.type) for a in rec.entities]


def test_an_outlet_citing_its_source_data(pipe):
    """ru_relays.py ``_source_cited``: "…, сообщает «Интерфакс» со ссылкой на данные биржи." -- the data's owner
    speaks, the agency relays."""
    got = run(pipe, "Курс евро после заявления регулятора снизился на два процента, сообщает «Интерфакс» со ссылкой "
                    "на данные Московской биржи.\n")
    assert sorted(g[2] for g in got) == ["Интерфакс", "Московская биржа"], got


def test_an_outlet_as_the_subject_of_its_cited_report(pipe):
    """ru_relays.py ``_outlet_subject``: "X со ссылкой на Y заявляет, что …" -- the outlet is the verb's subject and
    cites its source: two records of the same content."""
    got = run(pipe, "«Ведомости» со ссылкой на источники в правительстве сообщают, что налог на прибыль повысят "
                    "в следующем году.\n")
    said = _by_speaker(got)
    assert said.get("Ведомости") == said.get("источники в правительстве") == \
        "налог на прибыль повысят в следующем году", got


def test_an_outlet_citing_a_minister_before_the_quotation(pipe):
    """ru_relays.py ``_outlet_subject``: "РИА Новости цитирует слова министра X: «…»" -- the minister's quote and the
    agency's report of it."""
    got = run(pipe, "Агентство РИА Новости цитирует слова министра энергетики Павла Соколова: «Зима пройдет без "
                    "перебоев».\n")
    assert sorted(g[2] for g in got) == ["Павел Соколов", "РИА Новости"], got
    assert [g for g in got if g[2] == "Павел Соколов"][0][3] == ["РИА Новости"], got


def test_a_medium_is_no_relay(pipe):
    """"сообщил в эфире телеканала «Россия 24»": the medium the words went out in relays nothing."""
    got = run(pipe, "Мэр Андрей Смирнов заявил, что выборы перенесут на осень. Об этом он сообщил в эфире телеканала "
                  "«Россия 24».\n")
    assert [g[2] for g in got] == ["Андрей Смирнов"], got


def test_as_an_outlet_writes_citing_a_source(pipe):
    """ru_relays.py ``cited_source`` (from ru_more.py ``_as_said``): "Как пишет X со ссылкой на Y, …" -- Y speaks, X
    relays: two records of the same content (the cited source is the outlet's words, not relayed content)."""
    got = run(pipe, "Как пишет «Вечерняя Москва» со ссылкой на источник в мэрии, новую линию метро откроют в "
                    "декабре.\n")
    said = _by_speaker(got)
    assert said.get("источник в мэрии") == said.get("Вечерняя Москва") == "новую линию метро откроют в декабре", got
    got = run(pipe, "Как сообщает ТАСС со ссылкой на пресс-службу Минфина, выплаты пенсионерам начнутся в марте.\n")
    assert len(got) == 2 and "ТАСС" in _by_speaker(got), got
    got = run(pipe, "Как пишет «Коммерсантъ», законопроект о такси могут принять уже в мае.\n")
    assert [g[2] for g in got] == ["Коммерсантъ"], got


def test_an_appeal_reported_bare_is_its_writers(pipe):
    """quotes/ru_authors.py: "Жители X обратились … . В обращении говорится, что …" -- the appeal's words are the
    group's that made it (the verb of the noun's stem), and "Авторы обращения" are the same group."""
    got = run(pipe, "Жители Ангарска обратились к губернатору с просьбой сохранить детскую поликлинику. В обращении "
                    "говорится, что ближайшая поликлиника находится в десяти километрах. Авторы обращения также "
                    "пожаловались на то, что автобусы ходят редко.\n")
    said = {g[1]: g[2] for g in got}
    assert said.get("ближайшая поликлиника находится в десяти километрах") == "Жители Ангарска", got
    assert said.get("автобусы ходят редко") == "Жители Ангарска", got


def test_a_letters_authors_are_those_who_sent_it(pipe):
    """quotes/ru_authors.py: "X направили письмо … . Авторы письма считают, что …" -- the verb taking the letter."""
    got = run(pipe, "Родители учеников направили письмо министру образования. Авторы письма считают, что школу "
                    "закрывать нельзя.\n")
    assert [(g[1], g[2]) for g in got] == [("школу закрывать нельзя", "Родители учеников")], got


def test_a_document_with_its_owner_keeps_it(pipe):
    """A document whose owner the phrase names ("в письме Минфина") is not given to the writers of another."""
    got = run(pipe, "Жители Ангарска обратились к губернатору. В письме Минфина говорится, что денег на ремонт "
                    "поликлиники нет.\n")
    assert [g[2] for g in got if g[1].startswith("денег")] != ["Жители Ангарска"], got


def test_a_critic_of_a_document_is_not_its_author(pipe):
    """quotes/ru_authors.py: only a verb of issuing makes the subject the writer ("раскритиковал доклад" does not)."""
    got = run(pipe, "Профсоюз раскритиковал письмо «Новые правила найма». Авторы письма считают, что стаж надо "
                    "отменить.\n")
    assert [g[2] for g in got if g[1].startswith("стаж")] != ["Профсоюз"], got
