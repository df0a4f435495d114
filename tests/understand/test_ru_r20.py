"""Round 20 of Russian attribution: the relay convention (an outlet relaying an attribution makes one of its own) and
recall on forms that generalise; every sentence here is written for the test, not news."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r20", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
            for q in rec.quotes]


def test_an_outlet_relaying_an_indirect_statement_reports_it(pipe):
    """quotes/ru_relays.py: "X заявил, что …, сообщает <outlet>": the outlet's report is an attribution of its own
    whose content is the relayed attribution (speaker, cue and what was said); the speaker's quote keeps the outlet
    as ``reported_by``. The two records differ in text and speaker."""
    got = run(pipe, "Мэр Самары Олег Кузнецов заявил, что новый мост через Волгу откроют в мае, сообщает РБК.\n")
    assert ("indirect", "новый мост через Волгу откроют в мае", "Олег Кузнецов", ["РБК"]) in got, got
    relay = [g for g in got if g[2] == "РБК"]
    assert relay and relay[0][1].startswith("Олег Кузнецов заявил, что новый мост") and relay[0][3] == [], got
    assert len(got) == 2, got


def test_an_outlet_opening_the_sentence_relays_what_follows(pipe):
    """"Как пишет <outlet>, X сообщил, что …", "По сведениям <outlet>, X объяснил …": the outlet's words open the
    sentence; its report is the rest of it from the speaker on."""
    got = run(pipe, "Как пишет «Коммерсантъ», министр финансов Антон Ершов сказал, что бюджет будет сбалансирован.\n")
    assert ("indirect", "бюджет будет сбалансирован", "Антон Ершов", ["Коммерсантъ"]) in got, got
    assert ("indirect", "Антон Ершов сказал, что бюджет будет сбалансирован", "Коммерсантъ", []) in got, got


def test_an_outlet_relaying_a_direct_quote(pipe):
    """A direct quote relayed ("«…», — сказал X, передает <outlet>"; "«…», — цитирует X <outlet>"): the outlet's
    report holds the quotation with its marks, cue and speaker; the direct quote stays the speaker's."""
    got = run(pipe, "«Сезон мы начнём без новичков», — сказал тренер Павел Зорин, передает РИА Новости.\n")
    assert ("direct", "Сезон мы начнём без новичков", "Павел Зорин", ["РИА Новости"]) in got, got
    assert ("indirect", "«Сезон мы начнём без новичков», — сказал тренер Павел Зорин", "РИА Новости", []) in got
    got = run(pipe, "«Цены на хлеб не вырастут», — цитирует Ирину Волкову РБК.\n")
    assert [g[2] for g in got] == ["Ирина Волкова", "РБК"], got  # (r29: the outlet's own quoting verb is no
    # relayed cue; its report holds the quotation alone, after the person's, as the dev gold's "— цитирует ИА Regnum
    # Минченко" does)
    assert got[1][1] == "Цены на хлеб не вырастут", got


def test_an_outlet_that_was_told_relays_nothing(pipe):
    """An outlet in the dative, the addressee of the speaker's own verb ("сообщил ТАСС, что", "рассказал
    «Известиям»", "сообщил агентству «Интерфакс»"), or inside the source's phrase ("По данным источника
    «Интерфакса»"), is the quote's ``reported_by`` only; an outlet's own report stays one quote."""
    for text in ("Адвокат фермера Олег Симонов сообщил ТАСС, что защита подаст жалобу.\n",
                 "Представитель завода сообщил агентству «Интерфакс», что цех закроют на ремонт.\n",
                 "Депутат Игорь Лапин рассказал «Известиям», что законопроект внесут осенью.\n",
                 "По данным источника «Интерфакса» в министерстве, проверка завода завершилась без нарушений.\n",
                 "Мост через Каму откроют в мае, сообщает ТАСС.\n"):
        got = run(pipe, text)
        assert len(got) == 1, got


