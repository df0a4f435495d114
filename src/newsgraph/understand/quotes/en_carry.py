"""An English attribution pronoun left unresolved by coreference ("it said", "he added") takes the speaker of the
previous quote when they agree (en.extract calls it before and after the learned decision)."""
from __future__ import annotations

from ..coref.en_gender import text_gender
from ..coref.en_newcomers import unnamed_newcomer, unnamed_person
from .en_ctx import Context, Found
from .en_spk_antecedent import named_as_written, newcomer_subject, subject_antecedent
from .en_spk_clause import clause_subject
from .en_spk_plural import plural_antecedent
from .en_spk_sayer import sayer_goes_on


PRONOUN_REACH = 1200  # characters back to the previous speaker an unresolved pronoun may take


def pronoun_speakers(ctx: Context, found: list[Found], clauses_only: bool = False) -> None:
    """An attribution pronoun coreference left unresolved takes the speaker of the previous quote when they agree:
    "The union said … “We have no choice,” it said." (it/they: an organisation, a group or a noun phrase of the
    right number; he/she: a person). ``clauses_only``: after the learned decision, the clause candidates taken
    ("He believes that …") take theirs the same way (before it, a candidate lent no speaker)."""
    prev: list[Found] = []
    for q in found:
        if not clauses_only:
            newcomer_subject(ctx, q, found)  # "A nurse … described the night. “…,” she said." (en_spk_antecedent)
            sayer_goes_on(ctx, q, prev)  # "Eswar Prasad … said … . “…,” he said.": Prasad's (en_spk_sayer)
        if q.follows is None and (not clauses_only or q.origin == "clause") and clause_subject(ctx, q):
            prev.append(q)  # "While the governor affirmed …, he also warned": the clause's subject (en_spk_clause)
            continue
        if q.speaker is None and not q.speaker_name and q.pronoun and q.follows is None and \
                (not clauses_only or q.origin == "clause"):
            for p in reversed(prev):
                if q.start - p.end > PRONOUN_REACH or _unnamed_person_between(ctx, p.end, q):
                    break
                if _agrees(ctx, q.pronoun, p) or (p is prev[-1] and (_described_person(ctx, q.pronoun, p) or
                                                         named_as_written(ctx, q.pronoun, p))):
                    q.speaker, q.speaker_name = p.speaker, p.speaker_name
                    q.speaker_span = p.speaker_span
                    break
        if q.speaker is None and not q.speaker_name and q.pronoun in _WANT and q.follows is None and \
                (not clauses_only or q.origin == "clause"):
            _nearest_person(ctx, q)
            if q.speaker is None:
                _salient_person(ctx, q)
            if q.speaker is None:  # "Ortiz was firm. “…,” she said.": a person no actor covers (en_spk_antecedent)
                subject_antecedent(ctx, q, _attribution_pronoun(ctx, q))
        if q.speaker is None and not q.speaker_name and q.pronoun == "they" and q.follows is None and \
                (not clauses_only or q.origin == "clause"):
            plural_antecedent(ctx, q, _attribution_pronoun(ctx, q))  # "Three economists … . They concluded …"
        if q.speaker is not None or q.speaker_name:
            prev.append(q)


def _described_person(ctx: Context, pronoun: str, p: Found) -> bool:
    """The quote just before has a person described, not yet named, for its speaker ("“…,” the judge said. Moments
    later he warned …", "One foreman at the plant said …. He has worked there since 1990, he said"): an attribution
    "he"/"she" goes on with that person (the description is resolved later, for both), never with someone credited
    before them."""
    if pronoun not in _WANT or p.speaker is not None or not p.speaker_name or not p.speaker_span:
        return False
    from .en_roles import _DESC, _data
    m = _DESC.match(p.speaker_name.strip())
    if m is not None and m.group(2).lower() in _data("en")[1]:
        return True
    # (or a newcomer of a trade: "One pastor at the chapel said …. He has preached there since 1990, he said")
    return unnamed_person(ctx.actors, [t for t in ctx.tokens(*p.speaker_span) if t.dep_ in ("nsubj", "nsubjpass")])


def _attribution_pronoun(ctx: Context, q: Found):
    """The token of the quote's attribution pronoun, near its cue (None when there is none)."""
    cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
    near = [t for t in ctx.doc[max(0, cue.i - 4):cue.i + 4] if t.lower_ == q.pronoun] if cue is not None else []
    return near[0] if near else None


