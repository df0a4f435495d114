"""Round 22 (tryout): Russian speakers that were junk. Sentences written for these tests.
- the issuer after a document's noun or "по словам" is named in the nominative ("По сообщениям очевидцев": очевидцы);
- "the latter" (последний/последняя) as a subject stands for the last actor named before it, agreeing in gender,
  never the word itself;
- an impersonal report ("сообщалось, что …") takes no subject from the verb before it;
- a plural pronoun after an attribution to a plural speaker described ("Спасатели, искавшие Ивана Орлова, …") goes on
  with them, not with the one person named inside their description."""
from __future__ import annotations

import pytest

import newsgraph


def _speakers(text):
    rec = newsgraph.analyze(text, published="2021-03-10")
    return [(q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


@pytest.mark.parametrize("text,who", [
    ("По сообщениям очевидцев, пожар начался в подвале.", "очевидцы"),
    ("По сообщениям местных волонтёров, в приюте не хватает кормов.", "местные волонтёры"),
    ("По словам пожарных, возгорание удалось локализовать к утру.", "пожарные"),
])
def test_an_issuer_is_named_in_the_nominative(text, who):
    assert [s for s, _ in _speakers(text)] == [who]


def test_the_latter_is_the_actor_named_last_in_its_gender():
    got = _speakers("Переговоры шли между Сергеем Волковым и фирмой «Бета». Последняя требует вернуть аванс.")
    assert [s for s, _ in got] == ["Бета"], got
    got = _speakers("Переговоры шли между Сергеем Волковым и фирмой «Бета». Последний требует вернуть аванс.")
    assert [s for s, _ in got] == ["Сергей Волков"], got
    got = _speakers("Дождь шёл весь день. Последняя требует вернуть аванс.")
    assert all(s is None or "оследн" not in s for s, _ in got), got


def test_an_impersonal_report_has_no_speaker_from_the_clause_before():
    for text in ("Начало матча было перенесено на 20 часов; подчёркивалось, что он пройдёт без зрителей.",
                 "Выставка открылась в мае и сообщалось, что её посетили тысячи людей."):
        got = _speakers(text)
        assert got and all(s is None for s, _ in got), got


def test_a_plural_pronoun_goes_on_with_the_plural_speaker():
    got = _speakers("Спасатели, искавшие 12-летнего Ивана Орлова, говорят, что поиски идут успешно. "
                    "Вместе с тем, они предупреждают, что ночью ожидается мороз.")
    assert [s for s, _ in got] == ["Спасатели", "Спасатели"], got


def test_the_latter_of_a_pair_speaks_alone():
    """Review r22: «Компания «Альфа» и банк «Восток» подписали соглашение. Последняя сообщила …»: Альфа speaks, and
    the bank is no co-speaker."""
    rec = newsgraph.analyze("Компания «Альфа» и банк «Восток» подписали соглашение. Последняя сообщила, что сделка "
                            "закроется в марте.\n", published="2021-03-10")
    (q,) = rec.quotes
    assert [s.name for s in q.speakers] == [q.speaker.name]
