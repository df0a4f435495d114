"""English indirect and mixed quotes: "X said (that) ...", "..., X said", "According to him, ...", "X told
reporters ...", participles ("..., saying he ...", "with forecasters warning that ..."), attributions inside the
sentence ("The landers, he said, could ..."); a quoted fragment inside indirect speech makes it mixed."""
from __future__ import annotations

import bisect

from .. import commas
from .. import rules
from ..marks import Quoted
from .en_complement import (after_complementiser, gapless_relative, phrase_end, predicate_list_end,
                            relative_split_subject, set_off_end, set_off_opening, verb_group_start)
from .en_conj_subject import conj_noun_subject
from .en_questions import set_off_answerer
from .en_misparsed import inverted_conj, relative_noun, set_off_name, shown_actor, verbless_root_subject
from .en_unsaid import unsaid
from .en_ctx import FINITE, Context, Found, set_speaker, subject_speaker
from .en_participle_subject import participle_predicate_end
from .en_bounds import finite as _finite, strip_lead as _strip_lead, subjunctive as _subjunctive, trim as _trim
from .en_adverb_subject import adverb_subject
from .en_next_report import next_report
from .en_clauses import (directive_after, gerund_subject, no_report, others_that, question_word, quotation_opening,
                         second_report, second_sayer, told_that)
from .en_aside import (fronted_condition, inverted_aside, relative_after_comma, subject_before_as, token_after,
                       token_before)
from .en_according_aside import (bare_opening, continued_after_aside, credits_quotation, narrates_speech,
                                  stranded_auxiliary)
from .en_openings import after_aside as _after_aside, continued, opened_content, opening, split_by_cue
from .en_per import per_credits
from .en_views import put_it, view_owner
from .en_tail import appositive_subject, bracketed_cue, tail_cue
from .en_like import past_comparison
from .en_rec import advcl_content, as_report, extend_end, gerund_sayer, lead_dateline, participial_adjunct


# -- indirect and mixed quotes ---------------------------------------------------------------------------------------
def _indirect(ctx: Context, direct: list[Found], fragments: list[Quoted]) -> list[Found]:
    out: list[Found] = []
    # a direct quote's attribution is taken from its cue on: an earlier speech verb of the same sentence reports
    # something else ("X said it was too early but added, “…”")
    taken = [(d.start, d.end) for d in direct] + [
        (ctx.doc[d.cue_i].idx, d.attr[1]) if d.cue_i is not None and d.attr[1] <= d.start and
        d.attr[0] <= ctx.doc[d.cue_i].idx < d.attr[1] else d.attr for d in direct if d.attr]
    quoted_all = [(q.start, q.end) for q in ctx.view.quoted]
    qstarts = [a for a, _ in quoted_all]

    def in_direct(pos: int) -> bool:
        return any(a <= pos < b for a, b in taken)

    def in_quotes(pos: int) -> bool:
        k = bisect.bisect_right(qstarts, pos) - 1
        return k >= 0 and quoted_all[k][0] <= pos < quoted_all[k][1]

    for k in ctx.view.where("LOWER", ctx.verbs | {"according", "per", "in", "put", "puts"}):
        tok = ctx.doc[k]
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            if in_quotes(tok.idx) or in_direct(tok.idx):
                continue
            q = _according(ctx, tok)
        elif low in ("per", "in"):  # "…, per Axios", "In a new poll, …": as "according to" (en_per); "In X's view,"
            owner = view_owner(ctx, tok) if low == "in" else None  # (en_views)
            if in_quotes(tok.idx) or in_direct(tok.idx) or owner is None and not per_credits(ctx, tok):
                continue
            q = _according(ctx, tok, tok, low, obj=owner)
        elif low in ("put", "puts") and low not in ctx.verbs:  # "As X put it, …" (en_views)
            q = None if in_quotes(tok.idx) or in_direct(tok.idx) else put_it(ctx, tok)
        elif low in ctx.verbs and tok.pos_ in ("VERB", "NOUN"):
            if in_quotes(tok.idx) or in_direct(tok.idx) or no_report(tok) or relative_noun(tok) or unsaid(tok):
                continue
            q = (_said(ctx, tok) if tok.pos_ == "VERB" else None) or tail_cue(ctx, tok, _trim, _finite)
        else:
            continue
        if q is None:
            continue
        if any(d.start < q.end and q.start < d.end for d in direct) and not _before_direct(ctx, q, direct):
            continue
        clash = next((o for o in out if o.start < q.end and q.start < o.end), None)
        if clash is not None:
            # "Reuters reported that Zelensky said …": the outlet credits the inner speaker's words
            if clash.speaker is not None and ctx.actors.entities[clash.speaker].type == "MEDIA" and \
                    clash.start <= q.start and q.end <= clash.end + 1 and q.speaker != clash.speaker:
                s0, e0 = clash.speaker_span or (clash.start, clash.start)
                q.outlets.append((clash.speaker, s0, e0))
                out.remove(clash)
            else:
                continue
        for f in fragments:
            # (the content may open right inside the quotation's mark: 'told reporters that “to win would be …”')
            if q.start <= f.inner_start < q.end and _real_fragment(ctx, f):
                q.kind = "mixed"
                if f.end > q.end or f.start < q.start:
                    q.start, q.end = min(q.start, f.start), max(q.end, f.end)
                    q.text = ctx.text[q.start:q.end]
        out.append(q)
    return out


