"""Russian event arguments over natasha's UD parse (the tokens of the document view, doc.Tok):

  actor     nsubj (obl:agent / a bare instrumental of a passive), shared with a governing verb through xcomp
            ("планируют участвовать", "намерен координировать") or conj, a relative "который"'s antecedent; every
            conjunct ("Путин и Трамп встретились": one CONSULT, both actors, no target). A nominal trigger's actor is
            its genitive for meetings, agreements, protests and cooperation ("встреча Путина и Зеленского"), else
            the subject of the verb that governs it.
  target    obj / iobj / nsubj:pass, obliques and nominal modifiers with с, против, по, на, к, для, в отношении
            (a non-actor object such as "санкции" is looked through: "ввел санкции против России"); "между X и Y"
            prepared by a third party is CONSULT ``mediate``.
  location  a GPE/LOC entity under в/на/под in the locative (after a motion trigger also в/на + accusative:
            "пригласил Зеленского в Москву"), attached to the trigger, its object, its governing verb, or the noun a
            "где" clause hangs on ("саммит на Аляске, где встретились Путин и Трамп").
  every argument resolves to the entity whose mention covers its head (or the name in apposition to a title:
  "президента Украины Владимира Зеленского"); я/мы inside a quote resolve to its speaker, он/она to the last
  person of that gender; anything else stays ``Ref(entity=None, name=<phrase in the nominative>)`` when it can act.

:class:`NatashaTokens` (token look-ups and the mention index) serves the Ukrainian reader too.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from ..doc import Tok
from ..doc import norm as _norm
from .codebook import LOC_TYPES
from .codebook import dedupe, same_ref

GEN_IS_ACTOR = {"CONSULT", "PROTEST", "COOPERATE", "AGREE", "REQUEST", "THREATEN", "ACCUSE", "REJECT"}
MOTION_TYPES = {"CONSULT", "MOBILIZE"}
MOTION_LEMMAS = rules.wordset("ru", "motion_lemmas")
LOC_PREPS = rules.wordset("ru", "loc_preps")
TARGET_PREPS = rules.wordset("ru", "target_preps")
SUBJ = {"nsubj", "nsubj:pass", "csubj"}
ABSORB_RELS = {"obj", "obl", "iobj", "xcomp", "nmod", "acl", "ccomp", "csubj", "advcl", "conj"}
CLIMB_RELS = {"obj", "obl", "iobj", "nmod", "xcomp", "acl"}
NEG_WORDS = rules.wordset("ru", "neg_words")
NEG_DETS = rules.wordset("ru", "neg_dets")
UNDOING = rules.wordset("ru", "undoing_verbs")
FIRST_PERSON = rules.wordset("ru", "first_person")
THIRD_PERSON = {"он": "Masc", "его": "Masc", "ему": "Masc", "им": "Masc", "нем": "Masc", "него": "Masc",
                "нему": "Masc", "ним": "Masc", "она": "Fem", "ее": "Fem", "её": "Fem", "ей": "Fem", "нее": "Fem",
                "неё": "Fem", "ней": "Fem"}
RELATIVE = rules.wordset("ru", "relative")
QUOTE_CHARS = "«»“”„\"'‘’‹›—–-"
NOMINAL_RELS = {"amod", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj"}
ROLE_HEADS = rules.wordset("ru", "role_heads")
GENERIC_ROLE_HEADS = rules.wordset("ru", "generic_role_heads")
PYMORPHY_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
COND_MARKS = rules.wordset("ru", "cond_marks")
ABOUT_PREPS = rules.wordset("ru", "about_preps")
NO_PHRASE_TARGETS = {"MOBILIZE", "AID", "COOPERATE", "RETREAT"}


@lru_cache(maxsize=1)
def morph_analyzer():
    """pymorphy2's analyser (natasha's dependency, its Russian dictionaries shipped on PyPI), loaded once."""
    import pymorphy2
    return pymorphy2.MorphAnalyzer()


class NatashaTokens:
    """Look-ups over the natasha tokens of the document view and the index of the record's entity mentions by
    token (``tok_mention``: token -> the shortest mention over it; ``person_mentions``: (start, gender, entity,
    mention) in text order). Needs ``self.toks``, ``self.record``, ``self.text``."""

    def index_mentions(self, record) -> None:
        self.starts = [t.start for t in self.toks]
        self.tok_mention: dict[int, tuple] = {}
        self.person_mentions: list[tuple[int, str | None, object, object]] = []  # (start, gender, entity, mention)
        for e in record.entities:
            for m in e.mentions:
                j = bisect_left(self.starts, m.start)
                while j < len(self.toks) and self.toks[j].start < m.end:
                    if self.toks[j].end <= m.end + 1:
                        old = self.tok_mention.get(j)
                        if old is None or (m.end - m.start) < (old[1].end - old[1].start):
                            self.tok_mention[j] = (e, m)
                    j += 1
                if e.type == "PERSON":
                    k = bisect_left(self.starts, m.start)
                    g = self.toks[k].feats.get("Gender") if k < len(self.toks) else None
                    self.person_mentions.append((m.start, g, e, m))
        self.person_mentions.sort(key=lambda x: x[0])

    def kids(self, t: Tok, *rels):
        return [self.toks[c] for c in t.children if not rels or self.toks[c].rel in rels]

    def prep(self, t: Tok) -> str | None:
        """The preposition of a nominal (its 'case' child, with a fixed part: "в отношении")."""
        for c in t.children:
            ct = self.toks[c]
            if ct.rel == "case" and ct.pos == "ADP":
                fixed = [self.toks[f] for f in ct.children if self.toks[f].rel == "fixed"]
                return " ".join([ct.lemma] + [f.low for f in fixed]) if fixed else ct.lemma
        return None

    def case(self, t: Tok) -> str | None:
        return t.feats.get("Case")

    def conjuncts(self, t: Tok) -> list[Tok]:
        out = [t]
        stack = [t]
        while stack:
            x = stack.pop()
            for c in x.children:
                ct = self.toks[c]
                if ct.rel == "conj" and ct.pos in ("NOUN", "PROPN", "PRON", "NUM") and ct not in out:
                    out.append(ct)
                    stack.append(ct)
        return out

    def entity_type(self, t: Tok) -> str | None:
        m = self.mention_of(t)
        return m[0].type if m else None

    def mention_of(self, t: Tok):
        m = self.tok_mention.get(t.i)
        if m is not None:
            return m
        # a title with the name in apposition: "президента Украины Владимира Зеленского"
        for c in self.kids(t, "appos", "flat:name", "flat"):
            for x in [c] + self.kids(c, "flat:name", "flat"):
                m = self.tok_mention.get(x.i)
                if m is not None and (m[0].type == "PERSON" or c.rel == "appos"):
                    return m
        return None


class RussianArguments(NatashaTokens):
    """Actors, targets and places of Russian triggers (see the module docstring)."""

    def agentive(self, t: Tok) -> bool:
        """Can this phrase act or be acted on: a named thing, an agent noun, a number of agent nouns."""
        if self.mention_of(t) is not None or t.pos == "PROPN":
            return True
        if t.lemma in self.lex.agents or t.low in self.lex.agents:
            return True
        if t.low in FIRST_PERSON or t.low in THIRD_PERSON:
            return True
        if t.pos == "NUM" or self.lex.cues.get(t.lemma) == "quantity":  # "тысячи фермеров", "26 из 30 стран"
            return any(self.agentive(c) for c in self.kids(t, "nmod", "obl"))
        return False

    def objective(self, t: Tok) -> bool:
        """Is the genitive of nominal trigger ``t`` what is done to, not who does it (events_cues.tsv "objective":
        "критика власти")? Not when a phrase names the target ("критика Москвы в адрес Вашингтона")."""
        if self.lex.cues.get(t.lemma) != "objective":
            return False
        for ct in self.kids(t, "nmod", "obl"):
            p = self.prep(ct) or ""
            if p in TARGET_PREPS or p.startswith("в адрес") or (p == "в" and ct.lemma == "адрес"):
                return False
        return True

    def subjects(self, verb: Tok, depth=0):
        """(subject heads, passive) of a verb: nsubj (agent of a passive), shared through xcomp / conj /
        advcl, a relative pronoun's antecedent."""
        passive = verb.feats.get("Voice") == "Pass" or any(self.toks[c].rel in ("nsubj:pass", "aux:pass")
                                                           for c in verb.children)
        if passive:
            subs = [c for c in self.kids(verb, "obl:agent")]
            subs += [c for c in self.kids(verb, "obl") if self.case(c) == "Ins" and self.prep(c) is None
                     and self.agentive(c)]
        else:
            subs = [c for c in self.kids(verb, "nsubj") if self.case(c) != "Acc"]
            if verb.rel == "acl:relcl":  # "Премьер, который посетил Вашингтон": a nominative "который" is the subject
                rel = [c for c in self.kids(verb) if c.lemma == "который" and self.case(c) == "Nom"]
                if rel:
                    subs = rel
        if not subs and not passive and depth < 4 and verb.head != verb.i:
            h = self.toks[verb.head]
            if verb.rel in ("xcomp", "conj", "advcl", "csubj") and h.pos in ("VERB", "ADJ", "AUX", "NOUN"):
                if not self.is_speech(h):
                    return self.subjects(h, depth + 1)[0], passive
            if verb.rel == "acl:relcl" and h.head != h.i and h.rel in ("obj", "obl") and \
                    any(self.toks[c].lemma in ("где", "куда") for c in verb.children):
                g = self.toks[h.head]  # "посетил Израиль, где провел переговоры": the visitor
                if g.pos == "VERB" and not self.is_speech(g):
                    return self.subjects(g, depth + 1)[0], passive
        if not subs and not passive:  # "Если Зеленский готов, пусть приезжает": the subject of the condition
            for cl in self.kids(verb, "advcl"):
                if self.conditional_clause(cl):
                    subs = self.kids(cl, "nsubj")
                    break
        out = []
        for s in subs:
            if s.lemma in RELATIVE and verb.rel == "acl:relcl":
                s = self.toks[verb.head]
            out.extend(self.conjuncts(s))
        return out, passive

    def phrase(self, t: Tok):
        """(start, end, name) of the noun phrase headed by ``t``: its left modifiers and a genitive, the name in
        the nominative."""
        keep = {t.i}
        stack = [t]
        while stack:
            x = stack.pop()
            for c in x.children:
                ct = self.toks[c]
                if ct.rel in ("amod", "nummod", "nummod:gov", "det", "flat", "flat:name", "compound") or (
                        ct.rel == "nmod" and self.prep(ct) is None and ct.i > t.i and x is t) or (
                        ct.rel in ("conj", "cc") and x is not t and x.rel == "nmod"):
                    keep.add(ct.i)
                    stack.append(ct)
        lo, hi = min(keep), max(keep)
        while lo < hi and (self.toks[lo].pos == "PUNCT" or self.toks[lo].text in QUOTE_CHARS):
            lo += 1
        while hi > lo and (self.toks[hi].pos == "PUNCT" or self.toks[hi].text in QUOTE_CHARS):
            hi -= 1
        span = self.toks[lo:hi + 1]
        start, end = span[0].start, span[-1].end
        name = self.text[start:end]
        if self.vocab is not None and t.feats.get("Case") not in (None, "Nom") and \
                not any(x.pos == "NUM" for x in span):
            from natasha.norm import recover_shapes, recover_spaces  # outside the catch: an import error is no odd name
            try:
                words = [self.nominative(x) if (x is t or (x.head == t.i and x.rel == "amod")) else x.text
                         for x in span]
                name = recover_spaces(list(recover_shapes(words, [x.nat for x in span])), [x.nat for x in span])
            except Exception:  # noqa: BLE001 - keep the surface form
                name = self.text[start:end]
        return start, end, name

    def nominative(self, x: Tok) -> str:
        """The word in the nominative, same number (pymorphy2 through natasha's MorphVocab); else as written."""
        case = PYMORPHY_CASES.get(x.feats.get("Case") or "")
        number = "plur" if x.feats.get("Number") == "Plur" else "sing"
        if case is None or case == "nomn":
            return x.low
        for p in morph_analyzer().parse(x.low):
            if case in p.tag.grammemes and (number in p.tag.grammemes or p.tag.POS in ("ADJF", "PRTF")):
                f = p.inflect({"nomn"})
                if f is not None:
                    return f.word
        return x.low

    def resolve(self, t: Tok, want_actor=False, allow_phrase=True):
        m = self.mention_of(t)
        if m is not None:
            ent, men = m
            return Ref(ent.id, ent.name, Mention(men.start, men.end, men.text))
        if t.pos == "PRON" or t.low in FIRST_PERSON or t.low in THIRD_PERSON:
            if t.low in FIRST_PERSON:
                q = self.quote_at(t.start)
                if q is not None and q.speaker is not None:
                    return q.speaker
                return None
            gender = THIRD_PERSON.get(t.low)
            if gender is not None:
                best = None
                for start, g, ent, men in self.person_mentions:
                    if start >= t.start:
                        break
                    if g in (None, gender):
                        best = (ent, men)
                if best is not None:
                    ent, men = best
                    return Ref(ent.id, ent.name, Mention(men.start, men.end, men.text))
            return None
        if not allow_phrase or (t.pos not in ("NOUN", "PROPN", "NUM", "ADJ", "X") and
                                t.feats.get("VerbForm") != "Part"):
            return None
        if want_actor and not self.agentive(t):
            return None
        person = self.described_person(t)
        if person is not None:
            return person
        start, end, name = self.phrase(t)
        if not name.strip():
            return None
        return Ref(None, name, Mention(start, end, self.text[start:end]))

    def described_person(self, t: Tok):
        """A role description standing for a person named before ("американский лидер" -> Дональд Трамп): a
        person whose role names the country of the nationality adjective (and the title, unless the head is a
        generic "лидер"/"глава"), the latest mentioned before ``t``."""
        if t.lemma not in ROLE_HEADS:
            return None
        country = None
        for a in self.kids(t, "amod"):
            country = self.lex.demonyms.get(a.lemma)
            if country is not None:
                break
        if country is None:
            return None
        stems = country[1]
        best = None
        for start, _g, ent, men in self.person_mentions:
            if start >= t.start:
                break
            role = _norm(ent.role or "")
            words = role.split()
            if not words or not any(w.startswith(st) or role.find(st) >= 0 and " " in st for st in stems
                                    for w in words):
                continue
            if t.lemma not in GENERIC_ROLE_HEADS and not any(w.startswith(t.lemma[:5]) for w in words):
                continue
            best = (ent, men)
        if best is None:
            return None
        ent, _ = best
        return Ref(ent.id, ent.name, Mention(t.start, t.end, t.text))

    def nationality_actors(self, t: Tok) -> list:
        out = []
        for a in self.kids(t, "amod"):
            hit = self.lex.demonyms.get(a.lemma)
            if hit is not None and a.i < t.i:
                ent = self.entity_named(hit[0])
                out.append(Ref(ent.id if ent else None, ent.name if ent else hit[0], Mention(a.start, a.end, a.text)))
        return out

    def is_location(self, t: Tok, motion: bool) -> bool:
        """A place phrase: a GPE/LOC entity under в/на/под (locative; accusative after motion)."""
        if self.entity_type(t) not in LOC_TYPES:
            return False
        p = self.prep(t)
        if p not in LOC_PREPS:
            return False
        c = self.case(t)
        return c in ("Loc", "Ins") or (motion and c == "Acc") or c is None

    def loc_of(self, t: Tok, motion: bool, deep=True):
        for ct in self.kids(t, "obl", "nmod", "advmod"):
            if self.is_location(ct, motion):
                return self.resolve(ct)
        if deep:  # "достигла соглашения о гарантиях ... в Париже": a place inside an event noun's phrase
            for ct in self.kids(t, "obj", "nmod", "nsubj"):
                if ct.pos in ("NOUN", "PROPN") and (ct.rel == "obj" or self.prep(ct) is None) and (
                        ct.lemma in self.lex.nouns or self.agentive(ct)):
                    stack = [(ct, 0)]
                    while stack:
                        x, d = stack.pop()
                        r = self.loc_of(x, motion, deep=False)
                        if r is not None:
                            return r
                        if d < 2:
                            stack.extend((y, d + 1) for y in self.kids(x, "nmod") if y.pos in ("NOUN", "PROPN"))
        return None

    def target_heads(self, t: Tok, is_verb: bool, gen_target: bool):
        heads = []
        for ct in self.kids(t):
            p = self.prep(ct)
            if is_verb and p is None and (ct.rel in ("obj", "iobj") or (ct.rel == "nsubj" and self.case(ct) == "Acc")):
                heads.append((ct, None))  # an accusative labelled subject is the object ("который посетил Вашингтон")
            elif ct.rel in ("obl", "nmod", "obj", "iobj"):
                if p is not None and (p in TARGET_PREPS or p == "в отношении" or p in ABOUT_PREPS):
                    heads.append((ct, p))
                elif p is None and self.case(ct) == "Dat":
                    heads.append((ct, None))
                elif p is None and not is_verb and gen_target and self.case(ct) == "Gen" and ct.rel == "nmod":
                    heads.append((ct, None))
        return heads

    def targets(self, t: Tok, actors, is_verb: bool, gen_target: bool, motion: bool, depth=0, phrases=True):
        out, between, inner = [], [], []
        for head, p in self.target_heads(t, is_verb, gen_target):
            for x in self.conjuncts(head):
                if p in LOC_PREPS and self.is_location(head, motion):
                    continue
                if p in ABOUT_PREPS:  # "соглашение о гарантиях для Украины": what it is about is looked through
                    if depth < 2 and x.pos in ("NOUN", "PROPN"):
                        t2, b2 = self.targets(x, actors, False, True, motion, depth + 1, phrases)
                        inner.extend(t2)
                        between.extend(b2)
                    continue
                if depth and p is None and self.case(x) == "Gen" and self.entity_type(x) in LOC_TYPES:
                    continue  # "на улицы Тбилиси", "у здания парламента Грузии": a place, not whom
                if self.mention_of(x) is not None or x.pos == "PRON":
                    r = self.resolve(x)
                elif self.agentive(x):
                    r = self.resolve(x, want_actor=True) if phrases else None
                elif depth < 2 and x.pos in ("NOUN", "PROPN"):
                    t2, b2 = self.targets(x, actors, False, True, motion, depth + 1, phrases)
                    inner.extend(t2)
                    between.extend(b2)
                    continue
                else:
                    r = None
                if r is not None:
                    (between if p == "между" else out).append(r)
        if not out:  # a direct partner ("с Вашингтоном") outranks one inside the object ("санкции против России")
            out = inner
        out = [r for r in dedupe(out) if not any(same_ref(r, a) for a in actors)]
        return out, dedupe(between)

    def noun_actor(self, t: Tok, typ: str):
        """(actor heads, chain climbed, anchor verb) of a nominal trigger."""
        if typ in GEN_IS_ACTOR and not self.objective(t):  # not "критика власти"
            for ct in self.kids(t, "nmod"):
                if self.prep(ct) is None and self.case(ct) == "Gen" and self.agentive(ct):
                    return self.conjuncts(ct), [], None
        for ct in self.kids(t, "det"):  # "его визит"; "по итогам своего визита": the clause's subject
            if ct.low in ("его", "ее", "её", "их"):
                return [ct], [], None
            if ct.lemma == "свой":
                node = t
                for _ in range(6):
                    if node.head == node.i:
                        break
                    node = self.toks[node.head]
                    if node.pos == "VERB":
                        subs, passive = self.subjects(node)
                        if subs and not passive:
                            return subs, [], None
                        break
        chain = []
        node = t
        for _ in range(5):
            if node.rel not in CLIMB_RELS or node.head == node.i:
                break
            if node.rel == "obl" and self.adjunct(node):
                break
            came = node
            node = self.toks[node.head]
            chain.append(node)
            if node.pos == "VERB":
                declared = came.rel == "obj" and self.lex.cues.get(node.lemma) == "declaration"
                if (self.is_speech(node) and not declared) or not self.lends_subject(node):
                    return [], chain, None
                subs, passive = self.subjects(node)
                if subs and not passive:
                    return subs, chain, node
                return [], chain, node
            if node.pos == "NOUN":
                for ct in self.kids(node, "det"):
                    if ct.low in ("его", "ее", "её", "их"):
                        return [ct], chain, None
        return [], chain, None

    def lends_subject(self, verb: Tok) -> bool:
        """Does a nominal trigger under ``verb`` share its subject? Light verbs ("провели переговоры"), governors
        ("предложил встречу", "отменил визит") and trigger verbs do; others ("назвали протесты провокацией")
        do not."""
        lex = self.lex
        lemma = verb.lemma
        return lex.cues.get(lemma) == "light" or lemma in lex.governors or lemma in lex.verbs or \
            lemma in lex.verb_agent_obj or lemma in lex.verb_recipient or lemma in lex.pattern_verbs

    def adjunct(self, t: Tok) -> bool:
        """Is the nominal ``t`` a circumstance ("после встречи", "в ходе визита") rather than an argument?"""
        cues = self.lex.cues
        p = self.prep(t)
        if p is not None and cues.get(p.split()[0]) == "adjunct":
            return True
        return cues.get(t.lemma) == "adjunct" and p is not None

    def conditional_clause(self, t: Tok) -> bool:
        return any(self.toks[c].rel == "mark" and self.toks[c].lemma in COND_MARKS for c in t.children)
