"""Whose name a layout of direct speech may credit (round 32, ru32bfix): checks on the name a credit line, a bracket,
a transcript label or an owning sentence holds (quotes/ru_layouts.py, ru_interviews.py, ru_quotation.py).

A credit names its speaker in the nominative ("«…» — Антон Силуанов, министр финансов", "(глава района Иван
Петров)", "Прокурор Олег Смирнов: …"). A name in another case is someone the words concern, not the one who says
them: a genitive after a calling or kinship noun defines another person by him ("адвокат Ивана Петрова", "мать
осужденного Ивана Петрова"), a dative or a name after "к" is the addressee ("обращение к главе района Ивану
Петрову", "из письма мэру", "Письмо Дмитрию Пескову — о …") or the one honoured ("надпись на памятнике Ивану
Петрову"). The owning sentence "Эти слова принадлежат X" takes X in the dative of its verb, "Это были слова X" the
genitive; "не принадлежат" denies the words to X.
"""
from __future__ import annotations

from .ru_medium import toks_in


def name_case(an, s: int, e: int) -> str | None:
    """The grammatical case of the name in text[s:e] (its first noun or proper noun with a case), else None."""
    for t in toks_in(an, s, e):
        if t.pos in ("PROPN", "NOUN") and (t.feats or {}).get("Case"):
            return t.feats["Case"]
    return None


def credited_name(an, ws: int, m, cases=("Nom",)) -> bool:
    """The name of mention ``m`` (a person's) in a credit opening at ``ws`` may be the speaker: its case is one of
    ``cases`` (the nominative of a credit by default; a tagger that gives no case is trusted) and no "к" stands
    before it in the credit ("к главе района Ивану Петрову")."""
    case = name_case(an, m.start, m.end)
    if case is not None and case not in cases:
        return False
    return not any(t.lemma == "к" and t.pos == "ADP" for t in toks_in(an, ws, m.start))


def subject_case(an, ref) -> bool:
    """``ref`` (a speaker found for a lead before a colon, or None) may be its subject: a name in the nominative
    (or of no case the tagger knows), not the object asked, the addressee or an owner in the genitive ("Журналисты
    спросили главу района Ивана Петрова:", "что они думают о реформе мэра Ивана Петрова:")."""
    if ref is None:
        return False
    if ref.mention is None or ref.entity is None:
        return True
    return name_case(an, ref.mention.start, ref.mention.end) in ("Nom", None)


def denied(an, s: int, e: int) -> bool:
    """A negation ("не") in text[s:e]: "Эти слова не принадлежат X" denies the words to X."""
    return any(t.lemma == "не" and t.pos == "PART" for t in toks_in(an, s, e))


def third_person_caption(an, o: int, c: int) -> bool:
    """The quotation text[o + 1:c] speaks of someone in the third person and of no one in the first or second:
    "«Он вынес из горящего дома троих детей» — Иван Петров, пожарный" is a caption about the man credited, not his
    words ("«Мы проиграли заслуженно»", "«Я не уйду»" are)."""
    toks = [t for t in toks_in(an, o + 1, c) if t.pos != "PUNCT"]
    if not toks or toks[0].lemma not in ("он", "она", "они"):
        return False
    return not any((t.feats or {}).get("Person") in ("1", "2") for t in toks)


def nominative_before(an, s: int, t) -> bool:
    """A noun, name or pronoun in the nominative between ``s`` and the token ``t`` with no comma between it and
    ``t``: the subject of a short predicate ("Россия готова …"), not a profile's "52 года, женат"."""
    before = toks_in(an, s, t.start)
    k = max((i for i, x in enumerate(before) if x.text == ","), default=-1)
    return any(x.pos in ("NOUN", "PROPN", "PRON") and (x.feats or {}).get("Case") == "Nom" for x in before[k + 1:])