def _before_direct(ctx: Context, q: Found, direct: list[Found]) -> bool:
    """Cut indirect content that runs into a direct quote introduced later in the sentence ("Suu Kyi said it was too
    early to congratulate winners but added, “I think …”"): the content ends before the direct quote's cue (and the
    conjunction before it). True when what is left is still content."""
    later = [d for d in direct if d.start < q.end and q.start < d.end]
    if any(d.start <= q.start for d in later):
        return False
    d = min(later, key=lambda d: d.start)
    if d.cue_i is None or not (q.start < ctx.doc[d.cue_i].idx < d.start):
        return False
    k = d.cue_i
    while k > 0 and ctx.doc[k - 1].idx > q.start and (
            ctx.doc[k - 1].dep_ in ("cc", "advmod", "punct") or ctx.doc[k - 1].is_space or
            (ctx.doc[k - 1].lower_ in ("before", "after") and ctx.doc[d.cue_i].head.i == k - 1)):  # ", before adding:"
        k -= 1
    a, b = _trim(ctx, q.start, ctx.doc[k].idx)
    if b - a < 8 or len(ctx.text[a:b].split()) < 3 or not _finite(ctx, a, b):
        return False
    q.start, q.end, q.text = a, b, ctx.text[a:b]
    return True


def _real_fragment(ctx: Context, f: Quoted) -> bool:
    """A quoted fragment of someone's words (not a name or a title in quote marks)."""
    inner = ctx.text[f.inner_start:f.inner_end].strip()
    words = inner.split()
    if not words:
        return False
    owned = any(w.endswith(("'s", "’s")) for w in words[:-1])
    if ctx.actors.inside(f.inner_start, f.inner_end + 1) and len(words) <= 6 and not owned:
        # (a possessive inside is no name: "Nevada's next gold rush", which the tagger may take whole for a place,
        # is a description in someone's words; «coalition of the willing» stays a name)
        hits = ctx.actors.inside(f.inner_start, f.inner_end + 1)
        if any(e - s >= len(inner) - 1 for s, e, _ in hits):
            return False  # «Coalition of the Willing»: a name
    # a title: every word capitalised but the small words of titles ("We Are the Champions", "Gone With the Wind")
    content = [w for w in words if w.lower().strip(",.:;!?") not in _SMALL_WORDS]
    if len(words) >= 2 and len(content) >= 2 and all(w[:1].isupper() for w in content):
        return False
    return True


_SMALL_WORDS = rules.wordset("en", "small_words")
_MANNER = rules.wordset("en", "manner_nouns")


def _best_subject(ctx: Context, verb):
    """The subject of ``verb``; of two parsed subjects (a split "study co-author Anezina Solomonidou", a dateline
    "BUFFALO, N.Y. — …, coach Bruce Boudreau expressed") a person first, then any actor, then the nearest."""
    subjs = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjs) <= 1:
        return subjs[0] if subjs else adverb_subject(ctx, verb)  # ("Axios first reported": en_adverb_subject)

    def typ(c):
        hit = ctx.entity_at(c.idx, c.idx + len(c.text))
        return ctx.actors.entities[hit[2]].type if hit else None
    return next((c for c in reversed(subjs) if typ(c) == "PERSON"), None) or \
        next((c for c in reversed(subjs) if typ(c) is not None and not c.text.isupper()), None) or subjs[0]


