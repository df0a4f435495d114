"""Round 17: a person's role before the name (entities/ru.py ``_role_before``), seen on the ru-news store: a title in
the plural belongs to a body ("кабинета министров"), not to the person; a verb the tagger took for a noun ends the
role. Sentences written for the test."""
from newsgraph.ingest.base import RawDocument
from newsgraph.understand.entities.ru_names import verb_form


def roles(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r17", text=text, language="ru"))
    return {e.name: e.role for e in rec.entities if e.type == "PERSON"}


def test_a_title_in_the_plural_does_not_start_a_persons_role(pipe):
    got = roles(pipe, "Заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в "
                      "Старом городе.\n\nВице-премьер Иван Петров заявил, что бюджет сбалансирован.\n")
    assert got == {"Биньямин Нетаньяху": "глава правительства Израиля", "Иван Петров": "вице-премьер"}, got


def test_the_dictionary_tells_a_verb_form():
    assert verb_form("привиделся", "ru") and verb_form("заявив", "ru") and verb_form("сказать", "ru")
    assert not verb_form("премьер", "ru") and not verb_form("правительства", "ru")
    assert not verb_form("привиделся", "en") and not verb_form("Trump", "ru")


def test_a_plural_title_is_a_role_when_it_is_the_only_one_and_titles_are_no_verbs(pipe):
    """review r17: "один из лидеров оппозиции X" is a leader of the opposition; "Мининдел" (pymorphy reads it first as
    a verb) is a title."""
    got = roles(pipe, "Один из лидеров оппозиции Илья Яшин заявил, что шествие не согласовали.\n\nМининдел России "
                      "Сергей Лавров заявил, что Москва готова к диалогу.\n")
    assert got == {"Илья Яшин": "лидер оппозиции", "Сергей Лавров": "мининдел России"}, got


def test_a_place_in_an_oblique_case_is_the_place_in_the_nominative(pipe):
    """ru_names.place_nominative (tryout r17: "Элиста" and "Элисте", "Эритрея" and "Эритрее" were two actors)."""
    rec = pipe.run(RawDocument(source="ru-r17", text="Турнир пройдет в Элисте\n\nШахматный турнир пройдет в Элисте в "
                               "мае. Элиста уже принимала олимпиаду. Власти Эритреи заявили, что в Эритрее нет "
                               "голода.\n", language="ru"))
    places = sorted(e.name for e in rec.entities if e.type in ("GPE", "LOC"))
    assert places == ["Элиста", "Эритрея"], places
