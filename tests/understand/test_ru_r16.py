"""Round 16 of Russian attribution: forms found on the fresh hard articles of round 16 (w349-w366) and checked on
the ru-news dev texts (sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r16", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_refusal_to_disclose_governed_by_a_verb_of_refusing(pipe):
    """quotes/ru_refusals.py: "отказался уточнять, о каких …" is a refusal to comment without a negation, its
    indirect question the content; two coordinated verbs ("ни подтверждать, ни опровергать X") share the object."""
    got = run(pipe, "Вице-мэр Антон Рябов отказался уточнять, о каких суммах идет речь.\n")
    assert got == [("indirect", "о каких суммах идет речь", "Антон Рябов")], got
    got = run(pipe, "Депутат Нина Орехова не стала ни подтверждать, ни опровергать слухи о своей отставке.\n")
    assert [(g[1], g[2]) for g in got] == [("слухи о своей отставке", "Нина Орехова")], got
    assert run(pipe, "Министр Олег Смирнов отказался от участия в форуме и уехал.\n") == []
    got = run(pipe, "Представители завода не смогли подтвердить эту информацию.\n")  # (unable to confirm)
    assert [(g[1], g[2]) for g in got] == [("эту информацию", "Представители завода")], got


def test_a_denial_with_its_object_before_the_verb(pipe):
    """disclosure_cues.txt rows "deny": "Обвинения он отвергает", "вину не признал": the object, before or after
    the verb, even one word, is what is denied; an object pointing back ("подобный шаг") is not."""
    got = run(pipe, "Глава поселка Артур Гаврилов обвинения в растрате отвергает.\n")
    assert got == [("indirect", "обвинения в растрате", "Артур Гаврилов")], got
    got = run(pipe, "Бывший директор фабрики Степан Кожин вину не признал.\n")
    assert got == [("indirect", "вину", "Степан Кожин")], got
    got = run(pipe, "Компания «Теплосети» сообщения о повышении тарифов опровергла.\n")
    assert [g[1] for g in got] == ["сообщения о повышении тарифов"], got
    assert run(pipe, "Соседние страны отвергают подобный шаг.\n") == []


def test_an_interview_without_dashes(pipe):
    """quotes/ru_turns.py: plain question paragraphs ending with "?", one addressing the guest ("вы"), each followed
    by a plain answer paragraph: the answers are the words of the one person the lead names."""
    text = ("Агроном Вера Полозова тридцать лет выращивает яблоки под Мичуринском. Мы расспросили ее о прошлом "
            "сезоне.\n\nКаким был урожай в этом году?\n\nХуже прошлогоднего. Весной ударили заморозки, и половина "
            "цвета погибла.\n\nВы будете сажать новые сорта?\n\nДа, зимостойкие. Старые сады уже не окупаются.\n")
    got = run(pipe, text)
    assert [(k, s) for k, _, s in got] == [("direct", "Вера Полозова"), ("direct", "Вера Полозова")], got
    assert got[0][1].startswith("Хуже прошлогоднего") and got[1][1].startswith("Да, зимостойкие"), got


def test_rhetorical_questions_of_the_author_are_no_interview(pipe):
    """Questions that address no one ("Почему это важно?") are the author's own subheads: no answers read."""
    text = ("Мэр Казани Илсур Метшин открыл новый мост через Казанку.\n\nПочему это важно?\n\nМост разгрузит "
            "центр города и сократит путь до аэропорта.\n\nСколько он стоил?\n\nСтроительство обошлось в 9 млрд "
            "рублей из федерального бюджета.\n")
    assert run(pipe, text) == [], run(pipe, text)


def test_a_trailing_document_with_a_clause_describing_it(pipe):
    """quotes/ru_more.py ``_describing_cut``: a relative or participle clause after the trailing attribution's
    document ("…, говорится в приговоре, который огласила судья …") describes it; the content is still what precedes.
    ``_work_owner``: a bare document noun (words.tsv ``works``) is the work of the body just told of."""
    text = ("Кировский районный суд Самары приговорил бывшего главу района к шести годам колонии.\n\nОсужденный "
            "получил от подрядчиков не менее 12 млн рублей, говорится в приговоре, который огласила судья.\n")
    got = run(pipe, text)
    assert [(g[1], g[2]) for g in got] == [("Осужденный получил от подрядчиков не менее 12 млн рублей",
                                           "Кировский районный суд Самары")], got


