"""Round 34, ru34b: classes a blind second reading of 25 ru-attr dev texts found the dev gold had left out and the
product missed (sentences written for the test, not news). Each rule with a near miss."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru34b", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_an_opinion_voiced_about_a_topic(pipe):
    """lang/ru/cue_breadth.tsv: "высказываться" joins the cues as the other aspect of "высказаться"; an opinion
    voiced about a topic ("высказывался о проекте положительно") is a belief the guidelines count."""
    got = run(pipe, "Глава комитета Ирина Соколова прошлой весной высказывалась о реформе школ осторожно.\n")
    assert got == [("indirect", "реформе школ осторожно", "Ирина Соколова")], got


def test_speaking_up_with_no_topic_says_nothing(pipe):  # near miss: no topic, no clause
    got = run(pipe, "Ирина Соколова высказывалась на заседании дважды, но недолго.\n")
    assert got == [], got


def test_a_charge_after_po(pipe):
    """quotes/ru_hearsay.py ``_charge_phrase``: "по обвинению в <noun phrase>" reports a charge; its noun phrase is
    what the accusation says, the accuser unnamed."""
    got = run(pipe, "Бывший мэр Ольгино впервые предстал перед судом по обвинению в получении крупной взятки.\n")
    assert got == [("indirect", "получении крупной взятки", None)], got


def test_a_charge_inside_a_relative_clause_ends_at_its_comma(pipe):
    got = run(pipe, "Журналиста, которого задержали по обвинению в государственной измене, отпустили под залог.\n")
    assert got == [("indirect", "государственной измене", None)], got


def test_a_suspicion_or_a_charge_with_no_phrase_is_no_charge(pipe):  # near misses
    got = run(pipe, "Водителя задержали по подозрению в угоне автомобиля. Суд рассмотрел дело по обвинению, "
                    "которое предъявили вчера.\n")
    assert got == [], got
