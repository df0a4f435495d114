"""The learned speaker choice of the English quote reader (issue 16): a ranker over candidate speakers.

The rules (en_spk, en_ctx, en_heads, en_roles, en_carry, coreference ...) choose a speaker for every quote kept. The
ranker then looks at every actor mentioned near the quote: in the quote's sentence (its attribution's) and the two
sentences before, the previous quote's speaker, each actor with every mention coreference gave it (a pronoun or a
role noun counts for the named actor it was resolved to). A candidate is described by sparse features
(``en_rank_feats``: its grammatical relation to the cue verb, side and distance, sentence, entity and mention
kind, whether the rules chose it...) and a logistic model trained on PolNeAR train (``newsgraph train speakers``,
``eval/train_speakers.py``) scores it. The rules' choice is replaced only when the best other candidate outscores
it by the model's margin (chosen by cross-validation), and a quote the rules gave no speaker takes the best
candidate only over the model's ``fill`` threshold. The model is a small JSON file inside the package
(``model/speakers-en.json``), read once per process; without it the rules alone decide.

``COLLECT``: while training, a dict that ``rank`` fills with every quote's candidates (no decision).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..marks import QUOTE_CHARS
from .en_learn import logistic, read_model
from .en_rank_feats import BLOCKED, candidates, relative
from .en_spk_scene import clause_subject
from .en_qualifiers import describes_other

MODEL = Path(__file__).with_name("model") / "speakers-en.json"
VERSION = 1
COLLECT: dict | None = None  # set by the trainer: {document text: [(quote text, [(features, words)], outlet words)]}


class Model:
    def __init__(self, data: dict | None):
        data = data or {}
        self.weights: dict[str, float] = data.get("weights", {})
        self.bias: float = data.get("bias", 0.0)
        self.margin: float = data.get("margin", 1.0)
        self.fill: float = data.get("fill", 1.0)
        self.loaded = bool(data)

    def score(self, feats: dict[str, float]) -> float:
        return logistic(self.bias, self.weights, expand(feats))


@lru_cache(maxsize=1)
def model() -> Model:
    return Model(read_model(MODEL, VERSION))


_QUOTE_KEYS = ("rk=", "o=", "c=")  # what the quote is (the same for every candidate of it)


def expand(feats: dict[str, float]) -> dict[str, float]:
    """The features of a candidate crossed with what the rules found (``rk=``: an actor, words, a pronoun left
    unresolved, nobody), how the quote was found (``o=``), and, for the rules' own candidate, with ``rule``: a linear
    model weighs a relation to the cue differently for each."""
    quote = [k for k in feats if k.startswith(_QUOTE_KEYS)]
    own = [k for k in feats if not k.startswith(_QUOTE_KEYS)]
    out = dict(feats)
    rule = "rule" in feats
    for k in own:
        for qk in quote:
            if not qk.startswith("c="):
                out[qk + "|" + k] = 1.0
        if rule and k != "rule":
            out["rule|" + k] = 1.0
    if "subj" in feats or "subj-up" in feats:
        for qk in quote:
            if qk.startswith("c="):
                out["subj|" + qk] = 1.0
    return out


def allowed(scores: list[float], feats: list[dict]) -> list[float]:
    """The scores with those of candidates never taken set below any other: an actor named inside the rules'
    described speaker ("a Homeland Security Department official") qualifies that speaker and is not it."""
    return [-1.0 if BLOCKED in f else s for s, f in zip(scores, feats)]


def choose(scores: list[float], rule: int | None, margin: float, fill: float) -> int | None:
    """The candidate taken (an index of ``scores``), or None to keep the rules' choice. ``rule``: the index of the
    rules' candidate (None when the rules named nobody)."""
    if not scores:
        return None
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if rule is None:
        return best if scores[best] >= fill else None
    if best != rule and scores[best] - scores[rule] >= margin:
        return best
    return None