def test_what_follows_from_data_after_the_content(pipe):
    """impersonal_cues.txt "следует из": "…, следует из данных X" credits X; "…, следует из опроса" no one."""
    got = run(pipe, "Продажи подержанных машин за год выросли на 9%, следует из данных агентства «Автостат».\n")
    assert got == [("indirect", "Продажи подержанных машин за год выросли на 9%", "Автостат")], got


def test_a_bare_court_is_the_court_named_before(pipe):
    """words.tsv body_anaphors "суд": "в решении суда" is the court named just before, only one whose name holds
    the noun (``_OWN_NAME_ANAPHORS``); with none named it stays as written."""
    text = ("Арбитражный суд Пермского края удовлетворил иск Росприроднадзора к заводу.\n\nВред водоему доказан "
            "материалами дела, говорится в решении суда.\n")
    got = run(pipe, text)
    assert got and got[-1][2] == "Арбитражный суд Пермского края", got


def test_a_woman_or_an_athlete_named_before(pipe):
    """person_nouns.txt: "Женщина утверждает", "лыжница заявила" stand for the one named before, agreeing in gender."""
    text = ("Пенсионерка Галина Сурикова рассказала, что ждет квартиру уже пять лет. Женщина утверждает, что "
            "застройщик перестал отвечать на письма.\n")
    got = run(pipe, text)
    assert [g[2] for g in got] == ["Галина Сурикова", "Галина Сурикова"], got


def test_nobody_confirming_is_no_refusal(pipe):
    """ru_refusals.py: "Официально эту информацию никто не подтвердил" names nobody who refused: no attribution."""
    assert run(pipe, "Официально эту информацию пока никто не подтвердил.\n") == []


def test_a_second_attribution_after_a_phrase_content(pipe):
    """ru.py ``_phrase``: "По его словам, …, однако эксперт признал, что …" is two attributions; the first content
    ends before the contrasting clause with its own cue and "что"."""
    got = run(pipe, "Аналитик Игорь Демин осторожен. По его словам, заводы уже выпускают часть турбин, однако "
                    "эксперт признал, что речь идет о машинах меньшей мощности.\n")
    assert [g[1] for g in got] == ["заводы уже выпускают часть турбин",
                                   "речь идет о машинах меньшей мощности"], got


def test_findings_of_an_outlet_described(pipe):
    """ru_more.py ``_document_phrase``: "По информации издания, …" after an outlet was named: that outlet."""
    got = run(pipe, "Министра могут уволить, пишет «Украинская правда». По информации издания, решение примут до "
                    "конца месяца.\n")
    assert got[-1] == ("indirect", "решение примут до конца месяца", "Украинская правда"), got


def test_a_described_speaker_with_a_participle_clause(pipe):
    """ru_subjects.py ``_before_participle_clause``: "Один из врачей, попросивший не называть его имени, рассказал,
    что …": a long clause tells who the speaker is; the speaker is the words before it (a subject of six words or
    less keeps its clause, which may restrict it: "Депутаты, выступившие против законопроекта")."""
    got = run(pipe, "Один из хирургов, попросивший не называть его имени, рассказал, что больница закупает старые "
                    "препараты.\n")
    assert got == [("indirect", "больница закупает старые препараты", "Один из хирургов")], got


def test_a_statement_inside_a_participle_or_relative_clause_ends_with_it(pipe):
    """ru_subjects.py ``participle_end``: the content of a participle's or a relative clause's cue ends where the
    main clause resumes after a comma ("…, не стал комментировать …", "…, приехал …"); the main clause is read too."""
    got = run(pipe, "Министр Антон Карпов, заявивший накануне, что бюджет будет сбалансирован, не стал комментировать "
                    "новые данные.\n")
    assert [(g[1], g[2]) for g in got] == [("бюджет будет сбалансирован", "Антон Карпов"),
                                           ("новые данные", "Антон Карпов")], got
    got = run(pipe, "Губернатор Олег Лунев, который ранее обещал, что мост откроют к осени, приехал на стройку.\n")
    assert [g[1] for g in got] == ["мост откроют к осени"], got


