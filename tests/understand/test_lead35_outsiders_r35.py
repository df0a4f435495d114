"""Round 35 (lead): those of a body who do not speak for it (its clients, fans, passengers, owners: lang/ru words.tsv
``outsider_nouns``) are the speaker as described, never the body (quotes/ru_role_heads.RoleAtBody.role_at_body).
Sentences written for the test."""
from __future__ import annotations

import pytest

from newsgraph.ingest.base import RawDocument


def _speaker(pipe, text):
    rec = pipe.run(RawDocument(source="lead35", text=text, language="ru"))
    ents = {e.id: e.name for e in rec.entities}
    q = rec.quotes[0]
    return ents.get(q.speaker.entity) if q.speaker.entity else q.speaker.name


@pytest.mark.parametrize("text, want", [
    ("Клиенты Альфа-Банка пожаловались, что мобильное приложение не работает третий день.", "Клиенты Альфа-Банка"),
    ("Болельщики «Зенита» заявили, что недовольны решением судьи.", "Болельщики «Зенита»"),
    ("Пассажиры «Победы» рассказали, что рейс задержали на шесть часов.", "Пассажиры «Победы»"),
    ("Владелец кафе «Ромашка» заявил, что заведение продолжит работу.", "Владелец кафе «Ромашка»"),
    ("Клиенты банка «Восход» пожаловались, что приложение не работает.", "Клиенты банка «Восход»"),
])
def test_outsiders_of_a_body_are_not_the_body(quote_pipe, text, want):
    assert _speaker(quote_pipe, text) == want


def test_a_bodys_representative_still_speaks_for_it(quote_pipe):  # near miss: words.tsv members
    assert "Альфа" in _speaker(quote_pipe, "Представители Альфа-Банка заявили, что сбой устранен.")