def rank(ctx, found: list) -> None:
    """Re-rank the speaker of every quote of ``found`` (``Found``s, in text order) with the shipped model."""
    m = model()
    if not m.loaded and COLLECT is None:
        return
    rows = []
    prev = None  # the previous quote's speaker as the rules chose it (as in training)
    for q in found:
        if q.origin == "citing":
            continue  # the source a report cites ("…, citing two officials": en_citing) is the participle's object
        cands = candidates(ctx, q, prev)
        prev = (q.speaker, q.speaker_span)
        if COLLECT is not None:
            words = [c.words for c in cands]
            rows.append((q.text, [(c.feats, w) for c, w in zip(cands, words)], _outlet_words(ctx, q)))
            continue
        rule = next((k for k, c in enumerate(cands) if c.rule), None)
        if "evidential" in q.feats or _newcomer(ctx, q):
            continue  # what is said to be said: nobody named, nobody to choose (en_evidential)
        if q.origin == "turn":
            continue  # a labelled turn ("CRUZ: …", an interview's "A: …") is its label's or the interviewee's
            # (en_turns): no nearer name speaks it (r24: "Q: Roy Cooper has said … A: It's realistic" is not Cooper's)
        scores = allowed([m.score(f) for f in relative([c.feats for c in cands])], [c.feats for c in cands])
        scores = [-1.0 if k != rule and _disagrees(ctx, q, c) else sc for k, (sc, c) in enumerate(zip(scores, cands))]
        if rule is None:
            scores = [-1.0 if c.span and c.entity is not None and describes_other(
                ctx, c.span, ctx.actors.entities[c.entity].type == "PERSON") else sc for sc, c in zip(scores, cands)]
        k = choose(scores, rule, m.margin, m.fill)
        if k is None or cands[k].entity is None or cands[k].entity in _named_in_content(ctx, q) or \
                _in_host_clause(ctx, q, cands[k]):
            continue  # (one the quote's words name: the rules' choice stands)
        c = cands[k]
        if _plural_in_between(ctx, q, c):
            continue  # "Boeing announced … The workers gathered … '…,' they said": they are the workers
        q.speaker, q.speaker_name, q.speaker_span, q.pronoun = c.entity, None, c.span, None
    if COLLECT is not None:
        COLLECT[ctx.text] = rows


def _named_in_content(ctx, q) -> set[int]:
    """The actors a quote names in its own words ("Repeat after me: Mayor Jenkins is not raising the tax"):
    what the words are about, never their speaker by the model's choice (only the rules' attribution may say so: a
    speaker who names himself, "'Trump will win,' Trump said"). A name opening the span is not counted: a span the
    reader ran over its own attribution ("Melanie thought … ") starts with the speaker, but not a direct quote whose
    cue stands outside it: the quotation alone, whose first word is its own ('Another said: “Bird flu in …”' is no
    Bird's, tryout r24)."""
    spans = q.parts or [(q.start, q.end)]
    cue_out = q.kind == "direct" and q.cue_i is not None and \
        not any(a <= ctx.doc[q.cue_i].idx < b for a, b in spans)
    return {i for a, b in spans for s, e, i in ctx.actors.inside(a, b)
            if (cue_out or ctx.text[a:s].strip(" \t\n" + QUOTE_CHARS)) and
            (m := ctx.actors.mention(s, e, i)) is not None and
            m.kind in ("name", "titled", "first", "acronym")}


def _in_host_clause(ctx, q, c) -> bool:
    """Candidate ``c`` is named in the clause a parenthetical cue interrupts, before the cue and below the clause's
    subject ("With Nusra fighters playing a larger role, they said, the president has …": the reported clause's own
    words, never its speaker; newuser32). The clause's subject stays a candidate ("Apple will open stores, it said")."""
    if c.span is None or q.cue_i is None:
        return False
    cue = ctx.doc[q.cue_i]
    host = cue.head
    if cue.dep_ != "parataxis" or host.i == cue.i:
        return False
    toks = [t for t in ctx.tokens(*c.span)]
    if not toks:
        return False
    top = next((t for t in toks if not (c.span[0] <= t.head.idx < c.span[1]) or t.head.i == t.i), toks[0])
    if not (host.left_edge.i <= top.i < cue.left_edge.i):
        return False
    while top.i != host.i and top.head.i != top.i:  # (the host's subject, or a word of its subject phrase)
        if top.head.i == host.i and top.dep_ in ("nsubj", "nsubjpass"):
            return False
        top = top.head
    return True


