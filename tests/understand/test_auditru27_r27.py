"""Round 27, issue 16 (helper auditru27): what a user sees in a Russian store -- the speaker's whole name, its actor
link, the outlet that reported a quote (``reported_by``). Sentences written for the test, not news."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="auditru27", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by],
             q.speaker.entity if q.speaker else None) for q in rec.quotes]


def _said(got):
    return {g[1]: g for g in got}


def test_an_outlet_named_in_what_was_said_reports_nothing(pipe):
    """quotes/ru_credits.py: a newspaper or a channel the speaker talks about is no credit of the quote."""
    got = _said(run(pipe, "Депутат Иван Сомов сказал, что накануне подал в суд иск против газеты «Новые известия» за "
                          "клевету.\n"))
    assert [g[3] for g in got.values()] == [[]], got
    got = _said(run(pipe, "Журнал «Огонёк» напоминает, что премию вручает телеканал «Дождь» уже пятый год.\n"))
    assert [(g[2], g[3]) for g in got.values()] == [("Огонёк", [])], got


def test_an_outlet_of_a_contrasting_clause_credits_that_clause(pipe):
    """quotes/ru_credits.py: "…, а газета X пишет, что …" / "…, но полиция, как пишет X, …" -- the outlet credits its
    own clause's report, not the first one; after the last clause it still credits both."""
    got = _said(run(pipe, "Аналитики считают, что кризис продлится до весны, а газета «Ведомости» пишет, что спад "
                          "закончится уже зимой.\n"))
    assert got["кризис продлится до весны"][3] == [], got
    got = _said(run(pipe, "Сначала говорилось о поджоге склада, но полиция, как пишет «Коммерсантъ», позже возбудила "
                          "дело о краже.\n"))
    assert got["поджоге склада"][3] == [], got
    got = _said(run(pipe, "Экономист Пётр Лаптев считает, что рубль подешевеет, а министр Олег Зуев заявил, что курс "
                          "останется прежним, сообщает «Интерфакс».\n"))
    assert got["рубль подешевеет"][3] == ["Интерфакс"] and got["курс останется прежним"][3] == ["Интерфакс"], got


def test_an_outlet_relaying_a_speaker_keeps_its_credit(pipe):
    """The relay convention (ru_relays.py) stands: the speaker's quote credits the outlet that relays it."""
    got = _said(run(pipe, "Депутат Иван Сомов заявил, что закон примут весной, сообщает «Интерфакс».\n"))
    assert got["закон примут весной"][2:4] == ("Иван Сомов", ["Интерфакс"]), got


def test_the_site_of_an_outlet_is_the_outlet(pipe):
    """quotes/ru_medium.py ``medium_owner``: "Как сообщается на сайте X, …" -- the outlet or body whose site it is
    speaks, not a speaker named "на сайте X"; a person named after the medium still speaks."""
    got = run(pipe, "Как сообщается на сайте Lenta.ru, продажи автомобилей выросли на 10%.\n")
    assert [(g[2], g[3]) for g in got] == [("Lenta.ru", [])] and got[0][4] is not None, got
    got = run(pipe, "Как говорится на сайте компании «Газпром», добыча газа выросла на 3%.\n")
    assert [g[2] for g in got] == ["Газпром"], got
    got = run(pipe, "Как заявил в эфире телеканала «Россия 24» министр Олег Зуев, пенсии проиндексируют.\n")
    assert [g[2] for g in got] == ["Олег Зуев"], got


def test_russia_24_is_not_russia_1(pipe):
    """lang/ru/outlets.tsv: «Россия 24» and «Россия 1» are two channels; inflected forms name each."""
    got = run(pipe, "Министр Олег Зуев в эфире телеканала «России 24» заявил, что пенсии проиндексируют.\n")
    assert [g[3] for g in got] == [["Россия 24"]], got
    got = run(pipe, "Губернатор Иван Петров рассказал «России 1», что мост построят к осени.\n")
    assert [g[3] for g in got] == [["Россия 1"]], got


def test_an_outlet_speaking_is_linked_to_its_actor(pipe):
    """quotes/ru_credits.py: a speaker phrase that is an outlet's mention is that outlet (the actor link a user
    follows), and no credit of its own words."""
    got = run(pipe, "Жюри назовёт победителей в апреле. Lenta.ru напоминает, что конкурс проводится уже в шестой "
                    "раз.\n")
    assert [(g[2], g[3]) for g in got] == [("Lenta.ru", [])] and got[0][4] is not None, got


def test_a_body_of_a_state_has_its_whole_name(pipe):
    """quotes/ru_speakers.py ``_with_country``: "Министерство сельского хозяйства Германии сообщило" -- the speaker's
    name is the whole name, the state with it."""
    got = run(pipe, "Министерство сельского хозяйства Германии сообщило, что запрет на ввоз мяса снят.\n")
    assert [g[2] for g in got] == ["Министерство сельского хозяйства Германии"], got


