"""The bounds of an English indirect quote's content: where it ends (``trim``: a trailing attribution, a comparison the
writer adds, closing punctuation, a dateline at its start), the leading adverbials it drops (``strip_lead``), and the
verb tests a content must pass (``finite``, ``subjunctive``). Moved out of en_indirect.py (round 28), which uses them
with its neighbours (en_aside, en_openings, en_extra, en_tail)."""
from __future__ import annotations

import re

from .. import commas, rules
from .en_ctx import CUT_TRAIL, FINITE, Context
from .en_misparsed import misread_past
from .en_rec import lead_dateline


def subjunctive(ctx: Context, a: int, b: int) -> bool:
    """ "suggested that the President change his diet": a bare verb with its own subject."""
    return any(tk.tag_ == "VB" and any(c.dep_ == "nsubj" for c in tk.children) for tk in ctx.tokens(a, b))


def finite(ctx: Context, a: int, b: int) -> bool:
    return any(t.tag_ in FINITE or misread_past(t) for t in ctx.tokens(a, b))  # (en_misparsed: "made" as VBN)


# a comparison the writer adds to a figure reported ("61 percent said they have made up their minds, compared with
# 38 percent who …") and a contrast naming other speakers (", while nine in 10 said …"): no part of the content
_COMPARED = re.compile(r",\s+(?:compared\s+(?:with|to)\b|while\s+(?:\S+\s+){0,6}?(?:said|say|says)\b)")


def trim(ctx: Context, a: int, b: int) -> tuple[int, int]:
    t = ctx.text
    m = CUT_TRAIL.search(t, a, b)
    if m:
        b = m.start()
    m = _COMPARED.search(t, a, b)
    if m and m.start() - a >= 8:
        b = m.start()
    cut = background_relative(ctx, a, b)
    b, abbrev = cut, cut < b and t[cut - 1] == "."  # (a point before that comma is an abbreviation's: "Acme Corp.")
    while b > a and (t[b - 1].isspace() or t[b - 1] in ".,;:—–-"):
        if t[b - 1] == "." and b - 2 >= a and t[b - 2].isupper() and (b - 3 < a or t[b - 3] == "."):
            break  # "U.S."
        if abbrev and b == cut:
            break
        b -= 1
    while a < b and t[a].isspace():
        a += 1
    a = lead_dateline(t, a, b)  # the lead of the article or of a paragraph: no dateline is anyone's words
    return _after_addressee(ctx, a, b), b


def _after_addressee(ctx: Context, a: int, b: int) -> int:
    """The content's start after the addressee of "told" the parse glued to its subject ("Smith told reporters Jones
    had been fired": "reporters" a compound of "Jones"): a plural common noun right after a verb of telling, before a
    proper name, is whom he told, not what he said ("told voters the plan", an object with its own clause, is parsed
    right and never reaches here)."""
    toks = list(ctx.tokens(a, b))
    if len(toks) < 3 or toks[0].tag_ != "NNS" or toks[0].dep_ != "compound" or toks[0].head.pos_ != "PROPN" or \
            toks[0].i == 0 or ctx.doc[toks[0].i - 1].lemma_ not in rules.wordset("en", "directive_verbs"):
        return a
    return toks[1].idx


_GOES_ON = re.compile(r",\s+(?:and|but|or)\s")


