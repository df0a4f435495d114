"""Where a reported clause ends when the sayer's own next act follows it in the same sentence (round 34, read on
PolNeAR train): the parser hangs the act on the content's verb, so the content runs on into words the speaker never
reported.

- A predicate conjoined without a subject of its own whose tense and number are the cue's and not the reported
  verb's: "Turkey denies that the crime was a genocide and goes through great strides to suppress research"
  ("goes" agrees with "denies", the content is in the past), "Ryan insists the GOP must be a party of ideas, and has
  championed an agenda …". A reader takes the verb for the subject's second act, as the tense tells: a content
  keeps its own tense. Only under a present cue: a past one ("told the paper he's had a quiet life and was
  unprepared for …") reports a content whose tenses mix as often as not (PolNeAR train: the content went on). Near
  miss: "says prices rose and fell" (one tense for the content's own pair).
- A participle of speaking or judging after a comma (lang/en/own_act_participles.txt): "Coleman said Kasich should
  leave the race, echoing a memo from Rubio's campaign manager", "he says he would release his returns on Friday,
  calling them …": the sayer echoes and calls, the reported clause ends before the comma. Near miss: "said the plant
  would close, costing 200 jobs" (a consequence of what is reported: its doer is the plant).

Never inside quote marks (the words there are the speaker's own, whatever they hold)."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .en_ctx import Context

_PAST_MODALS = {"would", "could", "might", "should"}
_PRESENT_MODALS = {"will", "can", "may", "shall", "wo", "ca"}


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(rules.words("en", "own_act_participles"))


def _finite(tok) -> str | None:
    """The tense-and-number class of a verb's finite word: VBZ, VBP, VBD, the past and present modals, or None."""
    aux = next((c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i and
                (c.tag_ in ("VBZ", "VBP", "VBD", "MD"))), None)
    fin = aux if aux is not None else tok
    if fin.tag_ == "MD":
        low = fin.lower_
        return "past" if low in _PAST_MODALS else "pres" if low in _PRESENT_MODALS else "modal"
    return fin.tag_ if fin.tag_ in ("VBZ", "VBP", "VBD") else None


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    if "pres" in (a, b):
        return {a, b} <= {"pres", "VBZ", "VBP"}
    if "past" in (a, b):
        return {a, b} <= {"past", "VBD"}
    return a == b


def _communicates(verb) -> bool:
    """The content's verb is an act of communicating ("issued a statement", "had phoned him", "sent a letter"):
    a speech participle after it elaborates that act, and its doer is the content's subject (enfix34, review34b)."""
    if verb.lemma_.lower() in rules.wordset("en", "communicating_verbs"):
        return True
    nouns = rules.wordset("en", "speech_event_nouns") | rules.wordset("en", "written_carriers")
    return any(c.dep_ == "dobj" and c.lower_ in nouns for c in verb.children)


def _state(verb) -> bool:
    """A predicate of state ("and remains empty", "and lives in Texas", "and has not been charged", "and is still
    recovering"): a content's own story runs from a past event to a present state, so the tense tells no new act of
    the sayer's (enfix34, review34b)."""
    if verb.lemma_.lower() in rules.wordset("en", "state_verbs"):
        return True
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


def _quoted(ctx: Context, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in ctx.view.quoted)


def _cut_at(ctx: Context, q, tok) -> int | None:
    """The end of ``q``'s content before ``tok`` (its conjunction and comma dropped), or None when too little stays."""
    doc = ctx.doc
    k = max(tok.left_edge.i, tok.head.i + 1)  # (its auxiliaries too: "and has championed")
    while k > 0 and doc[k - 1].idx > q.start and (doc[k - 1].dep_ in ("cc", "punct") or doc[k - 1].lower_ == "also"):
        k -= 1
    end = doc[k - 1].idx + len(doc[k - 1].text)
    if end - q.start < 12 or len(ctx.text[q.start:end].split()) < 3:
        return None
    return end


def _conjoined_act(tok, cue_tense: str | None) -> bool:
    """``tok``, a subjectless predicate conjoined to a content's verb, is in the present cue's tense and not the
    content verb's: the sayer's own next act, unless a state with no comma before its "and" (``_state``)."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or cue_tense not in ("VBZ", "VBP"):
        return False
    head, prev = tok.head, tok.doc[tok.i - 1] if tok.i > 0 else None
    own = _finite(tok)
    ccs = [c for c in head.children if c.dep_ == "cc" and c.i < tok.i] + ([prev] if prev is not None and
                                                                            prev.dep_ == "cc" else [])
    comma = any(c.i > 0 and tok.doc[c.i - 1].text == "," for c in ccs)  # "…, and has long been": a new predicate
    return bool(ccs) and own == cue_tense and not _same(_finite(head), own) and (comma or not _state(tok))


def conjoined_act_sayer(verb):
    """The subject of the report whose content ``verb`` was cut from as the sayer's own next act ("The report says
    the agency ignored warnings and urges Congress to act": the report urges, not the agency), or None; for the
    readers that credit a subjectless conjoined verb (en_extra's directives, en_naming)."""
    content = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or \
            content.dep_ != "ccomp" or content.head.i >= content.i or content.head.pos_ not in ("VERB", "AUX"):
        return None
    if not _conjoined_act(verb, _finite(content.head)):
        return None
    return next((c for c in content.head.children if c.dep_ == "nsubj"), None)


def _speakers_act(ctx: Context, q, cue):
    """The first token in ``q``'s content that opens the sayer's own next act, or None."""
    cue_tense = _finite(cue)
    for tok in ctx.tokens(q.start, q.end):
        if _quoted(ctx, tok.idx) or tok.i <= cue.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            continue
        head = tok.head
        if not (q.start <= head.idx < tok.idx) or head.i == cue.i:
            continue
        if _conjoined_act(tok, cue_tense):
            return tok
        if tok.tag_ == "VBG" and tok.lower_ in _participles() and tok.dep_ in ("advcl", "conj", "xcomp") and \
                tok.i > 0 and ctx.doc[tok.i - 1].text == "," and not _communicates(head):
            return tok
    return None


def end_before_own_act(ctx: Context, found: list) -> list:
    """Cut each indirect or mixed quote's content before the sayer's own next act (in place; the list returned)."""
    doc = ctx.doc
    for q in found:
        if q.kind == "direct" or q.parts or q.cue_i is None or q.follows is not None:
            continue
        cue = doc[q.cue_i]
        if cue.pos_ not in ("VERB", "AUX") or not (cue.idx < q.start):
            continue
        tok = _speakers_act(ctx, q, cue)
        if tok is None or (end := _cut_at(ctx, q, tok)) is None:
            continue
        q.end, q.text = end, ctx.text[q.start:end]
        if not any(s.start < q.end and q.start < s.end for s in ctx.view.quoted):
            q.kind = "indirect"
    return found


def participle_sayer(verb):
    """The subject of the report whose content a speech participle closes ("Rubio said the plan was flawed, calling
    it “a disaster”": Rubio calls, not the plan), or None. The parser hangs the participle on the content's verb; the
    participle is the sayer's own next act, as ``end_before_own_act`` reads it."""
    if verb.tag_ != "VBG" or verb.lower_ not in _participles() or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    content = verb.head
    if content.dep_ != "ccomp" or content.i >= verb.i or content.head.i >= content.i or _communicates(content):
        return None
    return next((c for c in content.head.children if c.dep_ == "nsubj"), None)
