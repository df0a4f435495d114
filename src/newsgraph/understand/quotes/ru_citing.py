"""The words by which a Russian outlet names the source it cites (r28, one place for the readers that used to hold a
copy each: ru_more.py, ru_speakers.py, ru_relays.py): "со ссылкой на" and its gerund "ссылаясь на" ("…, пишет РБК,
ссылаясь на источник в мэрии", "«Ведомости» сообщают, что …, ссылаясь на письмо ассоциации"). What follows the words
is the cited source, who speaks; the outlet citing it relays (quotes/ru_relays.py). The gerund stands after a comma,
so the patterns that look right after an outlet's name let one comma stand between."""
from __future__ import annotations

import re

CITING_WORDS = r"(?:со\s+ссылкой|ссылаясь)\s+на"
CITING = re.compile(rf"\b{CITING_WORDS}\s+", re.IGNORECASE)  # anywhere in a region
# before a speaker's mention, with up to three words of what is cited between ("со ссылкой на прогноз аналитического
# центра «Совэкон»": the name in quote marks, r28)
CITED = re.compile(rf"{CITING_WORDS}\s+(?:[\w-]+\s+){{0,3}}[«„“\"]?$", re.IGNORECASE)
CITING_NEXT = re.compile(rf"[»“”\"]?\s*(?:,\s*)?{CITING_WORDS}\s", re.IGNORECASE)  # right after an outlet's name


def cites_at(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` (past blanks) open the citing of a source: not content of the report they follow
    ("…, пишет «Коммерсантъ», | ссылаясь на данные таможни")."""
    return CITING.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip())) is not None
