"""Speakers of quotation paragraphs that carry no attribution of their own.

- A signature line: a quotation paragraph followed by a paragraph of a dash and a name ("“…”\\n\\n- Bernie Sanders.",
  the form of fact checks and epigraphs) is that actor's words; so is a quotation that opens its line and ends in a
  dash and a name ("“…” ― Steve Quinlan": vox pops, lists of reactions).
- A paragraph that is only a quotation, right after a paragraph whose last statement is attributed ("Carter said that
  …, but this would not happen.\\n\\n“That is because …”", "“…,” Clinton said.\\n\\n“He voted …”"), goes on with that
  speaker's words: news gives a new speaker a new attribution. Not after a question: the next quotation is the answer,
  someone else's. Later quotation paragraphs go on the same way.
- A paragraph that is only a quotation, right after a one-sentence paragraph that brings its speaker on ("Council
  member Ed Harris was blunt.", "The athletic director, Priya Nand, was more formal.", the layout of profiles and
  features), is that speaker's: the sentence's subject, a person or an organisation named (:func:`lead_in_speakers`).
"""
from __future__ import annotations

import re

from .en_ctx import Context, Found, set_speaker

_DASHES = "-–—―"
_SIGNATURE = re.compile(rf"[ \t]*[{_DASHES}]{{1,2}}[ \t]*(?P<name>[A-Z][^\n]{{1,60}}?)[ \t.]*$")
_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")
_TYPES = ("PERSON", "ORG", "GROUP", "GPE", "MEDIA")


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _only_quotation(text: str, q: Found) -> bool:
    """The quotation is all its paragraph holds (its marks and end punctuation aside)."""
    a, b = _paragraph(text, q.start)
    return not text[a:q.start].strip(" \t\"“”'‘’«") and not text[q.end:b].strip(" \t\"“”'‘’».,!?…")


def _previous_paragraph(text: str, a: int) -> tuple[int, int] | None:
    """The last paragraph with words before the paragraph opening at ``a``."""
    i = a - 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i <= 0:
        return None
    return text.rfind("\n", 0, i) + 1, i


def _signature(ctx: Context, q: Found) -> bool:
    text = ctx.text
    _, b = _paragraph(text, q.start)
    i = b
    while i < len(text) and text[i].isspace():
        i += 1
    e = text.find("\n", i)
    return _signed(ctx, q, _SIGNATURE.fullmatch(text, i, len(text) if e < 0 else e))


def _inline_signature(ctx: Context, q: Found) -> bool:
    """A quotation that opens its line and ends in a dash and a name ("“Maybe we can build a wall.” ― Steve
    Quinlan", the form of vox pops and lists of reactions): that name's words, each line its own speaker's."""
    text = ctx.text
    a, b = _paragraph(text, q.start)
    if text[a:q.start].strip(" \t\"“”'‘’«"):
        return False
    i = q.end
    while i < b and text[i] in " \t\"“”'’».,!?…":
        i += 1
    if i >= b or text[i] not in _DASHES:
        return False
    return _signed(ctx, q, _SIGNATURE.fullmatch(text, i, b))


def _signed(ctx: Context, q: Found, m) -> bool:
    """The speaker a signature match ``m`` names, given to ``q``."""
    text = ctx.text
    if m is None:
        return False
    s, e = m.start("name"), m.end("name")
    hit = next(((hs, he, k) for hs, he, k in ctx.actors.inside(s, e) if ctx.actors.entities[k].type in _TYPES
                and hs == s and he >= e - 1), None)
    q.cue, q.attr = text[m.start():s].strip(), (m.start(), m.end())
    if hit is not None:
        return set_speaker(ctx, q, hit)
    if _NAME.fullmatch(text[s:e]):  # a name the entity reader missed: the speaker as written
        q.speaker_name, q.speaker_span = text[s:e], (s, e)
        return True
    q.cue, q.attr = None, None
    return False


def paragraph_speakers(ctx: Context, found: list[Found]) -> None:
    """Give the quotation paragraphs of ``found`` (rule quotes, in text order) with no speaker their signature's or
    the previous paragraph's speaker (see the module's note)."""
    text = ctx.text
    for n, q in enumerate(found):
        if q.origin != "direct-bare" or q.speaker is not None or q.speaker_name or q.pronoun:
            continue
        if _inline_signature(ctx, q) or not _only_quotation(text, q):
            continue
        if _signature(ctx, q):
            continue
        a, _ = _paragraph(text, q.start)
        prev_para = _previous_paragraph(text, a)
        if prev_para is None:
            continue
        pa, pb = prev_para
        inside = [p for p in found[:n] if pa <= p.start < pb]
        if not inside:
            continue
        p = inside[-1]
        if p.speaker is None and not p.speaker_name:
            continue
        if p.text.rstrip(" ”\"'’»").endswith("?"):
            continue  # a question: the quotation after it answers
        end = max(p.end, p.attr[1] if p.attr else 0)
        if text[end:pb].strip(" \t\"“”'‘’».,!?…"):
            continue  # words after the attributed statement: it is not the paragraph's last
        q.speaker, q.speaker_name, q.speaker_span, q.cue = p.speaker, p.speaker_name, p.speaker_span, p.cue
        q.follows = p


_LEAD_IN_WORDS = 16  # a lead-in is a short sentence
# a lead-in judges its subject's manner ("Smith was blunt.", "The union was unmoved.") or says no more than that it
# responded ("Adair disagreed."): a copula, or a verb with nothing but a subject and adverbs; a sentence that narrates
# an act ("Lopez walked to the podium and faced the crowd.", "Police arrested Smith.") brings on no speaker
_COPULAS = frozenset({"be", "seem", "sound", "remain", "become", "appear", "look"})
_BARE_VERB_DEPS = frozenset({"nsubj", "advmod", "aux", "neg", "punct", "npadvmod"})


def lead_in_speakers(ctx: Context, found: list[Found]) -> None:
    """Give a quotation paragraph of ``found`` with no speaker the subject of a one-sentence lead-in paragraph before
    it (see the module's note): the sentence short, with no quotation, a copula or a bare verb, its subject (or the
    name in apposition to it) a person or an organisation actor; a pronoun is left to the pronoun readers."""
    text = ctx.text
    for q in found:
        if q.origin != "direct-bare" or q.speaker is not None or q.speaker_name or q.pronoun:
            continue
        if not _only_quotation(text, q):
            continue
        prev = _previous_paragraph(text, _paragraph(text, q.start)[0])
        if prev is None:
            continue
        pa, pb = prev
        para = text[pa:pb].strip()
        if ctx.sent(pa)[1] < pb - 1 and text[ctx.sent(pa)[1]:pb].strip() or len(para.split()) > _LEAD_IN_WORDS or \
                not para.endswith((".", ":")) or any(c in para for c in "\"“”«»"):
            continue
        root = next((t for t in ctx.tokens(pa, pb) if t.dep_ == "ROOT"), None)
        if root is None or not (root.lemma_ in _COPULAS and not any(c.dep_ == "conj" for c in root.children) or
                                all(c.dep_ in _BARE_VERB_DEPS for c in root.children)):
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        for tok in [subj] + [c for c in subj.children if c.dep_ == "appos"]:
            hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text), ("PERSON", "ORG"))
            if hit is not None:
                set_speaker(ctx, q, hit)
                break
