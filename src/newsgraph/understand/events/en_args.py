"""English event arguments over spaCy's dependency parse: subjects (through coordination, control and relative
clauses), targets, places, and the resolution of an argument's head to an entity of the record (through the mention
that covers it), to the subject a pronoun stands for, or to the noun phrase itself."""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..entities.en_spans import DATELINE_CAPS
from .codebook import LOC_TYPES, MOTION_TYPES  # noqa: F401 (re-exported)
from .codebook import dedupe, same_ref
from .en_refs import (ACTOR_ENT_TYPES, PRONOUNS, QUANTITY_HEADS, QUOTE_CHARS,  # noqa: F401 (re-exported)
                      agentive, agentive_head, discourse_antecedent, disagrees, is_pronoun, is_quantifier,
                      phrase_span, pronoun_fallback)

LANG = "en"

SUBJ = {"nsubj", "nsubjpass", "csubj"}
OBJ = {"dobj", "obj", "attr", "oprd"}
RELATIVE = rules.wordset("en", "relative")
LOC_PREPS = rules.wordset("en", "loc_preps")
STATIC_PREPS = rules.wordset("en", "static_preps")  # "to"/"into" name a place only after motion: "invited X to Moscow"
MOTION_LEMMAS = rules.wordset("en", "motion_lemmas")
TARGET_PREPS = rules.wordset("en", "target_preps")
OF_IS_ACTOR = {"CONSULT", "PROTEST", "COOPERATE", "AGREE", "SUPPORT"}
CLIMB_DEPS = {"dobj", "obj", "pobj", "prep", "pcomp", "xcomp", "acl", "attr", "oprd", "compound", "nmod"}
ABSORB_DEPS = {"dobj", "obj", "pobj", "prep", "pcomp", "xcomp", "ccomp", "acl", "attr", "oprd", "conj", "nmod",
               "advcl", "dative", "appos", "compound", "acomp"}
# prepositions that attach an adjunct of time or circumstance: a nominal under them is not the verb's argument
ADJUNCT_PREPS = rules.wordset("en", "adjunct_preps")
NON_ACTOR_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "WORK_OF_ART", "LANGUAGE"}


# ---------------------------------------------------------------------------------------------------------------------
# the document view and the entity mentions by character offset
# ---------------------------------------------------------------------------------------------------------------------
class View:
    """The document view as the English event reader uses it: the segments of the document view and the record's
    entity mentions by character offset."""

    def __init__(self, docview, record):
        self.doc = docview.spacy
        self.record = record
        self.text = record.document.text
        self.seg = docview.seg  # segment id of every token (sentences cut again at line breaks)
        self.seg_bounds: list[tuple[int, int]] = docview.segments  # token index ranges
        # entity mentions: a sorted list of (start, end, entity); tokens look them up by offset
        self.mentions = []
        self.entity_by_id = {}
        for e in record.entities:
            self.entity_by_id[e.id] = e
            for m in e.mentions:
                self.mentions.append((m.start, m.end, e, m))
        self.mentions.sort(key=lambda x: (x[0], x[1]))
        self._tok_mention: dict[int, tuple | None] = {}

    def same_seg(self, a, b) -> bool:
        return self.seg[a.i] == self.seg[b.i]

    def mention_of(self, tok):
        """The entity mention covering ``tok`` (the shortest one), or None. A mention reaching outside the token's
        own phrase (an upstream entity that swallowed a clause) is not taken."""
        if tok.i in self._tok_mention:
            return self._tok_mention[tok.i]
        a, b = tok.idx, tok.idx + len(tok.text)
        lo = tok.left_edge.idx
        hi = tok.right_edge.idx + len(tok.right_edge.text)
        best = None
        for m in self.mentions:
            if m[0] >= b:
                break
            if m[0] < b and a < m[1] and lo <= m[0] and m[1] <= hi + 1:
                covers = m[0] <= a and b <= m[1]
                if best is None or (covers, -(m[1] - m[0])) > (best[0] <= a and b <= best[1], -(best[1] - best[0])):
                    best = m
        self._tok_mention[tok.i] = best
        return best

    def entity_type(self, tok) -> str | None:
        m = self.mention_of(tok)
        if m is not None:
            return m[2].type
        return tok.ent_type_ or None