def _salient_person(ctx: Context, q: Found) -> None:
    """An attribution "he"/"she" that neither coreference, a previous quote of the same gender nor the nearest
    subject resolved: the person of that gender (by a title, a given name or the text's own pronouns) the text
    mentions most before it, within a few paragraphs. A profile names its subject once and then writes "she" for
    paragraphs about others ("Senator Oyelaran-Pike ... Her challenger ... He calls her ... She says"): the woman the
    text keeps returning to. Not when someone unnamed entered just before ("A farmer stopped by. He said …")."""
    want, pron = _WANT[q.pronoun], _attribution_pronoun(ctx, q)
    if pron is None:
        return
    start = ctx.doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else pron.sent.start
    if unnamed_newcomer(ctx.actors, ctx.doc[start:pron.i]):
        return
    counts: dict[int, list[int]] = {}  # person -> [mentions, the last one's start]
    for s, e, i in ctx.actors.before(pron.idx, limit=400):
        if pron.idx - s > SALIENT_REACH:
            break
        ent = ctx.actors.entities[i]
        if ent.type != "PERSON" or q.start <= s < q.end:
            continue
        c = counts.setdefault(i, [0, s])  # (nearest first: the first seen is the last mention)
        c[0] += 1
    ents = ctx.actors.entities
    fits = {i: c for i, c in counts.items() if text_gender(ctx.actors, i) == want}
    if not fits:
        return
    i = max(fits, key=lambda k: (fits[k][0], fits[k][1]))
    if any(k != i and c[1] > fits[i][1] and not ents[k].gender for k, c in counts.items()):
        return  # someone mentioned since whom no title or given name gives a gender: maybe them
    q.speaker, q.speaker_span = i, (pron.idx, pron.idx + len(pron.text))
    ctx.actors.add_mention(i, pron.idx, pron.idx + len(pron.text), "pronoun")


SALIENT_REACH = 3000  # characters back over which the person a lone "he"/"she" stands for is counted


def _unnamed_person_between(ctx: Context, lo: int, q: Found) -> bool:
    """Between the previous speaker and an attribution "he"/"she", a person the text does not name became the
    subject of a sentence ("A farmer in a seed cap stopped by the table. He said …"): the pronoun is that person's,
    never the speaker of an earlier quote."""
    if q.pronoun not in _WANT or q.cue_i is None:
        return False
    cue = ctx.doc[q.cue_i]
    return unnamed_newcomer(ctx.actors, [t for t in ctx.doc[max(0, cue.sent.start - 60):cue.i]
                                         if t.idx >= lo and not _quoted(q, t)])


def _quoted(q: Found, tok) -> bool:
    """``tok`` is a word of the quote's own content: "“They decided a label was cheaper,” he said" brings no one new
    into the narration (the speaker's words are not the text's)."""
    return any(a <= tok.idx < b for a, b in q.parts or [(q.start, q.end)])


_WANT = {"he": "m", "she": "f"}
PERSON_REACH = 1500  # characters back to the person an attribution "he" / "she" that nothing else resolved names


def _nearest_person(ctx: Context, q: Found) -> None:
    """"Ann Hall, 54, has run the clinic since 2010. [narration without people] “…,” she said.": an attribution "he"
    or "she" that neither coreference nor a previous quote resolved names the nearest clause subject before it when
    that subject is a person the text gives the pronoun's gender (a title, a first name or the text's own pronouns);
    any other subject in between (a thing, a group, a person of unknown or other gender) leaves it open."""
    want, pron = _WANT[q.pronoun], _attribution_pronoun(ctx, q)
    if pron is None:
        return
    for s, e, i in ctx.actors.before(pron.idx, limit=200):
        if pron.idx - s > PERSON_REACH or unnamed_newcomer(ctx.actors, [t for t in ctx.tokens(s, pron.idx)
                                                                       if t.i < pron.i and not _quoted(q, t)]):
            return  # (someone unnamed entered in between: "A farmer stopped by the table. He said …")
        m = ctx.actors.mention(s, e, i)
        if q.start <= s < q.end or m is None or not m.subject:
            continue
        ent = ctx.actors.entities[i]
        if ent.type == "PERSON" and text_gender(ctx.actors, i) == want:
            q.speaker, q.speaker_span = i, (pron.idx, pron.idx + len(pron.text))
            ctx.actors.add_mention(i, pron.idx, pron.idx + len(pron.text), "pronoun")
        return


def _agrees(ctx: Context, pronoun: str, p: Found) -> bool:
    if p.speaker is not None:
        ent = ctx.actors.entities[p.speaker]
        if pronoun in ("he", "she"):
            want = "m" if pronoun == "he" else "f"
            return ent.type == "PERSON" and (text_gender(ctx.actors, p.speaker) or want) == want
        if pronoun in ("it", "they", "we"):
            return ent.type in ("ORG", "GROUP") or (pronoun == "they" and ent.type == "GPE")
        return False
    head = (p.speaker_name or "").split()[-1:] or [""]
    plural = head[0].lower().endswith("s") and not head[0].lower().endswith("ss")
    if pronoun == "it":
        return not plural
    if pronoun in ("they", "we"):
        return plural
    return False
