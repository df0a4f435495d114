"""Block quotations under a colon (English, round 35, enweb35a): a speaker's words set apart as a block under a
paragraph that attributes to them and ends in a colon ("Chief executive Ana Ruiz says the cuts were hard to make:⏎⏎As
we close the year, I'm writing to share that we will …"). Web pages print such a block as a paragraph of its own and
the extraction drops its quotation marks (a <blockquote>, a memo or a letter quoted whole). The block is that
speaker's direct words when it speaks in the first or second person ("I", "we", "you": the writer's narration does
not) and holds no quotation, label or statement read already; the paragraphs after it go on the same way while they
keep that voice. A colon after no attributed statement ("The plan has three parts:") hands over to nothing, and a
block in the third person ("Ruiz said the plan has three parts:⏎⏎The first cuts …") is the writer's list.
(en_colon_content reads a colon right after a speech verb, "Hewitt writes:⏎⏎…", as an indirect content; this is the
colon after a whole attributed clause, which that reader leaves to the writer, review31b, unless the block's own
voice says whose it is.) The statement is the sentence's own, its cue the main verb and finite ("Ruiz has
announced that …:", "Ruiz says …:", "… but Ruiz stressed …:"): a participle's ("critics took to social media,
claiming that …:") hands over to a post the page dropped, and the paragraph after it is the writer's, a fact
check's "We have found no evidence …" (en-attr dev 8380689f358c).)"""
from __future__ import annotations

from .en_answers import _OWN_VOICE, _answer, _labelled, _outlet_voice, _own_voice, _paragraphs
from .. import rules
from .en_colon_content import _speech_verb
from .en_ctx import Context, Found, finite, subject_speaker


def colon_blocks(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and a direct quote for each paragraph in its speaker's own voice under an attributed colon."""
    text = ctx.text
    paras = _paragraphs(text)
    out: list[Found] = []
    for k, (a, b) in enumerate(paras[:-1]):
        if not text[a:b].endswith(":") or _labelled(text, a) is not None:
            continue
        lo = ctx.sent(b - 1)[0]
        heads = [q for q in found if q.cue_i is not None and (q.speaker is not None or q.speaker_name) and
                 max(a, lo) <= ctx.doc[q.cue_i].idx < b and _main_verb(ctx.doc[q.cue_i])]
        if not heads:
            out += _bare_colon_block(ctx, a, b, paras[k + 1:], found + out)
            continue
        head = max(heads, key=lambda q: q.cue_i)  # the statement the colon closes
        if not _closes_at_colon(ctx, head, b) or _names_other_writer(ctx, head, b):
            continue
        for x, y in paras[k + 1:]:
            if _labelled(text, x) is not None or not _own_voice(ctx, x, y, found + out) or \
                    _outlet_voice(ctx, x, y, head.speaker):
                break
            q = _answer(ctx, x, y, head.speaker, found + out, head)
            if q is None:
                break
            q.origin, q.speaker_name, q.speaker_span = "block", head.speaker_name, head.speaker_span
            out.append(q)
    return sorted(found + out, key=lambda q: q.start) if out else found


def _main_verb(cue) -> bool:
    """The cue is its sentence's main verb, tensed (or one coordinated with it)."""
    return cue.pos_ in ("VERB", "AUX") and finite(cue) and (cue.dep_ == "ROOT" or cue.dep_ == "conj"
                                                            and cue.head.dep_ == "ROOT")


def _closes_at_colon(ctx: Context, head: Found, b: int) -> bool:
    """The colon closes the attributed statement itself, not a clause of the writer's after it (r35 fix): "Ruiz said
    the city would close three roads, and here is what that means:" hands over to the writer's own service text.
    No finite verb may stand between the statement's content and the colon, save one under a participle of the
    gap (r36: "… has announced that the company plans to expand its layoffs, this time letting 9,000 employees go:",
    "go" tagged a present tense: the participle's clause goes on with the statement's own sentence)."""
    gap = [t for t in ctx.doc if max(head.end, ctx.doc[head.cue_i].idx + 1) <= t.idx < b]
    lo = gap[0].i if gap else 0
    return not any(t.pos_ in ("VERB", "AUX") and finite(t) and not _under_participle(t, lo) for t in gap)


def _under_participle(tok, lo: int) -> bool:
    """``tok`` hangs (through its heads) from a participle at or after token ``lo`` ("letting … go")."""
    for anc in tok.ancestors:
        if anc.i < lo:
            return False
        if anc.tag_ in ("VBG", "VBN") and not finite(anc):
            return True
    return False


def _names_other_writer(ctx: Context, head: Found, b: int) -> bool:
    """The statement names a document from someone else ("she had received a letter from a resident:", r35 fix):
    the first person of the block under it is that writer's, not the speaker's."""
    docs = rules.wordset("en", "written_carriers") | rules.wordset("en", "document_nouns")
    toks = [t for t in ctx.doc if ctx.doc[head.cue_i].idx < t.idx < b]
    return any(t.lower_ in docs and t.nbor(1).lower_ == "from" for t in toks if t.i + 1 < len(ctx.doc))


_MAX_BARE_BLOCK = 4  # paragraphs of a statement printed whole under "A spokesperson said:"
_FULL_STOPS = ".!?…"


_SPEAKERS_OWN = _OWN_VOICE - {"you", "your"}  # (not "you": the writer's to the reader)


def _bare_colon_block(ctx: Context, a: int, b: int, after: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """The paragraphs of a statement printed whole under a paragraph that is only its speaker and a speech verb ("A
    Home Office spokesperson said:", r36 enweb36b): no quotation marks, full sentences, and the speaker's own voice
    ("we have agreed a joint action plan": the first person) in one of them at least. The block runs to its last
    paragraph in that voice, and on to the page's end or furniture ("Sharing and comments") when nothing of the
    writer's comes between. A block in the third person only ("Hewitt writes:⏎⏎The movie mentions …") is left to
    en_colon_content; a line with more than its speaker ("She said the plan had three parts:") hands over to the
    writer's list."""
    text = ctx.text
    colon = ctx.token_at(b - 1)
    verb = _speech_verb(ctx, colon) if colon.text == ":" else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or subj.left_edge.idx != a:
        return []
    run, voiced, ends_page = [], -1, True
    for x, y in after[:_MAX_BARE_BLOCK + 1]:
        body = text[x:y]
        if body[-1] not in _FULL_STOPS or any(c in body for c in "\"“”«»") or _labelled(text, x) is not None:
            ends_page = body[-1:] not in _FULL_STOPS  # (a heading or the page's furniture ends it)
            break
        if len(run) == _MAX_BARE_BLOCK:
            ends_page = False
            break
        run.append((x, y))
        if _own_voice(ctx, x, y, found) and any(w.lower_ in _SPEAKERS_OWN for w in ctx.tokens(x, y)):
            voiced = len(run) - 1  # (the first person: a writer addresses the reader as "you" as often; r36 lead)
    if voiced < 0:
        return []
    head = Found("direct", a, a, "", cue=verb.text, cue_i=verb.i)
    if not subject_speaker(ctx, head, subj) or (head.speaker is None and not head.speaker_name) or head.pronoun or \
            any(_outlet_voice(ctx, x, y, head.speaker) for x, y in run):
        return []
    out: list[Found] = []
    for x, y in run if ends_page else run[:voiced + 1]:
        q = _answer(ctx, x, y, head.speaker, found + out, out[-1] if out else None)
        if q is None:
            break
        q.origin, q.cue, q.attr = "block", verb.text, (a, b)
        q.speaker_name, q.speaker_span = head.speaker_name, head.speaker_span
        out.append(q)
    return out
