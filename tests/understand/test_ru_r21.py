"""Round 21 of Russian attribution: recall on general constructions the fresh articles w383-w388 showed
(eval/data/ru-attr/written; sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r21", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_cue_verb_joined_by_i_opens_a_second_attribution(pipe):
    """quotes/ru_wire.py ``gerund_split``: "X напомнил, что …, и предупредил: …" / "…, и пообещал, что …": a finite
    cue verb joined by "и" with no subject of its own shares the first one's and has its own content, as a cue
    gerund does ("…, добавив, что …"); the first content ends before it. "и" before a clause with its own subject
    stays inside the content."""
    got = run(pipe, "Аналитик Сергей Панов напомнил, что долг области вырос на треть, и предупредил: без помощи "
                    "центра бюджет не сбалансировать.\n")
    assert got == [("indirect", "долг области вырос на треть", "Сергей Панов"),
                   ("indirect", "без помощи центра бюджет не сбалансировать", "Сергей Панов")], got
    got = run(pipe, "Министр Анна Ковалева сообщила, что школу откроют в сентябре, и пообещала, что автобус для "
                    "детей запустят раньше.\n")
    assert [g[1:] for g in got] == [("школу откроют в сентябре", "Анна Ковалева"),
                                    ("автобус для детей запустят раньше", "Анна Ковалева")], got
    got = run(pipe, "Министр заявил, что цены стабилизируются, и экономисты согласились с этим.\n")
    assert len(got) == 1 and got[0][1] == "цены стабилизируются, и экономисты согласились с этим", got


def test_as_said_in_a_long_body_phrase(pipe):
    """quotes/ru_more.py ``_as_said``: "Как сообщили в <body>, …": the body where it was said may take up to eight
    words ("в пресс-службе управления МВД по Томской области"); a described source otherwise five."""
    got = run(pipe, "Как сообщили в объединенной пресс-службе судов Курганской области, бывший мэр арестован на два "
                    "месяца.\n")
    assert [g[:2] for g in got] == [("indirect", "бывший мэр арестован на два месяца")], got


def test_a_credit_or_a_describing_phrase_after_a_trailing_attribution(pipe):
    """quotes/ru_more.py ``_inserted``: "…, отмечает X, пишет «Y»" is a trailing attribution and an outlet's credit
    (the outlet relays it, quotes/ru_relays.py), not an attribution inserted between commas whose content goes on
    after it; "…, говорится в докладе X, подготовленном …" the same with a phrase describing the document."""
    got = run(pipe, "Цены на жилье в регионе продолжат расти, считает аналитик Сергей Волков, сообщает РБК.\n")
    assert got[0] == ("indirect", "Цены на жилье в регионе продолжат расти", "Сергей Волков"), got
    assert [g[2] for g in got] == ["Сергей Волков", "РБК"], got
    got = run(pipe, "Каждый пятый подросток спит меньше семи часов, говорится в докладе Института возрастной "
                    "физиологии, подготовленном к конференции.\n")
    assert [g[:2] for g in got] == [("indirect", "Каждый пятый подросток спит меньше семи часов")], got
    got = run(pipe, "Такой переход, считает вице-губернатор Андрей Шемелев, повысит доходы бюджета.\n")
    assert got == [("indirect", "Такой переход повысит доходы бюджета", "Андрей Шемелев")], got


def test_more_verbs_of_saying_govern_a_that_clause(pipe):
    """lang/ru/speech_verbs.txt (r21): verbs of saying missing in one aspect or both, each form standing for its verb
    (every finite form by pymorphy2): computing, agreeing, making a reservation, explaining ("сослался на то, что"
    was listed before; "ссылаясь на публикацию" stays a citation)."""
    got = run(pipe, "Правительство подсчитало, что убытки перевозчиков превышают 30 млн долларов в месяц.\n")
    assert got == [("indirect", "убытки перевозчиков превышают 30 млн долларов в месяц", "Правительство")], got
    got = run(pipe, "Министр сослался на то, что бюджет не предусматривает таких расходов.\n")
    assert [g[1] for g in got] == ["бюджет не предусматривает таких расходов"], got
    got = run(pipe, "Губернатор согласился с тем, что тарифы выросли слишком быстро.\n")
    assert [g[1] for g in got] == ["тарифы выросли слишком быстро"], got
    got = run(pipe, "Эксперт оговорилась, что прогноз еще может измениться.\n")
    assert [g[1] for g in got] == ["прогноз еще может измениться"], got
    got = run(pipe, "Юрист разъясняет, что штраф можно оспорить в течение десяти дней.\n")
    assert [g[1] for g in got] == ["штраф можно оспорить в течение десяти дней"], got


def test_a_national_agency_relays_a_trailing_attribution(pipe):
    """lang/ru/outlets.tsv (r21): national news agencies of other states ("передает ИРНА", "сообщает БелТА") are
    outlets; one crediting a trailing attribution relays it (quotes/ru_relays.py)."""
    got = run(pipe, "Товарооборот двух стран вырос на 10%, сообщил министр торговли Алексей Дронов, передает "
                    "БелТА.\n")
    assert got[0] == ("indirect", "Товарооборот двух стран вырос на 10%", "Алексей Дронов"), got
    assert [g[2] for g in got] == ["Алексей Дронов", "БелТА"], got


def test_a_document_and_its_long_owner_trailing_the_content(pipe):
    """quotes/ru_more.py ``_trailing``: "…, говорится в исследовании <an institute's long name>": an impersonal
    document cue may be followed by up to 14 words (the document and whose it is), as a named speaker may."""
    got = run(pipe, "Каждый четвертый школьник страдает от близорукости, говорится в докладе Научного центра "
                    "здоровья детей Министерства здравоохранения Российской Федерации.\n")
    assert [g[:2] for g in got] == [("indirect", "Каждый четвертый школьник страдает от близорукости")], got


def test_a_refusal_to_disclose_is_a_refusal_to_comment(pipe):
    """quotes/ru_more.py ``_COMMENT`` (refusal_cues.txt): refusing to disclose, name or tell ("отказался назвать
    сумму", "отказываются сообщать что-либо о …", "отказались раскрывать параметры") is refusing to comment, an
    attribution by the guidelines; refusing to act ("отказался участвовать") says nothing."""
    got = run(pipe, "Представитель компании отказался назвать сумму сделки.\n")
    assert [g[1:] for g in got] == [("назвать сумму сделки", "Представитель компании")], got
    got = run(pipe, "Полиция отказывается сообщать что-либо о задержанных.\n")
    assert [g[1] for g in got] == ["сообщать что-либо о задержанных"], got
    assert run(pipe, "Спортсмен отказался участвовать в турнире.\n") == []


def test_a_body_after_v_takes_a_stance(pipe):
    """quotes/ru_stance.py ``_stance``: "В банке подтвердили получение заявки", "В министерстве поддержали идею …": a
    plural stance verb with no subject after "в" and a body: the body speaks, as for a cue verb
    (``place_speaker``)."""
    got = run(pipe, "Заемщик подал заявку на кредит. В банке подтвердили получение заявки.\n")
    assert [g[1:] for g in got] == [("получение заявки", "банк")], got  # (in the nominative: ru16, r21)
    got = run(pipe, "В министерстве поддержали идею переноса выборов.\n")
    assert [g[1:] for g in got] == [("идею переноса выборов", "министерство")], got


def test_allowing_a_possibility_is_a_stance(pipe):
    """stance_cues.tsv "допустить" (r21): "Минфин допустил пересмотр бюджета", "ЦБ допускает снижение ставки": what
    one allows as possible is a statement of it; a fault committed (words.tsv committed_faults: "допустил ошибку",
    "допустили нарушения") or a person admitted ("допустили кандидата к выборам") is none."""
    got = run(pipe, "Банк России допускает снижение ключевой ставки до конца года.\n")
    assert got == [("indirect", "снижение ключевой ставки до конца года", "Банк России")], got
    assert run(pipe, "Подрядчик допустил ошибку в расчетах. Чиновники допустили нарушения при проведении торгов. "
                     "Избирком допустил кандидата к выборам.\n") == []


def test_an_inserted_cue_after_kak(pipe):
    """quotes/ru_asides.py ``as_cue``: "X, как считают аналитики, …": a cue verb after "как" inserted between commas
    inside what it reports, as "X, считают аналитики, …" is; the content is the sentence without the insertion.
    After an opener ("Кроме того, как заявил Песков, …") what follows the insertion alone is said (``_as_said``)."""
    got = run(pipe, "Цены, как считают аналитики, продолжат расти в течение всего года.\n")
    assert got == [("indirect", "Цены продолжат расти в течение всего года", "аналитики")], got
    got = run(pipe, "Новый терминал, как сообщил губернатор Андрей Лапин, откроется в мае.\n")
    assert got == [("indirect", "Новый терминал откроется в мае", "Андрей Лапин")], got
    got = run(pipe, "Кроме того, как заявил Песков, Кремль не получал приглашения на саммит.\n")
    assert [g[1] for g in got] == ["Кремль не получал приглашения на саммит"], got


def test_a_ruling_states_its_content(pipe):
    """speech_verbs.txt "постановил" (r21): "Суд постановил, что …" states the ruling's content; "постановил
    взыскать" (an order with no "что") is left to the readers of demands."""
    got = run(pipe, "Арбитражный суд постановил, что компания должна выплатить штраф.\n")
    assert got == [("indirect", "компания должна выплатить штраф", "Арбитражный суд")], got


def test_a_deponent_verb_is_no_passive(pipe):
    """quotes/ru.py ``_deponent``: "Директор сомневается, что …": a reflexive verb with no verb without "-ся"
    (сомневаться, опасаться, надеяться) is never a passive report; its subject, unnamed or not, holds the belief.
    A passive with its own subject ("Мероприятие ожидается в мае") still reports nothing."""
    got = run(pipe, "Директор завода не сомневается, что предприятие выйдет на проектную мощность.\n")
    assert got == [("indirect", "предприятие выйдет на проектную мощность", "Директор завода")], got
    got = run(pipe, "Мероприятие ожидается в мае, однако организаторы отмечают, что число мест ограничено.\n")
    assert [g[1:] for g in got] == [("число мест ограничено", "организаторы")], got


def test_so_slov_and_a_short_content_after_po_slovam(pipe):
    """attribution_phrases.txt "со слов" (r21): the words of a witness or a victim as taken down ("Со слов
    потерпевшей, …"); quotes/ru_more.py ``_inserted``: after an opener, a "по словам" phrase marks even two words
    as said ("При этом, по его словам, риски сохраняются")."""
    got = run(pipe, "Со слов потерпевшей, нападавший был в маске.\n")
    assert got == [("indirect", "нападавший был в маске", "потерпевшей")], got
    got = run(pipe, "Министр отметил, что ситуация стабилизировалась. При этом, по его словам, риски сохраняются.\n")
    assert [g[1:] for g in got] == [("ситуация стабилизировалась", "Министр"), ("риски сохраняются", "Министр")], got


def test_a_clause_describing_an_inserted_source_ends_the_content(pipe):
    """quotes/ru_more.py ``_inserted``: "…, уточняет CNN, чьи слова пересказывает «Интерфакс»": a clause describing
    the source after the insertion is no part of what was said; the content is all before it."""
    got = run(pipe, "Встреча может пройти в Катаре. Место и сроки пока окончательно не определены, уточняет CNN, чьи "
                    "слова пересказывает «Интерфакс».\n")
    assert ("indirect", "Место и сроки пока окончательно не определены", "CNN") in got, got


def test_a_pointer_back_by_what_was_reported(pipe):
    """quotes/ru.py ``_opener`` (anaphoric_openers.txt, words.tsv pointer_nouns and pointer_verbs, r21): "Такие
    данные приводит Росстат.", "К такому выводу пришли социологи.": a pointer naming what was reported, then a verb
    of reporting it: the sentence before is what they reported. A verb of handling the data says nothing ("Эти
    данные вызывают тревогу", "Эту информацию проверили журналисты")."""
    got = run(pipe, "Доходы населения снизились на 3%. Такие данные приводит Росстат.\n")
    assert [g[1:] for g in got] == [("Доходы населения снизились на 3%", "Росстат")], got
    got = run(pipe, "Половина опрошенных не доверяет банкам. К такому выводу пришли социологи Левада-центра.\n")
    assert [g[1] for g in got] == ["Половина опрошенных не доверяет банкам"], got
    assert run(pipe, "Безработица выросла до 5%. Эти данные вызывают тревогу у экономистов.\n") == []
    assert run(pipe, "Безработица выросла до 5%. Эту информацию проверили журналисты «Коммерсанта».\n") == []


def test_findings_pointing_back(pipe):
    """quotes/ru.py ``_opener`` (r21): "Об этом свидетельствуют данные ГИБДД.": "об этом" and a verb of showing
    (words.tsv finding_verbs) after it: the sentence before is the findings'; another verb ("Об этом мечтали") says
    nothing."""
    got = run(pipe, "В регионе выросло число ДТП. Об этом свидетельствуют данные ГИБДД.\n")
    assert [g[:2] for g in got] == [("indirect", "В регионе выросло число ДТП")], got
    assert run(pipe, "Урожай оказался рекордным. Об этом мечтали многие фермеры.\n") == []


def test_a_source_describer_the_tagger_took_for_a_noun(pipe):
    """quotes/ru_stance.py ``participle_phrase_end``: "По словам собеседника агентства, знакомого с ходом
    переговоров, …": a word that describes sources (words.tsv source_describers: знакомый, близкий, осведомлённый)
    opens a phrase describing who speaks whatever the tagger made of it (here a noun); what follows it is said."""
    got = run(pipe, "По словам собеседника агентства, знакомого с ходом переговоров, сделка может сорваться.\n")
    assert [g[1] for g in got] == ["сделка может сорваться"], got


def test_a_document_notes_a_noun_phrase(pipe):
    """quotes/ru_documents.py ``_noted_in_document``: "В докладе Минфина отмечается снижение доходов": "в", a
    document and a passive of noting whose subject follows it: that phrase is what the document states; its speaker
    the body the phrase names, else the organisation the text names most before (ru_wire.py). A place is no
    document ("В городе отмечается рост заболеваемости")."""
    got = run(pipe, "В докладе Минфина отмечается снижение доходов бюджета.\n")
    assert got == [("indirect", "снижение доходов бюджета", "Министерство финансов")], got
    got = run(pipe, "Ассоциация «Голос» опубликовала ежегодный обзор. В докладе отмечается рост числа жалоб на "
                    "работу избиркомов.\n")
    assert [g[1] for g in got] == ["рост числа жалоб на работу избиркомов"] and "Голос" in got[0][2], got
    assert run(pipe, "Зима была теплой. В городе отмечается рост заболеваемости гриппом.\n") == []


def test_an_accident_a_driver_allowed_is_no_stance(pipe):
    """Review r21: "допустить" with a road accident ("наезд", "съезд в кювет", "столкновение") is a fault committed
    (words.tsv committed_faults), as "допустил ошибку" is: no statement."""
    assert run(pipe, "Водитель автобуса допустил наезд на пешехода на переходе.\n") == []
    assert run(pipe, "Водитель грузовика допустил съезд в кювет и опрокидывание машины.\n") == []
    assert run(pipe, "Водитель легковушки допустил столкновение с трамваем.\n") == []