def test_an_attribution_inserted_after_a_relative_word_reports_its_clause(pipe):
    """quotes/ru_asides.py ``clause_opened``: "…, где, по словам X, «…»" / "…, который, по словам X, …" -- X said
    the relative clause, not the sentence it hangs on; an insertion in the middle of a plain clause keeps it whole."""
    got = run(pipe, "Он вспомнил о судебном процессе против газеты, где, по словам Олега Зуева, «публиковались ложные "
                    "обвинения».\n")
    assert [(g[1].strip("«»"), g[2]) for g in got] == [("публиковались ложные обвинения", "Олег Зуев")], got
    got = run(pipe, "Депутат рассказал о законе, который, по словам Олега Зуева, примут уже весной.\n")
    assert [g[1] for g in got] == ["примут уже весной"], got
    got = run(pipe, "Завод закроют, по словам Олега Зуева, до конца года.\n")
    assert [g[1] for g in got] == ["Завод закроют до конца года"], got


def test_an_outlet_after_a_preposition_of_topic_reports_nothing(pipe):
    """quotes/ru_credits.py ``_topic``: "иск против телеканала «X»", "рассказал о «X»" -- the outlet talked about,
    before the content or after it, is no credit; the outlet relaying the sentence still is."""
    got = run(pipe, "Депутат Иван Сомов, подавший иск против телеканала «Дождь», заявил, что суд назначен на май.\n")
    assert [(g[2], g[3]) for g in got] == [("Иван Сомов", [])], got
    got = _said(run(pipe, "Иван Сомов рассказал о «Коммерсанте», что газета сменила владельца, сообщает ТАСС.\n"))
    assert got["газета сменила владельца"][3] == ["ТАСС"], got


def test_a_described_source_opening_with_an_adverb_and_a_participle(pipe):
    """quotes/ru_forms.py ``trailing_source``: "…, об этом говорят специально проведённые исследования" / "…, считают
    недавно опрошенные туристы" -- the source described after the cue may open with an adverb and a participle; a
    plural "говорят" with its subject after it is no impersonal "говорят"."""
    got = run(pipe, "Казань — самый чистый город Поволжья, об этом говорят специально проведённые исследования.\n")
    assert [g[2] for g in got] == ["специально проведённые исследования"], got
    got = run(pipe, "Казань — самый чистый город Поволжья, считают недавно опрошенные туристы.\n")
    assert [g[2] for g in got] == ["недавно опрошенные туристы"], got
    got = run(pipe, "Цены на жильё выросли на 12%, говорится в докладе.\n")
    assert [(g[1], g[2]) for g in got] == [("Цены на жильё выросли на 12%", None)], got


def test_a_credit_inside_a_long_content_still_credits(pipe):
    """quotes/ru_credits.py: an outlet after its relaying verb ("— пишет «X»") credits the quote even where the content
    ran over it."""
    got = run(pipe, "Регулятор объяснил свое решение тем, что инфляция остается высокой, а кредиты растут слишком "
                    "быстро, — пишет «Коммерсантъ».\n")
    assert any(g[2] == "Регулятор" or g[2] == "регулятор" for g in got) and \
        all(g[3] == ["Коммерсантъ"] for g in got if g[2] in ("Регулятор", "регулятор")), got


def test_a_mans_surname_in_an_oblique_case_the_dictionary_reads_as_a_noun(pipe):
    """entities/ru_forms.py ``masculine_case_form``: "По словам адвоката Лапина" after "Виктор Лапин" -- the genitive
    of his surname, which the dictionary reads as a common noun, is his: the speaker is "Виктор Лапин", whole and in
    the nominative; a nominative "Лапина" with a feminine verb stays a woman of her own."""
    got = run(pipe, "Защиту обвиняемого ведёт адвокат Виктор Лапин. По словам адвоката Лапина, его подзащитный "
                    "невиновен.\n")
    assert [g[2] for g in got] == ["Виктор Лапин"], got
    got = run(pipe, "Защиту ведёт Виктор Лапин. Журналисты встретились с Лапиным, который заявил, что подаст "
                    "апелляцию.\n")
    assert [g[2] for g in got] == ["Виктор Лапин"], got
    got = run(pipe, "Интересы семьи представляет Виктор Лапин. Адвокат Лапина заявила, что обжалует приговор.\n")
    assert [g[2] for g in got] == ["Лапина"], got


def test_a_lone_mans_surname_in_an_oblique_case_is_named_in_the_nominative(pipe):
    """entities/ru_forms.py ``oblique_surname``: "По словам Лапина, …" with no full name -- the man's surname in the
    nominative ("Лапин"), not the genitive the dictionary takes for a noun; a given name keeps its lemma."""
    got = run(pipe, "По словам Лапина, его подзащитный невиновен.\n")
    assert [g[2] for g in got] == ["Лапин"], got
    got = run(pipe, "По словам Полины, её брат невиновен.\n")
    assert [g[2] for g in got] == ["Полина"], got
