"""Which organisation a role description's organisation word means (who is credited, English): "The company
spokesman said" after "A Parcelry spokesman, Derek Ames, …" and "FreshWay spokesman Tom Reyes …" is the spokesman of
the company the text called "the company", not the spokesman named last. A description that names its body by a
noun ("the company spokesman", "the union president", "the hospital's spokeswoman") describes a person of an
organisation that noun fits: its own name holds the noun ("Ohio Nurses Union"), the text gave it the noun ("Parcelry,
the delivery-software company"; "the grocery chain FreshWay" is a chain), or, for "union", its name is a labour
union's. When some organisation named before fits the noun, a person the text ties to another organisation only is
not the one described; persons the text ties to no organisation stay candidates. When none fits, the noun says
nothing (news calls any firm "the company"): the candidates stay as they are."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ..coref.en import labour_union

_ORG_TYPES = ("ORG", "GROUP")
_STOP = frozenset("the of and for at in on a an st. st new".split())


@lru_cache(maxsize=4)
def body_nouns(lang: str = "en") -> frozenset[str]:
    """Nouns that name an organisation by its kind ("company", "union": org_anaphors; "hospital", "university":
    named_anaphors in words.tsv)."""
    out = set(rules.words(lang, "org_anaphors"))
    try:
        out |= rules.wordset(lang, "named_anaphors")
    except rules.RuleFileError:
        pass
    return frozenset(out)


def given_nouns(ctx, lo: int, role_words, person: frozenset[str]) -> set[str]:
    """The nouns the text gave an organisation named before ``lo`` ("the grocery chain FreshWay": chain), no person's
    role word among them: "The chain's spokesman" names its body by one of them."""
    out: set[str] = set()
    for k, e in enumerate(ctx.actors.entities):
        if e.type in _ORG_TYPES and e.mentions and min(m.start for m in e.mentions) < lo:
            out |= {w for w in role_words(k) if w.isalpha() and w.islower()}
    return out - person


def _generic(lang: str) -> frozenset[str]:
    return body_nouns(lang) | rules.words(lang, "institution_words") | _STOP


def _name_words(name: str, lang: str) -> set[str]:
    words = {re.sub(r"[’']s$", "", w.lower()).strip(",;:()") for w in name.split()}
    return {w for w in words if len(w) > 2} - _generic(lang)


def _fits_noun(ctx, k: int, noun: str, lang: str, role_words) -> bool:
    ent = ctx.actors.entities[k]
    if noun == "union":
        return labour_union(ent.name, lang)
    return noun in {w.lower() for w in ent.name.split()} or noun in role_words(k)


def _role_segments(ctx, i: int, head: str) -> set[str]:
    """The words of the phrases that give actor ``i`` the role ``head`` ("A Parcelry spokesman", "FreshWay spokesman
    Tom Reyes", "A spokeswoman for St. Brendan's"): the body of that role, not of another one ("Its president,
    Dolores Kirwan, a cardiac nurse at Carver Memorial": her role's body is "Its", the hospital is her workplace)."""
    from .en_roles import _descriptions
    ent, text = ctx.actors.entities[i], ctx.text
    spans = [text[a:b] for a, b in _descriptions(ctx, ent)] + [ent.role or ""]
    for m in ent.mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        spans.append(re.split(r"[,.;:!?()\"“”\n]", text[max(0, m.start - 60):m.start])[-1] + " " + m.text)
    out: set[str] = set()
    for seg in spans:
        words = {re.sub(r"[’']s$", "", w.lower()).strip(",;:()") for w in seg.split()}
        if head in words:
            out |= words
    return out


def organisation_fit(ctx, fits: list[int], nouns: set[str], head: str, lo: int, lang: str, role_words) -> list[int]:
    """Of the persons ``fits`` a description with the organisation words ``nouns`` and the role ``head`` fits once
    those words are set aside, the ones the words allow (module doc). ``role_words(k)`` gives an organisation's
    description words (en_roles)."""
    if not fits or not nouns:
        return fits
    ents = ctx.actors.entities
    orgs = [k for k, e in enumerate(ents) if e.type in _ORG_TYPES and e.mentions
            and min(m.start for m in e.mentions) < lo]
    fitting = {k for k in orgs if any(_fits_noun(ctx, k, n, lang, role_words) for n in nouns)}
    if not fitting:
        return fits
    named = [k for k, e in enumerate(ents) if k not in orgs and e.mentions and min(m.start for m in e.mentions) < lo]
    fitting |= {k for k in named if any(_fits_noun(ctx, k, n, lang, role_words) for n in nouns)}  # (a name the
    # tagger took for a place or a person that the text calls a chain: "Brixton, a rival chain", review r22)
    several = len(fitting) > 1
    if several:  # ("Halvor, the supermarket chain … Brixton, a rival chain … The chain's spokesman": the
        # chain named last is meant, review r22; none of its people named: the description stays as written)
        fitting = {max(fitting, key=lambda k: max(m.start for m in ents[k].mentions if m.start < lo))}
    keep, loose = [], []
    for i in fits:
        words = _role_segments(ctx, i, head)
        tied = {k for k in orgs if _name_words(ents[k].name, lang) & words}
        if tied & fitting:
            keep.append(i)
        elif not tied:
            loose.append(i)
    return keep or ([] if several else loose)
