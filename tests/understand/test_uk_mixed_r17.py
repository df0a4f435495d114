"""Round 17: Ukrainian news carrying Russian paragraphs and quotes (the tryout of round 16). The Ukrainian quote
reader reads the Russian attribution cues too (languages.py ``mixes``), and the outlet list of both languages;
agencies' Ukrainian editions are outlets of their own ("Интерфакс-Украина"). Sentences written for the test."""
from newsgraph.ingest.base import RawDocument
from newsgraph.understand import outlets
from newsgraph.understand.entities.ru_rules import ru_rules
from newsgraph.understand.languages import mixed_with

MIXED = ("Рада ухвалила бюджет\n\n"
         "Київ, 3 грудня — Голова комітету Олена Бойко заявила, що бюджет буде виконано.\n\n"
         "«Ми знайшли кошти на оборону», — сказала Бойко.\n\n"
         "Как сообщает «Интерфакс-Украина», министр финансов Сергей Марченко также заявил, что дефицит "
         "сократится. По словам Марченко, переговоры с кредиторами продолжатся до весны.\n")


def quotes(pipe, text, lang):
    rec = pipe.run(RawDocument(source="uk-mixed-r17", text=text, language=lang))
    return [(q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by]) for q in rec.quotes]


def test_ukrainian_reads_russian_cues_and_russian_its_own_only():
    assert mixed_with("uk") == ("ru",) and mixed_with("ru") == ("uk",) and mixed_with("en") == ()
    assert ru_rules("uk").cue.search("Марченко заявил, что") and ru_rules("uk").cue.search("Марченко наголосив, що")
    assert not ru_rules("en" if False else "uk").cue.search("Марченко промовчав, що")
    # only the other language's entries that are not words of the document's own (review r17): "за словами" is a
    # Russian idiom ("За словами последовали дела"), "по словам" and "он" are Ukrainian words
    assert not ru_rules("ru").attribution.match("За словами главы банка последовали шаги, и ставка снижена.")
    assert ru_rules("uk").attribution.match("За словами Марченка, переговори тривають.")
    assert "он" not in ru_rules("uk").pronouns and "голова" not in ru_rules("ru").titles


def test_russian_text_does_not_read_the_ukrainian_outlet_list():
    """review r17: "УП" (a Belarusian unitary enterprise) and "Новое время" (a phrase) are Russian, not outlets."""
    assert outlets.find("Как сообщили в УП «Минсктранс», проезд подорожает. Новое время требует решений.", "ru") == []
    assert [o.name for o in outlets.find("як повідомляє «Интерфакс-Украина»", "uk")] == ["Інтерфакс-Україна"]


def test_the_russian_paragraph_of_a_ukrainian_text_keeps_its_attributions(pipe):
    got = quotes(pipe, MIXED, "uk")
    texts = {t: (s, r) for t, s, r in got}
    assert any("дефицит сократится" in t for t in texts), got
    assert any("переговоры с кредиторами" in t for t in texts), got
    deficit = next(v for t, v in texts.items() if t.startswith("дефицит"))
    assert "Марченко" in (deficit[0] or "") and deficit[1] == ["Интерфакс-Украина"], got
    relay = next(v for t, v in texts.items() if t.startswith("Сергей Марченко также заявил"))  # (round 20)
    assert relay == ("Интерфакс-Украина", []), got  # (the outlet relaying his words reports them too)
    assert any("бюджет буде виконано" in t for t in texts), got  # (the Ukrainian ones stay)


def test_an_agencys_ukrainian_edition_is_an_outlet_of_its_own():
    found = [(o.name, o.country) for o in outlets.find("Как сообщает «Интерфакс-Украина», а также Интерфакс", "ru")]
    assert found == [("Интерфакс-Украина", "UA"), ("Интерфакс", "RU")]
    assert [o.name for o in outlets.find("пишет РБК-Украина", "ru")] == ["РБК-Украина"]
    assert [o.name for o in outlets.find("як повідомляє ТАСС", "uk")] == ["ТАСС"]  # (a Russian outlet in uk text)


def test_a_ukrainian_full_name_the_model_splits_in_two_is_one_person(pipe):
    """uk_names.py: natasha's Russian model may tag "Сергій" and "Марченко" as two persons; a Ukrainian given name
    right before a one-word person is that person's given name."""
    rec = pipe.run(RawDocument(source="uk-r17", text="Рада ухвалила бюджет\n\nГолова комітету Олена Бойко заявила, "
                               "що бюджет буде виконано.\n\nМіністр фінансів Сергій Марченко також заявив, що "
                               "дефіцит скоротиться.\n", language="uk"))
    persons = sorted(e.name for e in rec.entities if e.type == "PERSON")
    assert persons == ["Олена Бойко", "Сергій Марченко"], persons
    assert [q.speaker.name for q in rec.quotes] == ["Олена Бойко", "Сергій Марченко"]


def test_a_founder_or_owner_of_an_organisation_is_a_person_not_the_organisation(pipe):
    """titles.txt: "создатель", "владелец", "учредитель" name a role as "основатель" does: the speaker "создатель
    Facebook" is the person named with it before, never the company (the tryout of round 16)."""
    rec = pipe.run(RawDocument(source="ru-r17", text="Соцсеть меняет правила\n\nМарк Цукерберг представил новую "
                               "политику в среду. Компания Facebook давно критикуется за утечки данных.\n\n«Мы "
                               "хотим вернуть доверие пользователей», — пояснил создатель Facebook.\n", language="ru"))
    assert [q.speaker.name for q in rec.quotes] == ["Марк Цукерберг"]
    rec = pipe.run(RawDocument(source="ru-r17", text="Совладелец компании Иван Петров заявил, что завод не будет "
                               "продан.\n", language="ru"))
    assert [(e.name, e.role) for e in rec.entities] == [("Иван Петров", "совладелец компании")]