def _said_who(ctx: Context, v, s_lo: int, s_hi: int):
    """(speaker token, verb whose clause is the content) of speech verb ``v``, or None when ``v`` reports no
    statement of someone (a passive report, the writer's own voice, a question, "said" as an adjective)."""
    # who: the subject (or the subject of the verb it is conjoined to / the noun a relative clause modifies)
    subj = verbless_root_subject(v) or _best_subject(ctx, v) or conj_noun_subject(v)  # (en_misparsed; en_conj_subject)
    subj = subj or set_off_answerer(v)  # "The mayor, asked whether …, said it could not" (en_questions)
    subj = past_comparison(ctx, v, subj)  # "Like X, Y said …": Y (en_like)
    subj = subj or shown_actor(ctx, v) or set_off_name(ctx, v, s_lo) or inverted_conj(ctx, v, s_hi)  # en_misparsed
    subj = subj or relative_split_subject(v)  # "Democrats in X, many of whom …, have argued" (en_complement)
    if subj is None and v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.lower_ in ctx.verbs and \
            second_report(ctx, v.head) is not None:
        v_say = v.head.head  # "said Gates was not working … and said Manafort was not involved": the first sayer
        subj = _best_subject(ctx, v_say) or (_best_subject(ctx, v_say.head) if v_say.dep_ == "conj" else None)
    if subj is None and (v_say := second_sayer(ctx, v)) is not None:
        subj = _best_subject(ctx, v_say)  # "Strategists fear that X has … and warn that …" (en_agreement)
    if subj is None and (v.dep_ in ("conj", "xcomp") or (v.dep_ == "advcl" and v.tag_ == "VBG")):
        # "… and said", "…, saying he trusted the courts", "tried to suggest": the subject of the verb it hangs
        # on; "prompted users to argue", "led the manufacturer to announce": its object
        obj = next((c for c in v.head.children if c.dep_ == "dobj"), None) if v.dep_ == "xcomp" else None
        subj = obj or _best_subject(ctx, v.head)
        if subj is None and (v.dep_ == "conj" or any(c.dep_ == "auxpass" for c in v.head.children)):
            # "Mr. Trump was forced into damage control and said that …", "Cohen is expected to testify that …"
            subj = next((c for c in v.head.children if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "NOUN", "PRON")
                         and c.lower_ not in ("it", "this", "that", "which", "what")), None)
        if subj is not None and v.dep_ == "xcomp" and (subj.lower_ in ("which", "that", "what") or
                                                       v.head.lemma_ == "be"):
            return None  # "Which is not to say that …"
    if subj is None and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "ccomp" for c in v.children):
        subj = v.head  # "with forecasters warning that …", "a statement saying that …"
    if subj is None and v.dep_ == "pcomp":
        subj = gerund_sayer(ctx, v)  # "stood out by saying he would …", "was fined for saying that …"
    passive = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    verb = v
    if passive is not None and v.lower_ in ("quoted", "cited") and passive.lower_ not in ("it", "this", "that"):
        # "X was quoted by TASS as saying that …": X speaks, the clause of "saying" is the content
        saying = next((t for t in ctx.doc[v.i + 1:min(len(ctx.doc), v.i + 10)] if t.lower_ == "saying"), None)
        if saying is None or saying.idx >= s_hi:
            return None
        subj, verb = passive, saying
    elif passive is not None or any(c.dep_ == "agent" for c in v.children):
        return None  # "it was reported that", "as reported by RBC"
    if subj is None or not (s_lo <= subj.idx < s_hi):
        # the parse went astray (a headline without a full stop glued to the sentence): the name right before
        subj = set_off_opening(ctx, v, s_lo) or token_before(ctx, v, s_lo)  # "X, led by Y …, reported" (en_complement)
        if subj is None:
            subj = token_after(ctx, v, s_hi)  # "…, said Scott Paul, who heads …"
        if subj is not None and subj.i > v.i and any(c.dep_ == "ccomp" and c.left_edge.i <= subj.i <= c.right_edge.i
                                                     for c in v.children):
            subj = None  # "…, said Mr. Trump was a candidate …": the name opens the content, it does not speak (a
            # name before a closing cue the parse took into the content speaks: "…, the city's director, Al Roe, said")
        if subj is None:
            subj = _opening_name(ctx, v, s_lo)  # "Mr. Slinker, whose start-up uses big data, said …"
        if subj is None:
            return None
    subj = appositive_subject(ctx, subj, v, s_hi) or subj  # "…to see her son, the news site X reported"
    if subj.lower_ in ("there", "what", "this") and subj.dep_ == "nsubj" or \
            subj.lower_ == "it" and subj.dep_ == "nsubj" and v.dep_ not in ("ROOT", "conj"):
        return None  # ("It said that …" speaks: the organisation or the document named before, en_ctx.subject_speaker;
        # not inside another clause: "What bugs me is that it confirms the belief …" speaks of a thing)
    if subj.lower_ in ("i", "we", "you"):
        return None  # the writer's own voice outside quote marks ("Before we start, I’ve got to warn you")
    if v.lower_ == "said" and v.i > 0 and (ctx.doc[v.i - 1].lower_ in ("the", "find", "found", "finds")) and \
            v.i + 1 < len(ctx.doc) and ctx.doc[v.i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "only to find said civilisation had issues": "said" as an adjective
    if v.lemma_ == "ask":
        return None  # "asked (me) if …" is a question reported, not a statement
    return subj, verb


def _content_after(ctx: Context, verb, s_hi: int):
    """(start, end) of the content after ``verb`` ("said (that) ...", "told reporters (that) ...", "said on Thursday
    that ..."), (None, None) when none follows, or None when what follows is a relative clause, not content."""
    # what: after the verb ("said (that) …", "told reporters (that) …", "said on Thursday that …")
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if comp is not None and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in comp.children):
        return None  # a relative clause the parser took for the content ("the witness testifying who listened")
    a = b = None
    if comp is None:
        comp = gerund_subject(verb)
    if comp is not None:
        left = comp.left_edge
        while left.i < comp.i and (left.dep_ in ("mark", "punct") and not question_word(left) or left.is_space):
            left = ctx.doc[left.i + 1]
        a = max(left.idx, verb.idx + len(verb.text))
        if (mark := after_complementiser(comp)) is not None:  # "said …, in a filing …, that …" (en_complement)
            a = max(a, ctx.doc[mark.i + 1].idx)
        right = comp.right_edge
        b = right.idx + len(right.text)
        b = extend_end(ctx, verb, comp, min(b, s_hi), s_hi)
        b = max(b, predicate_list_end(ctx, verb, comp, s_hi) or b)  # "…, had not left … and would …"
        b = participle_predicate_end(ctx, verb, comp, b, s_hi)  # "said the stores being closed had lost money"
        if (second := second_report(ctx, comp)) is not None:
            b = min(b, second)
    elif (adv := advcl_content(ctx, verb, s_hi)) is not None:  # "said after the convention he would not …"
        a, b = adv
    else:
        # "said that" whose clause the parser did not attach; "told reporters that …"
        k = verb.i + 1
        reach = 14 if verb.dep_ != "relcl" else 6  # "the quality Google promised – it's revealed that …"
        while k < len(ctx.doc) and ctx.doc[k].idx < s_hi and k - verb.i <= reach and ctx.doc[k].lower_ != "that" \
                and not (k - verb.i > 6 and ctx.doc[k].text in ",;:–—-") and not relative_after_comma(ctx.doc[k]) \
                and not next_report(ctx, ctx.doc[k]):
            k += 1
        mark = ctx.doc[k] if k < len(ctx.doc) else None
        if mark is not None and mark.lower_ == "that" and mark.idx < s_hi and not others_that(mark, verb) and (
                mark.dep_ == "mark" or k == verb.i + 1 or told_that(ctx, verb, mark) or gapless_relative(verb, mark)):
            a, b = ctx.doc[k].idx + 4, s_hi
            if ctx.doc[k].dep_ == "mark" and (second := second_report(ctx, ctx.doc[k].head)) is not None:
                b = min(b, second)  # "said in a statement that A and called B 'C'": the sayer's second report
            nxt = next((c for c in verb.children if c.dep_ == "conj" and c.i > k and c.pos_ == "VERB"), None)
            if nxt is not None:  # (… or the parser hung it on the speech verb itself: the sayer's next act)
                j = nxt.i
                while j > k + 1 and (ctx.doc[j - 1].dep_ in ("cc", "punct") or ctx.doc[j - 1].lower_ == "also"):
                    j -= 1
                b = min(b, ctx.doc[j - 1].idx + len(ctx.doc[j - 1].text))
    return a, b


