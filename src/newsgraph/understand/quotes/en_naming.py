"""English mixed quotes governed by a verb that is no speech verb: 'He called the ruling "a disgrace"', 'She
dismissed the plan as "fantasy"'. The verb (``lang/<code>/naming_cues.txt``) names or judges its object; quote marks
around words of its predicate are the writer saying those words are the subject's own, so the object and predicate
are a mixed quote of the subject. The same sentence without quote marks ("called the ruling unfair") is the
writer's paraphrase of a judgement: no quote. The Russian reader applies the same rule with its own list."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from ..marks import Quoted
from .en_clauses import _request as request_made, second_sayer
from .en_ctx import Context, Found, finite, subject_speaker
from .en_extra import _governing_subject
from .en_indirect import _real_fragment
from .en_naming_ends import modified_noun_end
from .en_own_act import conjoined_act_sayer, participle_sayer


@lru_cache(maxsize=4)
def _cues(lang: str) -> frozenset[str]:
    try:
        return rules.words(lang, "naming_cues")
    except rules.RuleFileError:
        return frozenset()


def _governor(ctx: Context, f: Quoted, cues: frozenset[str]):
    """The naming verb whose object or predicate holds the quotation: up the parse from the quotation's head, through
    nouns and prepositions ("as"), stopping at the first verb."""
    toks = [t for t in ctx.tokens(f.inner_start, f.inner_end) if not t.is_punct]
    root = next((t for t in toks if not (f.start <= t.head.idx < f.end) or t.head.i == t.i), None)
    if root is None:
        return None
    node = root
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() not in cues:
        node = _over_complement(node, cues)
    if node.pos_ != "VERB" or node.lemma_.lower() not in cues or node.idx > f.start:
        return None
    if ctx.text[max(0, node.idx - 3):node.idx].lower() == "so-":
        return None  # "the so-called “peace plan”": the writer's distance, nobody's words
    return node


def _over_complement(node, cues: frozenset[str]):
    """The cue verb over ``node`` when ``node`` is the verb of its complement: an infinitive it governs ("vowed to
    punish “those who …”", "urged voters to “stay home”") or a gerund after its
    preposition ("blasted the media for being “unbelievably dishonest”"): the quoted words are still the words the
    cue reports of its subject. Else ``node``."""
    up = node.head
    if node.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head
    elif node.dep_ != "xcomp":
        return node
    if up.pos_ == "VERB" and up.lemma_.lower() in cues and up.i < node.i:
        return up
    return node


def _complement_end(ctx: Context, verb, f: Quoted) -> int:
    """The end of the infinitive the cue governs when the quotation is a part of it ('vowed to “avenge” the deaths
    of its leaders', 'urged voters to “stay home” on Tuesday'): the promise or the request is the whole infinitive,
    not its quoted words alone (round 35, enweb35b). Else 0."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.i < verb.i:
            continue
        lo, last = c.left_edge.idx, c.right_edge
        hi = last.idx + len(last.text)
        if lo <= f.start < hi:
            last = _before_own_clause(ctx, c, f) or last
            while last.i > c.i and (last.is_punct or last.is_space) and ctx.text[last.idx] not in "\"”’'":
                last = ctx.doc[last.i - 1]
            return last.idx + len(last.text)
    return 0


def _before_own_clause(ctx: Context, c, f: Quoted):
    """The token before the first adjunct of infinitive ``c`` after the quotation that is a clause of its own (r35
    fix): 'urged residents to “stay home” on Tuesday as the storm, which forecasters said …, hit the coast' ends at
    "Tuesday"; the adjunct's tensed verb says something else, maybe someone else's report. Objects stay. Else None."""
    for ch in c.children:
        if ch.idx < f.end or ch.dep_ not in ("advcl", "prep", "mark", "advmod", "npadvmod"):
            continue
        if ch.dep_ == "advcl" or any(finite(t) and t.pos_ in ("VERB", "AUX") for t in ch.subtree) or _act_after(ch):
            return ctx.doc[ch.left_edge.i - 1]
    return None


def _act_after(ch) -> bool:
    """A preposition of circumstance (words.tsv adjunct_preps) over a verb: 'she vows to “defend the ACA” before
    sketching out her own ideas' tells the speaker's next act, the writer's sequence, not the promise (diff35en,
    PolNeAR train); 'to “stay home” on Tuesday', 'for the workers' (no verb) stay the request's."""
    return ch.dep_ == "prep" and ch.lower_ in rules.wordset("en", "adjunct_preps") and \
        any(t.pos_ == "VERB" for t in ch.subtree)


def _extends(ctx: Context, f: Quoted, by_verb: dict):
    """The naming verb of a quote already made whose object this later quotation still describes, deeper in the same
    sentence ('called Trump a "pathological liar" who is "utterly amoral," a "bully"'), else None."""
    toks = [t for t in ctx.tokens(f.inner_start, f.inner_end) if not t.is_punct]
    if not toks or not by_verb:
        return None
    node = toks[0]
    for _ in range(10):
        if node.head.i == node.i:
            return None
        node = node.head
        q = by_verb.get(node.i)
        if q is not None and ctx.sent(q.start) == ctx.sent(f.start):
            return node
    return None


def naming_quotes(ctx: Context, fragments: list[Quoted], taken: list[Found], lang: str) -> list[Found]:
    """The mixed quotes of naming verbs over the quoted fragments no other quote holds."""
    cues = _cues(lang)
    out: list[Found] = []
    if not cues:
        return out
    by_verb: dict[int, Found] = {}
    for f in fragments:
        holders = [t for t in taken + out if t.start <= f.start < t.end]
        if not _real_fragment(ctx, f) or any(t.kind == "direct" or t in out for t in holders):
            continue
        verb = _governor(ctx, f, cues)
        if verb is None and not holders:
            verb = _extends(ctx, f, by_verb)
        if verb is None or holders and not _nested_naming(verb, holders):
            continue
        if verb.i in by_verb:  # 'called the senator a "nasty guy," an "anchor baby" and "sick"': one quote
            q = by_verb[verb.i]
            q.end, q.text = f.end, ctx.text[q.start:f.end]
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        sayer = second_sayer(ctx, verb) if subj is None and not request_made(verb) else None
        if sayer is not None:  # "wrote that costs rose and called the forecast “credible”": the one who wrote
            subj = next((c for c in sayer.children if c.dep_ == "nsubj"), None)
        elif subj is None and verb.dep_ == "conj":  # "outlined his plan and vowed to punish “…”": the first verb's
            subj = conjoined_act_sayer(verb) or next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.tag_ == "VBG":  # "said the plan failed, calling it “…”": the sayer (en_own_act)
            subj = participle_sayer(verb)
        if subj is None and verb.tag_ == "VBG":  # "rejected the plan, calling it “a poison pill”": the doer of the
            subj = _governing_subject(verb)  # verb the participle hangs on (en_extra)
        if subj is None:
            continue  # "a plan called “…”", "was called “…”": nobody named says it
        a = verb.idx + len(verb.text)
        while a < f.start and ctx.text[a].isspace():
            a += 1
        b = modified_noun_end(ctx, f) or f.end  # 'the “crooked” process': the noun phrase (en_naming_ends)
        b = max(b, _complement_end(ctx, verb, f))  # 'vowed to “avenge” the deaths': the whole infinitive (r35)
        q = Found("mixed", a, b, ctx.text[a:b], cue=verb.text, cue_i=verb.i, origin="naming")
        if subj.lower_ == "it" and any(c.dep_ in ("dobj", "oprd") for c in verb.children):
            q.pronoun = "it"  # 'It called the plants "a living window"': no empty "it" names a thing; the
            # organisation or document the quote before credits (en_carry.pronoun_speakers), as "It said that …"
            q.attr = (subj.idx, verb.idx + len(verb.text))
            out.append(q)
            by_verb[verb.i] = q
        elif subject_speaker(ctx, q, subj):
            q.attr = (subj.left_edge.idx, verb.idx + len(verb.text))
            out.append(q)
            by_verb[verb.i] = q
    return out


def _nested_naming(verb, holders: list[Found]) -> bool:
    """A naming verb inside what someone else is reported to have said, in a free relative with a named subject of
    its own ("Drayco said it would cut 300 jobs, as part of what chief executive Lena Ortiz called “a painful
    reset”"): the term is that subject's, a report nested in the other (the en-attr guidelines: "what he called
    'experiments'" is annotated). Not in a quotation (a speaker's own words are theirs whatever they quote) nor the
    sayer's own conjoined judgement."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = subj is not None and (subj.pos_ == "PROPN" or subj.text[:1].isupper() and not subj.is_sent_start)
    if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return False  # only the term a free relative gives its owner, "what X called …"; PolNeAR keeps a naming
        # nested in a claim as the claim's ("claims that Clinton described the TPP as “the gold standard”")
    return named and all(
        t.cue_i is not None and t.cue_i != verb.i and t.start <= subj.idx < t.end for t in holders)
