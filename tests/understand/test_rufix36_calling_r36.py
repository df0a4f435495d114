"""Round 36, rufix36: a bare calling after several people of that calling ("— отметил тренер" after two coaches) is
the one the text introduced with it last, also when the body the calling names stands between it and the name
("Главный тренер ФК «Берег» Антон Седов": coref/ru_offices.py ``_past_complement``). Sentences written for the test.
"""
from newsgraph.ingest.base import RawDocument

QUOTE = "«Мы сыграли достойно, но удача была не на нашей стороне», — отметил тренер.\n"


def speakers(pipe, text):
    rec = pipe.run(RawDocument(source="rufix36", text=text, language="ru"))
    return [(q.kind, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_the_calling_with_its_body_between_introduces_the_latest_coach(pipe):
    got = speakers(pipe, "Клуб «Волна» расстался с тренером Игорем Мамонтовым после трех поражений подряд. Главный "
                         "тренер ФК «Берег» Антон Седов после матча провел пресс-конференцию. " + QUOTE)
    assert got == [("direct", "Антон Седов")], got


def test_near_miss_a_director_of_the_body_is_no_coach(pipe):
    got = speakers(pipe, "Клуб «Волна» расстался с тренером Игорем Мамонтовым после трех поражений подряд. Директор "
                         "клуба «Берег» Антон Седов после матча провел пресс-конференцию. " + QUOTE)
    assert got == [("direct", "Игорь Мамонтов")], got
