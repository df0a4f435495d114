"""Attributions set aside between commas in a Russian sentence (helpers of ru_more.py, r21): "Цены, как считают
аналитики, продолжат расти" (a cue after "как", inserted), "Как сообщили в объединенной пресс-службе судов …, …" (a
long body named with "в")."""
from __future__ import annotations

import re

from .. import rules
from .ru_medium import toks_in


def as_cue(cue: re.Pattern, text: str, pos: int):
    """A cue verb after "как" at ``pos``, inserted between commas ("Водитель, как утверждают очевидцы, был пьян"):
    its verb, as an inserted cue without "как" ("…, считают аналитики, …")."""
    m = re.match(r"как\s+", text[pos:pos + 8], re.IGNORECASE)
    return cue.match(text, adverbs_end(text, pos + m.end())) if m else None


_WORD = re.compile(r"(не\s+раз|[а-яё]+)\s+", re.IGNORECASE)


def adverbs_end(text: str, pos: int) -> int:
    """Past up to two adverbs or particles at ``pos`` (pymorphy2's ADVB, COMP, PRCL; "не раз"), where "как" meets
    its cue verb (r27: "Как ранее сообщал X, …", "как уже писал", "Как неоднократно подчеркивал", "как не раз
    заявлял"); ``pos`` itself when none. A word that makes "как" a conjunction ("как только", "как бы ни", "как
    раз": words.tsv ``as_conjunction_words``) leaves no cue after it: the end of the text then."""
    from ..names import _morph
    for _ in range(2):
        m = _WORD.match(text, pos)
        w = m.group(1).lower() if m else ""
        if w in rules.wordset("ru", "as_conjunction_words"):
            return len(text)
        if not m or w != "не раз" and (w == "не" or not any(p.tag.POS in ("ADVB", "COMP", "PRCL")
                                                           for p in _morph().parse(w))):
            break
        pos = m.end()
    return pos


def described_words(phrase: str) -> int:
    """How many words a source described, not named, may take: five ("источник в правительстве"), eight where it
    is the body "в" which it was said ("Как сообщили в объединенной пресс-службе судов Свердловской области, …":
    a regional body's press service)."""
    return 8 if re.match(r"во?\s", phrase, re.IGNORECASE) else 5


def subject_lead(an, start: int, end: int) -> bool:
    """Does text[start:end] (before ", как <cue> X,") open with a noun phrase in the nominative, the subject of what
    follows the insertion ("Новый терминал, как сообщил губернатор, откроется в мае"), not an opener ("Кроме
    того, как заявил Песков, …")?"""
    toks = [t for t in toks_in(an, start, end) if t.pos != "PUNCT"]
    return bool(toks) and toks[0].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and \
        ((toks[0].feats or {}).get("Case") == "Nom" or toks[0].dep == "nsubj") and \
        not any(t.pos in ("VERB", "AUX") for t in toks)  # (r29: the parse's subject whatever case the tagger gave
    # it, "Зарплаты в отрасли, как считают аналитики, …" tagged genitive; a clause
    # of its own before it, "Дамба была построена … и, как заявляли власти, …", leaves what follows alone said)


