"""Round 23 (tryout): the object of a participle clause set off by commas describes the subject, never speaks for
it ("Врачи, прооперировавшие … Иванову, говорят" was credited to the patient), also when the parse took the
participles for a noun and a finite verb; a surname after a feminine adjective keeps the gender of its form
("52-летнюю Иванову" is Иванова, not Иванов). Sentences written for these tests."""
from __future__ import annotations

import newsgraph


def _read(text):
    rec = newsgraph.analyze(text, published="2021-03-10")
    return ([(e.name, e.type) for e in rec.entities if e.type == "PERSON"],
            [(q.speaker.name if q.speaker else None, q.text) for q in rec.quotes])


def test_two_participles_with_a_womans_surname():
    people, got = _read("Спасатели, нашедшие и доставившие в больницу пожилую Петрову, рассказали, что она провела "
                        "в лесу три дня.\n")
    assert got == [("Спасатели", "она провела в лесу три дня")], got
    assert people == [("Петрова", "PERSON")], people


def test_doctors_who_treat_a_patient_speak_for_themselves():
    people, got = _read("Медики, оперировавшие и выхаживавшие 40-летнюю Смирнову, говорят, что она скоро вернется "
                        "домой.\n")
    assert [s for s, _ in got] == ["Медики"], got
    assert people == [("Смирнова", "PERSON")], people
