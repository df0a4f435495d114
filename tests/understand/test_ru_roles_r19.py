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


def test_a_ukrainian_past_verb_read_as_a_gerund_keeps_its_subject_as_speaker():
    """tryout r19: "«…», — сказав Зеленський журналістам у Києві." gave a quote with no speaker: the Russian tagger
    reads the Ukrainian past "сказав" as a gerund and its subject as an object (a gerund takes no nominative
    object)."""
    rec = analyze("Київ, 12 березня 2025 року.\n\n«Ми не погодимося на мир за будь-яку ціну», — сказав Зеленський "
                  "журналістам у Києві.\n")
    assert [(q.speaker.name if q.speaker else None) for q in rec.quotes] == ["Зеленський"]