def _said(ctx: Context, v) -> Found | None:
    t = ctx.text
    s_lo, s_hi = ctx.sent(v.idx)
    q = Found("indirect", 0, 0, "", cue=v.text, cue_i=v.i, origin="indirect")
    if inverted_aside(ctx, v, s_lo, s_hi, q):  # "The plan, said Tom Reyes, the budget chief, would fail …"
        return q
    who = _said_who(ctx, v, s_lo, s_hi)
    if who is None:
        return None
    subj, verb = who
    if subj.lower_ in ("that", "this") and subj.i + 1 == v.i and t[v.idx + len(v.text):].lstrip(" ")[:1] == ",":
        return None  # "That said, the audience is older": a discourse marker ("this/that being said"), no one speaks
    found = _content_after(ctx, verb, s_hi)
    if found is None:
        return None
    a, b = found
    if a is not None and subj.i < v.i and (par := opened_content(ctx, v, subj, s_lo, s_hi)) is not None:
        q.start, q.end, q.text, q.parts = par  # "If the vote slips, Olsen said, …": en_openings
        q.attr = (s_lo, s_hi)
        return q if subject_speaker(ctx, q, subj) or subj.pos_ == "PRON" else None
    as_span = as_report(ctx, v, s_hi) if a is None and subj.i < v.i else None
    if as_span is not None:  # "As Reuters reported, …": the outlet's report, as "according to Reuters" (r10b)
        a, b = as_span
    if a is None and directive_after(verb):
        return None  # "…, she told the man to remove the bedding": the order is what she said (en_extra)
    if a is None:
        # before the verb: "…, Zelensky said (on Thursday …)"
        marks = " \t”\"’»'"  # ('': two apostrophes for a double mark)
        lead = subj.head.left_edge if subj.dep_ == "appos" and subj.pos_ == "PROPN" and subj.head.pos_ == "NOUN" \
            and subj.head.i < subj.i < v.i else subj.left_edge  # (a name's description: "the city's director, Al Roe,")
        c = commas.rfind(t, s_lo, lead.idx if subj.i < v.i else v.idx)
        if subj.i < v.i:
            between = t[c + 1:lead.idx].strip(marks) if c >= 0 else None
        else:  # inverted: "…, says Jennifer Pluznick, a physiologist"
            between = t[c + 1:v.idx].strip(marks) if c >= 0 else None
        if (br := bracketed_cue(ctx, v, subj, s_lo)) is not None:
            a, b = _strip_lead(ctx, br[0], br[1]), br[1]  # "… until May (the ministry said)": en_tail
        elif c > s_lo and between == "":
            a, b = _strip_lead(ctx, quotation_opening(ctx, s_lo, c), c), c
            if participial_adjunct(ctx, a, b, v) or (v.dep_ == "relcl" and subj.lower_ in ("who", "which")):
                # "Asked whether she would run again, Walsh replied: …": the occasion, not the words; "The senator,
                # who announced her retirement in May, voted …": a relative clause tells of the noun, reports nothing
                return None
            kind = opening(ctx, quotation_opening(ctx, s_lo, c), b, v)  # "When police arrived, X said": en_openings
            if kind == "occasion":
                return None
            par = continued(ctx, a, b, v, s_hi) if kind == "content" else \
                _parenthetical(ctx, a, c, v.idx, s_hi) or _after_aside(ctx, s_lo, c, v, s_hi) or \
                split_by_cue(ctx, a, c, v, s_hi)  # "She did not expect, she said, to be called …"
            if par is not None:  # "The larger landers, he said, could deliver tools …"
                q.start, q.end, q.text, *parts = par
                q.parts = parts[0] if parts else q.parts
                q.attr = (s_lo, s_hi)
                if not subject_speaker(ctx, q, subj) and subj.pos_ != "PRON":
                    return None
                return q
        else:
            return None
    b = set_off_end(ctx, v, a, b)  # "Investors, warned that …, sold shares" (en_complement)
    dated = lead_dateline(t, a, b) > a  # ("LONDON, March 3 (Reuters) - Prices rose, traders said": a whole clause)
    a, b = _trim(ctx, a, b)
    if b - a < 8 or len(t[a:b].split()) < (2 if dated else 3) or not (_finite(ctx, a, b) or _subjunctive(ctx, a, b)):
        return None
    q.start, q.end, q.text = a, b, t[a:b]
    if (cond := fronted_condition(ctx, s_lo, subj, v, a, b)) is not None:  # "If …, the mayor said, the parade …"
        q.start, q.end, q.text, q.parts = cond
    elif as_span is not None and (lead := subject_before_as(ctx, v, a, b)) is not None:  # "HP, as X said, is …"
        q.start, q.end, q.text = lead
    q.attr = (s_lo, s_hi)
    if not subject_speaker(ctx, q, subj) and subj.pos_ != "PRON":
        return None  # an unresolved pronoun keeps the quote without a named speaker
    return q


