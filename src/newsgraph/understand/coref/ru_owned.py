"""A role held for someone is not held by that someone (r33, issue 16): "Заместитель мэра заявил", "Адвокат
бизнесмена заявил", "По словам помощника губернатора", "Его заместитель заявил" after "Мэр Иван Петров открыл мост"
describe the mayor's deputy, the businessman's lawyer, the governor's aide -- someone else than the mayor, the
businessman, the governor the text named, who are whose the role is. coref/ru.py ``described_person`` takes a
description for the person named before with that role, else the last subject or the last person named; that
person is the owner here, so the owner leaves the candidates: the one whose role or calling the genitive complement
names ("мэра": Петров is the mayor), or the one a possessive pronoun before the title points to ("Его"). Only for
roles held for another person (words.tsv ``person_roles``, ``deputy_titles``), never for a role that the complement
only places ("Глава региона", "Губернатор области": the holder himself).

A body named for its head (r35, web pages): "Представитель Кремля", "пресс-секретарь Кремля" speak for the office
whose holder's title lang/ru/office_synonyms.tsv puts in one group with the body ("кремль" with "президент"): the
president named before is the owner, not the representative; a role that only names the body ("министр" for "МИД")
removes no one.

Narrowed after review r33 (review33a): a candidate the text introduced with the title itself ("Его защищает адвокат
Иван Петров. Его адвокат заявил", "представил нового заместителя Олега Сидорова. Его заместитель") holds it and is
never removed; the owner a possessive points to is the last subject of its gender named before (whom the pronoun
resolves to), not merely the last person named; "их" is plural: it owns for a group and never removes one person."""
from __future__ import annotations

from .. import rules
from .ru_offices import heads_body, introduced_as

_POSSESSIVE = {"его": "masc", "ее": "fem", "её": "fem", "их": None}  # (None: plural, no one person)


def not_the_owner(an, t, lem: str, cands: list) -> list:
    """``cands`` ((mention, actor) pairs) without the owner of the role ``t`` (lemma ``lem``) describes."""
    if lem not in rules.wordset("ru", "person_roles") | rules.wordset("ru", "deputy_titles"):
        return cands
    nxt = an.toks[t.i + 1] if t.i + 1 < len(an.toks) else None
    # (introduced with it: its holder, r33)
    holders = {id(a) for _, a in introduced_as(an, lem, cands)} | \
        {id(a) for _, a in cands if (a.role or "").lower().split()[:1] == [lem]}
    out = cands
    if nxt is not None and nxt.pos == "NOUN" and (nxt.feats or {}).get("Case") == "Gen" and nxt.text.islower() \
            and an.text[t.end:nxt.start] == " ":
        c = an._lemma(nxt)
        owners = {id(a) for _, a in introduced_as(an, c, cands)}
        out = [x for x in cands if (id(x[1]) not in owners or id(x[1]) in holders) and
               (x[1].role or "").split()[:1] != [c] and (id(x[1]) in holders or not heads_body(c, x[1].role))]
        # ("Представитель мэрии": not the mayor, whose title office_synonyms.tsv groups with "мэрия", review35a)
    elif nxt is not None and nxt.text[:1].isupper() and (nxt.feats or {}).get("Case") == "Gen" and \
            an.text[t.end:nxt.start] == " ":  # ("Представитель Кремля": not the president, r35)
        out = [x for x in cands if id(x[1]) in holders or not heads_body(an._lemma(nxt), x[1].role)]
    before = [u for u in an.toks[max(0, t.i - 3):t.i] if u.pos != "ADJ"]
    pron = before[-1] if before and before[-1].text.lower() in _POSSESSIVE and \
        (before[-1].i == t.i - 1 or all(u.pos == "ADJ" for u in an.toks[before[-1].i + 1:t.i])) else None
    g = _POSSESSIVE[pron.text.lower()] if pron is not None else None
    if g is not None:  # ("Его заместитель": the one "его" points to, the last subject of that gender, is the owner;
        # "их" is a group's, never one person's)
        agreeing = [x for x in cands if x[0].end <= pron.start and x[1].gender in (None, g)]
        subjects = [x for x in agreeing if getattr(an.tok_at_start.get(x[0].start), "dep", "").startswith("nsubj")]
        owner = (subjects or agreeing)[-1][1] if agreeing else None
        if owner is not None and id(owner) not in holders:
            out = [x for x in out if x[1] is not owner]
    return out
