"""Round 28 of Russian attribution, statements found but not counted (helper ru28a, issue 16): an outlet's relay
whose words follow the content ("…, — приводит его слова ТАСС"), an outlet citing its source with the gerund
"ссылаясь на" (quotes/ru_citing.py), a refusal joined to a "что" clause ("…, но отказался уточнять …"), a quotation
over several paragraphs whose middle paragraphs do not open with the mark again (sentences written for the test,
not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru28a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
            for q in rec.quotes]


def test_a_relay_quoting_his_words_after_the_content(pipe):
    """ "…, — приводит его слова ТАСС": the content ends before the outlet's words (ru.py ``strip_report_tail`` with
    a dash, lang/ru/report_verbs.txt), and the outlet's relay is a record of its own (ru_relays.py ``_relay_at``
    past the possessive)."""
    got = run(pipe, "Бюджет исполнен\n\nГлава Минфина Антон Силуанов заявил, что бюджет будет исполнен с "
                    "профицитом, — приводит его слова ТАСС.\n")
    said = [g for g in got if g[2] == "Антон Силуанов"]
    assert [(g[1], g[3]) for g in said] == [("бюджет будет исполнен с профицитом", ["ТАСС"])], got
    relay = [g for g in got if g[2] == "ТАСС"]
    assert len(relay) == 1 and "бюджет будет исполнен с профицитом" in relay[0][1], got


def test_an_outlet_citing_its_source_with_a_gerund(pipe):
    """ "…, сообщает РБК, ссылаясь на источник в правительстве": what follows "ссылаясь на" is the source, not
    content; the source speaks and the outlet relays, as with "со ссылкой на"."""
    got = run(pipe, "Газ подешевеет\n\nПоставки газа в Европу сократятся на треть, сообщает РБК, ссылаясь на "
                    "источник в правительстве.\n")
    assert {g[1] for g in got} == {"Поставки газа в Европу сократятся на треть"}, got
    assert sorted(g[2] for g in got) == ["РБК", "источник в правительстве"], got


def test_an_outlet_noun_citing_its_source(pipe):
    """ "…, пишет издание, ссылаясь на …": the outlet named before reports; the content stops at the insertion."""
    got = run(pipe, "Новость опубликовала газета «Вечерний курьер». Тендер выиграла фирма родственника мэра, пишет "
                    "издание, ссылаясь на документы закупки.\n")
    said = [g for g in got if g[1] == "Тендер выиграла фирма родственника мэра"]
    assert said and all("ссылаясь" not in g[1] for g in got), got
    assert any(g[2] == "Вечерний курьер" or "Вечерний курьер" in g[3] for g in said), got


def test_a_that_clause_ends_before_the_outlets_citing_gerund(pipe):
    """ "«Ведомости» сообщают, что …, ссылаясь на письмо ассоциации": the content ends before the gerund (ru_wire.py
    ``gerund_split``)."""
    got = run(pipe, "Налоги\n\nГазета «Ведомости» сообщает, что ставка налога может вырасти до 7%, ссылаясь на письмо "
                    "ассоциации предпринимателей.\n")
    assert "ставка налога может вырасти до 7%" in [g[1] for g in got], got


def test_a_refusal_joined_to_a_that_clause(pipe):
    """ "X сообщил, что …, но отказался уточнять, …": the refusal is his next act (ru_speakers.py
    ``_same_subject_attribution``), read by ru_refusals.py; the first content ends before it."""
    got = run(pipe, "Министр транспорта Олег Дымов сообщил, что правительство выделит деньги на новые трамваи, но "
                    "отказался уточнять, о какой сумме идет речь.\n")
    assert [(g[1], g[2]) for g in got] == [("правительство выделит деньги на новые трамваи", "Олег Дымов"),
                                           ("о какой сумме идет речь", "Олег Дымов")], got


def test_a_quotation_over_three_paragraphs(pipe):
    """«Первый.\\n\\nВторой.\\n\\nТретий», — сказал он.: a middle paragraph without the opening mark goes on the run
    when its close is followed by the attribution (ru_runs.py ``bare_middle``, ``attributed_after``)."""
    got = run(pipe, "Мэр Самары Ирина Соколова подвела итоги года.\n\n«Мы открыли три поликлиники и две школы. Это "
                    "больше, чем за пять прошлых лет.\n\nСледующий год будет годом дорог: мы отремонтируем сорок улиц."
                    "\n\nИ наконец, мы начнем строить метро», — сказала мэр.\n")
    assert len(got) == 1 and got[0][1].startswith("Мы открыли") and got[0][1].endswith("начнем строить метро"), got
    assert got[0][2] == "Ирина Соколова", got


def test_no_run_over_narrative_without_an_attribution(pipe):
    """An opening mark left unclosed, a paragraph of narrative, a close with no attribution after it: no run over
    the narrative paragraph."""
    got = run(pipe, "Оранжерея\n\n«Мы откроем оранжерею к маю.\n\nПо данным дирекции, в прошлом году сад посетили "
                    "сто тысяч человек.\n\nВ этом году ждут больше».\n")
    assert all("\n\n" not in g[1] for g in got), got


def test_a_sentence_inside_a_quotation_points_back_at_nothing(pipe):
    """«… . Так было и в прошлом году», — сказал он: "Так" opens a sentence inside the quotation, not a pointer
    sentence ("Так заявил X") whose sentence before is what was said (ru.py ``_opener``); the quotation is read whole,
    a "по отчетам" inside it too."""
    got = run(pipe, "«Снимки показывают гари там, где по отчетам ничего не горело. Так было и в прошлом году», — "
                    "сказал эколог Иван Смирнов.\n")
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("direct", "Снимки показывают гари там, где по отчетам ничего не горело. Так было и в прошлом году",
         "Иван Смирнов")], got


def test_an_outlet_noun_credited_inside_the_speakers_clause(pipe):
    """ "Полиция, по данным газеты, отметила, что …": the noun stands for the outlet named before (ru_outlet_credits.py),
    which relays the police's words: two records."""
    got = run(pipe, "Митинг у посольства\n\nОб акции сообщила газета «Вечерний курьер».\n\nГородская полиция, по данным "
                    "газеты, отметила, что участников было вдвое больше, чем год назад.\n")
    police = [g for g in got if g[2] == "Городская полиция"]
    assert [(g[1], g[3]) for g in police] == [("участников было вдвое больше, чем год назад", ["Вечерний курьер"])], got
    assert any(g[2] == "Вечерний курьер" for g in got), got


