"""Round 24 of Russian attribution, recall (helper ru24a): forms the fresh batch w425-w430 and the dev texts missed,
each fixed by its class (sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru24a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
            for q in rec.quotes]


def test_there_stands_for_the_body_named_before(pipe):
    """quotes/ru_there.py: "Там уточнили, что …" -- "там" is the body the sentence before named after "в" ("В МЧС
    сообщили …"); with no such body before (a person spoke, or a place was only visited) it names no one."""
    got = run(pipe, "В МЧС сообщили о пожаре на складе. Там уточнили, что пострадавших нет.\n")
    assert ("пострадавших нет", "МЧС") in [(g[1], g[2]) for g in got], got
    got = run(pipe, "В пресс-службе «Аэрофлота» сообщили, что рейс задержан на три часа. Там также пояснили, что "
                    "пассажиров разместят в гостинице.\n")
    assert ("пассажиров разместят в гостинице", "Аэрофлот") in [(g[1], g[2]) for g in got], got
    got = run(pipe, "Министр Олег Рябов заявил, что ремонт закончат к зиме. Там уточнили, что денег хватит.\n")
    assert [g[1] for g in got] == ["ремонт закончат к зиме"], got
    assert run(pipe, "Делегация прибыла в Минск. Там подписали соглашение о сотрудничестве.\n") == []


def test_a_phrase_content_ends_before_the_outlet_that_relays_it(pipe):
    """quotes/ru.py ``_phrase``: "По его словам, …, передает ТАСС." -- the outlet's tail is no part of what he said;
    the outlet relays it (ru_relays.py)."""
    got = run(pipe, "Глава города Олег Рябов заявил, что ремонт закончат в мае. По его словам, новый мост откроют "
                    "к осени, передает ТАСС.\n")
    mine = [g for g in got if g[2] == "Олег Рябов" and "мост" in g[1]]
    assert mine and mine[0][1] == "новый мост откроют к осени" and mine[0][3] == ["ТАСС"], got
    assert any(g[2] == "ТАСС" and "мост" in g[1] for g in got), got


def test_an_outlet_citing_its_source_relays_it(pipe):
    """quotes/ru_relays.py ``_source_cited``: "…, пишет «Коммерсантъ» со ссылкой на источник …" -- the outlet's verb
    serves the cited source as its cue, yet the outlet reports it too: two attributions (the ru-attr gold's), the
    source's with the outlet as ``reported_by`` and the outlet's own. An outlet that was told ("сообщил ТАСС") is
    no relay."""
    got = run(pipe, "Как сообщает ТАСС со ссылкой на источники в правительстве, решение о субсидиях уже принято.\n")
    assert sorted(g[2] for g in got) == ["ТАСС", "источники в правительстве"], got
    got = run(pipe, "Министр Олег Рябов сообщил ТАСС, что решение о субсидиях уже принято.\n")
    assert [g[2] for g in got] == ["Олег Рябов"], got


def test_a_quotation_running_over_paragraphs_after_a_lead_in(pipe):
    """quotes/ru_runs.py ``run_opening``: a quotation opening after the paragraph's first sentence and closing in
    a later paragraph ("Геолог пояснил, что … . «Первый абзац.\n\nВторой абзац», — сказал он.") is one direct quote,
    as one opening its paragraph is; a mark whose quotation closes in its own paragraph opens no run."""
    text = ("Геолог Анна Котова пояснила, что ледник отступает. «Мы измеряем его край с 2005 года. Сначала он "
            "отступал на метр в год, теперь на десять.\n\nЛетом мы поставим новые датчики. Тогда станет ясно, "
            "сколько ему осталось», — рассказала Котова.\n")
    got = run(pipe, text)
    long = [g for g in got if g[0] == "direct"]
    assert long and long[0][1].startswith("Мы измеряем") and long[0][1].endswith("сколько ему осталось"), got
    assert long[0][2] == "Анна Котова", got
    text = ("Геолог Анна Котова выступила на конференции. Доклад назывался «Ледники Алтая». Его обсуждали долго.\n\n"
            "Следующая конференция пройдет в Томске.\n")
    assert [g for g in run(pipe, text) if g[0] == "direct"] == [], text


def test_complaints_and_hints_with_their_topic_after_na(pipe):
    """lang/ru/stance_cues.tsv r24 "on" rows (пожаловаться, посетовать, сетовать, намекнуть, намекать), whom it was
    told allowed before "на" (quotes/ru_stance.py ``_stance_start``): the topic is what was said, as "указал на"."""
    got = run(pipe, "Фермеры из Тамбовской области пожаловались на задержку субсидий.\n")
    assert [(g[1], g[2]) for g in got] == [("задержку субсидий", "Фермеры из Тамбовской области")], got
    got = run(pipe, "Директор школы Анна Котова посетовала журналистам на нехватку учителей математики.\n")
    assert [(g[1], g[2]) for g in got] == [("нехватку учителей математики", "Анна Котова")], got
    got = run(pipe, "Сенатор Олег Рябов намекнул на скорую отставку министра.\n")
    assert [g[1] for g in got] == ["скорую отставку министра"], got
    assert run(pipe, "Олег Рябов сетовал на погоду.\n") == []


def test_a_trailing_attribution_after_kak(pipe):
    """quotes/ru_more.py ``_trailing``: "…, как считают аналитики." credits the sentence before it, as "…, считают
    аналитики." does; "так, как говорил тренер" is a manner, not a report."""
    got = run(pipe, "Ставка по ипотеке к осени снизится, как считают аналитики банка.\n")
    assert [(g[1], g[2]) for g in got] == [("Ставка по ипотеке к осени снизится", "аналитики банка")], got
    got = run(pipe, "Мост откроют уже в мае, как отметил губернатор Олег Рябов.\n")
    assert [(g[1], g[2]) for g in got] == [("Мост откроют уже в мае", "Олег Рябов")], got
    assert run(pipe, "Матч прошел именно так, как говорил тренер.\n") == []


def test_a_document_after_soglasno_with_no_owner_named(pipe):
    """quotes/ru_documents.py ``_unowned_document``: "Согласно заявлению, …" -- a statement, a work or a directive
    with no owner in the phrase is the organisation's the text names before it; "Согласно закону, …" and
    "Согласно графику, …" name no one's document."""
    text = ("Федерация футбола Бразилии оштрафовала клуб «Сантос». Согласно официальному заявлению, клуб нарушил "
            "правила регистрации игроков.\n")
    got = run(pipe, text)
    assert [g[1] for g in got] == ["клуб нарушил правила регистрации игроков"] and got[0][2], got
    assert "Федерация" in got[0][2], got
    text = "Компания «Лукойл» отчиталась о прибыли. Согласно графику, работы на месторождении завершатся в мае.\n"
    assert run(pipe, text) == [], text
    assert run(pipe, "Согласно закону, выборы губернатора проводятся раз в пять лет.\n") == []


def test_an_explaining_verb_with_which_how_many_or_who(pipe):
    """quotes/ru_questions.py ``_EXPLAINED``: "рассказал, каким будет …", "рассказала, кто …" report what was
    explained, as "рассказал, как …" does; "рассказал, когда вернулся" says when he spoke."""
    got = run(pipe, "Мэр Олег Рябов рассказал, какой будет новая набережная.\n")
    assert [(g[1], g[2]) for g in got] == [("какой будет новая набережная", "Олег Рябов")], got
    got = run(pipe, "Следователь Анна Котова рассказала, кто стоял за поджогом склада.\n")
    assert [g[1] for g in got] == ["кто стоял за поджогом склада"], got
    assert run(pipe, "Мэр Олег Рябов рассказал, когда вернулся из командировки.\n") == []


def test_an_outlet_told_in_a_pointer_sentence_is_no_speaker(pipe):
    """quotes/ru_told.py ``told_source``: "Об этом ТАСС рассказали в пресс-службе …", "Об этом сообщил РИА Новости
    источник в …" -- the outlet was told; the body or the source after it speaks, the outlet credited. "Об этом
    сообщает «Интерфакс»." stays the outlet's own report."""
    got = run(pipe, "Тарифы на проезд вырастут с января. Об этом ТАСС рассказали в пресс-службе мэрии.\n")
    assert [(g[2], g[3]) for g in got] == [("пресс-служба мэрии", ["ТАСС"])], got
    got = run(pipe, "Тарифы на проезд вырастут с января. Об этом сообщил РИА Новости источник в мэрии.\n")
    assert [(g[2], g[3]) for g in got] == [("источник в мэрии", ["РИА Новости"])], got
    got = run(pipe, "Тарифы на проезд вырастут с января. Об этом сообщает «Интерфакс».\n")
    assert [g[2] for g in got] == ["Интерфакс"], got