def _disagrees(ctx, q, c) -> bool:
    """The quote's speaker is "he" or "she" (left open, or resolved by the rules) and the candidate cannot be that:
    no person ("he says he'll sign it" is never Wisconsin), or a person of the other gender by a title or a given
    name (not by the pronouns the text gives an actor: a wife and husband of one surname may share them). "It" is
    never a person, nor a maker named inside what "its" owns (``_not_it``)."""
    pron = (q.pronoun or (ctx.text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else "")).lower()
    if _not_it(ctx, q, c, pron):
        return True
    if pron not in _GENDERS or c.entity is None:
        return False
    ent = ctx.actors.entities[c.entity]
    return ent.type != "PERSON" or (ent.gender or _GENDERS[pron]) != _GENDERS[pron]


def _not_it(ctx, q, c, pron: str) -> bool:
    """The quote's subject is "it" and candidate ``c`` cannot be it (r29): a person ("To start, it confirms recent
    polling": the result, not the governor named last), or an actor named inside a noun phrase that "its" owns in
    the same sentence before the cue ("In addition to its order of 30 Boeing jets, it announced …": "its" and "it"
    are one buyer, and the maker of what it bought is someone else)."""
    if c.entity is None or q.cue_i is None:
        return False
    cue = ctx.doc[q.cue_i]
    subj = clause_subject(ctx, cue)
    if pron != "it" and not (subj is not None and subj.lower_ == "it" and subj.pos_ == "PRON"):
        return False
    if ctx.actors.entities[c.entity].type == "PERSON":
        return not _typed_person_only(ctx, cue, c)
    if not c.span:
        return False
    return any(t.lower_ == "its" and t.dep_ == "poss" and t.head.left_edge.idx <= c.span[0] and
               c.span[1] <= t.head.right_edge.idx + len(t.head.right_edge.text)
               for t in cue.sent if t.i < cue.i)


def _typed_person_only(ctx, cue, c) -> bool:
    """Candidate ``c`` is a person by the tagger's type alone (a company named for its founder: "Charles Schwab
    reported a rise in client assets. It said …"; review r29 G) and is the subject of the sentence before the cue's:
    no title, role, description or pronoun of a person, nor a first name alone, in the text; "it" may be it."""
    ent = ctx.actors.entities[c.entity]
    if ent.role or any(m.kind in ("titled", "pronoun", "desc", "first") for m in ent.mentions) or not c.span:
        return False
    sent = cue.sent
    if sent.start == 0:
        return False
    before = ctx.doc[sent.start - 1].sent
    top = next((t for t in ctx.tokens(*c.span) if not (c.span[0] <= t.head.idx < c.span[1]) or t.head.i == t.i),
               None)
    return top is not None and before.start <= top.i < before.end and top.dep_ in ("nsubj", "nsubjpass")


_GENDERS = {"he": "m", "she": "f"}
_INDEFINITE = frozenset(("a", "an", "another"))


def _newcomer(ctx, q) -> bool:
    """The rules' speaker is someone the text brings in right there, by an indefinite article, as the cue's own
    subject ("The mayor told of a boy who asked who the man was", "A woman in the crowd asked whether …"): a new
    person, never a named actor of the text (the one telling of the boy does not ask); nobody to choose."""
    if q.speaker is not None or not q.speaker_span or q.cue_i is None:
        return False
    subj = clause_subject(ctx, ctx.doc[q.cue_i])
    if subj is not None and subj.lower_ == "who" and subj.head.dep_ == "relcl":
        subj = subj.head.head
    return subj is not None and subj.pos_ == "NOUN" and q.speaker_span[0] <= subj.idx < q.speaker_span[1] and \
        any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subj.children)


def _plural_in_between(ctx, q, c) -> bool:
    """A "they" speaker whose chosen antecedent lies before a plural noun that is a subject nearer the quote (the
    workers, the protesters): "they" are those, never the name before them."""
    if c.span is None or (q.pronoun or "").lower() != "they" and not (
            q.speaker_span and ctx.text[q.speaker_span[0]:q.speaker_span[1]].lower() == "they"):
        return False
    lo, hi = c.span[1], (q.speaker_span[0] if q.speaker_span else q.start)
    return lo < hi and any(lo <= t.idx < hi and t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass")
                           for t in ctx.tokens(lo, hi))


def _outlet_words(ctx, q) -> list[str]:
    out = []
    for i, s, e in q.outlets:
        ent = ctx.actors.entities[i]
        out += [ent.name, ctx.text[s:e]] + [mm.text for mm in ent.mentions]
    return out