def background_relative(ctx: Context, a: int, b: int) -> int:
    """The end of a content that closes on a non-restrictive relative clause about a named actor ("… had secured the
    cooperation of Bryan Pagliano, who worked on Clinton's 2008 campaign", "… willing to be interviewed by the FBI,
    which is conducting its own probe"): the writer's background on the name, not the speaker's words, so the content
    ends before its comma (fitted on PolNeAR train, eval/polnear_spans: after a proper noun the gold content stops
    at ", who/which" 15 times in 16; after a common noun it goes on 6 times in 9, so those are kept). Not inside
    quote marks, where the words are the speaker's."""
    for tk in ctx.tokens(a, b):
        if tk.lower_ not in ("who", "which") or tk.i < 2 or tk.head.dep_ != "relcl":
            continue
        comma, name = tk.nbor(-1), tk.nbor(-2)
        if comma.text != "," or name.pos_ != "PROPN" or tk.head.head.pos_ != "PROPN":
            continue
        end = tk.head.right_edge
        rest = ctx.text[end.idx + len(end.text):b].strip(" .,;")
        if _GOES_ON.search(ctx.text, comma.idx + 1, b):
            continue  # (", which had been cited twice, and spread east": the parse may hang the content's next verb on
            # the relative clause)
        if rest or comma.idx - a < 12 or any(q.start < b and comma.idx < q.end for q in ctx.view.quoted):
            continue
        if _carries_claim(ctx, tk.head, a, b):
            continue
        return comma.idx
    return b


# cues whose content is a charge or a finding: a relative clause closing it is the charge ("alleges that the drug
# was approved by Dr. Price, who knew it was unsafe"), not the writer's background
_CLAIM_CUES = frozenset("allege accuse charge claim find conclude determine reveal show testify".split())
# adverbs that tell the next event of the content's story ("…, who then moved it to Cyprus")
_SEQUENCE = frozenset("then later subsequently afterwards afterward also".split())


def _carries_claim(ctx: Context, verb, a: int, b: int) -> bool:
    """The relative clause headed by ``verb`` goes on with the reported events rather than giving background (review
    of round 28): its verb takes a clause of its own (what the person knew, said, believed: "who knew it was
    unsafe"), tells what happened next ("who then moved it") or before in the past perfect ("who had been fired a
    week earlier"), or the content is what a charge or a finding says (allege, accuse, find …)."""
    if any(c.dep_ == "ccomp" or c.dep_ == "advmod" and c.lower_ in _SEQUENCE or
           c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children):
        return True
    toks = ctx.tokens(a, b)
    if not toks:
        return False
    head = toks[0]
    while a <= head.head.idx < b and head.head.i != head.i:  # (by index: a new Token each access)
        head = head.head
    cue = head.head
    return cue.lemma_.lower() in _CLAIM_CUES


def strip_lead(ctx: Context, a: int, b: int) -> int:
    """Drop leading adverbials without a finite verb: "Meanwhile, following the summit in Paris, the …". Nothing is
    dropped when what would be left has no subject before its verb: the comma-bounded parts were the subject and its
    apposition ("Any action by China in the Scarborough Shoal, an outcrop in the disputed sea, would have …")."""
    t = ctx.text
    a0 = a
    while True:
        c = commas.find(t, a, b)
        if c < 0:
            return a
        if finite(ctx, a, c) or b - c < 10 or t[a:a + 3].lower() == "of " or _holds_subject(ctx, a, c, b):
            return a  # ("Of the 121 people detained, 77 have been deported": a partitive, the subject's own)
        nxt = c + 1
        while nxt < b and t[nxt].isspace():
            nxt += 1
        if subjectless(ctx, nxt, b):
            return a0
        a = nxt


def _holds_subject(ctx: Context, a: int, c: int, b: int) -> bool:
    """The comma-bounded part [a, c) is the content's subject, not an adverbial: it holds the subject of a verb after
    it in the content. A named person followed by appositions of age and hometown ("John A. Smith Jr., 41, of
    Greenville, pleaded guilty", "Jane Roe, 35, of Austin, was arrested": a court or police report's form), where
    the part after the name holds a noun and so is not ``subjectless``."""
    return any(tk.dep_ in ("nsubj", "nsubjpass") and c <= tk.head.idx < b for tk in ctx.tokens(a, c))


def subjectless(ctx: Context, a: int, b: int) -> bool:
    """The text from ``a`` reaches its first finite verb with no noun or pronoun before it ("would have …")."""
    for tk in ctx.tokens(a, b):
        if tk.tag_ in FINITE and tk.pos_ in ("VERB", "AUX"):
            return True
        if tk.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return False
    return False
