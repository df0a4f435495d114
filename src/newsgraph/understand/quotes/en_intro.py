"""Attributions before a quotation without a speech verb: "As Dana Milbank puts it, “…”" and a sentence that hands
over to the quotation with a colon ("President Clinton released the following statement: “…”")."""
from __future__ import annotations

from dataclasses import fields

from .. import rules
from .en_ctx import ATTR_AFTER, Context, Found, set_speaker, subject_speaker


_NEW_SUBJECT = frozenset({"He", "She", "They", "We"})


def new_sentence_after(ctx: Context, q) -> bool:
    """The sentence after a quotation that its own attribution introduces ("Keller wrote to her, “We need you back!”
    She replied that …") is a new sentence, not the quotation's attribution: an exclamation or a question closes
    the quotation, no comma or dash follows it and a capitalised pronoun opens what comes next (an attribution after
    "!" goes on in lower case: "“Go home!” she shouted"), while a speech verb and a comma or a colon hand over to it
    before."""
    m = ATTR_AFTER.match(ctx.text, q.end)
    lead, pos = ctx.text[q.end:m.end()], m.end()
    inner_last = ctx.text[q.inner_start:q.inner_end].rstrip(" ’'\"”»›")[-1:]
    if inner_last not in "!?" or any(c in lead for c in ",—–-"):
        return False
    word = ctx.text[pos:pos + 6].split()[:1]
    if not word or word[0] not in _NEW_SUBJECT:
        return False
    s, _ = ctx.sent(q.start)
    lo = max(s, ctx.text.rfind("\n", 0, q.start) + 1)
    before = ctx.text[lo:q.start].rstrip()
    return before.endswith((",", ":")) and any(t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX")
                                                for t in ctx.tokens(lo, lo + len(before)))


_OBJECT_CASE = frozenset({"him", "her", "them", "us", "me"})


def addressee(tok) -> bool:
    """A pronoun in the object case right after a cue is the one spoken to, never the speaker ("A reporter asked her,
    “…”", "One of them told him, “…”"; an inverted speaker is a subject: "said Putin"; "her" as a possessive,
    "said her spokesman", is no addressee)."""
    return tok.lower_ in _OBJECT_CASE and tok.dep_ != "poss"


def put_it(ctx: Context, lo: int, hi: int, dq: Found) -> bool:
    """"As Dana Milbank puts it, “…”", "As prosecutor Marc Olivier put it: “…”": the subject of "put it" speaks."""
    toks = list(ctx.tokens(lo, hi))
    for n, tk in enumerate(toks[:-1]):
        if tk.lemma_ == "put" and toks[n + 1].lower_ == "it" and any(t.lower_ == "as" for t in toks[:n]):
            subj = next((c for c in tk.children if c.dep_ == "nsubj"), None)
            if subj is not None and subject_speaker(ctx, dq, subj):  # (a pronoun: resolved later)
                dq.cue, dq.cue_i, dq.attr = "put it", tk.i, (lo, hi)
                return True
    return False


