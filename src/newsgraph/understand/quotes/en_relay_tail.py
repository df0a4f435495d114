"""A second source credited at the end of an inverted attribution (round 35, enweb35b; wire copy on real web pages):
"Poroshenko said C, a statement on his website said on Tuesday", "C, the ministry said on Wednesday, Reuters
reported", "C, the health ministry said on Wednesday, Trend reports citing TASS". The statement (and the agency an
outlet cites) relay what the first source said: an attribution of the same content each (as en_citing's cited
source); a news outlet the tagger knows (a MEDIA actor: "…, Yle reported") is the quote's outlet credit
(reported_by, as the record gives "…, DW reported"; attribution-dev), no quote of its own. When the relay tail
breaks the parse (the ministry's clause found by no reader, or the outlet's words read as its content), the inverted
attribution before the tail is read here, its quotes read again: the content runs from the sentence's start (after a
dateline) to ", SOURCE said".

The rule holds only when every sign agrees: the sentence ends with ", SOURCE said|says|reported|reports" (a time
adjunct after the verb, then an optional "citing X"), SOURCE is at most eight words, opens with a capital or a
determiner and holds no verb; a quote found before it in the sentence whose cue stands before the tail (the tail is
not that quote's own attribution), or else a second ", SOURCE said" right before the tail over a content of four
words or more; nothing inside a quotation."""
from __future__ import annotations

import re

from .en_ctx import Context, Found, finite
from .en_headline_source import sourced

_CUES = r"(?P<cue>said|says|reported|reports)"
_WHEN = r"(?:[ \t]+(?:on|late|early|in|this|last|earlier)(?:[ \t]+[\w-]+){0,2})?"
_TAIL = re.compile(r",[ \t]+(?P<src>[^,;:\"“”\n]{2,80}?)[ \t]+" + _CUES + _WHEN +
                   r"(?:,?[ \t]+citing[ \t]+(?P<cited>[^,.;:\"“”\n]{2,60}?))?[ \t]*\.?$")
_OPENERS = ("the", "a", "an", "its", "his", "her", "their", "state")


def _source_ok(ctx: Context, a: int, b: int) -> bool:
    src = ctx.text[a:b]
    words = src.split()
    if not 1 <= len(words) <= 8 or not (src[:1].isupper() or words[0].lower() in _OPENERS):
        return False
    toks = ctx.tokens(a, b)
    if any(t.pos_ == "DET" and any(u.pos_ in ("NOUN", "PROPN", "NUM") for u in toks[:k]) for k, t in enumerate(toks)):
        return False  # a second noun phrase inside: "the same number the ministry [reported]" is a noun with a
        # contact relative clause, not the source (r35 fix)
    return bool(toks) and not any(t.pos_ in ("VERB", "AUX") for t in toks) and toks[-1].pos_ in ("NOUN", "PROPN")


def _new(ctx: Context, like: tuple[int, int, list], sa: int, sb: int, cue: str, cue_at: int) -> Found:
    a, b, parts = like
    q = sourced(ctx, a, b, sa, sb, cue, "relay-tail", parts)
    q.cue_i = ctx.token_at(cue_at).i
    q.attr = (sa, cue_at + len(cue))
    return q


def _outlet(ctx: Context, q: Found) -> bool:
    """The relaying source is a news outlet the tagger found (a MEDIA actor)."""
    return q.speaker is not None and q.speaker_span is not None and ctx.actors.entities[q.speaker].type == "MEDIA"


def _tail(ctx: Context, a: int, b: int):
    m = _TAIL.search(ctx.text, a, b)
    if m is None or ctx.text[m.end():b].strip() or not _source_ok(ctx, m.start("src"), m.end("src")):
        return None
    return m


def _clause_between(ctx: Context, q: Found, t0: int) -> bool:
    """A tensed clause stands between the quote (its content and its cue) and the tail: the tail reports that clause,
    not the quote (diff35en, PolNeAR train: "In Seattle, C, KING-TV reported, while in Chicago the parade began with
    a moment of silence, the Chicago Sun-Times reported" gave C to the Sun-Times too)."""
    cue = ctx.doc[q.cue_i]
    lo = max(q.end, cue.idx + len(cue.text))
    return any(t.pos_ in ("VERB", "AUX") and finite(t) for t in ctx.tokens(lo, t0))


_DATELINE = re.compile(r"[A-Z][A-Z .,'-]+(?:\([^)\n]*\))?[ \t]*[-–—][ \t]+")  # "KIEV (Reuters) - "


def _inverted(ctx: Context, a: int, inner) -> Found:
    """The attribution "C, SOURCE said" before a relay tail, content from the sentence's start (after a dateline)."""
    c0 = a
    while c0 < inner.start() and not (ctx.text[c0].isalnum() or ctx.text[c0] in "\"“"):
        c0 += 1
    d = _DATELINE.match(ctx.text, c0, inner.start())
    c0 = d.end() if d is not None else c0
    return _new(ctx, (c0, inner.start(), []), inner.start("src"), inner.end("src"), inner.group("cue"),
                inner.start("cue"))


def relay_tails(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and the attributions of the relay tails of its sentences (see the module)."""
    added: list[Found] = []
    for a, b in ctx.sents:
        b = len(ctx.text[:b].rstrip())
        m = _tail(ctx, a, b)
        if m is None or any(f.start <= m.start() < f.end for f in ctx.view.quoted):
            continue
        t0 = m.start()
        inner = _tail(ctx, a, t0)
        if inner is not None and len(ctx.text[a:inner.start()].split()) >= 4:
            # "C, the ministry said, Reuters reported": the quotes whose cue stands in either tail are read again
            # (the parse may have made the outlet's words the ministry's content)
            found = [q for q in found if not (a <= q.start < b and q.cue_i is not None
                                              and ctx.doc[q.cue_i].idx >= inner.start())]
            base = _inverted(ctx, a, inner)
            added.append(base)
        else:
            if any(q.cue_i is not None and ctx.doc[q.cue_i].idx >= t0 for q in found if a <= q.start < b):
                continue  # the tail is a found quote's own attribution
            mine = [q for q in found if a <= q.start and q.end <= t0 and q.cue_i is not None
                    and ctx.doc[q.cue_i].idx < t0 and ctx.text[q.end:t0].count(",") <= 2
                    and not _clause_between(ctx, q, t0)]
            if not mine:
                continue
            base = mine[-1]
        like = (base.start, base.end, base.parts)
        relay = _new(ctx, like, m.start("src"), m.end("src"), m.group("cue"), m.start("cue"))
        if relay.speaker is not None and relay.speaker == base.speaker:
            continue  # the quote's speaker is the tail's source already: no one relays himself (diff35en: "Trump
            # welcomed …, saying X, suggesting …, CNN reported" read X as CNN's and gave CNN as its outlet too)
        if _outlet(ctx, relay):  # "…, Yle reported": the record's outlet credit (reported_by), as en_credit gives it
            if all(o[0] != relay.speaker for o in base.outlets):
                base.outlets = [*base.outlets, (relay.speaker, *relay.speaker_span)]
        else:
            added.append(relay)
        if m.group("cited"):
            cue_at = ctx.text.rfind("citing", m.end("cue"), m.start("cited"))
            if _source_ok(ctx, m.start("cited"), m.end("cited")):
                cited = _new(ctx, like, m.start("cited"), m.end("cited"), "citing", cue_at)
                if relay.speaker is not None and relay.speaker_span is not None:
                    cited.outlets = [(relay.speaker, *relay.speaker_span)]
                added.append(cited)
    return sorted(found + added, key=lambda x: x.start) if added else found
