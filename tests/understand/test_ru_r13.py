"""Round 13 of Russian attribution: forms found on the fresh articles in the layouts of the ru-news texts (w291-w311;
sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r13", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_foreign_name_the_dictionary_does_not_know_has_no_gender_guessed(pipe):
    """entities/ru_gender.py: "Мэдисон Кьоге" tells no gender, so "она" after her words is hers, not the last
    woman the dictionary knows ("Джанет")."""
    got = run(pipe, "Глава фонда Джанет Ривз предупредила, что биржа может упасть. Аналитик Мэдисон Кьоге считает, "
                    "что рынок выдержит. «Паники не будет, инвесторы это уже пережили», — сказала она.\n")
    assert got[-1] == ("direct", "Паники не будет, инвесторы это уже пережили", "Мэдисон Кьоге"), got


def test_past_tense_agreement_tells_the_gender_of_a_name(pipe):
    """A past-tense verb agrees with its subject: "кандидат Саша Грин назвал" is a man whatever "Саша" is."""
    got = run(pipe, "Депутат Ольга Ветрова заявила, что выборы прошли честно. Однако кандидат оппозиции Саша Грин "
                    "назвал подсчет голосов непрозрачным. По его мнению, на участках раздавали деньги.\n")
    assert got[-1] == ("indirect", "на участках раздавали деньги", "Саша Грин"), got