def test_an_outlet_relaying_a_statement_pointed_back_to(pipe):
    """"Как передала радиостанция «Маяк», …. Об этом сообщил X.": the outlet relays the statement; its sentence names
    neither the speaker nor the cue, so its report holds what was said alone (credited to the outlet)."""
    got = run(pipe, "Как передала радиостанция «Вести FM», на трассе М-5 введено ограничение скорости. Об этом "
                    "сообщил представитель ГИБДД Андрей Ломов.\n")
    assert sorted(g[2] for g in got) == ["Андрей Ломов", "Вести FM"], got


def test_an_inserted_cue_with_a_described_speaker(pipe):
    """quotes/ru_more.py ``_inserted``: an inverted cue inserted between commas ("X, подчеркнул министр, Y") whose
    subject is a noun phrase naming no actor (a role, a group) has that phrase as its speaker, as "по словам
    министра" has; the phrase must be in the nominative (the cue's subject), all the insertion holds after the verb."""
    got = run(pipe, "Новые тарифы, считают эксперты, ударят по малому бизнесу.\n")
    assert got == [("indirect", "Новые тарифы ударят по малому бизнесу", "эксперты", [])], got
    got = run(pipe, "Ремонт моста, подчеркнул глава района, завершится к осени.\n")
    assert [g[1:3] for g in got] == [("Ремонт моста завершится к осени", "глава района")], got
    got = run(pipe, "Ремонт моста, судя по отчётам подрядчика, завершится к осени.\n")
    assert got == [], got


def test_a_case_file_cited_is_no_speaker(pipe):
    """review r19: "Согласно материалам дела, …" reports what the case file says; "дела" is no speaker (the
    document speaks for no one named)."""
    got = run(pipe, "Согласно материалам дела, бывший директор фонда вывел за границу два миллиона рублей.\n")
    assert [g[1:3] for g in got] == [("бывший директор фонда вывел за границу два миллиона рублей", None)], got


def test_a_citing_verb_relays_whatever_the_order(pipe):
    """words.tsv ``citing_verbs``: a citing verb's subject is the outlet and its object the one cited, in either
    order ("цитирует ИА Regnum политолога", "цитирует политолога РБК"), so the outlet relays even though the verb is
    the quote's cue (a speech verb that is the cue, "X сообщил ТАСС, что", tells the outlet: no relay); "ИА" is an
    outlet's kind (outlet_nouns.txt)."""
    got = run(pipe, "«Выборы пройдут спокойно», — цитирует ИА Regnum политолога Сергея Орлова.\n")
    assert sorted(g[2] for g in got) == ["Regnum", "Сергей Орлов"], got


def test_an_outlet_inserted_between_the_speaker_and_the_cue(pipe):
    """quotes/ru_relays.py: "X, как сообщает <outlet>, заявил, что …", "X, по данным <outlet>, отметила, что …": the
    relayed attribution is the speaker and the rest of the sentence around the outlet's words, two pieces (``parts``),
    as the ru-attr gold annotates it (a discontinuous content)."""
    rec = pipe.run(RawDocument(source="ru-r20", language="ru", text="Городская полиция, по данным газеты «Ведомости», "
                               "отметила, что число краж выросло вдвое.\n"))
    relay = next(q for q in rec.quotes if q.speaker is not None and q.speaker.name == "Ведомости")
    assert relay.text == "Городская полиция отметила, что число краж выросло вдвое" and len(relay.parts) == 2
    inner = next(q for q in rec.quotes if q is not relay)
    assert (inner.text, [r.name for r in inner.reported_by]) == ("число краж выросло вдвое", ["Ведомости"])


def test_an_inserted_cue_whose_speaker_is_described_after_a_comma_makes_no_garbled_quote(pipe):
    """Review r20: "…, поясняет источник, знакомый с ходом переговоров, …": the insertion runs on past the comma (a
    participle or an adjective describes the speaker), so it is not read as a noun-phrase speaker with the rest as
    the content ("Сделка знакомый с ходом переговоров, будет закрыта")."""
    for text in ("Сделка, поясняет источник, знакомый с ходом переговоров, будет закрыта до конца мая.\n",
                 "Переговоры, рассказал чиновник, пожелавший остаться неизвестным, зашли в тупик.\n"):
        assert not any("знакомый" in t or "пожелавший" in t for _, t, _, _ in run(pipe, text)), run(pipe, text)
