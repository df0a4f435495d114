"""A speaker named again by a description the text itself gave a named actor: "Her label, Solstice Records, …" …
"The label said"; "Live Nation, the tour's promoter, …" … "The promoter said"; "Sergio Valles, a Spaniard
appointed in May, …" … "The Spaniard said". en_roles.role_actor reads descriptions headed by a title, a role or an
organisation noun (its word lists); any other noun ("label", "promoter", "contractor", "Spaniard") still names
the actor when the text gave that actor that very description before: a definite description picks up what the
reader was told, whatever the noun. The same words given to two actors: the nearest fitting one, as role_actor
chooses, else the description stays as written."""
from __future__ import annotations

import re

from .. import rules
from .en_reads import written_thing
from .en_roles import _DESC, _data, _nearest, _norm

_DEFINITE = ("the", "this", "that")
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
_TYPES = ("PERSON", "ORG", "GROUP")


def given_description(ctx, lo: int, hi: int, lang: str = "en") -> tuple[int, int, int] | None:
    """The one actor named before ``lo`` whose descriptions hold every word of the definite description
    ``text[lo:hi]``, as (start, end, entity index); None when the head is role_actor's (a title, role or organisation
    noun) or no single actor fits."""
    m = _DESC.match(ctx.text[lo:hi].strip())
    if m is None or m.group(0).split()[0].lower() not in _DEFINITE:
        return None
    abbr, person_heads, org_heads = _data(lang)
    age = _AGE.search(m.group(0))
    if age is not None:  # "the 34-year-old (singer)": the one person the text gave that age ("Ana Ruiz, 34,")
        aged = [i for i, ent in enumerate(ctx.actors.entities) if ent.type == "PERSON" and ent.mentions
                and min(x.start for x in ent.mentions) < lo and _aged(ctx, ent, age.group(0)[:-9], lo)]
        return (lo, hi, aged[0]) if len(aged) == 1 else None
    head = m.group(2).lower()
    if head in person_heads or head in org_heads or abbr.get(head) in person_heads or written_thing(head):
        return None  # (a written thing is no one's description: '"…," the banner read' is the banner's: en_reads)
    if head in rules.wordset("en", "document_nouns"):
        return None  # "according to the poll": a document speaks for its maker (en_docs), no actor the text gave
        # that description ("Poll: Clinton and Sanders in dead heat", a headline's label the parser set in apposition)
    other = rf"\b(?:another|a second|a third|one other|other)\s+(?:[\w-]+\s+)?{re.escape(head)}s?\b"
    if re.search(other, ctx.text[:lo], re.I):
        return None  # ("Mark Dunn, a neighbour, … Another neighbour, who asked not to be named, …" -- "the neighbour"
        # may be either: as written; review r21)
    need = set(_norm(m.group(1).split(), abbr)) | set(_norm([head], abbr))
    fits = [i for i, ent in enumerate(ctx.actors.entities)
            if ent.type in _TYPES and ent.mentions and min(x.start for x in ent.mentions) < lo
            and not {w.lower() for w in ent.name.split()} & need and need <= _given_words(ctx, ent, lo, abbr)]
    if len(fits) > 1:
        fits = _nearest(ctx, fits, lo)
    return (lo, hi, fits[0]) if len(fits) == 1 else None


def _aged(ctx, ent, n: str, lo: int) -> bool:
    """The text gave ``ent`` the age ``n`` before ``lo``: "Ana Ruiz, 34," or "the 34-year-old (nurse) Ana Ruiz"."""
    text = ctx.text
    return any(re.match(rf",\s*{n}\s*[,.;)]", text[m.end:m.end + 8])
               or re.search(rf"\b{n}-year-old\s+(?:[a-z][\w-]*\s+){{0,2}}$", text[max(0, m.start - 40):m.start])
               for m in ent.mentions if m.kind not in ("pronoun", "desc") and m.start < lo)


def _given_words(ctx, ent, lo: int, abbr) -> set[str]:
    """The words of the descriptions set in apposition to a name of ``ent`` before ``lo`` (the noun and the words
    that qualify it: "Her label, Solstice Records" label; "Live Nation, the tour's promoter" tour, promoter; "Sergio
    Valles, a Spaniard appointed in May" spaniard): what the text said the actor is, not every word near its name
    ("Kamara, the photographer whose post started it" is a photographer, not a post)."""
    out: set[str] = set()
    for m in ent.mentions:
        if m.kind in ("pronoun", "desc") or m.start >= lo:
            continue
        toks = list(ctx.tokens(m.start, m.end))
        root = next((t for t in toks if not (m.start <= t.head.idx < m.end) or t.head.i == t.i), None)
        if root is None:
            continue
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
        if root.dep_ == "appos" and root.head.i < root.i:
            nouns.append(root.head)
        for n in nouns:
            if n.pos_ != "NOUN" and not (n.pos_ == "PROPN" and n.ent_type_ == "NORP"):
                if n.pos_ != "PROPN" or ctx.actors.covering(n.idx, n.idx + len(n.text)):
                    continue
            words = [c.text for c in n.children if c.i < n.i and c.dep_ in ("amod", "compound", "poss")] + [n.text]
            out |= set(_norm(words, abbr))
    return out


_THE = re.compile(r"(?:^|(?<=\W))([Tt]he)\s+$")


def misread_description(ctx, q) -> None:
    """A one-word speaker the tagger made a name of ("The Spaniard said": "Spaniard" an organisation) that the
    text gave a named person before as a description ("Sergio Valles, a Spaniard appointed in May,") is that
    person: with "the" before it, it is a description, not a name."""
    if q.speaker is None or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    ent = ctx.actors.entities[q.speaker]
    if ent.type == "PERSON" or len(ctx.text[lo:hi].split()) != 1 or len(ent.mentions) > 1:
        return
    the = _THE.search(ctx.text, max(0, lo - 5), lo)
    if the is None:
        return
    hit = given_description(ctx, the.start(1), hi)
    if hit is not None and hit[2] != q.speaker and ctx.actors.entities[hit[2]].type == "PERSON":
        ctx.actors.add_mention(hit[2], hit[0], hit[1], "desc")
        q.speaker, q.speaker_name, q.speaker_span = hit[2], None, (hit[0], hit[1])


def named_union(ctx, q) -> None:
    """"union says", "their union said", "the teachers union said" left as written: the one labour union the text
    names anywhere (an organisation whose name holds ``union_names``: "Ohio Nurses Alliance", "Teamsters Local
    727"), as coreference reads "the union" after it; a strike story's lead and headline describe the union before
    naming it. Two unions named, or none: as written."""
    if q.speaker is not None or not q.speaker_name or not q.speaker_span:
        return
    words = q.speaker_name.lower().split()
    if not 1 <= len(words) <= 3 or words[-1] != "union" or (len(words) > 1 and words[0] not in _UNION_OPENERS):
        return
    from ..coref.en import labour_union
    unions = {i for i, e in enumerate(ctx.actors.entities)
              if e.type in ("ORG", "GROUP") and e.mentions and labour_union(e.name, "en")}
    if len(unions) == 1:
        q.speaker, q.speaker_name = unions.pop(), None


_UNION_OPENERS = frozenset({"the", "their", "its", "his", "her", "a"})
