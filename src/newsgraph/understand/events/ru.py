"""Russian events over natasha's parse (the reader of the language table's "ru" row).

The same types, modes, factuality values, actor/target conventions, evidence and merging as English (codebook.py,
en.py), over the natasha tokens of the document view (morphology, UD syntax) and the entities and quotes of the
record.

Rules as data in ``lang/<code>/``:
  event_triggers.tsv     verb and noun lemmas, verb + argument lemma patterns, noun + modifier patterns
  events_governors.tsv   words that make an event planned / proposed / possible / negated
  events_cues.tsv        existence verbs ("встреча не состоялась"), modal adjectives ("встреча возможна"),
                         adjunct prepositions ("после встречи")
                         light verbs that lend a nominal their subject ("провели переговоры"), quantity nouns
                         ("тысячи фермеров"), fixed phrases that are no events ("с помощью")
  events_metonyms.tsv    seats of government acting as their state ("Киев" -> Украина, "Кремль" -> Россия)
  events_agent_nouns.txt head nouns of unnamed actors ("26 стран", "коалиция желающих", "протестующие")
  events_demonyms.tsv    nationality adjectives for role descriptions ("американский лидер" -> Дональд Трамп, the
                         person whose role is "президент США")
The Ukrainian reader is uk.py.

Typing and factuality follow the codebook (codebook.py): a trigger governed by another is absorbed by it ("договорились
о прекращении огня" is one AGREE); future tense (a perfective future, "будет" + infinitive) and commitments turn
cooperation into AGREE and material conflict into THREATEN with factuality "planned"; plans and intentions
("планируют", "намерен") keep the type, "planned"; offers ("предложил") make cooperation an AGREE, "proposed";
"может", "возможна", an "если" clause: "possible"; "не" on the trigger or its governors, "не состоялась", "отменил":
"negated" (a negated verbal AGREE is a REJECT); "не исключил встречи": "possible".

Arguments from the UD parse: ru_args.py.
"""
from __future__ import annotations

from ...record import Evidence
from ..doc import Tok
from .base import Cand, Reader, unique_tokens
from .codebook import LOC_TYPES, MOTION_TYPES, RUSSIAN
from .ru_args import (ABSORB_RELS, COND_MARKS, GEN_IS_ACTOR, MOTION_LEMMAS, NEG_DETS, NEG_WORDS, NO_PHRASE_TARGETS,
                      NOMINAL_RELS, QUOTE_CHARS, SUBJ, UNDOING, RussianArguments, dedupe, same_ref)


