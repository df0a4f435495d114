"""A speech verb that hands over with a colon to words NOT in quotation marks: "Hewitt writes:⏎⏎The movie mentions
neither …", "The union said on Tuesday: members will not cross the picket line." (round 31, en31a). The quotation
after such a colon is found elsewhere (en_intro.colon_intro); the unquoted words are an indirect content of that
verb. PolNeAR train (716 readable articles, /tmp/try31/ENCONT.md): of the cue-less sentences after an unquoted
statement, the gold carries the statement on in 22 of 402 (no rule for them: the writer's as a rule) but in all 5
whose cue ends its sentence with a colon (en-attr dev 1 of 1).

The rule holds only when every sign agrees: the verb is a speech verb (the cue lexicon) with a subject of its own,
nothing but its addressee, adverbs or phrases stands between it and the colon (no clause: "He said the plan had
three parts:" lists the writer's parts), the words after the colon open with no quotation mark and are no label
("Here's where they stand:", a subheading), and no quote found covers them. The content runs to the end of its
sentence when the colon goes on in the same line, and to the end of the next paragraph when it closes its line (a
block the writer sets apart: one paragraph, never more), there only after a verb of writing or reporting, the
paragraph a full sentence not naming the speaker (review31b #8: a dropped embed leaves the writer's paragraph)."""
from __future__ import annotations

import re

from .en_ctx import Context, Found, finite, subject_speaker

_QUOTES = "“\"‘'«"
_BETWEEN = ("dobj", "dative", "prep", "pobj", "advmod", "npadvmod", "det", "compound", "amod", "poss", "nummod",
            "punct", "case", "pcomp")  # what may stand between the verb and its colon ("told reporters on Monday:")
MAX_CONTENT = 1200  # characters: a paragraph, not a page
_WRITING = frozenset("write report".split())  # verbs whose words are printed as text after the colon (not
# "tweeted:": a post is an embed the extractor keeps with its own credit line, read by en_posts, or drops, leaving the
# writer's paragraph after the colon: review31b #11)


def colon_contents(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and an indirect content for each speech verb that hands over with a colon to unquoted words."""
    doc, text, added = ctx.doc, ctx.text, []
    taken = {q.cue_i for q in found}
    for tok in doc:
        if tok.text != ":":
            continue
        verb = _speech_verb(ctx, tok)
        if verb is None or verb.i in taken:
            continue
        span = _content(ctx, tok)
        if span is None or any(q.start < span[1] and span[0] < q.end for q in found + added):
            continue
        a, b = span
        subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if "\n" in ctx.text[tok.idx:a] and not _written_block(ctx, verb, subj, a, b):
            continue
        q = Found(kind="indirect", start=a, end=b, text=text[a:b], cue=verb.text, origin="colon")
        q.cue_i = verb.i
        q.attr = (subj.left_edge.idx, tok.idx)
        if subject_speaker(ctx, q, subj):
            added.append(q)
    return sorted(found + added, key=lambda x: x.start) if added else found


def _speech_verb(ctx: Context, colon):
    """The speech verb the colon ``colon`` closes the clause of ('Hewitt writes:', 'The union told members on
    Monday:'), or None (no such verb, a clause between them, no subject, a verb in a question or negated)."""
    lo = ctx.sent(colon.idx)[0]
    for t in reversed(ctx.doc[max(0, colon.i - 10):colon.i]):
        if t.idx < lo:
            return None
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in ctx.verbs:
            return None  # another verb nearer the colon: "He said the plan had three parts:"
        if t.pos_ == "VERB" and t.lower_ in ctx.verbs:
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there") and
                       c.pos_ in ("PROPN", "NOUN", "PRON") for c in t.children):
                return None
            if any(c.dep_ in ("neg", "ccomp", "xcomp", "mark") for c in t.children) or t.dep_ in ("advcl", "relcl",
                                                                                                     "acl", "ccomp"):
                return None
            between = ctx.doc[t.i + 1:colon.i]
            if any(w.dep_ not in _BETWEEN or w.pos_ in ("VERB", "AUX") or w.lower_ in ("following", "this", "these")
                   for w in between):
                return None  # "released the following:" (a list), "said this:"
            return t
    return None


def _written_block(ctx: Context, verb, subj, a: int, b: int) -> bool:
    """The paragraph [a, b) after a colon closing its line is the words a verb of writing hands over to (review31b
    #8): on web pages the block after "X told reporters:" or "X posted:" is most often a video, a post or an
    advertisement the extractor removed, the next paragraph left being the writer's. So only a verb of writing or
    reporting ("writes", "reports": an excerpt printed as text; not "tweeted", review31b #11), a paragraph that is a
    sentence (a final stop, a finite verb: no subheading), and one that does not name its own speaker ("Hale has led
    in every poll")."""
    text = ctx.text
    if verb.lemma_.lower() not in _WRITING or text[b:b + 1] not in ".!?…" and text[b - 1:b] not in ".!?…":
        return False
    if not any(finite(t) for t in ctx.tokens(a, b) if t.pos_ in ("VERB", "AUX")):
        return False
    name = subj.text if subj.pos_ == "PROPN" else None
    return not (name and re.search(r"\b" + re.escape(name) + r"\b", text[a:b]))


def _content(ctx: Context, colon) -> tuple[int, int] | None:
    """The unquoted words after ``colon``: the rest of its sentence, or (the colon closing its line) the next
    paragraph; None when they open with a quotation mark, are empty or too long."""
    text = ctx.text
    a = colon.idx + 1
    line_end = text.find("\n", a)
    line_end = len(text) if line_end < 0 else line_end
    if text[a:line_end].strip():
        while a < line_end and text[a].isspace():
            a += 1
        b = ctx.sent(a)[1] if ctx.sent(a)[0] > colon.idx else line_end
        b = min(b, line_end)
    else:
        while a < len(text) and text[a].isspace():
            a += 1
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?"):
        b -= 1
    if b <= a or text[a] in _QUOTES or b - a > MAX_CONTENT or len(text[a:b].split()) < 4:
        return None
    if text[a:b].rstrip().endswith(":") or text[a].islower() and text[a:b].count(" ") < 3:
        return None
    return a, b
