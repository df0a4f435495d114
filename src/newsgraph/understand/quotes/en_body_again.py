"""An organisation spoken of again by its kind ("The company said", "The utility said", "the railroad disputed …")
after the text credited it by a name the entity reader missed ("Pixelwave admits …", "Duke Energy said …",
"Appalachian Southern said …": invented or rare names the tagger did not make an actor, so coref.en's organisation
anaphors cannot reach them). The speaker is that name when it is the nearest organisation the text credited before,
within a few paragraphs: the last quote before with a speaker named as written (no actor), every word capitalised, no
person's name (a known given name first, unless its last word is an organisation's: names.not_person_head), whose
report speaks of itself as "it" ("Pixelwave said its tool …": a body, not "Rowe said the bug …"), and no
organisation actor credited between them; so is a name of two words or more the tagger typed a person when no given
name opens it and no pronoun or title ever stood for it ("Appalachian Southern said it …"). "The company" after "Jane
Rowe said …" stays as it is (round 30)."""
from __future__ import annotations

import re

from .. import names, rules
from .en_spk_org import body_nouns

_DEFINITE = re.compile(r"[Tt]he\s+([a-z-]+)")
_ITS = re.compile(r"\b[Ii]ts?\b")  # the body speaks of itself as "it" ("Pixelwave said its tool …")
WINDOW = 2500  # characters back (about ten short paragraphs)


def _organisation_name(name: str) -> bool:
    """Capitalised words, none a given name of any language the name data knows ("Appalachian Southern", "Pixelwave";
    not "Chukwuemeka Obi"'s kin "Nguyen Thi Lan"), unless the last word is an organisation's ("Duke Energy")."""
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return names.not_person_head(name) == "ORG" or not any(names.is_given_name(w) for w in words)


_APPOSED = re.compile(r"\s*,\s*(?:the|a|an|its|his|her|their)\b", re.I)


def _body_typed_person(ctx, ent) -> bool:
    """A PERSON actor that is a body's name: two words or more, none a given name of any language the name data
    knows ("Appalachian Southern"; not "Chukwuemeka Obi" nor "Nguyen Thi Lan"), never a pronoun's, a title's or a
    description's, nor set beside a description ("X, the union's treasurer,"): review r30 findings 7, 9."""
    if len(ent.name.split()) < 2 or not _organisation_name(ent.name):
        return False
    return not any(m.kind in ("pronoun", "titled", "desc") or _APPOSED.match(ctx.text, m.end) for m in ent.mentions)


def _full_name(ctx, lo: int, hi: int) -> tuple[int, str]:
    """The capitalised words that end at ``hi`` (the speaker "Energy" of "Duke Energy said"): (start, name)."""
    m = re.search(r"(?:[A-Z][\w&.'’-]*[ \t]+)*$", ctx.text[max(0, lo - 60):lo])
    start = lo - len(m.group(0)) if m else lo
    return start, ctx.text[start:hi].strip()


def _credited_as_it(ctx, name: str, found) -> int:
    """How many quotes credit ``name`` as written (no actor) with a content speaking of it as "it"/"its": a one-word
    name ("Pixelwave") is a body's only when the text credits it so twice; "Okafor said its budget …" once is not."""
    return sum(1 for p in found if p.speaker is None and p.speaker_span and _ITS.search(p.text[:80])
               and ctx.text[p.speaker_span[0]:p.speaker_span[1]].strip() == name)


def _body_noun(noun: str) -> bool:
    return noun in body_nouns("en") or noun in rules.wordset("en", "body_again_nouns")


def named_body_again(ctx, q, found) -> None:
    m = _DEFINITE.fullmatch(ctx.text[q.speaker_span[0]:q.speaker_span[1]].strip())
    if m is None or not _body_noun(m.group(1)):
        return
    lo = q.speaker_span[0]
    before = sorted((p for p in found if p is not q and p.speaker_span and p.speaker_span[1] <= lo
                     and (p.speaker is not None or p.speaker_name)), key=lambda p: -p.speaker_span[0])
    for p in before:
        if p.speaker_span[1] < lo - WINDOW:
            return
        if p.speaker is not None:
            ent = ctx.actors.entities[p.speaker]
            if ent.type in ("ORG", "GROUP", "MEDIA"):
                return  # an organisation actor credited in between: coref's to resolve
            if ent.type == "PERSON" and _body_typed_person(ctx, ent) and _ITS.search(p.text[:80]):
                q.speaker, q.speaker_name = p.speaker, None  # a body the tagger typed a person ("Appalachian
                ctx.actors.add_mention(p.speaker, *q.speaker_span, "desc")  # Southern said it …"): no given name
                return
            continue
        _, name = _full_name(ctx, *p.speaker_span)
        if _organisation_name(name) and _ITS.search(p.text[:80]) and not ctx.actors.covering(*p.speaker_span) and \
                not _APPOSED.match(ctx.text, p.speaker_span[1]) and \
                (len(name.split()) > 1 or _credited_as_it(ctx, name, found) >= 2):
            q.speaker_name = p.speaker_name
            return
