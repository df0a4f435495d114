"""A role held at a body as a Russian speech verb's subject (r29, issue 16): "Глава ЦИК заявила, что …", "Руководитель
Росстата заявил …", "Директор «Газпрома» сказал …". The subject's head is a person's title (titles.txt,
person_nouns.txt) and the body, place or outlet named right after it, in its genitive, only says where the role is
held: the speaker is a person, the role's holder. ``ru.RussianQuotes.speaker_in`` takes the holder named before with
that role (``described_person``); when the text names none, the speaker is the role as written ("Глава ЦИК"), never
the organisation, which said nothing itself. Not when a person is named right after ("Глава ЦИК Элла Памфилова":
hers), nor when the subject is the body's own name ("ФИФА объявила"), nor a title in another case ("Главе ЦИК
сообщили")."""
from __future__ import annotations

import re

from ...record import Mention, Ref

_GAP = re.compile(r"[\s«„“\"]*")  # between the title and the body's name ("Директор «Газпрома»")
_CLOSE = "»“”\""
_ANY = ("PERSON", "ORG", "GPE", "MEDIA")


def role_at_body(an, text: str, ct, sub_start: int, end: int) -> Ref | None:
    """The role phrase text[sub_start:end of the body's name] as the speaker when the subject's head token ``ct``
    is a nominative person's title followed at once by a body's, place's or outlet's name (not a person's) before
    ``end``; else None."""
    if ct.nat is None or (ct.feats or {}).get("Case") not in (None, "Nom") or not an._is_title_word(ct.nat):
        return None
    gap = _GAP.match(text, ct.end)
    body = next(((m, a) for m, a in an.mentions_in(ct.end, end, _ANY) if m.start == gap.end()), None)
    if body is None or body[1].type not in ("ORG", "GPE", "MEDIA"):
        return None
    stop = body[0].end + (1 if body[0].end < len(text) and text[body[0].end] in _CLOSE and gap.end() > ct.end + 1
                          else 0)
    nxt = _GAP.match(text, stop).end()
    if any(m.start == nxt for m, _ in an.mentions_in(nxt, end)):
        return None  # ("Глава ЦИК Элла Памфилова заявила": the holder named)
    phrase = text[sub_start:stop]
    return Ref(None, phrase, Mention(sub_start, stop, phrase))
