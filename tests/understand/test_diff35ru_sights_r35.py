"""Round 35, diff35ru: a differential review of the round's Russian rules on the real ru-news corpus and on sentences
written for it. One rule made a wrong reading: the addr-на frame of "обратить внимание" (light_verb_frames.tsv,
quotes/ru_light_verbs.py) read "Экскурсовод обратил внимание туристов на фрески собора" as advice whose content is
"фрески собора". Drawing someone's attention to a thing they are shown and look at (a work of art, a building, an
exhibition: words.tsv ``sights``, ``exhibits``) is showing, not advising; a matter to heed still is advice. The
sentences are written for the test.
"""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="diff35ru", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def test_a_sight_shown_is_no_advice(pipe):
    assert run(pipe, "Экскурсовод обратил внимание туристов на фрески собора.\n") == []
    assert run(pipe, "Гид обращает внимание гостей на старинный иконостас храма.\n") == []


def test_near_miss_a_matter_to_heed_is_still_advice(pipe):
    got = run(pipe, "Госавтоинспекция обращает внимание водителей на необходимость соблюдать скоростной режим.\n")
    assert [(t, s) for _, t, s, _ in got] == [("необходимость соблюдать скоростной режим", "Госавтоинспекция")], got
    got = run(pipe, "Президент обратил внимание министров на рост цен на продукты.\n")
    assert [t for _, t, _, _ in got] == ["рост цен на продукты"], got