def told_body(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Как сообщили «РИА Новости» в компании, …", "Как уточнили ТАСС в министерстве, …": after the outlet told
    (text[start:end] right after its name), "в" and a body: the body's span, which said it (r22); else None."""
    m = _TOLD_BODY.match(text[start:end])
    return (start + m.start(1), start + m.end(1)) if m else None


_IN_BODY = r"\s+во?\s+([^,.;:«»]{2,%d}?)\s*$"  # "в" and a body to the end ("в прокуратуре края")
_TOLD_BODY = re.compile(r"[»\"”]?" + _IN_BODY % 60)  # (after the outlet's name)
_TOLD_QUOTED = re.compile(r"\s+«[^«»]{2,40}»" + _IN_BODY % 60)  # "«Губернии» в прокуратуре края"
_BODY_THEN = re.compile(_IN_BODY % 80)  # "в ведомстве" before the outlet told


def addressed_body(an, text: str, cue, end: int) -> tuple[int, int] | None:
    """ "Как сообщили «Новому компаньону» в мэрии Перми, …", "Как пояснили в ведомстве агентству «Интерфакс», …":
    an indefinite-personal (plural) cue with an outlet told, in quote marks before "в" and the body, or after the
    body (in quote marks or an outlet named, maybe after a noun of its kind in the dative, outlet_nouns.txt): the
    body's span, which said it (r25); else None. A name the entity model takes for an organisation rather than an
    outlet is still the one told: a plural verb has no singular subject."""
    if not cue.group().endswith("ли"):
        return None
    m = _TOLD_QUOTED.match(text, cue.end(), end)
    if m:
        return m.start(1), m.end(1)
    region = text[cue.end():end].rstrip()
    if region.endswith("»") and "«" in region:
        told = cue.end() + region.rindex("«")
    else:
        media = [x for x, _ in an.mentions_in(cue.end(), end, ("MEDIA",)) if not text[x.end:end].strip()]
        if not media:
            return None
        told = media[-1].start
    kind = toks_in(an, cue.end(), told)
    if kind and (kind[-1].feats or {}).get("Case") == "Dat" and kind[-1].lemma in rules.words("ru", "outlet_nouns"):
        told = kind[-1].start  # ("агентству «Интерфакс»", "газете «Ведомости»": the outlet's kind)
    m = _BODY_THEN.match(text, cue.end(), told)
    return (m.start(1), m.end(1)) if m else None


# "…, и, по данным Y, Z" / "…, где, по словам X, «…»" / "…, который, по его словам, …": an insertion right after a
# conjunction or a relative word reports the clause it opens, not the sentence (the relative word: r27, issue 16)
_CLAUSE_OPENER = re.compile(r",\s*(?:и|а|но|однако|где|куда|откуда|котор(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми|ом))\s*$")


def clause_opened(lead: str) -> bool:
    """Whether the text before an inserted attribution ends with a conjunction or a relative word (see above)."""
    return _CLAUSE_OPENER.search(lead) is not None


def body_said_in(reader, start: int, end: int):
    """The body an inverted impersonal cue names with "в" between commas ("Строительство, как пояснили в мэрии,
    начнется весной": the mayor's office; r29), as ``body_at`` reads it; else None. Only a plural cue (the
    indefinite-personal "пояснили", "отмечают") has such a source: "…, как сообщил в интервью министр, …" names
    where he spoke."""
    phrase = reader.text[start:end]
    m = re.match(r"\s*во?\s+", phrase, re.IGNORECASE)
    if m is None or not reader.text[:start].rstrip().lower().endswith(("ли", "ют", "ут", "ят", "ат")) or \
            len(phrase.split()) > described_words(phrase.strip()):
        return None
    ref = reader.body_at(start + m.end(), end)
    if ref is not None and ref.entity and reader.text[:start].rstrip().lower().endswith(" говорят") and \
            next((a.type for a in reader.an.actors if a.id == ref.entity), None) == "GPE":
        return None  # ("Матч, как говорят в Одессе, будет жарким": the saying "as they say" of a place, no body's
        # statement; review29b)
    return ref


def long_participle(t) -> bool:
    """A full participle, which may open a phrase describing the noun before it ("источник, знакомый с …",
    "в докладе, подготовленном ВШЭ"); a short one is a predicate ("Решение, сообщил директор, принято окончательно":
    the sentence goes on, r29)."""
    feats = t.feats or {}
    return feats.get("VerbForm") == "Part" and feats.get("Variant") != "Short"


def after_in(text: str, pos: int) -> bool:
    """Is the speaker at ``pos`` a body named after "в" ("…, как пояснили в мэрии, …": ``body_said_in``), its
    locative no sign of an addressee (r29)?"""
    return bool(re.search(r"(?:^|\s)во?\s+$", text[max(0, pos - 4):pos], re.IGNORECASE))