def _parenthetical(ctx: Context, a: int, c1: int, after: int, s_hi: int):
    """An attribution inside the sentence it reports: "The larger landers, he said, could deliver …", "This system,
    says Richard Locksley, an immunologist, helps …", "Trump, according to the White House, made …". The part before
    it has no verb of its own and a finite verb opens the part after it. Returns (start, end, text) or None."""
    t = ctx.text
    # (an auxiliary before it whose verb comes after it: "He had, according to the Post, killed a rabbit …")
    aux = [tk for tk in ctx.tokens(a, c1) if tk.tag_ in FINITE]
    split = bool(aux) and all(tk.dep_ in ("aux", "auxpass") and tk.head.idx > c1 for tk in aux)
    if not split and _finite(ctx, a, c1) or not t[a:c1].strip():
        return None
    c2 = commas.find(t, after, s_hi)
    while c2 >= 0:  # (adverbs before the verb: "the two nations, Xi said, now have …")
        nxt = next((tk for tk in ctx.tokens(c2 + 1, s_hi) if not tk.is_space and tk.pos_ != "ADV"), None)
        if nxt is not None and (nxt.tag_ in FINITE and nxt.pos_ in ("VERB", "AUX") or split and
                                nxt.i == aux[-1].head.i):
            break
        c2 = commas.find(t, c2 + 1, s_hi)
    if c2 < 0:
        return None
    a2, b2 = _trim(ctx, c2 + 1, s_hi)
    if b2 - a2 < 8:
        return None
    return a, b2, t[a:c1].strip() + " " + t[a2:b2]


