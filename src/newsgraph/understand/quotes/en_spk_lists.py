"""English speakers read from a list of names next to the cue (issue 16, round 22): which names of a list speak.

A list of names is a set of speakers only when it is the cue's subject and a coordination ("Vindman and Williams
told …": ``en_ctx.conjoined``). Two lists look like one and are not:

- ``tail_apposed_name``: "His support moved from Fiorina to Rubio to, now, Cruz, Wilkin said.": content that runs
  before its cue may end on a name, and the parse then joins that name to the speaker's ("Cruz, Wilkin", no "and").
  Speakers named together are joined by "and"/"or"; a comma alone before "X said" at the end of the content closes
  the content: the last name speaks, the one before it belongs to the content (a name inside the content is never
  its speaker).
- ``places_of_group``: "Most Republican voters in Alabama, Georgia and Virginia said …": the places after a
  preposition that modifies the head noun continue that preposition's object (the parse may take "Georgia and
  Virginia" for the subject); they say where the voters are, they do not speak. The speaker is the group as
  written, head noun and all.

And one list shares a word: "David and Jeanne Miller wrote" names David Miller and Jeanne Miller (``shared_surname``),
never a David named earlier in the text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .. import names
from ..actors import WEntity
from .en_ctx import set_speaker
from .en_spk_scene import _SPEAKING, _SUBJ

if TYPE_CHECKING:
    from .en_ctx import Context, Found

_CC = frozenset({"and", "or", "&", "nor", "plus"})


def _subject(ctx: Context, q: Found):
    if q.cue_i is None or not q.speaker_span:
        return None
    cue = ctx.doc[q.cue_i]
    s, e = q.speaker_span
    return next((c for c in cue.children if c.dep_ in _SUBJ and s <= c.idx < e), None)


def _coordinated(tok) -> bool:
    return any(c.dep_ == "cc" or c.lower_ in _CC for t in (tok, *tok.conjuncts) for c in t.children)


def tail_apposed_name(ctx: Context, found: list[Found]) -> None:
    """Content before its cue that ends on a name the parse joined to the speaker without "and" ("…, now, Cruz,
    Wilkin said"; the parse makes "Wilkin" a conjunct of "Cruz", or its apposition when Wilkin is a person or an
    organisation and Cruz another actor): the content runs to the comma before the last name, the last name speaks."""
    for q in found:
        subj = _subject(ctx, q)
        if subj is None or q.kind != "indirect" or not q.start < q.end <= subj.idx or \
                ctx.text[q.end:subj.idx].strip(" ,\n") or _coordinated(subj):
            continue
        conj = [c for c in subj.children if c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ == "PROPN" and
                (h := ctx.entity_at(c.idx, c.idx + len(c.text), _SPEAKING)) is not None and h[2] != q.speaker]
        first = conj[0].left_edge if conj else None
        if len(conj) != 1 or first.i < 2 or ctx.doc[first.i - 1].text != "," or first.i - 2 < subj.i or \
                any(t.pos_ not in ("ADV", "AUX", "PART") for t in ctx.doc[conj[0].right_edge.i + 1:q.cue_i]):
            continue
        last, before = conj[0], ctx.doc[first.i - 2]
        q.end = before.idx + len(before.text)
        q.text = ctx.text[q.start:q.end]
        if q.parts:
            q.parts[-1] = (q.parts[-1][0], q.end)
        lo, hi = first.idx, last.idx + len(last.text)
        q.speakers = []
        hit = ctx.entity_at(last.idx, last.idx + len(last.text), _SPEAKING)
        if hit is not None:
            q.speaker_name = None
            set_speaker(ctx, q, hit)
        else:
            q.speaker, q.speaker_name, q.speaker_span = None, ctx.text[lo:hi], (lo, hi)


def places_of_group(ctx: Context, found: list[Found]) -> None:
    """ "Most Republican voters in Alabama, Georgia and Virginia said": the names of a list after a prepositional
    object of their kind continue that object; the speaker is the noun the preposition modifies, as written."""
    for q in found:
        subj = _subject(ctx, q)
        if subj is not None and subj.i >= 2 and ctx.doc[subj.i - 1].text == ",":
            obj = ctx.doc[subj.i - 2]
            if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.ent_type_ and \
                    obj.ent_type_ == subj.ent_type_ and obj.head.head.pos_ in ("NOUN", "PROPN") and \
                    not obj.head.head.ent_type_ and not _fronted(obj.head.head):
                head = obj.head.head
                end = max((subj, *subj.conjuncts), key=lambda t: t.i)
                _described(ctx, q, head.left_edge.idx, end.idx + len(end.text))
                continue
        if q.speaker is None and q.speaker_name and q.speaker_span:  # "Many farmers in Iowa, Nebraska and Kansas"
            s, e = q.speaker_span
            toks = list(ctx.tokens(s, e))
            if toks and toks[-1].dep_ == "pobj" and toks[-1].conjuncts and _coordinated(toks[-1]):
                end = max(toks[-1].conjuncts, key=lambda t: t.i)
                if end.idx >= e and (q.cue_i is None or end.i < q.cue_i):
                    _described(ctx, q, s, end.idx + len(end.text))


def _fronted(noun) -> bool:
    """``noun`` is the object of a preposition hung on a verb: an adverbial opening the clause ("In an interview with
    The Associated Press, Feld said": Feld speaks, r24), not a group the names go on listing."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX")


def _described(ctx: Context, q: Found, lo: int, hi: int) -> None:
    q.speaker, q.speaker_name, q.speaker_span, q.pronoun, q.speakers = None, ctx.text[lo:hi], (lo, hi), None, []


def shared_surname(ctx: Context, found: list[Found]) -> None:
    """ "Clay's biographers, David and Jeanne Miller, wrote": a bare given name coordinated with a full name shares its
    surname (David Miller), whoever else of that given name the text named before (a David Eisenhower): the speaker is
    that person, an actor of the text when it names him in full, else a new one."""
    for q in found:
        toks = list(ctx.tokens(*q.speaker_span)) if q.speaker_span else []
        subj = toks[0] if len(toks) == 1 else None  # (the speaker's one word, subject or apposed to it)
        mate = next((c for c in subj.children if c.dep_ == "conj"), None) if subj is not None else None
        if mate is None or subj.pos_ != "PROPN" or mate.pos_ != "PROPN" or subj.text == mate.text or \
                any(c.dep_ in ("compound", "amod") for c in subj.children) or \
                ctx.text[subj.idx + len(subj.text):mate.left_edge.idx].strip() not in _CC or \
                not any(c.dep_ == "compound" and c.i == mate.i - 1 and names.is_given_name(c.text)
                        for c in mate.children):
            continue
        s, e = subj.idx, subj.idx + len(subj.text)
        hit = ctx.entity_at(s, e)
        known = ctx.actors.entities[hit[2]].name.split() if hit is not None else []
        if not (known[:1] == [subj.text] and known[-1] != mate.text or
                hit is None and subj.text in ctx.lex.first_names):
            continue
        full = f"{subj.text} {mate.text}"
        idx = next((k for k, ent in enumerate(ctx.actors.entities) if ent.type == "PERSON" and ent.name == full),
                   None)
        if idx is None:
            idx = ctx.actors.add_entity(WEntity("PERSON", full, gender=names.gender_of(subj.text) or None))
        if hit is not None and (hit[0], hit[1]) == (s, e):
            ctx.actors.move_mention(s, e, hit[2], idx, "first")
        else:
            ctx.actors.add_mention(idx, s, e, "first")
        q.speaker_name, q.pronoun = None, None
        q.speaker, q.speaker_span = idx, (s, e)
