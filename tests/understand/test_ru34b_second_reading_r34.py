"""Round 34, ru34b: a class a blind second reading of 25 ru-attr dev texts found the dev gold had left out and the
product missed (sentences written for the test, not news), with its near misses."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru34b", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_an_opinion_voiced_about_a_topic(pipe):
    """lang/ru/cue_breadth.tsv: "высказываться" joins the cues as the other aspect of "высказаться"; an opinion
    voiced about a topic ("высказывался о проекте положительно") is a belief the guidelines count; the manner adverb
    closing it is how she spoke, no part of the topic (review34a, rufix34)."""
    got = run(pipe, "Глава комитета Ирина Соколова прошлой весной высказывалась о реформе школ осторожно.\n")
    assert got == [("indirect", "реформе школ", "Ирина Соколова")], got


def test_speaking_up_with_no_topic_says_nothing(pipe):  # near miss: no topic, no clause
    got = run(pipe, "Ирина Соколова высказывалась на заседании дважды, но недолго.\n")
    assert got == [], got


def test_not_having_spoken_about_a_topic_says_nothing(pipe):
    """quotes/ru_more.py ``_silent``: "X пока не высказывался о Y" says nothing was said about Y (near miss); an
    outlet's report of that sentence stays the outlet's."""
    got = run(pipe, "Министр Олег Рябов пока не высказывался о новом законе публично.\n")
    assert got == [], got
    got = run(pipe, "Министр Олег Рябов пока не высказывался о новом законе публично, отмечает «Коммерсант».\n")
    assert [g[:2] for g in got] == [("indirect", "Министр Олег Рябов пока не высказывался о новом законе "
                                                 "публично")], got
