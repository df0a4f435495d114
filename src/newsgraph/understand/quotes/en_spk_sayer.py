"""The sayer goes on (English; round 27, issue 16): an attribution "he"/"she" right after a quotation that opens
just after the previous quote's own attribution speaks for that quote's speaker, even when coreference gave the
pronoun to someone named earlier.

"Eswar Prasad, a trade professor at Cornell, said the president's “…” had complicated the talks. “By hyping up
expectations, Trump makes a deal less likely,” he said." The small model leaves "Eswar Prasad" no person (no actor,
or one typed an organisation or a place), so coreference passes him over and takes the president (named in
Prasad's own words, a possessive, no subject) for "he". In news prose a quotation that follows a sentence of
attribution with nothing in between, closed by "he said", goes on with the one just credited: the writer would have
named anyone else. Only when:

- the pronoun is the subject of the cue and follows the quotation's close ('…,” he said');
- the previous quote's attribution holds its speaker phrase in the same paragraph, and nothing but punctuation
  separates that quote (or its attribution, whichever ends later, the cue word aside) from the new quotation;
- that speaker is a person the pronoun fits: a person actor not of the other gender (a gender the text's own
  pronouns overrule when it comes from a "mostly" given name only: ``coref.en_gender.soft``), a bare name no actor
  took (``named_as_written``), or a two- or three-word capitalised name the tagger typed otherwise, whose given name
  is of the pronoun's gender or which a person noun stands beside ("Olusegun Adeyemi, an economist at …");
- the pronoun's own pick is not the subject of that quote's content (the one reported on answers: "Officials said
  the mayor, Tom Hart, had approved the deal. “I approved nothing,” he said.").
"""
from __future__ import annotations

import re

from .. import names
from ..coref.en_gender import text_gender
from ..coref.en_newcomers import _person_nouns
from .en_spk_antecedent import named_as_written

_GENDER = {"he": "m", "she": "f"}
_MARKS = re.compile(r"^[\s.,:;\"'“”‘’—–-]*$")
_ASIDE = 5  # characters from a quotation's close to its attribution pronoun: '…,” he said'


def sayer_goes_on(ctx, q, found) -> None:
    """Give ``q`` the speaker of the quote just before it when the module's conditions hold."""
    if q.speaker is None or not q.speaker_span or q.cue_i is None or q.follows is not None:
        return
    a, b = q.speaker_span
    want = _GENDER.get(ctx.text[a:b].lower())
    if want is None or not 0 <= a - q.end <= _ASIDE:
        return
    pron = ctx.token_at(a)
    if pron.idx != a or pron.dep_ != "nsubj" or pron.head.i != q.cue_i:
        return
    p = next((x for x in reversed(found) if x.end <= q.start and x is not q), None)
    if p is None or not p.speaker_span or p.speaker == q.speaker or (p.speaker is None and not p.speaker_name):
        return
    para = ctx.text.rfind("\n", 0, q.start) + 1
    if p.speaker_span[0] < para:
        return
    gap_from = max(p.end, p.speaker_span[1])
    gap = ctx.text[gap_from:q.start]
    if p.cue_i is not None and gap_from <= ctx.doc[p.cue_i].idx < q.start:
        cue = ctx.doc[p.cue_i]
        gap = ctx.text[gap_from:cue.idx] + ctx.text[cue.idx + len(cue.text):q.start]
    if not _MARKS.match(gap):
        return
    if not _fits(ctx, p, want) or _reported_on(ctx, p, q.speaker):
        return
    ctx.actors.drop_mention(a, b, q.speaker)
    q.speaker, q.speaker_name, q.speaker_span = p.speaker, p.speaker_name, p.speaker_span
    if p.speaker is not None:
        ctx.actors.add_mention(p.speaker, a, b, "pronoun")


def _reported_on(ctx, p, i: int) -> bool:
    """Actor ``i`` (coreference's pick for the pronoun) is the subject of ``p``'s own content, the one reported on
    ("Prosecutors said Michael Reyes had lied. “I never lied,” he said."): the natural answerer, kept."""
    for m in ctx.actors.entities[i].mentions:
        if not p.start <= m.start < m.end <= p.end:
            continue
        t = ctx.token_at(m.end - 1)
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _fits(ctx, p, want: str) -> bool:
    """The previous quote's speaker is a person the pronoun of gender ``want`` may stand for."""
    if p.speaker is None:
        return named_as_written(ctx, "he" if want == "m" else "she", p)
    ent = ctx.actors.entities[p.speaker]
    if ent.type == "PERSON":
        return text_gender(ctx.actors, p.speaker) in (None, want)
    lo, hi = p.speaker_span
    words = ctx.text[lo:hi].split()
    if ent.type not in ("ORG", "GPE", "LOC", "NORP") or not 2 <= len(words) <= 3 or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words) or \
            names.not_person_head(" ".join(words)) is not None or names.data_type(" ".join(words)):
        return False
    given = names.gender_of(words[0])
    if given:
        return given == want
    head = ctx.token_at(lo)
    while head.head.i != head.i and head.head.idx < hi:
        head = head.head
    return any(c.dep_ == "appos" and (c.lemma_.lower() in _person_nouns() or c.lower_ in _person_nouns())
               for c in head.children)
