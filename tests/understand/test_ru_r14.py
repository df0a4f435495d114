"""Round 14 of Russian attribution: forms found on the fresh articles in the layouts of ten more ru-news texts
(w312-w332; sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r14", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_pointing_something_out_is_saying_it(pipe):
    """speech_verbs.txt: "обратил внимание (на то), что …" introduces what is said, as "указал на то, что" does."""
    got = run(pipe, "Инженер Павел Гордеев обратил внимание на то, что старые опоры моста не рассчитаны на грузовики.\n")
    assert got == [("indirect", "старые опоры моста не рассчитаны на грузовики", "Павел Гордеев")], got
    got = run(pipe, "Экологи обращают внимание, что уровень озера падает третий год подряд.\n")
    assert [g[1] for g in got] == ["уровень озера падает третий год подряд"], got


def test_a_party_of_a_court_page_stands_for_the_one_named_before(pipe):
    """person_nouns.txt: "— сказал подсудимый" is the defendant named before, as "— сказал адвокат" is."""
    got = run(pipe, "Бывший директор завода Игорь Сомов вину не признал. «Я никогда не подписывал этих договоров», — "
                    "сказал подсудимый.\n")
    assert got[-1] == ("direct", "Я никогда не подписывал этих договоров", "Игорь Сомов"), got
    got = run(pipe, "Владелица пекарни Инна Жукова рассказала о новых правилах. «Мы едва сводим концы с концами», — "
                    "говорит предпринимательница.\n")
    assert got[-1] == ("direct", "Мы едва сводим концы с концами", "Инна Жукова"), got
