"""A clause that goes on after the "according to" aside set off inside it: "The owner sold the land, according to
county records, becoming the largest landholder in the valley", "She resigned in May, according to two aides, and
moved to Ohio". What follows the aside is the same clause's predicate (a participle or a verb after "and", with no
subject of its own, that the parse hangs on the verb before the aside): the source's too, as the guidelines write one
content split by its cue (en_openings.halves). A new clause after "and" ("…, and analysts expect …") is not, nor a
verb of saying ("…, and said they …": the subject's own words, a report of its own). Also what may stand before the
aside (``bare_opening``) and an outlet's aside after a speech it credits (``narrates_speech``), for
en_indirect._according (moved here in r24's review fixes)."""
from __future__ import annotations

import re

from .. import commas
from .. import rules
from .en_ctx import Context
from .en_openings import halves

_JOINS = ("and", "but", "then")


def continued_after_aside(ctx: Context, a: int, c1: int, o_hi: int, s_hi: int):
    """The content [a, c1) before ", according to X," continued after the aside that ends at the comma after
    ``o_hi``: (start, end, text, parts) of both halves (``halves``), or None when nothing of its clause follows."""
    t = ctx.text
    c2 = commas.find(t, o_hi, s_hi)
    if c2 < 0:
        return None
    verbs = {tk.i for tk in ctx.tokens(a, c1) if tk.pos_ in ("VERB", "AUX")}
    toks = [tk for tk in ctx.tokens(c2 + 1, s_hi) if not (tk.is_punct or tk.is_space)]
    if len(toks) < 3 or not verbs:
        return None
    first = toks[1] if toks[0].lower_ in _JOINS else toks[0]
    if toks[0].lower_ in _JOINS and first.tag_ not in ("VBD", "VBZ", "VBP", "VBG"):
        return None  # ("…, and analysts expect …": a clause with its own subject)
    if first.tag_ not in ("VBG", "VBD", "VBZ", "VBP") or first.head.i not in verbs or \
            first.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    if first.lower_ in ctx.verbs:
        return None  # ("…, according to their lawyers, and said they …": the subject's own report, read on its own)
    if first.tag_ != "VBG" and toks[0].lower_ not in _JOINS:
        return None  # (a finite verb straight after the aside opens the predicate: en_indirect._parenthetical)
    a2, b2 = toks[0].idx, s_hi
    while b2 > a2 and (t[b2 - 1].isspace() or t[b2 - 1] in ".,;:"):
        b2 -= 1
    return halves(t, a, c1, a2, b2)


def stranded_auxiliary(ctx: Context, a: int, c1: int, o_end: int, s_hi: int):
    """The aside stands between an auxiliary and its verb ("He had, according to police, stolen a car", "The plant
    will, according to the company, close in May"), where the parse often takes the auxiliary for the main verb and
    hangs the participle on the source: the content is the part before the aside and the verb phrase after the
    first comma past the source's head (ending at ``o_end``), when a verb opens it. (start, end, text, parts) of both
    halves, or None."""
    t = ctx.text
    before = [tk for tk in ctx.tokens(a, c1) if not (tk.is_punct or tk.is_space)]
    if len(before) < 2 or not (before[-1].tag_ == "MD" or before[-1].lemma_.lower() in ("have", "be", "do")):
        return None
    if any(tk.tag_ in ("VBD", "VBZ", "VBP", "MD") for tk in before[:-1]):
        return None  # ("The minister said he had, …": a clause of its own before the auxiliary)
    c2 = commas.find(t, o_end, s_hi)
    nxt = next((tk for tk in ctx.tokens(c2 + 1, s_hi) if not tk.is_space and tk.pos_ != "ADV"), None) \
        if c2 >= 0 else None
    if nxt is None or nxt.tag_ not in ("VBN", "VBG", "VB", "VBD") and not (nxt.tag_ == "VBP" and
                                                                          before[-1].tag_ == "MD"):
        return None  # (after a modal the bare verb is often tagged a present: "will, …, close in May")
    a2, b2 = nxt.idx, s_hi
    while b2 > a2 and (t[b2 - 1].isspace() or t[b2 - 1] in ".,;:"):
        b2 -= 1
    if len(t[a2:b2].split()) < 2:
        return None
    return halves(t, a, c1, a2, b2)


def bare_opening(ctx: Context, lo: int, hi: int) -> bool:
    """What stands before "according to" opens the sentence without being its content: a conjunction or an adverb
    ("But, according to the poll, …", "And according to the report …") or a clause a colon closes ("It did not go
    unnoticed: according to recent polls, …")."""
    c = ctx.text.rfind(":", lo, hi)
    if c >= 0 and not ctx.text[c + 1:hi].strip(" ,"):
        return True
    toks = [tk for tk in ctx.tokens(lo, hi) if not (tk.is_punct or tk.is_space)]
    return 0 < len(toks) <= 2 and all(tk.pos_ in ("CCONJ", "ADV") for tk in toks)


def narrates_speech(ctx: Context, a: int, b: int) -> bool:
    """The sentence an outlet credits at its end ("…, according to the BBC") tells of a speech event: a speech verb
    ("Zelensky said on Thursday …", "The leader spoke to journalists …") or its noun ("made this announcement"): the
    outlet credits that speech (en_credit), it reports no proposition of its own. Not a passive ("were said to have
    …": an evidential, the outlet's own report)."""
    return any((tk.pos_ == "VERB" and tk.lower_ in ctx.verbs and not any(c.dep_ == "auxpass" for c in tk.children))
               or tk.lower_ in rules.wordset("en", "speech_event_nouns") for tk in ctx.tokens(a, b))
_HANDOVER = re.compile(r":\s*[“\"«‘]")  # a colon handing over to a quotation


def credits_quotation(ctx: Context, a: int, b: int) -> bool:
    """The sentence an outlet opens ("According to AFP, one user on Weibo posted: “…”") hands over to a quotation
    with a colon: the outlet credits that quotation's speaker (en_credit), it states nothing of its own; what stands
    before the colon is the attribution, no content."""
    return _HANDOVER.search(ctx.text, a, b) is not None
