"""A Russian or Ukrainian wire lead's dateline is nobody's subject (tryout r16: "Москва, 6 сентября 2025 года (РИА
Новости) — Пресс-секретарь … Дмитрий Песков заявил, что …" was credited to "Москва"; 3 of 5 wire leads)."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.understand.quotes.ru_datelines import dateline_end

LEADS = [
    ("ru", "Москва, 6 сентября 2025 года (РИА Новости) — Пресс-секретарь президента России Дмитрий Песков заявил, "
           "что Кремль не получал официального ответа от Киева.", "Дмитрий Песков"),
    ("ru", "МОСКВА, 6 сен — РИА Новости. Министр иностранных дел Сергей Лавров заявил, что переговоры возможны.",
     "Сергей Лавров"),
    ("ru", "МОСКВА, 6 сен — Пресс-секретарь президента Д. Песков заявил журналистам, что Кремль не видит "
           "оснований для беспокойства.", "Д. Песков"),  # review r16: a wire month, an initial
    ("ru", "САНКТ-ПЕТЕРБУРГ, 12 марта. /ТАСС/. Губернатор Александр Беглов сообщил, что мост откроют в мае.",
     "Александр Беглов"),
    ("ru", "Москва. 3 апреля. INTERFAX.RU - Глава Минфина Антон Силуанов заявил, что бюджет будет исполнен.",
     "Антон Силуанов"),
    ("uk", "Київ, 5 вересня 2025 року (Укрінформ) — Президент України Володимир Зеленський заявив, що не поїде до "
           "Москви на переговори.", "Володимир Зеленський"),
]


@pytest.mark.parametrize("lang,text,speaker", LEADS)
def test_the_speaker_of_a_wire_lead_is_the_person_after_the_dateline(lang, text, speaker):
    from newsgraph.ingest.base import RawDocument
    rec = newsgraph.analyze_raw(RawDocument(source="lead.txt", text="Заголовок новости\n\n" + text + "\n",
                                            language=lang))
    assert [q.speaker.name for q in rec.quotes if q.speaker] == [speaker]


def test_only_a_paragraphs_opening_is_a_dateline():
    text = "Москва, как заявил Песков, не получала ответа.\n\nВ Москве, 6 сентября — день города."
    assert dateline_end(text, 0) is None
    assert dateline_end(text, text.index("Москве")) is None
    lead = "Москва, 6 сентября (РИА Новости) — Песков заявил, что ответа нет."
    assert dateline_end(lead, 0) == lead.index("Песков")
    assert dateline_end(lead, lead.index("Песков")) is None