def test_a_source_named_in_quote_marks_after_the_citing_words(pipe):
    """ "…, пишет «Интерфакс» со ссылкой на прогноз центра «Агроэксперт»": the cited source may stand in quote marks
    after a few words of what is cited (ru_citing.py ``CITED``); the outlet relays it."""
    got = run(pipe, "Урожай снизится\n\nОсновная причина — засуха на юге страны, пишет «Интерфакс» со ссылкой на "
                    "прогноз аналитического центра «Агроэксперт».\n")
    assert len(got) == 2 and {g[1] for g in got} == {"Основная причина — засуха на юге страны"}, got
    assert any(g[2] == "Интерфакс" for g in got), got


def test_an_outlet_going_on_relays(pipe):
    """ "…, уточняет агентство со ссылкой на источники": an outlet going on with its report relays its sources
    (words.tsv ``relay_verbs``: уточнять, добавлять)."""
    got = run(pipe, "Саммит\n\nЕвропейские дипломаты обсуждают новую конференцию, сообщает агентство Reuters. Местом ее "
                    "проведения может стать Женева, уточняет агентство со ссылкой на источники.\n")
    geneva = [g for g in got if g[1] == "Местом ее проведения может стать Женева"]
    assert sorted(g[2] for g in geneva) == ["Reuters", "источники"], got


def test_a_pointer_sentence_reports_another_speakers_attribution(pipe):
    """ "В Минске считают, что …. Об этом заявил замминистра X.": X reports the whole attribution before (ru_kept.py),
    kept beside the belief read inside it: two records."""
    got = run(pipe, "Газовый спор\n\nВ Минске считают, что это концерн должен Белоруссии за транзит 200 млн долларов. "
                    "Об этом заявил первый замминистра энергетики Белоруссии Эдуард Товпинец.\n")
    assert ("В Минске считают, что это концерн должен Белоруссии за транзит 200 млн долларов", "Эдуард Товпинец") in \
        [(g[1], g[2]) for g in got], got
    assert "это концерн должен Белоруссии за транзит 200 млн долларов" in [g[1] for g in got], got


def test_a_pointer_to_an_outlet_is_one_relay(pipe):
    """ "X заявил, что …. Об этом сообщает «Интерфакс».": the outlet's relay once (ru_relays.py), not twice."""
    got = run(pipe, "Газ\n\nМинистр энергетики Сергей Цивилев заявил, что цены на газ не изменятся. Об этом сообщает "
                    "«Интерфакс».\n")
    assert sorted(g[2] for g in got) == ["Интерфакс", "Сергей Цивилев"], got


def test_an_aside_crediting_an_outlet_noun(pipe):
    """ "Директор школы, как пишет издание, заявил, что …": the aside credits the outlet named before
    (ru_voice.py ``outlet_noun_speaker`` skips it as a speaker); the director speaks, the outlet relays."""
    got = run(pipe, "Школа\n\nОб этом сообщила газета «Вечерний курьер».\n\nДиректор школы, как пишет издание, заявил, "
                    "что занятия возобновятся в понедельник.\n")
    said = [g for g in got if g[1] == "занятия возобновятся в понедельник"]
    assert [(g[2], g[3]) for g in said] == [("Директор школы", ["Вечерний курьер"])], got
