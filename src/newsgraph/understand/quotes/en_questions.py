"""An open question is no attribution: "declined to say whether …", "did not say which …", "would not say what …",
"Neither side has said whether …" and a reporter's "Asked whether …, she said …" name a question nobody answered
or the question put to the speaker; they report no claim. An indirect content opening with a question word
(``question_openers``) under a refused or negated cue (negated, its subject denying anyone spoke, or the complement
of a verb of refusing, ``refusal_verbs``) or under a sentence-opening participle "Asked" is dropped; a question
someone asked ("She asked whether the plan was legal") stays. So is a source's request for anonymity ("asked that
her name not be used", "asked not to be named"): it tells how the source spoke, not what. Nor is a report a yes/no
question asks about ("Has anyone asked you what the crossings should be?", "Did the mayor say the plan would fail?",
"Was it reported that the mill had been sold?"): the auxiliary opens the sentence, which ends with "?"; whether
anyone said it is the question (r31). A wh-question ("Why did the mayor say …?") and a question after a report ("The
county says ridership fell. Is that right?") are left as they are. Nor is a question or a warning put to the one a
participle set off by commas follows ("The mayor, asked whether …, said …": dropped; "Investors, warned that …,
sold …": the warning kept with no speaker; ``set_off_passive``, enfix34): the one who asked or warned is unnamed."""
from __future__ import annotations

import re

from .. import rules
from .en_ctx import Context, Found


def _opens_question(ctx: Context, q: Found) -> bool:
    first = q.text.strip().split(" ", 1)[0].lower() if q.text.strip() else ""
    return first in rules.wordset("en", "question_openers")


def _refused(cue) -> bool:
    """The cue is negated ("did not say"), its subject denies anyone spoke ("Neither campaign has said whether …",
    "no one could say where …") or it is the complement of a verb of refusing ("declined to say")."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lower_ in _NOBODY or any(
            c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children)):
        return True
    h = cue.head
    return cue.dep_ == "xcomp" and h.lemma_.lower() in rules.wordset("en", "refusal_verbs")


_NOBODY = ("nobody", "none", "neither", "noone")


def _asked_participle(cue) -> bool:
    """ "Asked whether …, she said": the participle opening the sentence, the speaker the one asked; so too after a
    conjunction that sets the question before the answer (``asked_openers``: "When asked whether …, he said …",
    "If asked about …") and a passive "asked" ("When he was asked whether …"): the question is put to someone, not
    said by him (newuser34); unless a "by"-agent names the asker ("when asked by voters whether …": enfix34,
    review34b; not at the sentence's opening, as main and the en-attr convention read "Asked by a reporter
    whether …"). An active "asked" ("She asked whether …", "and asked whether …") asks it: it stays."""
    if cue.lower_ != "asked" or any(c.dep_ == "nsubj" for c in cue.children):
        return False
    if cue.i == cue.sent.start or cue.nbor(-1).is_punct or cue.nbor(-1).is_space:
        return True  # (with its asker too: "Asked by a reporter whether …, the chief said": en-attr written e074)
    if any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in cue.children):
        return False  # "when asked by voters whether …": the by-phrase names the asker, whose question it is
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return cue.dep_ == "advcl" or any(c.dep_ == "mark" for c in cue.children)
    return cue.dep_ != "conj" and cue.nbor(-1).lower_ in rules.wordset("en", "asked_openers")


def set_off_passive(cue) -> bool:
    """``cue`` is a past participle set off by commas right after its noun, with the noun's own verb right after
    the closing comma ("The mayor, asked whether the city could pay, said it could not"; "Residents, told that the
    water was unsafe, boiled it"): a passive ("who was asked", "who were told"), the noun the one asked or told and
    the one who spoke unnamed, though the parser makes the noun the cue's subject (enfix34, review34b). Near miss:
    "The mayor said the city could pay, and left" (no comma between the noun and the cue)."""
    doc = cue.doc
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or cue.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in cue.children) \
            or cue.i - subj.right_edge.i not in (1, 2) or doc[cue.i - 1].text != ",":  # (the comma may be the noun's)
        return False
    sent_end = cue.sent.end
    k = next((j for j in range(cue.i + 1, sent_end - 1) if doc[j].text == ","), None)
    if k is None:
        return False
    nxt = doc[k + 1]
    return nxt.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                         for c in nxt.children)


def set_off_answerer(v):
    """The noun a set-off participle is put to, when speech verb ``v`` is the verb right after the participle's
    closing comma ("The mayor, asked whether the city could pay, said it could not": the mayor answers; en34c). The
    parser hangs such a verb on the participle or the participle on it, leaving ``v`` no subject of its own; the one
    asked is the one who answers. Near miss: "The mayor, asked whether the city could pay, and the treasurer said
    it could not" (the verb has a subject of its own: not asked here)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or v.i < 3 or v.doc[v.i - 1].text != ",":
        return None
    for p in (t for t in v.sent if t.i < v.i - 1 and t.tag_ in ("VBD", "VBN") and t.lemma_.lower() != "be"):
        if set_off_passive(p):
            k = next(j for j in range(p.i + 1, v.i) if v.doc[j].text == ",")
            if k == v.i - 1:
                return next(c for c in p.children if c.dep_ == "nsubj" and c.i < p.i)
    return None


_ANONYMITY = re.compile(r"(?:that\s+)?(?:(?:her|his|their|its|my|the\s+\w+'s)\s+names?\s+"
                        r"(?:not\s+be\s+\w+|be\s+withheld)|not\s+to\s+be\s+(?:named|identified)|"
                        r"to\s+remain\s+anonymous)\b", re.I)


def _asked_about(ctx: Context, cue) -> bool:
    """The cue is the verb of a yes/no question: its sentence opens with the cue's auxiliary and ends with "?"."""
    a, b = ctx.sent(cue.idx)
    if not ctx.text[a:b].rstrip(" \t\"”’'").endswith("?"):
        return False
    first = next((t for t in ctx.tokens(a, b) if not t.is_punct and not t.is_space), None)
    if first is None or first.i >= cue.i:
        return False
    # "Did the mayor say …?", "Has anyone asked you …?", "Was it reported that …?": the cue's own auxiliary (not
    # another verb's: "Did you know that the mayor said …?" asks about knowing; the report stands)
    return first.head.i == cue.i and first.dep_ in ("aux", "auxpass")


def open_questions(ctx: Context, found: list[Found]) -> list[Found]:
    out = []
    for q in found:
        if q.kind in ("indirect", "mixed") and q.cue_i is not None and _asked_about(ctx, ctx.doc[q.cue_i]):
            continue
        if q.kind == "indirect" and _ANONYMITY.match(q.text.strip()):
            continue
        if q.kind == "indirect" and q.cue_i is not None and set_off_passive(ctx.doc[q.cue_i]):
            if _opens_question(ctx, q):
                continue  # "The mayor, asked whether …, said …": the question put to him
            q.speaker = q.speaker_name = q.speaker_span = q.attr = None  # "Investors, warned that …": by someone
            q.speakers = []  # unnamed; what was said stands
        if q.kind == "indirect" and q.cue_i is not None and _opens_question(ctx, q):
            cue = ctx.doc[q.cue_i]
            if _refused(cue) or _asked_participle(cue):
                continue
        out.append(q)
    return out