# ---------------------------------------------------------------------------------------------------------------------
# arguments
# ---------------------------------------------------------------------------------------------------------------------
def reduced_passive(verb) -> bool:
    """A bare participle opening a clause ("If convicted, X ...", "Accused of fraud, the mayor resigned"), or one
    after a noun ("150 Indians deported from Arizona", "the activists arrested in Minsk"): a passive whose subject is
    the main clause's, or the noun's: who it befell, not who did it."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.dep_ in ("advcl", "acl"):
        first = verb.head  # "a coalition led by Saudi Arabia and backed by the West": each has its own agent
    elif verb.dep_ in ("advcl", "acl"):
        first = verb
    else:
        return False
    return verb.tag_ == "VBN" and first.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in (verb, first) for c in x.children)


def bare_base_form(verb) -> bool:
    """A verb in its base form with no "to", no auxiliary and no conjunction of its own: no adverbial clause of
    English shares the main clause's subject so (those are "to" infinitives, "-ing" or "-ed" participles, or open
    with a conjunction: "came to attack", "attacked, killing 20", "after meeting him"). The parser makes one of a
    verb of a list or a quotation it could not attach ("reiterated that settlements \"are illegal, present an
    obstacle and threaten the viability of a state\"": "present" hung on "reiterated"), whose subject is elsewhere."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def subjects(verb, view, depth=0):
    """Subject heads of ``verb`` (agent for a passive), following shared subjects of coordinated verbs, xcomp
    control and relative clauses. Returns (tokens, passive)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or reduced_passive(verb)
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if passive:
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subs = agents
    if not subs and not passive and depth < 4:
        h = verb.head
        if h.i != verb.i and view.same_seg(h, verb):
            if verb.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
                if _across_a_mark(h, verb):
                    return [], passive  # a quotation's verb conjoined to the narration's: a misparse (tryout r24)
                shared = [c for c in h.children if c.dep_ == "nsubjpass"]
                if shared and verb.tag_ in ("VBD", "VBZ", "VBP"):
                    return [x for c in shared for x in expand(c)], passive  # "units were activated and returned fire"
                return subjects(h, view, depth + 1)[0], passive
            if verb.dep_ in ("xcomp", "pcomp") and h.pos_ == "ADJ" and h.head.i != h.i:  # "is willing to withdraw"
                return subjects(h.head, view, depth + 1)[0], passive
            if verb.dep_ in ("xcomp", "advcl") and h.pos_ in ("VERB", "AUX", "ADJ"):
                if verb.dep_ == "advcl" and bare_base_form(verb):
                    return [], passive  # a misparse, no clause of the verb above: its subject is not shared
                # object control ("urged X to support") is rarer in news than subject control; use the subject
                return subjects(h, view, depth + 1)[0], passive
            if verb.dep_ == "xcomp" and h.pos_ == "ADJ":
                return subjects(h.head, view, depth + 1)[0], passive
    if passive and not subs:
        return [], True
    out = []
    for s in subs:
        if s.lower_ in RELATIVE and verb.dep_ == "relcl":
            s = verb.head
        if s.pos_ in ("VERB", "AUX"):
            inner = [c for c in s.children if c.dep_ == "nsubj"]
            if not inner:
                continue
            s = inner[0]
        out.extend(expand(s))
        out.extend(c for c in s.conjuncts if c.pos_ == "PRON")
    return out, passive


_DOUBLE_MARKS = frozenset('"“”«»„')


def _across_a_mark(a, b) -> bool:
    """Whether a quotation opens between tokens ``a`` and ``b`` (an odd number of double marks) after the subject
    of another clause: ``b`` goes on with that clause's quoted words ('reiterated the position that the dams "are
    illegal, present an obstacle and threaten the delta"': the parser's "threaten" conjoined to "reiterated" shares
    no subject with it; 'blocked the deal and "threatened the process"' still does)."""
    lo, hi = sorted((a.i, b.i))
    between = a.doc[lo + 1:hi]
    return sum(t.text in _DOUBLE_MARKS for t in between) % 2 == 1 and \
        any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in (a.i, b.i) for t in between)


def split_name(heads, view):
    """Subject heads the parser cut out of one name ("Sheikh Hamad bin Khalifa al-Thani launched": Hamad, al, -,
    Thani as four subjects) are one actor: the name (the entity mention covering it), or, when a title stands before
    it with a comma ("Qatar's emir, Sheikh Hamad ... launched", the closing comma missing), the title, as the
    well-parsed sentence with both commas gives. Returns (the other heads, the names as Refs)."""
    spans = {}
    for h in heads:
        ent = next((e for e in h.doc.ents if e.start <= h.i < e.end), None) if h.ent_type_ else None
        if ent is not None:
            spans.setdefault((ent.start, ent.end), []).append(h)
    cut = {k: hs for k, hs in spans.items() if len(hs) > 1}
    if not cut:
        return heads, []
    rest = [h for h in heads if not any(h in hs for hs in cut.values())]
    named = []
    for (a, b), hs in cut.items():
        doc = hs[0].doc
        left = min(a, min(t.left_edge.i for t in hs))
        title = doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None
        if title is not None and title.pos_ in ("NOUN", "PROPN") and title.head.i == hs[0].head.i and \
                title.dep_ in ("dep", "nsubj", "npadvmod", "appos"):
            r = resolve(title, view, want_actorlike=True)
            if r is not None:
                named.append(r)
                continue
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        m = next((m for m in view.mentions if m[0] <= start and end <= m[1]), None)
        if m is not None:
            named.append(Ref(m[2].id, m[2].name, Mention(m[3].start, m[3].end, m[3].text)))
        else:
            named.append(Ref(None, doc[a:b].text, Mention(start, end, doc[a:b].text)))
    return rest, named


def under_passive(tok):
    """The passive verb whose "under" phrase nominal trigger ``tok`` is ("was placed under house arrest", "has been
    put under investigation": the passive of arresting, investigating), or None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "under" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return verb


DASHES = {"—", "–", "-", "--"}
_CAPS_DATELINE = re.compile(DATELINE_CAPS)  # the entities' definition: "KELSTON, Ore., March 14, 2024 — "


def undateline(tok):
    """A dateline parsed as the subject ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China"):
    the subject is the phrase after the dash, attached to the dateline as an apposition."""
    if not (tok.is_upper and len(tok.text) > 1 and tok.i - tok.sent.start <= 2):
        return tok
    dash = next((t.i for t in tok.sent if t.text in DASHES and t.i > tok.i), None)
    if dash is None:
        return tok
    after = [c for c in tok.children if c.dep_ == "appos" and c.i > dash]
    return after[-1] if after else tok


def undateline_all(heads):
    """The subjects ``heads`` with datelines resolved (``undateline``); a dateline parsed as a second subject beside
    the real one after the dash ("WASHINGTON (AP) — Rush Limbaugh on Tuesday criticized ...") is dropped."""
    heads = [undateline(h) for h in heads]
    out = []
    for h in heads:
        if h.is_upper and len(h.text) > 1 and h.i - h.sent.start <= 2:
            dash = next((t.i for t in h.sent if t.text in DASHES and t.i > h.i), None)
            # a dateline's dash follows the place and the agency at once ("WASHINGTON (AP) —", "HANOI, Vietnam
            # (AP) —"); "NATO, Russia and — surprisingly — China" is a list of subjects
            between = h.doc[h.i + 1:dash] if dash is not None else []
            dateline = dash is not None and len(between) <= 6 and all(
                (t.is_punct and t.text not in ",;") or t.pos_ == "PROPN" or t.is_upper for t in between) and \
                not any(t.pos_ == "CCONJ" for t in between)
            if not dateline and dash is not None and any(t.like_num for t in between) and \
                    not any(t.pos_ == "CCONJ" for t in between):  # a place with its day and year before the dash
                m = _CAPS_DATELINE.match(h.doc.text, h.idx)
                dateline = m is not None and m.end() > h.doc[dash].idx
            if dateline and any(o.i > dash for o in heads if o.i != h.i):
                continue
        out.append(h)
    return out


def resolve(tok, view, allow_phrase=True, want_actorlike=False):
    """A Ref for the argument headed by ``tok``: the entity whose mention covers it (a gendered pronoun that
    coreference gave to a person of the other gender is resolved again), else (for a pronoun) the subject it stands
    for, else the noun phrase itself (unresolved). None when nothing fits."""
    m = view.mention_of(tok)
    if m is not None and not disagrees(tok, m[2]):
        start, end, ent, men = m
        return Ref(ent.id, ent.name, Mention(men.start, men.end, men.text))
    if is_quantifier(tok) or (tok.pos_ == "ADP" and any(is_quantifier(c) for c in tok.children)):
        if not allow_phrase:
            return None  # "all on board" (the parser may head it by its preposition)
        span = phrase_span(tok) if tok.pos_ == "PRON" else tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        return Ref(None, span.text, Mention(span.start_char, span.end_char, span.text))
    if is_pronoun(tok):
        alt = pronoun_fallback(tok, view)
        if alt is None:
            alt = discourse_antecedent(tok, view)
        if alt is not None:
            return resolve(alt, view, allow_phrase, want_actorlike)
        return None
    if not allow_phrase:
        return None
    if tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "X"):
        return None
    if want_actorlike and tok.ent_type_ in NON_ACTOR_ENTS and tok.pos_ != "NOUN":
        return None
    if want_actorlike and not agentive(tok, view):
        return None
    span = phrase_span(tok)
    if not span.text.strip() or _cut_word(span):
        return None
    return Ref(None, span.text, Mention(span.start_char, span.end_char, span.text))


