"""Co-speakers that only describe the speaker (English, issue 16; newuser33): a name the parse lists with the speaker
is a second speaker only when it is named as one, not when it belongs to the words that say who the speaker is.

``en_ctx.conjoined`` makes every actor of a list of names a speaker ("Vindman and Williams told …"), and reaches lists
through appositions ("Coons, a Democrat, and Tillis, a Republican, said": Tillis a conjunct of the apposition). The
same parse joins the parts of one speaker's description, and these are no speakers:

- an affiliation: "said Lucas Paganini, a planetary scientist at NASA … and American University", "said David Kershaw,
  division vice president, Nissan Sales & Regional Operations", "Sen. Bernie Sanders (Vt.) and Martin O'Malley
  suggested": what an apposition of a person lists, or the apposition itself, is a second person or nothing; an
  organisation or a place there is where the person works or whom he represents. Co-speakers reached through an
  apposition keep the speaker's kind (a person with a person), as a list of speakers written with their roles does.
- a name that modifies a noun: "said Kim Wells, a schoolteacher and Trump supporter": "Trump supporter" is a kind of
  person, the name its modifier (the parse makes "Trump" the conjunct). A name followed at once by a common noun of its
  phrase describes that noun, wherever it stands in the list; a speaker's name is followed by a comma, a conjunction
  or the cue ("Volker and Morrison said").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_ctx import Context, Found


def _head(ctx: Context, a: int, b: int):
    toks = list(ctx.tokens(a, b))
    return next((t for t in toks if not (a <= t.head.idx < b) or t.head.i == t.i), None) if toks else None


def _through_apposition(tok, root) -> bool:
    """``tok`` hangs on ``root`` by a path holding an apposition (itself one, or a conjunct of one)."""
    node = tok
    for _ in range(12):
        if node.i == root.i or node.head.i == node.i:
            return False
        if node.dep_ == "appos":
            return True
        node = node.head
    return False


def _modifies_noun(ctx: Context, b: int) -> bool:
    """The name ending at ``b`` is followed at once (one space) by a lower-case common noun: "Trump supporter"."""
    nxt = next(iter(ctx.tokens(b, len(ctx.text))), None)
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and ctx.text[b:nxt.idx] == " "


def described_mates(ctx: Context, q: Found) -> None:
    """Drop from ``q.speakers`` the members that describe the speaker (see the module); one left: no list."""
    if len(q.speakers) < 2 or q.speaker is None or q.speaker_span is None:
        return
    root = _head(ctx, *q.speaker_span)
    if root is None:
        return
    person = ctx.actors.entities[q.speaker].type == "PERSON"
    keep = []
    for i, a, b in q.speakers:
        tok = _head(ctx, a, b)
        if i != q.speaker and tok is not None and (
                _modifies_noun(ctx, b) or
                _through_apposition(tok, root) and (ctx.actors.entities[i].type == "PERSON") != person):
            continue
        keep.append((i, a, b))
    if len(keep) != len(q.speakers):
        q.speakers = keep if len(keep) > 1 else []