def colon_intro(ctx: Context, lo: int, hi: int, dq: Found) -> bool:
    """"President Clinton released the following statement: “…”", "Cruz called them on it: “…”": the main verb of
    the sentence ending in the colon, its subject a person or an organisation named (never "The sign read:")."""
    # the main verb: the root, or (a parse that runs on into the quotation) the verb whose head lies outside
    root = next((tk for tk in ctx.tokens(lo, hi) if tk.pos_ == "VERB" and (
        tk.dep_ == "ROOT" or not lo <= tk.head.idx < hi)), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
    if hit is None and _described_poster(root, subj):
        dq.cue, dq.cue_i, dq.attr = root.text, root.i, (lo, hi)
        if subject_speaker(ctx, dq, subj):
            return True
        dq.cue = dq.cue_i = dq.attr = None
        return False
    if hit is None or ctx.actors.entities[hit[2]].type not in ("PERSON", "ORG"):
        return False
    dq.cue, dq.cue_i, dq.attr = root.text, root.i, (lo, hi)
    return set_speaker(ctx, dq, hit)


def _described_poster(root, subj) -> bool:
    """'One user on Weibo posted: “…”', 'A spokesman released a statement: “…”': a person described by a common
    noun with a determiner or a number (someone the text brings in, or "the spokesman"), the subject of a verb of
    publishing (lang/en/words.tsv document_verbs) that hands over to the quotation with a colon, speaks its words
    as a named one does (a name inside a clause that describes the subject, "which is much like Twitter", is never
    the speaker: en_ctx.subject_speaker keeps to the subject's own words)."""
    return subj is not None and subj.pos_ == "NOUN" and root.lemma_.lower() in rules.wordset(
        "en", "document_verbs") and any(c.dep_ in ("det", "nummod") for c in subj.children)


def adopt(dq: Found, probe: Found) -> bool:
    """Give quote ``dq`` the attribution ``probe`` found for its quotation (all but the span and the text)."""
    for f in fields(Found):
        if f.name not in ("kind", "start", "end", "text"):
            setattr(dq, f.name, getattr(probe, f.name))
    return True


def said_comma(ctx: Context, lo: int, q) -> bool:
    """A quotation that a speech verb and a comma hand over to and that ends the sentence, a sentence itself: 'Miller
    said, “Probably.”', 'Walsh told reporters, “Absolutely not!”' (the words said, however few, as after a colon; not
    'He said the film, “Jaws,” was …')."""
    before = ctx.text[lo:q.start].rstrip()
    if not before.endswith(","):
        return False
    last = [w.lower() for w in before[:-1].split()[-3:]]  # ("told reporters, “…”")
    inner = ctx.text[q.inner_start:q.inner_end].rstrip(" ’'\"”»")
    _, s_hi = ctx.sent(q.start)
    if not any(w in ctx.verbs for w in last):
        return False
    if inner.endswith((".", "!", "?")):
        return not ctx.text[q.end:s_hi].strip(" .")
    return inner.endswith(",") and not _relative_sayer(ctx, lo, q.start) and _narration_after(ctx, q.end, s_hi)


def _relative_sayer(ctx: Context, lo: int, hi: int) -> bool:
    """The verb of saying before the quotation stands in a relative clause ("Smith, who said, “Never,” and Jones,
    …"): the sentence goes on about its antecedent after the quotation, no narration of the saying (review r24)."""
    verb = next((t for t in reversed(ctx.tokens(lo, hi)) if t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "relcl"


# words opening a clause of circumstance: 'Reed said, “We'll see,” when asked whether he would run again'
_CIRCUMSTANCE = frozenset("when while as before after then".split())


def _narration_after(ctx: Context, lo: int, hi: int) -> bool:
    """What follows a quotation closed by a comma narrates the saying, the words said being the quotation: a clause of
    circumstance ('… said, “We'll see,” when asked whether …') or the sayer's next act ('… said, “Not yet,” and left
    the room'), never the rest of a sentence the quotation stands in ('He said the film, “Jaws,” was …')."""
    toks = [t for t in ctx.tokens(lo, hi) if not (t.is_punct or t.is_space)]
    if len(toks) < 2 or any(t.lower_ in ctx.verbs and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" for c in t.children) for t in toks):
        return False  # (another sayer's attribution: '… said, “Never,” while Jones … said, …'; review r24)
    if toks[0].lower_ in _CIRCUMSTANCE and toks[0].pos_ in ("SCONJ", "ADP", "ADV"):
        return True
    return toks[0].lower_ == "and" and toks[1].tag_ in ("VBD", "VBZ")


def reduced_passive(ctx: Context, pos: int) -> bool:
    """A clause of circumstance without a subject opens the text at ``pos``: a conjunction and a past participle
    ("when asked whether …", "if pressed", "once questioned"). After a quotation it tells when its sayer spoke;
    the verb in it ("asked") is no attribution of the quotation to anyone it names."""
    toks = [t for t in ctx.tokens(pos, min(len(ctx.text), pos + 40)) if not (t.is_punct or t.is_space)][:2]
    return len(toks) == 2 and toks[0].lower_ in _REDUCED and toks[1].tag_ == "VBN"


_REDUCED = frozenset("when while if once unless until".split())