def _cut_word(span) -> bool:
    """The phrase ends or begins inside a hyphenated word the parser split ("WikiLeaks co" of "WikiLeaks co-founder
    Julian Assange"): a piece of a word names no one."""
    doc, a, b = span.doc, span.start, span.end
    after = b < len(doc) and not doc[b - 1].whitespace_ and doc[b].text == "-" and not doc[b].whitespace_
    before = a > 0 and doc[a - 1].text == "-" and not doc[a - 1].whitespace_ and a > 1 and not doc[a - 2].whitespace_
    return after or before


def loc_of(tok, view, deep=True, motion=True):
    """A location Ref from in/at/to/near preps attached to ``tok`` (GPE/LOC/FAC objects only), or to the object of
    its of-phrase ("a meeting of the group in Paris": the parser hangs "in Paris" on "group")."""
    preps = LOC_PREPS if motion else STATIC_PREPS
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ in ("pobj", "nmod") and view.entity_type(p) in LOC_TYPES:
                    return resolve(p, view)
                if p.dep_ == "pobj":  # "at a Moscow airport"
                    for m in p.children:
                        if m.dep_ in ("compound", "nmod") and m.i < p.i and view.entity_type(m) in LOC_TYPES:
                            return resolve(m, view)
            if not any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                # an object the parser hung across a paragraph break (a title glued to the first paragraph)
                for p in c.doc[c.i + 1:min(len(c.doc), c.i + 6)]:
                    if not view.same_seg(p, c) or p.is_punct:
                        break
                    if not view.same_seg(p.head, p) and view.entity_type(p) in LOC_TYPES:
                        return resolve(p, view)
        if c.dep_ == "nmod" and view.entity_type(c) in LOC_TYPES:  # "in Moscow" mis-attached as nmod
            prev = c.doc[c.i - 1] if c.i > 0 else None
            if prev is not None and prev.lower_ in preps:
                return resolve(c, view)
    if deep:
        for c in tok.children:
            if c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "NOUN", "PRON"):  # "met X in Istanbul"
                r = loc_of(c, view, deep=False, motion=motion)
                if r is not None:
                    return r
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        r = loc_of(p, view, deep=False, motion=motion)
                        if r is not None:
                            return r
    return None


