"""Attributions set aside between commas in a Russian sentence (helpers of ru_more.py, r21): "Цены, как считают
аналитики, продолжат расти" (a cue after "как", inserted), "Как сообщили в объединенной пресс-службе судов …, …" (a
long body named with "в")."""
from __future__ import annotations

import re


def as_cue(cue: re.Pattern, text: str, pos: int):
    """A cue verb after "как" at ``pos``, inserted between commas ("Водитель, как утверждают очевидцы, был пьян"):
    its verb, as an inserted cue without "как" ("…, считают аналитики, …")."""
    m = re.match(r"как\s+", text[pos:pos + 8], re.IGNORECASE)
    return cue.match(text, pos + m.end()) if m else None


def described_words(phrase: str) -> int:
    """How many words a source described, not named, may take: five ("источник в правительстве"), eight where it
    is the body "в" which it was said ("Как сообщили в объединенной пресс-службе судов Свердловской области, …":
    a regional body's press service)."""
    return 8 if re.match(r"во?\s", phrase, re.IGNORECASE) else 5


def subject_lead(an, start: int, end: int) -> bool:
    """Does text[start:end] (before ", как <cue> X,") open with a noun phrase in the nominative, the subject of what
    follows the insertion ("Новый терминал, как сообщил губернатор, откроется в мае"), not an opener ("Кроме
    того, как заявил Песков, …")?"""
    toks = [t for t in an.toks if start <= t.start < end and t.pos != "PUNCT"]
    return bool(toks) and toks[0].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and \
        (toks[0].feats or {}).get("Case") == "Nom" and not any(t.pos in ("VERB", "AUX") for t in toks)  # (a clause
    # of its own before it, "Дамба была построена … и, как заявляли власти, …", leaves what follows alone said)


def told_body(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Как сообщили «РИА Новости» в компании, …", "Как уточнили ТАСС в министерстве, …": after the outlet told
    (text[start:end] right after its name), "в" and a body: the body's span, which said it (r22); else None."""
    m = re.match(r"[»\"”]?\s+во?\s+([^,.;:«»]{2,60}?)\s*$", text[start:end])
    return (start + m.start(1), start + m.end(1)) if m else None