def _opening_name(ctx: Context, v, lo: int):
    """The head token of the actor that opens the sentence when a comma-bounded apposition or relative clause runs
    from it to verb ``v``: "Mr. Slinker, whose latest start-up uses big data, said …"."""
    t = ctx.text
    pos = lo
    while pos < v.idx and t[pos].isspace():
        pos += 1
    hit = max(((s, e, i) for s, e, i in ctx.actors.covering(pos, pos + 1) if s == pos and
               ctx.actors.entities[i].type in ("PERSON", "ORG", "GROUP")), key=lambda h: h[1], default=None)
    if hit is None:
        return None
    between = t[phrase_end(ctx, hit[1]):verb_group_start(v)].strip()  # ("Democrats in X, many of whom …, have")
    if not (between.startswith(",") and between.endswith(",")):
        return None
    return ctx.token_at(hit[1] - 1)


def _according(ctx: Context, acc, to=None, cue: str = "according to", obj=None) -> Found | None:
    """"According to X, …" (``acc`` the token "according", ``to`` its preposition), or "per X" (``acc`` and ``to``
    the token "per", ``cue`` "per"): X's is the rest of the sentence, or the part before the attribution."""
    t = ctx.text
    s_lo, s_hi = ctx.sent(acc.idx)
    to = to if to is not None else ctx.doc[acc.i + 1]
    obj = obj if obj is not None else next((c for c in to.children if c.dep_ == "pobj"), None)  # (a view's owner)
    if obj is None and to.i + 1 < len(ctx.doc):
        obj = ctx.doc[to.i + 1]
    if obj is None or (obj.lower_ in _MANNER and not any(obj.children)):
        return None  # "according to plan / schedule / tradition": a manner, nobody's words ("according to police" is)
    o_lo = obj.left_edge.idx if obj.left_edge.i > to.i else obj.idx
    o_hi = obj.right_edge.idx + len(obj.right_edge.text)
    if obj.dep_ == "poss":  # "In Ocampo's view": the owner without its "'s" (en_views)
        o_hi = obj.idx + len(obj.text)
    first = acc.idx - s_lo < 3 or not t[s_lo:acc.idx].strip(" ,") or bare_opening(ctx, s_lo, acc.idx)
    if first and commas.find(t, o_hi, s_hi) < 0:  # the parse ran the source on past its commas to the end ("According
        # to X, the move reeks …": "reeks" taken for a noun; "… from Diane Blair, a friend who died in 2000, the first
        # lady had …"): the source ends at its last comma that leaves a few words
        k = commas.rfind(t, obj.idx + 1, o_hi)  # (the source's own span scanned, from its end)
        while k >= 0 and len(t[k + 1:s_hi].split()) < 4:
            k = commas.rfind(t, obj.idx + 1, k)
        if k >= 0:
            o_hi = k
    hit = ctx.entity_at(obj.idx, obj.idx + len(obj.text))
    media = hit is not None and ctx.actors.entities[hit[2]].type == "MEDIA"
    # an outlet ("According to Reuters, the talks include tariffs") is the source of what the sentence reports; when
    # the sentence also reports someone's words ("…, the minister said …"), _indirect's clash check makes the outlet
    # that quote's credit instead (en_credit.credit_and_date credits a quote the outlet follows)
    # the content: the rest of the sentence
    after = commas.find(t, o_hi, s_hi)
    if first:
        if after < 0 or media and credits_quotation(ctx, after, s_hi):
            return None
        a, b = after + 1, s_hi
    else:
        c = commas.rfind(t, s_lo, acc.idx)
        if c < 0 or t[c + 1:acc.idx].strip(" \t”\"’»'"):  # (a closing mark: "… relationship,” according to X")
            return None
        a, b = _strip_lead(ctx, s_lo, c), c
        if media and narrates_speech(ctx, a, c):
            return None
        # "Trump, according to the White House, made an unscheduled trip …", "She resigned, according to two aides,
        # and moved to Ohio" (en_according_aside: the two halves)
        par = _parenthetical(ctx, a, c, o_hi, s_hi) or continued_after_aside(ctx, a, c, o_hi, s_hi) or \
            stranded_auxiliary(ctx, a, c, obj.idx + len(obj.text), s_hi)  # "He had, according to X, killed …"
        if par is not None:
            if len(par) > 3 and o_hi > par[3][1][0]:  # (the parse ran the source into the second half)
                o_hi = t.rfind(",", o_lo, par[3][1][0])
            q = Found("indirect", par[0], par[1], par[2], cue=cue, attr=(s_lo, s_hi), cue_i=acc.i,
                      origin="according", parts=list(par[3]) if len(par) > 3 else [])
            if hit is not None:
                set_speaker(ctx, q, hit)
            elif obj.pos_ != "PRON":
                q.speaker_name, q.speaker_span = t[o_lo:o_hi], (o_lo, o_hi)
            return q
    a, b = _trim(ctx, a, b)
    if media and any(tk.lower_ in rules.wordset("en", "speech_event_nouns") for tk in ctx.tokens(a, b)):
        return None  # "According to the BBC, the statement came after …": the outlet credits that statement
    opening = a > acc.idx  # "According to X, …": all that follows is X's, a verb the tagger missed or none
    if b - a < 8 or not (_finite(ctx, a, b) or (opening and len(t[a:b].split()) >= 4)):
        return None
    q = Found("indirect", a, b, t[a:b], cue=cue, attr=(s_lo, s_hi), cue_i=acc.i, origin="according")
    if hit is not None:
        set_speaker(ctx, q, hit)
    elif obj.pos_ == "PRON":
        pass  # unresolved pronoun
    else:
        q.speaker_name, q.speaker_span = t[o_lo:o_hi], (o_lo, o_hi)
    return q
