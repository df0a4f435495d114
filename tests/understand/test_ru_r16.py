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