class RussianReader(RussianArguments, Reader):
    """The events of one Russian document (``view``: its document view; ``record``: entities, quotes, dates)."""

    conventions = RUSSIAN
    absorb_steps = 5

    def __init__(self, view, record, lex):
        Reader.__init__(self, record, lex)
        from .. import nlp
        self.vocab = nlp.russian().morph_vocab if view.lang == "ru" else None
        self.toks, self.seg, self.bounds = view.tokens, view.seg, view.segments
        self.index_mentions(record)

    # -- the parser's answers (base.Reader) ---------------------------------------------------------------------------
    def head(self, t):
        return self.toks[t.head]

    def dep(self, t) -> str:
        return t.rel

    def start(self, t) -> int:
        return t.start

    def seg_chars(self, seg: int) -> tuple[int, int]:
        a, b = self.bounds[seg]
        return self.toks[a].start, self.toks[b - 1].end

    def is_speech(self, t) -> bool:
        return t.pos == "VERB" and t.low in self.lex.speech

    def absorb_blocked(self, node) -> bool:
        if node.rel not in ABSORB_RELS or node.head == node.i:
            return True
        if node.rel in ("obl", "nmod") and self.adjunct(node):
            return True
        return node.rel == "advcl" and not any(self.toks[x].lemma in ("чтобы", "чтоб") for x in node.children) \
            and node.feats.get("VerbForm") != "Inf"

    def keep(self, c: Cand) -> bool:
        if not c.actors and not c.targets:
            return False
        if not c.actors and c.tok.pos != "VERB":
            return False  # a bare nominal names no one who acts
        return bool(c.actors) or any(self.toks[x].rel in ("nsubj:pass", "aux:pass") for x in c.tok.children) \
            or c.tok.feats.get("Voice") == "Pass"

    def arg_words(self, t: Tok):
        """(lemma, token) pairs a verb pattern can pair with: its objects, obliques (and their prepositions),
        xcomp, passive subject, with their conjuncts."""
        out = []
        for ct in self.kids(t):
            if ct.rel in ("obj", "iobj", "obl", "xcomp", "nsubj:pass"):
                for x in self.conjuncts(ct):
                    out.append((x.lemma, x))
                    if x.low != x.lemma:
                        out.append((x.low, x))
                p = self.prep(ct)
                if p:
                    out.append((p, ct))
            elif ct.rel in ("compound:prt", "fixed"):
                out.append((ct.lemma, ct))
        return out

    def find_trigger(self, t: Tok):
        lex = self.lex
        keys = (t.lemma, t.low) if t.low != t.lemma else (t.lemma,)
        if t.pos == "VERB":
            if t.feats.get("VerbForm") == "Part" and t.rel in NOMINAL_RELS:
                return None, None  # a participle used as a noun or adjective: "протестующие", "задержанный"
            for lemma in keys:
                for a, at in self.arg_words(t):
                    tr = lex.verb_args.get((lemma, a))
                    if tr is not None:
                        return (None, None) if tr.type == "-" else (tr, at)
            for lemma in keys:
                tr = lex.verbs.get(lemma)
                if tr is not None:
                    return (None, None) if tr.type == "-" else (tr, None)
            for lemma in keys:
                tr = lex.verb_agent_obj.get(lemma)
                if tr is not None:
                    for ct in self.kids(t, "obj", "nsubj:pass"):
                        if self.agentive(ct):
                            return tr, None
                tr = lex.verb_recipient.get(lemma)
                if tr is not None:  # "выделит Филиппинам катера": given to someone
                    for ct in self.kids(t, "iobj", "obl"):
                        if self.prep(ct) is None and self.case(ct) == "Dat" and self.agentive(ct):
                            return tr, None
            return None, None
        if t.pos in ("NOUN", "PROPN"):
            if t.pos == "PROPN" and t.lemma not in lex.nouns:
                return None, None
            p = self.prep(t)
            if p is not None and lex.cues.get(f"{p} {t.lemma}") == "fixed":
                return None, None  # "с помощью дронов", "по приглашению Путина"
            for ct in self.kids(t, "amod", "nmod", "compound"):
                for lemma in keys:
                    tr = lex.noun_mods.get((ct.lemma, lemma))
                    if tr is not None:
                        return (None, None) if tr.type == "-" else (tr, None)
            for lemma in keys:
                tr = lex.nouns.get(lemma)
                if tr is not None:
                    return (None, None) if tr.type == "-" else (tr, None)
        return None, None

    def negated_node(self, n: Tok) -> bool:
        return any(self.toks[c].low in NEG_WORDS and self.toks[c].pos == "PART" for c in n.children)

    def governance(self, t: Tok, chain):
        gov = self.lex.governors
        cues = self.lex.cues
        effects, negated, conditional = [], False, False
        nodes = [t] + [n for n in chain if n.pos in ("VERB", "ADJ", "AUX")]
        excluders = set()
        for n in chain:  # the light verb of a nominal: "отменил визит", "предложил провести встречу"
            eff = gov.get(n.lemma, ("",))[0]
            if n.pos == "VERB" and eff in ("propose", "planned", "negated"):
                effects.append(gov[n.lemma])
            elif n.pos == "VERB" and eff == "exclude":  # "не исключил встречи": possible; "исключил": negated
                excluders.add(n.i)
                effects.append(("possible", None) if self.negated_node(n) else ("negated", None))
        h = self.toks[t.head] if t.head != t.i else None
        if h is not None and h.pos == "VERB" and h.i not in excluders and gov.get(h.lemma, ("",))[0] == "exclude" \
                and (t.rel == "obj" or (t.rel == "ccomp" and t.pos == "VERB")):  # "исключил встречу лидеров",
            excluders.add(h.i)  # "не исключил, что лидеры встретятся": the object or clause ruled out or left open
            effects.append(("possible", None) if self.negated_node(h) else ("negated", None))
            effects = [e for e in effects if e[0] != "future"]
            nodes.append(h)
        node = nodes[-1]
        for _ in range(6):  # the complement chain above the clause: "планирует участвовать", "намерен ..."
            if node.head == node.i:
                break
            h = self.toks[node.head]
            infinitive = node.feats.get("VerbForm") == "Inf"
            if node.rel == "xcomp" or (infinitive and node.rel in ("acl", "nmod", "obl", "ccomp", "csubj")):
                if h.lemma in gov:
                    effects.append(gov[h.lemma])
                nodes.append(h)
                node = h
                continue
            if node.rel == "conj" and h.pos in ("VERB", "ADJ"):
                node = h
                continue
            break
        for n in unique_tokens(nodes):
            if self.negated_node(n) and n.i not in excluders:
                negated = True
            if n.feats.get("Tense") == "Fut" and n.pos in ("VERB", "AUX") and n.feats.get("VerbForm") == "Fin":
                effects.append(("future", "pledge"))
            for ct in self.kids(n):
                if ct.rel in ("aux", "aux:pass") and ct.lemma == "быть" and ct.feats.get("Tense") == "Fut":
                    effects.append(("future", "pledge"))
                elif ct.rel in ("aux", "parataxis", "advmod", "discourse") and ct.lemma in gov and \
                        gov[ct.lemma][0] in ("possible", "deontic", "planned"):
                    effects.append(gov[ct.lemma])
                elif ct.rel == "mark" and ct.lemma in COND_MARKS:
                    conditional = True
                elif ct.rel == "advcl" and self.conditional_clause(ct):  # "если X готов, пусть приезжает"
                    conditional = True
        # the clause of the trigger is an "если" clause further up
        node = t
        for _ in range(8):
            if self.conditional_clause(node):
                conditional = True
                break
            if node.head == node.i or node.rel in ("root", "ccomp", "parataxis"):
                break
            node = self.toks[node.head]
        # a nominal said (not) to happen or to be possible: "встреча не состоялась", "встреча возможна"
        if t.pos in ("NOUN", "PROPN"):
            # a negative determiner stands only under a negation ("никаких договорённостей не достигнуто"); the
            # passive subject of a negated verb was not done ("соглашение не подписано")
            if any(k.rel == "det" and (k.low in NEG_DETS or k.lemma in NEG_DETS) for k in self.kids(t)):
                negated = True
            h = self.toks[t.head] if t.head != t.i else None
            if t.rel == "nsubj:pass" and h is not None and self.negated_node(h) and h.lemma not in gov and \
                    h.lemma not in UNDOING:  # ("встреча не была отменена": it took place)
                negated = True
            preds = []
            if t.rel in ("nsubj", "nsubj:pass") and t.head != t.i:
                preds.append(self.toks[t.head])
            preds.extend(self.kids(t, "acl:relcl", "acl"))
            for p in preds:
                role = cues.get(p.lemma)
                if role in ("existence", "modality"):
                    if self.negated_node(p):
                        negated = True
                    if role == "modality":
                        effects.append(gov.get(p.lemma) or ("possible", None))
                    if p.feats.get("Tense") == "Fut" or any(c.lemma == "быть" and c.feats.get("Tense") == "Fut"
                                                             for c in self.kids(p, "aux", "cop")):
                        effects.append(("planned", None))
                    for ct in self.kids(p, "aux", "parataxis", "advmod"):
                        if ct.lemma in gov and gov[ct.lemma][0] in ("possible", "deontic"):
                            effects.append(gov[ct.lemma])
        return effects, negated, conditional

    # -- candidates ------------------------------------------------------------------------------------------------
    def tokens(self):
        return self.toks

    def candidate(self, t) -> Cand | None:
        trig, partner = self.find_trigger(t)
        if trig is None:
            return None
        is_verb = t.pos == "VERB"
        chain, anchor = [], t
        if is_verb:
            heads, passive = self.subjects(t)
        else:
            heads, chain, verb = self.noun_actor(t, trig.type)
            passive = False
            if verb is not None:
                anchor = verb
        actors = dedupe([self.resolve(h, want_actor=True) for h in heads])
        if not actors and not is_verb:  # "российские удары по Киеву": the nationality acts (as NORP in English)
            actors = self.nationality_actors(t)
        motion = trig.type in MOTION_TYPES or t.lemma in MOTION_LEMMAS or \
            any(n.lemma in MOTION_LEMMAS for n in chain)
        targets, between = self._targets(t, trig, is_verb, passive, chain, actors, motion)
        c_mode = trig.mode
        if between:
            if actors:
                targets = dedupe(between + targets)
                if trig.type == "CONSULT" and not any(same_ref(a, b) for a in actors for b in between):
                    c_mode = "mediate"
            else:
                actors = between
        c = Cand(t, trig, trig.type, c_mode, [], [], None, "asserted", anchor, self.seg[t.i], chain, False,
                 partner)
        c.actors = self.states(actors)
        c.targets = [r for r in self.states(targets) if not any(same_ref(r, a) for a in c.actors)]
        c.location = self.location(c, motion, targets)
        if c.location is not None and c.mode == "visit" and not c.targets:
            c.targets = self.states([c.location])
        effects, negated, conditional = self.governance(t, chain)
        self.classify(c, effects, negated, conditional)
        return c

    def _targets(self, t, trig, is_verb, passive, chain, actors, motion):
        gen_target = trig.type not in GEN_IS_ACTOR or (not is_verb and self.objective(t))
        phrases = trig.type not in NO_PHRASE_TARGETS  # what is sent or given is no recipient
        targets, between = self.targets(t, actors, is_verb, gen_target, motion, phrases=phrases)
        if is_verb and passive:
            pas = [self.resolve(x, want_actor=True) for ct in self.kids(t, "nsubj:pass", "nsubj")
                   for x in self.conjuncts(ct)]
            targets = dedupe(pas + targets)
        if not targets and chain:
            for n in chain:
                if n.pos == "VERB":
                    targets = [r for r in self.targets(n, actors, True, False, motion, phrases=phrases)[0]]
                    break
        return targets, between

    def location(self, c: Cand, motion: bool, raw_targets):
        t = c.tok
        loc = self.loc_of(t, motion)
        if loc is None:
            for n in c.chain:
                loc = self.loc_of(n, motion, deep=False)
                if loc is not None:
                    break
        if loc is None and t.pos == "NOUN" and t.rel in ("nsubj", "nsubj:pass") and t.head != t.i:
            h = self.toks[t.head]  # "на Аляске прошел саммит"
            if self.lex.cues.get(h.lemma) == "existence":
                loc = self.loc_of(h, motion, deep=False)
        if loc is None and t.rel == "acl:relcl" and t.head != t.i:  # "саммит на Аляске, где встретились ..."
            h = self.toks[t.head]
            where = any(self.toks[x].lemma in ("где", "куда") for x in t.children)
            if where and self.entity_type(h) in LOC_TYPES:
                loc = self.resolve(h)
            elif where or h.pos == "NOUN":
                loc = self.loc_of(h, True)
                if loc is None and h.rel in ("nsubj", "nsubj:pass") and h.head != h.i and \
                        self.lex.cues.get(self.toks[h.head].lemma) == "existence":
                    loc = self.loc_of(self.toks[h.head], True, deep=False)
        if loc is None and c.type == "CONSULT" and c.mode in ("visit", "meet", "host", None):
            for r in raw_targets:  # "посетил Китай": the visited place is where it happens
                ent = self.entity_by_id.get(r.entity or "")
                if ent is not None and ent.type in LOC_TYPES and c.mode == "visit":
                    loc = r
                    break
        return loc

    # -- evidence --------------------------------------------------------------------------------------------------
    def evidence(self, c: Cand, quote=None) -> Evidence:
        a, b = self.bounds[c.seg]
        if quote is not None:  # an event said inside a quote is shown within the quote
            while a < b and self.toks[a].start < quote.start:
                a += 1
            while b > a and self.toks[b - 1].end > quote.end:
                b -= 1
            if b <= a:
                a, b = self.bounds[c.seg]
        node = c.anchor
        for _ in range(8):
            if node.pos in ("VERB", "ADJ", "AUX") and any(self.toks[x].rel in SUBJ for x in node.children):
                break
            if node.rel in ("root", "ccomp", "acl:relcl", "advcl", "parataxis") and node.pos in ("VERB", "ADJ"):
                break
            if node.head == node.i:
                break
            node = self.toks[node.head]
        sub = self.subtree(node)
        lo, hi = max(min(sub), a), min(max(sub), b - 1)
        if node.rel == "root" or hi - lo < 2:
            lo, hi = a, b - 1
        toks = self.toks
        while lo < hi and (toks[lo].pos == "PUNCT" or toks[lo].text in QUOTE_CHARS or
                           (toks[lo].rel == "mark" and toks[lo].lemma in ("что", "чтобы"))):
            lo += 1
        while hi > lo and (toks[hi].pos == "PUNCT" or toks[hi].text in QUOTE_CHARS):
            hi -= 1
        start, end = toks[lo].start, toks[hi].end
        return Evidence(start, end, self.text[start:end])

    def subtree(self, t: Tok) -> list[int]:
        out, stack = [t.i], [t.i]
        while stack:
            j = stack.pop()
            for c in self.toks[j].children:
                out.append(c)
                stack.append(c)
        return out

    def trigger_text(self, c: Cand) -> str:
        parts = [c.tok]
        if c.partner is not None and c.partner is not c.tok:
            parts.append(c.partner)
        if c.tok.pos == "NOUN":
            for ct in self.kids(c.tok, "amod", "nmod"):
                if (ct.lemma, c.tok.lemma) in self.lex.noun_mods:
                    parts.append(ct)
        parts.sort(key=lambda x: x.i)
        if len(parts) == 1:
            return c.tok.text
        if parts[-1].i - parts[0].i <= 4:
            return self.text[parts[0].start:parts[-1].end]
        return " ".join(p.text for p in parts)
