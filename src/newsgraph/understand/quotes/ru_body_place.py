"""A body named without its place where the text named its place before (round 30): "бывшего заместителя министра
строительства Свердловской области …" … "В министерстве строительства комментировать не стали" -- the ministry is
the one whose minister the text named with the region: "министерство строительства Свердловской области". The
speaker phrase is a body's noun (words.tsv ``institutions``, ``body_anaphors``) with its complement and no place; an
earlier phrase of the text writes the same complement, as written, after that noun or its holder's title (the
same stem: "министр-"/"министерств-", "департамент-", "управлени-") and a place right after it. One place so
written: the body is named with it; none or two (two regions' ministries): the phrase as it was."""
from __future__ import annotations

import re

from ...record import Ref
from .. import rules
from ..coref.ru import full_name
from .ru_medium import toks_in

_STEM = 6  # letters of the body's noun its holder's title shares ("минист-": министр, министерство)


def body_with_place(an, speaker: Ref | None) -> Ref | None:
    """``speaker`` named with the place the text gave it before (see the module), else None."""
    m = speaker.mention if speaker is not None else None
    if m is None or speaker.entity is not None:
        return None
    toks = [t for t in toks_in(an, m.start, m.end) if t.pos != "PUNCT"]
    bodies = rules.wordset("ru", "institutions") | rules.wordset("ru", "body_anaphors")
    k = next((i for i, t in enumerate(toks) if t.pos == "NOUN"), None)
    if k is None or toks[k].lemma not in bodies or k + 1 >= len(toks) or \
            any(t.pos not in ("NOUN", "ADJ") or (t.feats or {}).get("Case") != "Gen" for t in toks[k + 1:]) or \
            an.mentions_in(m.start, m.end, ("GPE", "ORG", "PERSON")):
        return None  # (a body and its complement in the genitive only, no place, no name of its own)
    comp = an.text[toks[k + 1].start:toks[-1].end]
    stem = toks[k].lemma[:_STEM]
    pattern = re.compile(r"(?i)(?<![\w-])" + re.escape(stem) + r"[а-яё]*\s+" + re.escape(comp) + r"\s+")
    places, last = set(), None
    for hit in pattern.finditer(an.text, 0, m.start):
        after = [(x, a) for x, a in an.mentions_in(hit.end(), hit.end() + 60, ("GPE",)) if x.start == hit.end()]
        if after:
            places.add(after[0][0].text)
            last = after[0][0].end
    if last is not None and any((full_name(an.lang, a.name) or a.name).lower().startswith(stem)
                                for _, a in an.mentions_in(last, m.start, ("ORG",))):
        return None  # (review r30 13: "Минфина России" between is another ministry of that kind the answer may be)
    if len(places) != 1:
        return None
    place = next(iter(places))
    return Ref(None, f"{speaker.name} {place}", m)