def target_heads(tok):
    """Object heads of ``tok``: direct object/dative first, then objects of target prepositions."""
    heads = []
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "dative"):
            heads.append((0, c))
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    heads.append((1, p, c.lower_))
    return heads


def expand(tok):
    """``tok`` and its coordinated heads ("Putin and Trump"; also the parser's "Putin/nmod and US President
    Donald Trump" where the first conjunct hangs on the last as a modifier)."""
    out = [tok] + [c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    for c in tok.children:
        if c.dep_ in ("nmod", "compound") and c.i < tok.i and c.pos_ == "PROPN" and \
                any(x.dep_ == "cc" and x.lower_ in ("and", "&") for x in c.children):
            out.insert(0, c)
    return out


def targets_of(tok, view, actors, nested=True, motion=True, phrases=True, origin=False):
    """Targets of trigger ``tok``: entity-like objects (an object that is no actor-like thing, e.g. "sanctions",
    is looked through to its own preps: "imposed sanctions on the Taliban"); ``origin``: a place after "from" is
    where the trigger removes someone from, not whom ("deported from Arizona")."""
    out = []
    between = []
    for h in target_heads(tok):
        head = h[1]
        prep = h[2] if len(h) > 2 else None
        for x in expand(head):
            etype = view.entity_type(x)
            if origin and prep == "from" and etype in LOC_TYPES:
                continue
            if prep in (LOC_PREPS if motion else STATIC_PREPS) and etype in LOC_TYPES:
                continue  # "invited X to Moscow": Moscow is where, not whom ("aid to Ukraine": whom)
            if etype in ACTOR_ENT_TYPES or (view.mention_of(x) is not None):
                r = resolve(x, view, allow_phrase=False)
                if r is None:
                    r = resolve(x, view)
                if r is not None:
                    (between if prep == "between" else out).append(r)
            elif is_pronoun(x) and x.lower_ not in ("it", "this", "that", "which", "what"):
                r = resolve(x, view, allow_phrase=False)
                if r is not None:
                    out.append(r)
            elif phrases and prep not in STATIC_PREPS and x.pos_ in ("NOUN", "NUM") and agentive(x, view):
                # "arrested dozens of protesters"
                r = resolve(x, view)
                if r is not None:
                    (between if prep == "between" else out).append(r)
            elif nested and x.pos_ == "NOUN":
                out.extend(targets_of(x, view, actors, nested=False, motion=motion, phrases=phrases)[0])
    out = [r for r in dedupe(out) if not any(same_ref(r, a) for a in actors)]
    between = dedupe(between)
    return out, between

