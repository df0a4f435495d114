"""A relation named from the other side (who is credited, English): "Joseph's niece, Sarah Joseph-Kane, …" …
"Her uncle said" is Joseph. A relation is two-sided: the person the text introduced as "P's niece" has P for her
uncle or aunt (``lang/en/kinship_inverse.tsv``), so "her uncle", owned by that person, is P when P's gender fits
the noun (or is unknown) and exactly one such P is found. "His wife, Patricia, …" … "her husband said" is the man
"His" stood for, when the coreference resolved it."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

_BEFORE = re.compile(r"(?:\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s|\b([Hh]is|[Hh]er))\s+"
                     r"(?:[a-z][\w-]*\s+)?([a-z][\w-]*),?\s*$")


@lru_cache(maxsize=2)
def _inverse(lang: str) -> dict[str, tuple[str, str]]:
    try:
        return {r[0].lower(): (r[1].lower(), r[2].lower()) for r in rules.table(lang, "kinship_inverse") if len(r) >= 3}
    except (OSError, rules.RuleFileError):
        return {}


def relative_of(ctx, owner: int, noun: str, lang: str = "en") -> int | None:
    """The person who is ``owner``'s ``noun`` ("uncle") by a relation the text gave ``owner`` ("P's niece"), or
    None."""
    inv = _inverse(lang)
    ents = ctx.actors.entities
    found = set()
    for m in ents[owner].mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        seg = re.split(r"[.;:!?\n“”\"]", ctx.text[max(0, m.start - 50):m.start])[-1]
        b = _BEFORE.search(seg)
        if b is None or b.group(3) not in inv:
            continue
        male, female = inv[b.group(3)]
        if noun not in (male, female):
            continue
        at = m.start - len(seg) + b.start(1 if b.group(1) else 2)
        end = m.start - len(seg) + b.end(1 if b.group(1) else 2)
        for s, e, i in ctx.actors.covering(at, end):
            ent = ents[i]
            if i == owner or ent.type != "PERSON":
                continue
            want = "m" if noun == male and noun != female else "f" if noun == female and noun != male else None
            if want is None or not ent.gender or ent.gender == want:
                found.add(i)
    return found.pop() if len(found) == 1 else None


_OWN = re.compile(r"(?i)(his|her|their)\s")


def self_owned(ctx, lo: int, i: int) -> bool:
    """A description owned by a pronoun that stands for the candidate itself ("Her sister said" where "Her" is
    Paula): nobody is her own sister, so Paula is not the one described (her sister is: en_spk_owner)."""
    m = _OWN.match(ctx.text, lo)
    end = lo + len(m.group(1)) if m is not None else lo
    return m is not None and any(k == i for s, e, k in ctx.actors.covering(lo, end) if s == lo and e == end)


def _noun_gender(lang: str = "en") -> dict[str, str]:
    """"sister" f, "uncle" m: the gendered forms ``kinship_inverse.tsv`` lists as the other side of a relation."""
    out = {}
    for male, female in _inverse(lang).values():
        if male != female:
            out.setdefault(male, "m")
            out.setdefault(female, "f")
    return out


def subject_over_owner(ctx, found) -> None:
    """"Her sister said … . “Nobody called us,” she said.": the subject of the attribution just before (a relation
    owned by "her") is more salient than its owner, so an attribution "she"/"he" that coreference gave the owner goes
    to the subject the relation noun described, when its gender fits the pronoun (the relation noun's or the
    person's own) and nothing else was said between the two in the paragraph."""
    nouns = _noun_gender()
    for p, q in zip(found, found[1:]):
        if p.speaker is None or q.speaker is None or p.speaker == q.speaker or not p.speaker_span or \
                not q.speaker_span or q.start < p.end or "\n" in ctx.text[p.end:q.start]:
            continue
        pron = ctx.text[q.speaker_span[0]:q.speaker_span[1]].lower()
        m = re.fullmatch(r"(his|her)\s+([a-z-]+)", ctx.text[p.speaker_span[0]:p.speaker_span[1]].strip().lower())
        if pron not in ("he", "she") or m is None or m.group(2) not in nouns:
            continue
        want = "m" if pron == "he" else "f"
        ent = ctx.actors.entities[p.speaker]
        owner = [k for s, e, k in ctx.actors.covering(p.speaker_span[0], p.speaker_span[0] + len(m.group(1)))]
        if nouns[m.group(2)] != want or (ent.gender and ent.gender != want) or q.speaker not in owner:
            continue
        if re.search(r"\w", ctx.text[p.end:q.start]):
            continue  # (only the marks between the two: nothing else was said in between)
        a, b = q.speaker_span
        if ctx.actors.mention(a, b, q.speaker) is not None:
            ctx.actors.move_mention(a, b, q.speaker, p.speaker, "pronoun")
        q.speaker = p.speaker
