"""'As X put it' (English, round 35, enweb35a): a quotation followed by ", as X put it" ("reams of documents “that no
one had a problem with,” as lawyer Mark Feld put it", "…, as one analyst phrased it") is X's words: the writer's
comparison clause credits the words just quoted. A direct quote, its cue the verb, its speaker the clause's subject
(an actor of the text, else the words as written: "one analyst"). Only right after the quotation's closing mark (a
comma between), the subject a short phrase and the verb one of wording with "it" (put, phrase, frame); "as the
council put it to a vote" and "as he put it down" are no wording of a quotation, and a quotation a reader already
credited to someone keeps that speaker. (r35 fix, enfix35: a short adjunct may follow "it", "on Tuesday", "to
reporters"; a subject ending in a modal, "as a lawyer might put it", and a title, "starred in “The Long Night”", are
not read.)"""
from __future__ import annotations

import re

from .. import rules
from .en_ctx import Context, Found, set_speaker

_PUT_IT = re.compile(r"(?P<close>[”\"]),?[ \t]+as[ \t]+(?P<who>[^,.;:\n“”\"]{2,60}?)[ \t]+"
                     r"(?P<verb>put|puts|phrased|phrases|framed|frames)[ \t]+it"
                     r"(?:[ \t]+(?P<adj>(?:on|in|at|to|last|this|earlier|during)[ \t][^.,;!?\n“”\"]{1,40}?))?"
                     r"(?=[ \t]*[.,;!?)]|[ \t]*$)", re.M)
_OPEN = {"”": "“", '"': '"'}
_TYPES = ("PERSON", "ORG", "GROUP", "MEDIA", "GPE")
MAX_WHO_WORDS = 6


def put_it_quotes(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with the quotations an "as X put it" clause credits."""
    text, out = ctx.text, []
    for m in _PUT_IT.finditer(text):
        who_s, who_e = m.start("who"), m.end("who")
        if len(text[who_s:who_e].split()) > MAX_WHO_WORDS or not _says_who(ctx, who_s, who_e) or \
                not _adjunct_ok(ctx, m):
            continue
        close = m.start("close")
        line_start = text.rfind("\n", 0, close) + 1
        a = text.rfind(_OPEN[m.group("close")], line_start, close)
        if a < 0 or close - a < 3:
            continue
        a, b = a + 1, close
        while b > a and text[b - 1] in ",;: ":
            b -= 1
        if _title(text, a, b):
            continue
        if any(q.kind == "direct" and q.start <= a < q.end and (q.speaker is not None or q.speaker_name)
               for q in found):
            continue  # (credited already)
        q = Found("direct", a, b, text[a:b], cue=m.group("verb") + " it", origin="put-it")
        hit = next(((s, e, i) for s, e, i in ctx.actors.inside(who_s, who_e)
                    if ctx.actors.entities[i].type in _TYPES), None)
        if hit is not None:
            set_speaker(ctx, q, hit)
        else:
            q.speaker_name = text[who_s:who_e]
        out.append(q)
    if not out:
        return found
    taken = {(q.start, q.end) for q in out}
    rest = [q for q in found if not (q.kind == "direct" and (q.start, q.end) in taken)]
    return sorted(rest + out, key=lambda q: q.start)


def _says_who(ctx: Context, a: int, b: int) -> bool:
    """The clause's subject is a noun phrase ending in a noun, a name or a pronoun: "as a lawyer might put it" is a
    hypothetical, the writer's own wording, nobody's quote (r35 fix)."""
    toks = [t for t in ctx.tokens(a, b) if not t.is_punct]
    return bool(toks) and toks[-1].pos_ in ("NOUN", "PROPN", "PRON")


def _adjunct_ok(ctx: Context, m) -> bool:
    """A short adjunct after "it" tells when or where it was put ("on Tuesday", "in a statement") or to whom ("to
    reporters", r35 fix); "put it to a vote" (a singular thing) puts no words."""
    if m.group("adj") is None or not m.group("adj").startswith("to"):
        return True
    head = next((t for t in ctx.tokens(m.start("adj"), m.end("adj")) if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return head is not None and (head.tag_ in ("NNS", "NNPS") or head.pos_ in ("PROPN", "PRON"))


def _title(text: str, a: int, b: int) -> bool:
    """The quotation is a title in the sentence, every word capitalised ("She starred in “The Long Night,” as the
    studio's listing puts it"): a name, not wording (r35 fix). Only inside a sentence, after a lower-case word."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[a:b])]
    before = re.findall(r"[A-Za-z]+", text[max(0, a - 30):a])
    small = rules.wordset("en", "small_words")
    return len(words) >= 2 and all(w[0].isupper() or w in small for w in words) and bool(before) and \
        before[-1][0].islower()
