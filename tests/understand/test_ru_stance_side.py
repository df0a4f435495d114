"""Russian stances (quotes/ru_stance.py): the side taken ("за"/"против") is part of the cue, so that a reader of the
content "того, чтобы завод закрыли" sees whether it was for or against (tryout r11). Sentences written for the test."""
from newsgraph.ingest.base import RawDocument


def _quotes(pipe, text):
    rec = pipe.run(RawDocument(source="ru-stance", text=text, language="ru"))
    return [(q.cue, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_the_side_of_a_stance_is_in_its_cue(pipe):
    got = _quotes(pipe, "Иван Петров выступал против того, чтобы завод закрыли.\n")
    assert ("выступал против", "того, чтобы завод закрыли", "Иван Петров") in got, got
    got = _quotes(pipe, "Депутат Анна Соколова выступила за снижение налогов для малого бизнеса.\n")
    assert [c for c, t, s in got if s == "Анна Соколова"] == ["выступила за"], got


def test_the_side_of_a_stance_put_first_is_in_its_cue(pipe):
    got = _quotes(pipe, "Против закрытия завода выступил ряд депутатов городской думы.\n")
    assert any(c == "выступил против" and t.startswith("закрытия завода") for c, t, s in got), got
