"""Round 24, the second review's Russian findings narrowed (helper revfix2): a name and patronymic brought in by a
calling of its own (coref/ru_family.py ``by_patronymic``), a directive after "Согласно" whose body only filed or sent
(quotes/ru_documents.py ``_unowned_document``), a lawyer introduced with his client's genitive (ru_role_of.py), "Там"
after another place was named (ru_there.py). Every sentence here is written for the test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def test_a_name_and_patronymic_with_a_calling_of_its_own_is_a_new_person(pipe):
    """``by_patronymic``: "Врач Ольга Ивановна" after "Мэр Ольга Белова" is a new person (the doctor); with the
    full-named person's own calling ("Пенсионерка Ольга Ивановна" after "пенсионерка Ольга Белова") it is her."""
    _, got = run(pipe, "Мэр Ольга Белова посетила поликлинику. Врач Ольга Ивановна пожаловалась, что не хватает "
                       "медсестер.\n")
    assert got[-1][1] == "Ольга Ивановна", got
    _, got = run(pipe, "Письмо в редакцию прислала пенсионерка Ольга Белова. Пенсионерка Ольга Ивановна "
                       "пожаловалась, что пенсию снова задерживают.\n")
    assert got[-1][1] == "Ольга Белова", got


def test_a_directive_after_soglasno_is_the_issuers_not_the_applicants(pipe):
    """``_unowned_document``: "Согласно постановлению, …" after "Минтранс утвердил …" is Минтранс (it issued);
    after "Банк обратился в арбитраж" / "подал жалобу в суд" it names no one (the court decided)."""
    _, got = run(pipe, "Министерство транспорта утвердило новые тарифы. Согласно постановлению, проезд подорожает "
                    "на десять процентов.\n")
    assert [g[1] for g in got] == ["Министерство транспорта"], got
    _, got = run(pipe, "Сбербанк подал жалобу в арбитражный суд. Согласно решению, долг должен быть погашен до "
                    "конца года.\n")
    assert not any(g[1] == "Сбербанк" for g in got), got


def test_a_lawyer_introduced_with_the_clients_genitive(pipe):
    """``role_holder``: "Защитник журналиста Олег Сомов … По словам защитника Сомова" is Сомов himself."""
    _, got = run(pipe, "Защитник журналиста Олег Сомов обжаловал арест. Сомов считает решение незаконным. По словам "
                       "защитника Сомова, заседание назначено на понедельник.\n")
    assert got[-1][1] == "Олег Сомов", got


def test_there_is_not_the_body_when_another_place_was_named_since(pipe):
    """``there_body``: "Там" after "Детей эвакуировали в соседнюю школу." is the school, not "В мэрии" two
    sentences before; right after the body's sentence it is still the body."""
    _, got = run(pipe, "В мэрии сообщили, что в детском саду прорвало трубу. Детей эвакуировали в соседнюю школу. Там "
                    "пояснили, что занятия пройдут по обычному расписанию.\n")
    assert not any(g[1] == "мэрия" and "расписанию" in g[0] for g in got), got
    _, got = run(pipe, "В мэрии сообщили, что в детском саду прорвало трубу. Там пояснили, что ремонт займет два "
                    "дня.\n")
    assert ("ремонт займет два дня", "мэрия") in [(g[0], g[1]) for g in got], got
