"""A speaker named by a role ("the Indiana governor said", "the mayor said", "the retailer said") resolved to the
named actor of the article when exactly one fits: the description's head noun (a title, a role noun, a role head of
``lang/<code>/role_heads.txt`` or an organisation anaphor) and every word before it ("Indiana", "Republican
presidential") are among the actor's role words: its role, the title words of its mentions and the words written
just before its name ("Republican presidential nominee Donald Trump"), short forms read in full ("Gov." governor,
"GOP" Republican: ``role_abbreviations.tsv``). Two or more fitting, or none: the description stays as written."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

_DESC = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[\w.’'-]+\s+){0,4}?)"
                   r"([\w-]+(?:\s+general)?)$")
# a description set before a name by a comma: "His lawyer, Sara Kemp, said", "The company's founder, Ed Price,"
_DESC_BEFORE = re.compile(r"(?:^|\b)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?)\s+((?:[\w.’'-]+\s+){0,3}[\w.’'-]+),"
                          r"\s*$")
_PERSON_TYPES = ("PERSON",)
_ORG_TYPES = ("ORG", "GROUP", "MEDIA")


@lru_cache(maxsize=4)
def _data(lang: str):
    abbr = {r[0].lower(): r[1].lower() for r in rules.table(lang, "role_abbreviations")}
    person = set(rules.words(lang, "titles")) | set(rules.words(lang, "role_heads")) | \
        {r[0].lower() for r in rules.table(lang, "role_nouns")}
    try:  # a relation names a person as a role does: "the president's son", "the senator's wife"
        person |= set(rules.words(lang, "kinship_words"))
    except rules.RuleFileError:
        pass
    org = set(rules.words(lang, "org_anaphors"))
    return abbr, frozenset(person), frozenset(org)


def _norm(words, abbr) -> list[str]:
    out = []
    for w in words:
        w = re.sub(r"[’']s$", "", w.lower()).strip(",;:()")
        out.append(abbr.get(w, w))
    return out


def _role_words(actors, i: int, text: str, abbr) -> set[str]:
    ent = actors.entities[i]
    name = {w.lower() for w in ent.name.split()}
    out = set(_norm((ent.role or "").split(), abbr))
    for m in ent.mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        out |= {w for w in _norm(m.text.split(), abbr) if w not in name}
        before = text[max(0, m.start - 60):m.start]
        desc = _DESC_BEFORE.search(before)
        if desc is not None:
            out |= set(_norm(desc.group(1).split(), abbr))
        before = re.split(r"[,.;:!?()\"“”\n]|\b(?:and|or|by|of|to|with|said|says)\b", before)[-1]
        out |= set(_norm(before.split()[-4:], abbr))
        after = _AFTER.match(text, m.end)  # "Mike Johnson was elected speaker", "hired Ana Lopez as chief executive"
        if after is not None:
            out |= set(_norm(after.group(1).split(), abbr))
    return out - {"the", "a", "an"}


# the role a sentence gives right after a name: an apposition, "as …", "was (elected|named|appointed) …"
_AFTER = re.compile(r"(?:\s*,\s*(?:the|a|an)\s+|\s+as\s+(?:the\s+|a\s+|an\s+)?|\s+(?:was|is|has\s+been|had\s+been)\s+"
                    r"(?:(?:newly\s+)?(?:elected|named|appointed|chosen|confirmed)\s+(?:as\s+)?)(?:the\s+|a\s+|an\s+)?)"
                    r"((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)")
# words before a role noun that say when, not which: "the new speaker"
_NOT_RESTRICTIVE = frozenset({"new", "newly"})



def role_actor(actors, text: str, lo: int, hi: int, lang: str):
    """The one actor the description ``text[lo:hi]`` fits, as (start, end, entity index), else None."""
    m = _DESC.match(text[lo:hi].strip())
    if m is None:
        return None
    abbr, person_heads, org_heads = _data(lang)
    head = m.group(2).lower()
    mods = [w for w in _norm(m.group(1).split(), abbr) if w not in _NOT_RESTRICTIVE]
    if head in person_heads:
        types = _PERSON_TYPES
    elif head in org_heads:
        types = _ORG_TYPES
    else:
        return None
    need = set(mods) | set(_norm(head.split(), abbr))
    fits = [i for i, ent in enumerate(actors.entities)
            if ent.type in types and ent.mentions and min(x.start for x in ent.mentions) < lo
            and need <= _role_words(actors, i, text, abbr)]
    return (lo, hi, fits[0]) if len(fits) == 1 else None


def described_speaker(ctx, q) -> None:
    """A description in apposition before a name of the speaker ("A Twitter spokesman, Christopher Abboud, said",
    "The French interior minister, Bernard Cazeneuve, said") is a mention of the speaker: the description names the
    same person, so the record keeps it among the speaker's mentions (kind ``desc``), wherever the name stands; so
    does a description headed by a title or a number ("The Podesta Group's CEO, Kimberley Fritts", "One of his
    advisers, Tad Devine")."""
    if q.speaker is None:
        return
    for m in list(ctx.actors.entities[q.speaker].mentions):
        if m.kind in ("pronoun", "desc"):
            continue
        toks = list(ctx.tokens(m.start, m.end))
        root = next((t for t in toks if not (m.start <= t.head.idx < m.end) or t.head.i == t.i), None)
        if root is None or root.dep_ != "appos":
            continue
        head, k = root.head, toks[0].i
        if head.i >= k - 1 or head.pos_ not in ("NOUN", "PROPN", "NUM") or ctx.doc[k - 1].text != ",":
            continue
        if head.pos_ != "NOUN" and any(ctx.actors.entities[i].type == "PERSON"
                                       for _, _, i in ctx.actors.covering(head.idx, head.idx + len(head.text))):
            continue  # "Clinton, Sanders said": two people, no description
        last = ctx.doc[k - 2]  # "Lena Ortiz's chief of staff, Ray Munoz": the description ends before the comma
        if last.i != head.i and not head.is_ancestor(last):
            continue
        lo, hi = head.left_edge.idx, last.idx + len(last.text)
        of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if of is not None and of.head.i < of.i and of.head.pos_ in ("NUM", "PRON", "NOUN"):
            lo = of.head.left_edge.idx  # "One of his advisers, Tad Devine,": the whole description
        if lo < hi and len(ctx.text[lo:hi].split()) <= 8:
            ctx.actors.add_mention(q.speaker, lo, hi, "desc")
