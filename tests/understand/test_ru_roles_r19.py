"""An office sought is not an office held (tryout r18: "кандидату в президенты Андрею Санникову" gave the role
"президент Беларуси", and `actors` showed a candidate as the president)."""
from __future__ import annotations

from newsgraph import analyze


def _roles(text):
    return {e.name: e.role for e in analyze(text).entities if e.type == "PERSON"}


def test_a_candidate_for_an_office_is_a_candidate():
    roles = _roles("Бывшему кандидату в президенты Белоруссии Андрею Санникову предъявлено обвинение. Кандидат в "
                   "депутаты Госдумы Иван Петров сообщил, что снимается с выборов.")
    assert roles["Андрей Санников"] == "кандидат в президенты Белоруссии", roles
    assert roles["Иван Петров"] == "кандидат в депутаты Госдумы", roles


def test_a_held_office_is_unchanged():
    roles = _roles("Президент Белоруссии Александр Лукашенко провел совещание. Министр в правительстве Анна Орлова "
                   "выступила.")
    assert roles["Александр Лукашенко"] == "президент Белоруссии", roles
