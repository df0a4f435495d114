"""Russian quotes of round 9 (issue 16): forms of reported speech the written set (eval/data/ru-attr/written) covers.
The sentences are written for these tests (not from the written set, not from news)."""
import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                            "understand.quantities", "understand.quotes"])


def quotes(pipe, text):
    rec = pipe.run(RawDocument(source="ru-test-r9", text=text))
    assert rec.validate() == []
    return [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in rec.quotes]


def test_questions_doubts_and_findings_are_cues(pipe):
    text = ("Проверка\nДепутат Игорь Лебедев усомнился в том, что новые камеры снизят число аварий.\n"
            "Инспекторы выяснили, что половина камер не работала с весны.\n"
            "Губернатор Олег Ветров поручил мэрии заменить неисправные камеры до зимы.\n")
    got = quotes(pipe, text)
    assert any(t == "новые камеры снизят число аварий" and s == "Игорь Лебедев" for t, s, _ in got), got
    assert any(t == "половина камер не работала с весны" for t, _, _ in got), got
    assert any("заменить неисправные камеры" in t and s == "Олег Ветров" for t, s, _ in got), got


def test_a_manner_verb_after_a_quotation(pipe):
    text = "Спор\n«Об этом не может быть и речи», — отрезал глава района Петр Сомов.\n"
    got = quotes(pipe, text)
    assert ("Об этом не может быть и речи", "Петр Сомов", "direct") in got, got
