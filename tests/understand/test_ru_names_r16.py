"""Round 16 (issues 13 and 16 of the tryout): one person's name in two cases, Ukrainian given names and surnames
natasha misses, spelling variants of a foreign given name (sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument
from newsgraph.understand.entities.ru_forms import foreign_nominative
from newsgraph.understand.name_keys import given_variant
from newsgraph.understand.entities.uk_names import given_names, with_given_names


def persons(pipe, text, lang="ru"):
    rec = pipe.run(RawDocument(source="ru-r16", text=text, language=lang))
    return {e.name: e.role for e in rec.entities if e.type == "PERSON"}, rec


def test_a_foreign_surname_in_the_genitive_takes_the_nominative_of_its_given_name():
    """ru_forms.py: the given name's case tells the surname's ending ("Йенса Лемана": "Леман")."""
    assert foreign_nominative("Лемана", "Gen") == "Леман"
    assert foreign_nominative("Клинсману", "Dat") == "Клинсман"
    assert foreign_nominative("Шольцем", "Ins") == "Шольц"
    assert foreign_nominative("Карзая", "Acc") == "Карзай"
    assert foreign_nominative("Кулебе", "Loc") is None  # ("о Кулебе": of "Кулеба", the ending is not seen)
    assert foreign_nominative("Марченка", "Gen", "uk") == "Марченко"
    assert foreign_nominative("Леман", "Nom") is None
    assert foreign_nominative("Долгорукому", "Dat") is None  # (an adjectival surname)


def test_one_person_named_in_two_cases_is_one_actor(pipe):
    got, _ = persons(pipe, "Тренер назвал Ларса Бергмана лучшим игроком сезона. Ларс Бергман поблагодарил "
                           "партнёров по команде.\n")
    assert "Ларс Бергман" in got and not any(n.startswith("Ларс Бергмана") for n in got), got


def test_a_ukrainian_given_name_before_a_surname_is_part_of_the_name():
    """uk_names.py: the given name natasha leaves out of the span joins it; a given name and a surname it misses
    make a person."""
    assert "сергій" in given_names("uk") and "денис" in given_names("uk")
    assert given_names("en") == frozenset()
    text = "Міністр фінансів Сергій Марченко додав, що Андрій Сибіга наголосив."
    s = text.index("Марченко")
    out = with_given_names(text, "uk", [(s, s + len("Марченко"), "PER", "Марченко")])
    assert (text.index("Сергій"), s + len("Марченко"), "PER", "Сергій Марченко") in out
    assert any(x[3] == "Андрій Сибіга" for x in out), out
    assert with_given_names(text, "ru", []) == []  # (Russian: no new person)
    assert with_given_names(text, "en", []) == []


def test_ukrainian_minister_keeps_his_given_name_and_his_role(pipe):
    got, rec = persons(pipe, "Міністр фінансів Сергій Марченко заявив, що бюджет буде ухвалено вчасно. "
                             "Міністр оборони Тарас Петрук наголосив, що армія готова.\n", "uk")
    assert got.get("Сергій Марченко") == "міністр фінансів", got
    assert "Тарас Петрук" in got, got
    speakers = {q.speaker.name for q in rec.quotes if q.speaker}
    assert speakers == {"Сергій Марченко", "Тарас Петрук"}, [(q.text, q.speaker) for q in rec.quotes]


def test_spelling_variants_of_a_given_name_with_one_surname_are_one_person(pipe):
    assert given_variant("сейдзи", "сэйдзи") and given_variant("беньямин", "биньямин")
    assert not given_variant("ирина", "арина") and not given_variant("иван", "иван")
    got, _ = persons(pipe, "Министр Сейдзи Маэхара прибыл в Пекин. Сэйдзи Маэхара сообщил, что переговоры "
                           "начнутся завтра.\n")
    assert [n for n in got if n.endswith("Маэхара")] == ["Сейдзи Маэхара"], got


def test_a_ukrainian_and_a_russian_given_name_with_one_surname_are_one_person(pipe):
    """A Ukrainian text with a Russian paragraph writes one man as "Віталій Кличко" and "Виталий Кличко": one actor
    (and his bare surname then has one candidate)."""
    from newsgraph.understand.entities.ru_forms import same_given
    assert same_given("віталій", "виталий") and not same_given("віталій", "владимир")
    got, _ = persons(pipe, "Мер Віталій Петрук заявив, що місто готове до зими.\n\n"
                           "Как сообщает агентство, Виталий Петрук также заявил, что генераторы установлены. "
                           "По словам Петрука, работы продолжатся.\n", "uk")
    assert [n for n in got if "Петрук" in n] == ["Віталій Петрук"], got


def test_a_parent_body_before_a_bracketed_abbreviation_is_not_that_abbreviation(pipe):
    """coref/ru.py ``_short_forms``: "организации ООН (ФАО)": the bracket abbreviates the name; the bare "ООН" is
    the parent body, its own actor (an abbreviation right after a name otherwise is that name's: "ФИФА")."""
    _, rec = persons(pipe, "По данным Международной организации по миграции ООН (МОМ), число беженцев выросло. "
                           "В МОМ отметили, что помощь нужна срочно.\n")
    orgs = {e.name: sorted({m.text for m in e.mentions}) for e in rec.entities if e.type == "ORG"}
    assert "ООН" in orgs and "ООН" not in [m for n, ms in orgs.items() if n != "ООН" for m in ms], orgs


def test_review_r16_two_dictionary_names_and_a_common_noun_before_a_name():
    """Review r16: "Алина"/"Алена" and "Ирина"/"Ирена" (two Russian given names one letter apart) were one person;
    "Роман Франка" (a novel of Franko's) was a person "Роман"."""
    import newsgraph
    from newsgraph.ingest.base import RawDocument
    from newsgraph.understand.name_keys import given_variant
    assert not given_variant("алина", "алена") and not given_variant("ирина", "ирена")
    assert given_variant("сейдзи", "сэйдзи") and given_variant("беньямин", "биньямин")
    rec = newsgraph.analyze_raw(RawDocument(source="x.txt", language="uk",
                                            text="Роман Франка «Захар Беркут» перевидали у Львові."))
    assert not any(e.name.startswith("Роман") for e in rec.entities), rec.entities
