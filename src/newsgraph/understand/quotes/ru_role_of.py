"""Speakers named by a role they hold for another person (a mixin of ``ru.RussianQuotes``, r24): "По словам адвоката
Морозова, …" reads two ways in Russian, "the lawyer Morozov" (the name in apposition, in the same genitive) or "the
lawyer of Morozov". The text decides: a name right after the phrase is the role-holder ("адвоката Ершова Дениса
Клименко"); a person the story names elsewhere, and not with that role, is a party whose role-holder speaks (the one
named before with that role, else the role as written in the nominative, "адвокат Морозова"); a person named only
there, or elsewhere with that role, is the lawyer himself. The role nouns are data (words.tsv ``person_roles``, the
relatives of ``kinship_words.txt``). ``possessing`` (moved from ru.py): "её супруг" is whose the speaker is."""
from __future__ import annotations

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import _cue_gender, _kinship
from .ru_local import _nominative


class RoleOfParty:
    """Over ``self.text``, ``self.an`` of ``RussianQuotes``."""

    def role_holder(self, m, a, end: int, cue, blocked, before_pos: int) -> Ref | None:
        """The speaker of a person mention ``m`` (of actor ``a``) right after a role noun held for someone ("адвоката",
        "пресс-секретаря", "сына"), when the text shows the name is whose the role is, not the speaker's; else None."""
        role = self._role_before(m.start)
        if role is None or a.type != "PERSON":
            return None
        named = next(((x, b) for x, b in self.an.mentions_in(m.end, end, ("PERSON",))
                      if b is not a and not self.text[m.end:x.start].strip()), None)
        if named is not None:  # ("По словам адвоката Ершова Дениса Клименко": the lawyer's own name follows)
            return self.an.ref(named[1], named[0].start, named[0].end)
        roles = [self._role_before(x.start, client=True) for x in a.mentions if x.start != m.start]
        if role.lemma in (a.role or "").lower() or len(m.text.split()) > 1 or None not in roles or \
                any(r is not None and r.lemma == role.lemma for r in roles):
            return None  # (the lawyer himself: named only here, or elsewhere as the lawyer, "Адвокат бизнесмена Иван
            # Петров"; a full name after the role, "адвоката Франсуа Леблана", reads as his own)
        r = self.an.described_person(role.start, role.end, cue, blocked, before_pos, role_only=True)
        if r is not None and r.entity != a.id:
            return r  # (the lawyer named before: "Адвокат Иван Петров … По словам адвоката Морозова")
        phrase = self.text[role.start:m.end]
        name = _nominative(role.text.lower()) + self.text[role.end:m.end]
        return Ref(None, name, Mention(role.start, m.end, phrase))

    def owned_role(self, m, a, end: int, cue, blocked, before_pos: int) -> Ref | None:
        """The speaker of a nominative role held for the person ``m`` names in the genitive right after it
        (``held_for_owner``): the holder ``role_holder`` finds, else, for a full name ("Сын Ивана Петрова рассказал",
        "Жена бизнесмена Ивана Петрова заявила": a first name in the genitive too, no apposition), the role as
        written in the nominative, never the owner (r33)."""
        r = self.role_holder(m, a, end, cue, blocked, before_pos)
        if r is not None or len(m.text.split()) < 2 and not (
                cue is not None and _genitive_only(m.text, _GENDER.get(_cue_gender(cue.group())))):
            return r  # (r35: "Адвокат Петрова заявил": a man's genitive with a masculine verb is whose the role is)
        t = self.an.tok_at_start.get(m.start)
        k = t.i - 1 if t is not None else -1
        toks = self.an.toks
        while k > 0 and (toks[k].feats or {}).get("Case") == "Gen" and _owners_word(self.an, toks[k]) and \
                _owners_word(self.an, toks[k - 1]) and self.text[toks[k - 1].end:toks[k].start] == " ":
            k -= 1  # ("Жена бизнесмена": the role's head, before the owner's calling in the genitive; r34: the
            # step looked at the word before the calling, not the calling, and never passed "бизнесмена"; rufix34: a
            # participle as an adjective, "Мать погибшего солдата")
        if k < 0 or (self.an.toks[k].feats or {}).get("Case") == "Gen":
            return None
        role = self.an.toks[k]
        holder = self.an.described_person(role.start, role.end, cue, blocked, role.start, role_only=True) \
            if k < t.i - 1 else None  # (rufix35: "пресс-секретарь президента Дмитрий Песков … пресс-секретарь
        if holder is not None and holder.entity != a.id:  # Президента России Владимира Путина заявил": Песков)
            return holder
        name = _nominative(role.text.lower()) + self.text[role.end:m.end]
        return Ref(None, name, Mention(role.start, m.end, self.text[role.start:m.end]))

    def owner_by_surname(self, ct, m, a, gender: str | None = None) -> Ref | None:
        """ "Анна Смирнова представляет интересы Олега Кузнецова. Адвокат Кузнецова заявила": a nominative role held
        for another (words.tsv ``person_roles``) before a lone surname that is the genitive of a man named before
        ("Кузнецова" of Олег Кузнецов; the tagger took it for a woman's name): the role is his, its holder the one
        named before with that role, else the role as written ("адвокат Кузнецова"); never the owner, nor a woman
        of that name (review r33). None when the surname is no such genitive."""
        nxt = self.an.toks[ct.i + 1] if ct.i + 1 < len(self.an.toks) else None
        if nxt is None or nxt.start != m.start or len(m.text.split()) != 1 or \
                ct.lemma not in rules.wordset("ru", "person_roles") or (ct.feats or {}).get("Case") != "Nom":
            return None
        from ..names import _morph
        owners = [b for x, b in self.an.persons if b is not a and x.end <= ct.start and b.name.split()[-1:] and
                  any(f.word == m.text.lower() for p in _morph().parse(b.name.split()[-1].lower())[:2]
                      if "Surn" in p.tag for f in [p.inflect({"gent"})] if f is not None)]
        if not owners and not _genitive_only(m.text, _GENDER.get(gender)):
            return None  # ("Адвокат Петрова заявил", no Петров named before: a man's surname in the genitive with a
            # masculine verb is no lawyer named Петрова, it is whose the lawyer is; r35)
        r = self.an.described_person(ct.start, ct.end, None, (), ct.start, role_only=True)
        if r is not None and r.entity not in {b.id for b in owners}:
            return r
        return Ref(None, _nominative(ct.text.lower()) + " " + m.text, Mention(ct.start, m.end,
                                                                              self.text[ct.start:m.end]))

    def _role_before(self, pos: int, client: bool = False):
        """The role noun right before the mention starting at ``pos`` (words.tsv ``person_roles``, a relative), or
        None; with ``client``, also one a genitive noun apart from a name in another case ("Адвокат бизнесмена Иван
        Петров": the lawyer introduced with his client, review2 r24)."""
        t = self.an.tok_at_start.get(pos)
        prev = self.an.toks[t.i - 1] if t is not None and t.i > 0 else None
        if client and prev is not None and prev.i > 0 and prev.pos == "NOUN" and prev.feats.get("Case") == "Gen" and \
                t.feats.get("Case") not in (None, "Gen") and self.text[prev.end:pos] == " " and \
                self._role_before(prev.start) is not None:
            return self._role_before(prev.start)
        if prev is None or prev.pos != "NOUN" or self.text[prev.end:pos] != " ":
            return None
        ok = prev.lemma in rules.wordset("ru", "person_roles") or prev.text.lower() in _kinship()
        return prev if ok else None


