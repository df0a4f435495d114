"""The outlets an English quote's attribution credits ("as reported by RBC", "according to the BBC", "…,” The Post
reported.") and the date it gives ("said on Thursday, September 4")."""
from __future__ import annotations

import re

from .. import attach, rules
from .en_ctx import Context, Found


# -- outlets and dates -----------------------------------------------------------------------------------------------
_RELAY = re.compile(r"(?:,\s+according\s+to\s+(?:the\s+)?|[,”\"']\s+(?:[Tt]he\s+)?"
                    r"(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:reported|reports)\s*[.,]))(?P<name>[A-Z])")


def credit_and_date(ctx: Context, q: Found) -> None:
    """Outlets credited and a date given in the attribution: the quote's sentence outside its content."""
    if q.attr is None:
        lo, hi = ctx.sent(q.start)[0], ctx.sent(max(q.start, q.end - 1))[1]
    else:
        lo = min(q.attr[0], ctx.sent(q.attr[0])[0])
        hi = max(q.attr[1], ctx.sent(max(q.attr[0], q.attr[1] - 1))[1])
    for s, e, i in ctx.actors.inside(lo, hi):
        if q.start <= s < q.end:
            continue
        if ctx.actors.entities[i].type == "MEDIA" and i != q.speaker and all(o[0] != i for o in q.outlets):
            q.outlets.append((i, s, e))
    # a name that relays someone else's words at the end of the sentence is credited whatever its entity type:
    # "…,” O'Malley said, according to the Las Vegas Sun.", "…,” The Post reported."
    if q.speaker is not None or q.speaker_name:
        for m in _RELAY.finditer(ctx.text, max(q.end - 1, lo), hi):
            hit = ctx.entity_at(m.start("name"), m.start("name") + 1, ("ORG", "GPE", "MEDIA"))
            if hit is not None and hit[2] != q.speaker and all(o[0] != hit[2] for o in q.outlets):
                q.outlets.append((hit[2], hit[0], hit[1]))
    best = None
    for d in ctx.dates:
        if lo <= d.start < hi and not (q.start <= d.start < q.end) and d.value and _dates_the_saying(ctx, d, q):
            dist = abs(d.start - (q.speaker_span[1] if q.speaker_span else q.end))
            if best is None or dist < best[0]:
                best = (dist, d.value)
    if best:
        q.date = best[1]


def _dates_the_saying(ctx: Context, d, q: Found) -> bool:
    """Whether a date of the attribution's sentence says when the words were said (``attach.dates``): a day of the
    news cycle up to the publication date, or a date that attaches to the cue verb ("In March, Trump said"), not to
    another phrase ("Clinton said, referencing the period before 1972's Roe v. Wade", "said of the 9/11 attacks")."""
    if attach.in_news_cycle(d, ctx.published, future=False):
        return True
    if q.cue_i is None:
        return False
    cue = ctx.doc[q.cue_i]
    words = {cue.i}
    if cue.dep_ in ("advcl", "xcomp") and cue.tag_ == "VBG":
        words.add(cue.head.i)  # "In August, the groups granted an extension, saying ...": the saying is the granting
    # a participle clause on the cue is its occasion: "Speaking to reporters on Oct. 3, Trump said", "Asked about it
    # in 2015, Warren said"
    words.update(c.i for c in cue.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN"))
    return attach.attaches(ctx.doc, d.start, d.end, words)


_CONTINUING = rules.wordset("en", "continuing_cues")


def continued_dates(ctx: Context, found: list[Found]) -> None:
    """A quote its speaker 'added' or 'continued' with no date of its own goes on the speech of that speaker's quote
    just before it (this paragraph or the one before) and takes its date: "Lynch, who told Congress when asked last
    month: '…' / She added, '…'" (not the publication day)."""
    prev = None
    for q in sorted(found, key=lambda x: x.start):
        cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
        if q.date is None and cue is not None and cue.lemma_.lower() in _CONTINUING and prev is not None and \
                prev.date and q.speaker is not None and prev.speaker == q.speaker and \
                ctx.text.count("\n\n", prev.end, q.start) <= 1:
            q.date = prev.date
        if q.speaker is not None:
            prev = q