def test_a_name_in_marks_is_no_quotation_and_a_relative_clause_no_speaker(pipe):
    """ru_quotation.py: an outlet named in marks ("«Коммерсантъ»") is no direct quote; ru_subjects.py: a described
    speaker before a relative clause ("Аналитики, с которыми поговорил «Коммерсантъ», …") is the words before it."""
    got = run(pipe, "Аналитики, с которыми поговорил «Коммерсантъ», уверены, что цены продолжат расти.\n")
    assert [(g[0], g[1]) for g in got] == [("indirect", "цены продолжат расти")], got
    got = run(pipe, "Жители поселка Ключи, с которыми поговорили журналисты издания, рассказывают, что вода в реке "
                    "стала зеленой.\n")  # (a long clause describes them: the words before it)
    assert [g[2] for g in got] == ["Жители поселка Ключи"], got


def test_a_pronoun_goes_on_with_a_described_speaker(pipe):
    """ru_speakers.py ``described_goes_on``: a pronoun no named person agrees with, right after an attribution whose
    speaker is described ("Один из хирургов … рассказал …. …, признал он."), is that speaker."""
    got = run(pipe, "Один из хирургов, попросивший не называть его имени, рассказал, что больница закупает старые "
                    "препараты. Иногда у нас просто нет выбора, признал он.\n")
    assert [g[2] for g in got] == ["Один из хирургов", "Один из хирургов"], got


def test_polled_experts_agree(pipe):
    """speech_verbs.txt "сходятся во мнении"; ru.py ``speaker_in``: the agent of a participle in the subject
    ("Опрошенные «Ведомостями» банкиры") polled the speakers, it is not one."""
    got = run(pipe, "Опрошенные «Ведомостями» банкиры сходятся во мнении, что ставки по вкладам снизятся.\n")
    assert got == [("indirect", "ставки по вкладам снизятся", "Опрошенные «Ведомостями» банкиры")], got


def test_a_former_official_named_before(pipe):
    """entities/ru.py, coref/ru.py: "Экс-чиновник убежден, …" is a calling with "экс-" ("чиновник" of
    person_nouns.txt), not a name: the one named before."""
    got = run(pipe, "Бывший вице-премьер Аркадий Дворкович дал интервью журналу. Экс-чиновник убежден, что реформы "
                    "надо продолжать.\n")
    assert got == [("indirect", "реформы надо продолжать", "Аркадий Дворкович")], got


def test_a_reader_faq_after_a_lead_is_no_interview(pipe):
    """Review r16: questions and answers for readers after a lead naming one person were read as his interview."""
    text = ("В Москве открылся новый парк, сообщил мэр Сергей Собянин.\n\nКак добраться до парка?\n\nВы можете "
            "доехать на метро до станции «Парк культуры».\n\nСколько стоит вход?\n\nВход бесплатный для всех "
            "посетителей.\n\nКогда работает ваш парк?\n\nПарк открыт круглосуточно.\n")
    assert [k for k, _, s in run(pipe, text) if k == "direct"] == [], run(pipe, text)


def test_a_calling_with_its_own_modifier_is_someone_new(pipe):
    """Review r16: "Мужчина, видевший нападение" was taken for the man arrested, named just before."""
    text = ("Полицейские задержали Ивана Сидорова. Мужчина, видевший нападение, рассказал, что все произошло за "
            "минуту.\n\nСуд арестовал Марию Орлову. Женщина из соседнего дома рассказала, что слышала крики.\n")
    speakers = [s for _, _, s in run(pipe, text)]
    assert "Иван Сидоров" not in speakers and "Мария Орлова" not in speakers, speakers


def test_rejecting_a_bill_is_no_denial_and_a_failed_test_no_refusal(pipe):
    """Review r16: "Госдума отвергла законопроект" was a denial; "не смогли подтвердить гипотезу" a refusal."""
    text = ("Госдума отвергла законопроект об отмене налога.\n\nУченые не смогли подтвердить гипотезу о "
            "происхождении вируса.\n\nВ полиции не смогли подтвердить эту информацию.\n")
    got = run(pipe, text)
    assert [c for _, c, _ in got] == ["эту информацию"], got