_GENDER = {"masc": "masc", "fem": "femn"}  # (the cue's gender as coref/ru gives it -> pymorphy2's tag)


def _genitive_only(word: str, gender: str | None) -> bool:
    """A surname that reads in the genitive ("Петрова", "Навального") and never in the nominative of the verb's
    gender ("Петрова" is a woman's nominative, "Навального" no one's): it cannot name the one who spoke."""
    if gender not in ("masc", "femn"):
        return False
    from ..names import _morph
    tags = [p.tag for p in _morph().parse(word.lower())[:6]]
    return any("gent" in t and ("Surn" in t or "ADJF" in t) for t in tags) and \
        not any(gender in t and "nomn" in t for t in tags)


def possessing(an, pm) -> bool:
    """A possessive pronoun before the person it qualifies ("её супруг", "его заместитель": an animate noun), not
    before the words it credits ("по его словам", "по его прогнозам")."""
    if pm.group().lower() not in ("его", "её", "ее", "их"):
        return False
    t = an.tok_at_start.get(pm.start())
    nxt = an.toks[t.i + 1] if t is not None and t.i + 1 < len(an.toks) else None
    return nxt is not None and nxt.pos == "NOUN" and (nxt.feats or {}).get("Animacy") == "Anim" and \
        an.text[t.end:nxt.start] == " "


def held_for_owner(an, ct, m) -> bool:
    """A subject ``ct`` that is a role held for another person (words.tsv ``person_roles``), in the nominative, with
    that person's name ``m`` in the genitive after it, or after the owner's calling ("Пресс-секретарь Путина уточнил",
    "Помощник Путина добавил", "Жена бизнесмена Ивана Петрова заявила"; a relative, kinship_words.txt): the speaker
    is the role's holder, never the owner (r33). Not a name in the nominative ("Адвокат Морозов заявил",
    "Пресс-секретарь Дмитрий Песков": his own)."""
    nxt = an.tok_at_start.get(m.start)
    if nxt is None or not (ct.lemma in rules.wordset("ru", "person_roles") or ct.text.lower() in _kinship()):
        return False
    between = an.toks[ct.i + 1:nxt.i]  # (rufix34: with a participle or an adjective, "Мать погибшего солдата")
    return len(between) <= 4 and (not between or any(u.pos == "NOUN" or an._is_title_word(u) for u in between)) and \
        all(_owners_word(an, u) and (u.feats or {}).get("Case") == "Gen" for u in between) and \
        (ct.feats or {}).get("Case") == "Nom" and (nxt.feats or {}).get("Case") in ("Gen", "Acc" if between else "Gen")
    # (a name right after a noun phrase is in no accusative: the tagger's Acc of "Игоря" is the genitive, rufix35)


def _owners_word(an, u) -> bool:
    """A word of the owner's calling between a role and the owner's name: a lower-case noun, adjective or participle,
    or the place or title of that calling, capitalised ("пресс-секретарь Президента России Владимира Путина",
    "губернатора Тульской области Алексея Дюмина", "губернатора Твери Игоря Руденя": rufix35; a place's name, an
    adjective of it, or a title word), never a person's or a body's name."""
    if not (_nominal(u) or u.pos == "PROPN"):
        return False
    if u.text.islower():
        return True
    return not any(m.start <= u.start < m.end for m, _ in an.mentions_in(max(0, u.start - 60), u.end + 60,
                                                                             ("PERSON", "ORG", "MEDIA")))


def _nominal(t) -> bool:
    """A noun, an adjective, or a participle used as one ("погибшего солдата": the tagger's VERB, VerbForm=Part)."""
    return t.pos in ("NOUN", "ADJ") or t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Part"
