"""understand.events_ru: PLOVER events of Russian (and Ukrainian) documents over natasha's parse.

The Russian counterpart of ``understand.events`` (read its docstring: the same types, modes, factuality values,
actor/target conventions, evidence and merging). It runs after ``understand.ru`` (which fills ``record.entities``
and ``record.quotes``) on documents whose language is ``ru`` or ``uk``, over the natasha Doc that
``understand.parse`` leaves in ``scratch["ru_doc"]`` (segmented, morphology, UD syntax, NER).

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
Ukrainian documents: natasha's morphology and syntax are Russian models, useless on Ukrainian, so ``UkExtractor``
reads each clause shallowly over word stems (``lang/uk/``: event_triggers.tsv, events_governors.tsv,
events_cues.tsv, events_agent_nouns.txt, events_metonyms.tsv, events_function_words.txt); see its docstring.

Typing and factuality follow understand.events: a trigger governed by another is absorbed by it ("договорились о
прекращении огня" is one AGREE); future tense (a perfective future, "будет" + infinitive) and commitments turn
cooperation into AGREE and material conflict into THREATEN with factuality "planned"; plans and intentions
("планируют", "намерен") keep the type, "planned"; offers ("предложил") make cooperation an AGREE, "proposed";
"может", "возможна", an "если" clause: "possible"; "не" on the trigger or its governors, "не состоялась", "отменил":
"negated" (a negated verbal AGREE is a REJECT); "не исключил встречи": "possible".

Arguments from the UD parse (one pass over the tokens, dictionary look-ups):
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
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..pipeline import component
from ..record import Event, Evidence, Mention, Ref
from .events import COOPERATIVE, MATERIAL_CONFLICT, TYPES, Trig, _dedupe, _same_ref, merge_mentions

LANGS = {"ru", "uk"}
LOC_TYPES = {"GPE", "LOC", "FAC"}
GEN_IS_ACTOR = {"CONSULT", "PROTEST", "COOPERATE", "AGREE", "REQUEST", "THREATEN", "ACCUSE", "REJECT"}
MOTION_TYPES = {"CONSULT", "MOBILIZE"}
MOTION_LEMMAS = {"пригласить", "приглашать", "приглашение", "посетить", "посещать", "приехать", "прибыть", "прилететь",
                 "направить", "отправить", "вывести", "отвести", "визит", "поездка", "перебросить", "ввести",
                 "вернуться", "вылететь", "отправиться", "прибытие", "приезд"}
LOC_PREPS = {"в", "на", "во", "под"}
TARGET_PREPS = {"с", "со", "против", "по", "на", "к", "ко", "для", "между", "у"}
SUBJ = {"nsubj", "nsubj:pass", "csubj"}
ABSORB_RELS = {"obj", "obl", "iobj", "xcomp", "nmod", "acl", "ccomp", "csubj", "advcl", "conj"}
CLIMB_RELS = {"obj", "obl", "iobj", "nmod", "xcomp", "acl"}
NEG_WORDS = {"не", "ни", "нет"}
FIRST_PERSON = {"я", "мы", "меня", "нас", "мне", "нам", "мной", "нами"}
THIRD_PERSON = {"он": "Masc", "его": "Masc", "ему": "Masc", "им": "Masc", "нем": "Masc", "него": "Masc",
                "нему": "Masc", "ним": "Masc", "она": "Fem", "ее": "Fem", "её": "Fem", "ей": "Fem", "нее": "Fem",
                "неё": "Fem", "ней": "Fem"}
RELATIVE = {"который", "которая", "которые", "которое", "кто", "что"}
QUOTE_CHARS = "«»“”„\"'‘’‹›—–-"
NOMINAL_RELS = {"amod", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj"}
ROLE_HEADS = {"лидер", "президент", "глава", "премьер", "премьер-министр", "канцлер", "министр", "политик",
              "руководитель", "госсекретарь", "генсек", "посол", "спикер"}
GENERIC_ROLE_HEADS = {"лидер", "глава", "политик", "руководитель"}
PYMORPHY_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
COND_MARKS = {"если", "якщо", "коли"}
ABOUT_PREPS = {"о", "об", "обо"}
NO_PHRASE_TARGETS = {"MOBILIZE", "AID", "COOPERATE", "RETREAT"}


# ---------------------------------------------------------------------------------------------------------------------
# the lexicon (rules as data)
# ---------------------------------------------------------------------------------------------------------------------
@dataclass
class Lexicon:
    verbs: dict = field(default_factory=dict)        # lemma -> Trig
    verb_args: dict = field(default_factory=dict)    # (verb lemma, argument lemma) -> Trig
    verb_agent_obj: dict = field(default_factory=dict)  # verb lemma -> Trig when its object names someone
    verb_recipient: dict = field(default_factory=dict)  # verb lemma -> Trig when a dative names someone
    nouns: dict = field(default_factory=dict)        # lemma -> Trig
    noun_mods: dict = field(default_factory=dict)    # (modifier lemma, noun lemma) -> Trig (either word order)
    governors: dict = field(default_factory=dict)    # lemma -> (effect, mode)
    cues: dict = field(default_factory=dict)         # lemma -> role
    metonyms: dict = field(default_factory=dict)     # seat of government (lower case) -> state
    agents: frozenset = frozenset()
    speech: frozenset = frozenset()                  # speech-verb word forms (understand.ru's list)
    pattern_verbs: frozenset = frozenset()           # verbs of the verb + argument patterns
    demonyms: dict = field(default_factory=dict)     # nationality adjective -> (country, role-word stems)


def _norm(s: str) -> str:
    return s.strip().lower().replace("ё", "е")


def _table(lang: str, name: str):
    from . import rules
    try:
        return rules.table(lang, name)
    except LookupError:
        return rules.table("ru", name)


def _words(lang: str, name: str):
    from . import rules
    try:
        return rules.words(lang, name)
    except LookupError:
        return rules.words("ru", name)


@lru_cache(maxsize=None)
def lexicon(lang: str = "ru") -> Lexicon:
    lex = Lexicon()
    for row in _table(lang, "event_triggers"):
        pattern, typ = _norm(row[0]), row[1].strip().upper() if len(row) > 1 else ""
        mode = (row[2].strip() or None) if len(row) > 2 else None
        if typ != "-" and typ not in TYPES:
            raise ValueError(f"lang/{lang}/event_triggers.tsv: unknown PLOVER type {typ!r} for {pattern!r}")
        t = Trig(typ, mode, pattern)
        if pattern.startswith("n:"):
            words = pattern[2:].split()
            if len(words) == 1:
                lex.nouns[words[0]] = t
            else:
                lex.noun_mods[(words[0], words[-1])] = t
                lex.noun_mods.setdefault((words[-1], words[0]), t)
        else:
            words = pattern.split()
            if len(words) == 2 and words[1] == "@someone":
                lex.verb_agent_obj[words[0]] = t
            elif len(words) == 2 and words[1] == "@recipient":
                lex.verb_recipient[words[0]] = t
            elif len(words) == 1:
                lex.verbs[words[0]] = t
            else:
                lex.verb_args[(words[0], words[-1])] = t
    for row in _table(lang, "events_governors"):
        lex.governors[_norm(row[0])] = (row[1].strip(), (row[2].strip() or None) if len(row) > 2 else None)
    for row in _table(lang, "events_cues"):
        lex.cues[_norm(row[0])] = row[1].strip()
    for row in _table(lang, "events_metonyms"):
        lex.metonyms[_norm(row[0])] = row[1].strip()
    lex.agents = frozenset(_norm(w) for w in _words(lang, "events_agent_nouns"))
    lex.speech = frozenset(_norm(w) for w in _words(lang, "speech_verbs"))
    lex.pattern_verbs = frozenset(v for v, _ in lex.verb_args)
    try:
        for row in _table(lang, "events_demonyms"):
            stems = tuple(_norm(x) for x in (row[2] if len(row) > 2 else "").split(",") if x.strip())
            lex.demonyms[_norm(row[0])] = (row[1].strip(), stems)
    except LookupError:
        pass
    return lex


@lru_cache(maxsize=1)
def morph_analyzer():
    """pymorphy2's analyser (natasha's dependency, its Russian dictionaries shipped on PyPI), loaded once."""
    import pymorphy2
    return pymorphy2.MorphAnalyzer()


# ---------------------------------------------------------------------------------------------------------------------
# tokens: natasha's tokens flattened, sentences cut again at line breaks, heads across a cut made roots
# ---------------------------------------------------------------------------------------------------------------------
class Tok:
    __slots__ = ("i", "text", "low", "start", "end", "lemma", "pos", "rel", "head", "children", "feats", "nat")

    def __init__(self, i, nat, lemma, head):
        self.i = i
        self.nat = nat
        self.text = nat.text
        self.low = _norm(nat.text)
        self.start = nat.start
        self.end = nat.stop
        self.lemma = lemma
        self.pos = nat.pos or ""
        self.rel = (nat.rel or "").lower()
        self.head = head
        self.children: list[int] = []
        self.feats = nat.feats or {}

    def __repr__(self):
        return f"Tok({self.i}, {self.text!r}, {self.lemma}, {self.pos}, {self.rel}->{self.head})"


def build_tokens(doc, text: str, morph_vocab):
    """(tokens, segment id of each token, segment bounds [(first, end)])."""
    toks: list[Tok] = []
    sent_of: list[int] = []
    for si, sent in enumerate(doc.sents):
        base = len(toks)
        ids = {t.id: base + k for k, t in enumerate(sent.tokens)}
        for k, t in enumerate(sent.tokens):
            if getattr(t, "lemma", None) is None and morph_vocab is not None:
                try:
                    t.lemmatize(morph_vocab)
                except Exception:  # noqa: BLE001 - a token the lemmatiser cannot handle keeps its form
                    t.lemma = None
            lemma = _norm(t.lemma or t.text)
            toks.append(Tok(base + k, t, lemma, ids.get(t.head_id, base + k)))
            sent_of.append(si)
    seg = [0] * len(toks)
    bounds: list[tuple[int, int]] = []
    start = 0
    for j in range(1, len(toks)):
        if sent_of[j] != sent_of[j - 1] or "\n" in text[toks[j - 1].end:toks[j].start]:
            bounds.append((start, j))
            start = j
    if toks:
        bounds.append((start, len(toks)))
    for sid, (a, b) in enumerate(bounds):
        for j in range(a, b):
            seg[j] = sid
    for t in toks:
        if seg[t.head] != seg[t.i]:
            t.head = t.i
            t.rel = "root"
    # natasha can return a head cycle: the token that closes it becomes a root
    rooted: set[int] = set()
    for t in toks:
        seen = [t.i]
        j = t.i
        while toks[j].head != j and j not in rooted:
            nxt = toks[j].head
            if nxt in seen:
                toks[j].head = j
                toks[j].rel = "root"
                break
            seen.append(nxt)
            j = nxt
        rooted.update(seen)
    for t in toks:
        if t.head != t.i:
            toks[t.head].children.append(t.i)
    return toks, seg, bounds


# ---------------------------------------------------------------------------------------------------------------------
# the extractor
# ---------------------------------------------------------------------------------------------------------------------
@dataclass
class Cand:
    tok: Tok
    trig: Trig
    type: str
    mode: str | None
    actors: list
    targets: list
    location: Ref | None
    factuality: str
    anchor: Tok
    seg: int
    chain: list = field(default_factory=list)
    absorbed: bool = False
    partner: Tok | None = None  # the argument word a verb pattern paired with ("ввели санкции")


class Extractor:
    def __init__(self, doc, record, morph_vocab=None, lang: str = "ru"):
        self.record = record
        self.text = record.document.text
        self.lang = lang if lang in LANGS else "ru"
        self.lex = lexicon(self.lang)
        self.vocab = morph_vocab
        self.toks, self.seg, self.bounds = build_tokens(doc, self.text, morph_vocab)
        self.starts = [t.start for t in self.toks]
        self.entity_by_id = {e.id: e for e in record.entities}
        # token -> the shortest entity mention over it
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

    # -- small helpers ---------------------------------------------------------------------------------------------
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

    def is_speech(self, t: Tok) -> bool:
        return t.pos == "VERB" and t.low in self.lex.speech

    def quote_of(self, t: Tok):
        for q in self.record.quotes:
            if q.start <= t.start < q.end:
                return q
        return None

    # -- triggers --------------------------------------------------------------------------------------------------
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

    # -- arguments -------------------------------------------------------------------------------------------------
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
            try:
                from natasha.norm import recover_shapes, recover_spaces
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
            if case in p.tag and (number in p.tag or p.tag.POS in ("ADJF", "PRTF")):
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
                q = self.quote_of(t)
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

    def states(self, refs):
        """Actors named by their seat of government act as the state ("Киев" -> Украина)."""
        met = self.lex.metonyms
        out = []
        for r in refs:
            state = met.get(_norm(r.name))
            if state is None and r.entity and r.entity in self.entity_by_id:
                ent = self.entity_by_id[r.entity]
                if ent.type in LOC_TYPES or ent.type == "ORG":
                    state = met.get(_norm(ent.name))
            if state is None:
                out.append(r)
                continue
            ent = self.entity_named(state)
            out.append(Ref(ent.id if ent else None, ent.name if ent else state, r.mention))
        return _dedupe(out)

    def entity_named(self, name):
        low = _norm(name)
        for e in self.record.entities:
            if _norm(e.name) == low or low in (_norm(a) for a in e.aliases):
                return e
        return None

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
        out = [r for r in _dedupe(out) if not any(_same_ref(r, a) for a in actors)]
        return out, _dedupe(between)

    def noun_actor(self, t: Tok, typ: str):
        """(actor heads, chain climbed, anchor verb) of a nominal trigger."""
        if typ in GEN_IS_ACTOR:
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
            node = self.toks[node.head]
            chain.append(node)
            if node.pos == "VERB":
                if self.is_speech(node) or not self.lends_subject(node):
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

    # -- factuality ------------------------------------------------------------------------------------------------
    def conditional_clause(self, t: Tok) -> bool:
        return any(self.toks[c].rel == "mark" and self.toks[c].lemma in COND_MARKS for c in t.children)

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
        seen = set()
        for n in nodes:
            if n.i in seen:
                continue
            seen.add(n.i)
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

    def classify(self, c: Cand, effects, negated, conditional):
        """The governors' effects on type, mode and factuality (the conventions of understand.events)."""
        kinds = [e for e, _ in effects]
        gmode = next((m for e, m in effects if m and e in ("planned", "future", "commit", "propose")), None)
        typ, mode, fact = c.type, c.mode, "asserted"
        if "fail" in kinds:
            if typ in COOPERATIVE or typ == "AGREE":
                c.type, c.mode, c.factuality = "REJECT", None, "asserted"
            else:
                c.factuality = "negated"
            return
        if negated:
            if typ == "AGREE" and c.tok.pos == "VERB":  # "не согласился", "не договорились"
                c.type, c.mode, c.factuality = "REJECT", None, "asserted"
                return
            fact = "negated"
        elif "negated" in kinds:
            fact = "negated"
        elif conditional or "possible" in kinds:
            fact = "possible"
        elif "propose" in kinds:
            fact = "proposed"
            if typ in COOPERATIVE and not (typ == "CONSULT" and mode == "invite"):
                typ, mode = "AGREE", gmode
        elif "commit" in kinds or "future" in kinds:
            fact = "planned"
            if "planned" in kinds:  # "планирует ... будет": the plan keeps the type
                mode = mode or gmode
            elif typ in COOPERATIVE and not (typ == "CONSULT" and mode == "invite"):
                typ, mode = "AGREE", gmode
            elif typ in MATERIAL_CONFLICT and typ != "MOBILIZE":
                typ, mode = "THREATEN", None
        elif "planned" in kinds:
            fact = "planned"
            mode = mode or gmode
        elif "deontic" in kinds:
            fact = "proposed"
        c.type, c.mode, c.factuality = typ, mode, fact

    # -- candidates ------------------------------------------------------------------------------------------------
    def candidates(self) -> list[Cand]:
        cands, by_tok = [], {}
        for t in self.toks:
            trig, partner = self.find_trigger(t)
            if trig is None:
                continue
            is_verb = t.pos == "VERB"
            chain, anchor = [], t
            if is_verb:
                heads, passive = self.subjects(t)
            else:
                heads, chain, verb = self.noun_actor(t, trig.type)
                passive = False
                if verb is not None:
                    anchor = verb
            actors = _dedupe([self.resolve(h, want_actor=True) for h in heads])
            if not actors and not is_verb:  # "российские удары по Киеву": the nationality acts (as NORP in English)
                actors = self.nationality_actors(t)
            motion = trig.type in MOTION_TYPES or t.lemma in MOTION_LEMMAS or \
                any(n.lemma in MOTION_LEMMAS for n in chain)
            gen_target = trig.type not in GEN_IS_ACTOR
            phrases = trig.type not in NO_PHRASE_TARGETS  # what is sent or given is no recipient
            targets, between = self.targets(t, actors, is_verb, gen_target, motion, phrases=phrases)
            if is_verb and passive:
                pas = [self.resolve(x, want_actor=True) for ct in self.kids(t, "nsubj:pass", "nsubj")
                       for x in self.conjuncts(ct)]
                targets = _dedupe(pas + targets)
            if not targets and chain:
                for n in chain:
                    if n.pos == "VERB":
                        targets = [r for r in self.targets(n, actors, True, False, motion, phrases=phrases)[0]]
                        break
            if between:
                if actors:
                    targets = _dedupe(between + targets)
                    if trig.type == "CONSULT" and not any(_same_ref(a, b) for a in actors for b in between):
                        c_mode = "mediate"
                    else:
                        c_mode = trig.mode
                else:
                    actors, c_mode = between, trig.mode
            else:
                c_mode = trig.mode
            raw_targets = targets
            c = Cand(t, trig, trig.type, c_mode, [], [], None, "asserted", anchor, self.seg[t.i], chain, False,
                     partner)
            c.actors = self.states(actors)
            c.targets = [r for r in self.states(targets) if not any(_same_ref(r, a) for a in c.actors)]
            c.location = self.location(c, motion, raw_targets)
            if c.location is not None and c.mode == "visit" and not c.targets:
                c.targets = self.states([c.location])
            effects, negated, conditional = self.governance(t, chain)
            self.classify(c, effects, negated, conditional)
            cands.append(c)
            by_tok[t.i] = c
        self.absorb(cands, by_tok)
        return cands

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

    def absorb(self, cands, by_tok):
        """A trigger inside the complement of another trigger is part of it ("договорились о прекращении огня",
        "пригласил на переговоры", "отказался от встречи"); a coordinated trigger is not."""
        owners = dict(by_tok)
        for c in cands:
            if c.anchor is not c.tok and c.anchor.i not in owners:
                owners[c.anchor.i] = c
        for c in cands:
            node = c.tok
            for _ in range(5):
                if node.rel not in ABSORB_RELS or node.head == node.i:
                    break
                if node.rel in ("obl", "nmod") and self.adjunct(node):
                    break
                if node.rel == "advcl" and not any(self.toks[x].lemma in ("чтобы", "чтоб") for x in node.children) \
                        and node.feats.get("VerbForm") != "Inf":
                    break
                if node.rel == "conj":
                    node = self.toks[node.head]
                    continue
                node = self.toks[node.head]
                other = owners.get(node.i)
                if other is not None and other is not c:
                    c.absorbed = True
                    if not other.targets and c.targets:
                        other.targets = [r for r in c.targets if not any(_same_ref(r, a) for a in other.actors)]
                    if other.location is None and c.location is not None:
                        other.location = c.location
                    break
                if self.is_speech(node):
                    break

    # -- evidence, date --------------------------------------------------------------------------------------------
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

    def date(self, c: Cand, quote):
        a, b = self.bounds[c.seg]
        s, e = self.toks[a].start, self.toks[b - 1].end
        best, pos = None, c.tok.start
        for d in self.record.dates:
            if d.value and s <= d.start and d.end <= e:
                if best is None or abs(d.start - pos) < abs(best.start - pos):
                    best = d
        if best is not None:
            return best.value, 0
        if quote is not None and quote.date:
            return quote.date, 1
        pub = self.record.document.published
        return (pub[:10] if pub else None), 2

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

    def events(self) -> list[Event]:
        built = []
        for c in self.candidates():
            if c.absorbed or (not c.actors and not c.targets):
                continue
            if not c.actors and c.tok.pos != "VERB":
                continue  # a bare nominal names no one who acts
            if not c.actors and not any(self.toks[x].rel in ("nsubj:pass", "aux:pass") for x in c.tok.children) \
                    and c.tok.feats.get("Voice") != "Pass":
                continue
            quote = self.quote_of(c.tok)
            date, rank = self.date(c, quote)
            ev = Event(id="", type=c.type, mode=c.mode, actors=c.actors, targets=c.targets, location=c.location,
                       date=date, trigger=self.trigger_text(c), evidence=self.evidence(c, quote),
                       factuality=c.factuality,
                       source=quote.speaker if quote is not None else None,
                       quote=quote.id if quote is not None else None)
            built.append((ev, rank, quote is not None, c.tok.i))
        # mentions of one happening merge (understand.events.merge_mentions), a visit never with a meeting: the
        # mentions are merged per mode and put back in text order
        buckets: dict = {}
        for item in built:
            buckets.setdefault(item[0].mode, []).append(item)
        order = {id(item[0]): item[3] for item in built}
        merged = sorted((ev for items in buckets.values() for ev in merge_mentions(items)), key=lambda e: order[id(e)])
        for i, ev in enumerate(merged, 1):
            ev.id = f"v{i}"
        return merged


# ---------------------------------------------------------------------------------------------------------------------
# Ukrainian: a shallow reading of the clause over word forms (natasha parses Russian only)
# ---------------------------------------------------------------------------------------------------------------------
class Stems:
    """Word-stem patterns of a lang/uk rule file: "word*" matches words beginning with "word", "word" that word;
    a two-stem pattern matches its second stem within five words after the first. Exact words are tried before
    stems, longer stems first."""

    def __init__(self, entries):
        self.pairs: list[tuple[str, str, object]] = []
        self.exact: dict[str, object] = {}
        self.prefix: list[tuple[str, object]] = []
        for pattern, value in entries:
            words = _norm(pattern).split()
            if len(words) >= 2:
                self.pairs.append((words[0], words[-1], value))
            elif words[0].endswith("*"):
                self.prefix.append((words[0][:-1], value))
            else:
                self.exact.setdefault(words[0], value)
        self.prefix.sort(key=lambda x: -len(x[0]))

    @staticmethod
    def match(stem: str, word: str) -> bool:
        return word.startswith(stem[:-1]) if stem.endswith("*") else word == stem

    def single(self, word: str):
        v = self.exact.get(word)
        if v is not None:
            return v
        for stem, v in self.prefix:
            if word.startswith(stem):
                return v
        return None

    def at(self, words: list[str], j: int, end: int):
        """(value, index of the second word or None) of the pattern matching at ``words[j]``, or (None, None)."""
        for a, b, v in self.pairs:
            if self.match(a, words[j]):
                for k in range(j + 1, min(end, j + 6)):
                    if self.match(b, words[k]):
                        return v, k
        return self.single(words[j]), None


@lru_cache(maxsize=None)
def uk_rules():
    from . import rules
    trig = []
    for row in rules.table("uk", "event_triggers"):
        pattern = row[0]
        typ = row[1].strip().upper() if len(row) > 1 else ""
        if typ != "-" and typ not in TYPES:
            raise ValueError(f"lang/uk/event_triggers.tsv: unknown PLOVER type {typ!r} for {pattern!r}")
        noun = pattern.startswith("n:")
        trig.append((pattern[2:] if noun else pattern,
                     (Trig(typ, (row[2].strip() or None) if len(row) > 2 else None, _norm(pattern)), noun)))
    gov = [(r[0], (r[1].strip(), (r[2].strip() or None) if len(r) > 2 else None))
           for r in rules.table("uk", "events_governors")]
    cues = [(r[0], r[1].strip()) for r in rules.table("uk", "events_cues")]
    agents = [(w, True) for w in rules.lines("uk", "events_agent_nouns")]
    return Stems(trig), Stems(gov), Stems(cues), Stems(agents)


UK_PREPS = {"у", "в", "на", "до", "з", "із", "зі", "від", "для", "проти", "між", "про", "після", "під", "над", "по",
            "при", "через", "за", "без", "щодо", "біля", "навколо", "к", "о", "об", "с", "со", "против", "между"}
UK_LOC_PREPS = {"у", "в", "на", "во"}
UK_WITH = {"з", "із", "зі", "с", "со", "проти", "против", "по", "щодо"}
UK_AND = {"і", "й", "та", "и"}
UK_FIRST_PERSON = {"я", "ми", "мене", "нас", "мені", "нам"}
UK_NEG = {"не", "ні"}
UK_BREAK = {",", ";", ":", "—", "–", "(", ")", "«", "»", "“", "”", "„", "\"", "що", "який", "яка", "які", "де", "коли"}


class UkExtractor(Extractor):
    """Ukrainian documents: natasha's tokens and sentences (its tags are Russian guesses), the entities of
    ``understand.ru``; each trigger (word stems, lang/uk) reads its clause (the words between commas): actors are
    the nearest names before it (joined by "і"/"та"; after it when none stands before: "де зустрілися Путін і
    Трамп"), the target the first name after it (bare, or after з/проти/по), the place a GPE after у/в/на (after
    "до" for a motion trigger); "не" before it negates, governors before it ("має намір", "планує", "може",
    "буде") and cues after a nominal ("не відбулася", "можлива") set the factuality."""

    def __init__(self, doc, record):
        super().__init__(doc, record, None, "uk")
        self.trigs, self.govs, self.cue_stems, self.agent_stems = uk_rules()
        from . import rules
        self.function_words = frozenset(_norm(w) for w in rules.lines("uk", "events_function_words"))
        # natasha's Russian NER on Ukrainian text can swallow a clause ("Київ має намір ... з Вашингтоном"): only
        # mentions made of capitalised words are kept; a capitalised word they miss is looked up by its surface
        # among the clean mentions, else it stands as an unresolved name
        by_surface = {}
        for k, (ent, men) in list(self.tok_mention.items()):
            words = self.text[men.start:men.end].split()
            if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
                del self.tok_mention[k]
            else:
                by_surface.setdefault(_norm(self.toks[k].text), (ent, men))
        for t in self.toks:
            if t.i not in self.tok_mention and self.capitalised(t):
                hit = by_surface.get(t.low)
                if hit is not None:
                    self.tok_mention[t.i] = (hit[0], Mention(t.start, t.end, t.text))

    def capitalised(self, t: Tok) -> bool:
        """A name-like word: capitalised, and not only because it opens the sentence (unless tagged a name)."""
        if not t.text[:1].isupper() or len(t.text) < 2 or not t.text[:1].isalpha():
            return False
        first = self.bounds[self.seg[t.i]][0] == t.i or (t.i > 0 and self.toks[t.i - 1].text in QUOTE_CHARS)
        if t.low in self.function_words:
            return False
        return not first or t.pos == "PROPN" or (self.trigs.single(t.low) is None and self.govs.single(t.low) is None)

    def clause(self, j: int) -> tuple[int, int]:
        a, b = self.bounds[self.seg[j]]
        lo = j
        while lo > a and self.toks[lo - 1].low not in UK_BREAK:
            lo -= 1
        hi = j + 1
        while hi < b and self.toks[hi].low not in UK_BREAK:
            hi += 1
        return lo, hi

    def candidate_at(self, k: int) -> bool:
        t = self.toks[k]
        if t.low in UK_FIRST_PERSON:  # "Ми не будемо вести переговори", inside a quote: its speaker
            q = self.quote_of(t)
            return q is not None and q.speaker is not None
        if self.tok_mention.get(k) is not None:
            return self.tok_mention[k][0].type in ("PERSON", "ORG", "GPE", "LOC", "GROUP", "MEDIA", "NORP")
        if self.cue_stems.single(t.low) == "quantity":  # "тисячі людей"
            return k + 1 < len(self.toks) and self.seg[k + 1] == self.seg[k] and \
                self.agent_stems.single(self.toks[k + 1].low) is not None
        return self.agent_stems.single(t.low) is not None or (self.capitalised(t) and
                                                               self.trigs.single(t.low) is None)

    def prep_before(self, k: int) -> str | None:
        j = k - 1
        while j >= 0 and (self.toks[j].pos == "ADJ" or self.toks[j].low.isdigit()) and k - j < 3:
            j -= 1
        if j >= 0 and self.toks[j].low in UK_PREPS:
            return self.toks[j].low
        return None

    def ref_at(self, k: int):
        if self.toks[k].low in UK_FIRST_PERSON:
            return self.quote_of(self.toks[k]).speaker
        m = self.tok_mention.get(k)
        if m is not None:
            ent, men = m
            return Ref(ent.id, ent.name, Mention(men.start, men.end, men.text))
        t = self.toks[k]
        if self.cue_stems.single(t.low) == "quantity" and k + 1 < len(self.toks):
            t = self.toks[k + 1]  # "Тисячі людей": the phrase runs to the people
            return Ref(None, self.text[self.toks[k].start:t.end], Mention(self.toks[k].start, t.end,
                                                                          self.text[self.toks[k].start:t.end]))
        start = t.start
        if k > 0 and (self.toks[k - 1].low.isdigit() or self.toks[k - 1].pos in ("NUM", "ADJ")) and \
                self.seg[k - 1] == self.seg[k]:
            start = self.toks[k - 1].start  # "26 країн", "російські війська"
        return Ref(None, self.text[start:t.end], Mention(start, t.end, self.text[start:t.end]))

    def group(self, k: int, lo: int, hi: int, step: int) -> list[int]:
        """``k`` and the names joined to it by і/та/й/comma, walking in direction ``step``."""
        out = [k]
        j = k + step
        while lo <= j < hi:
            t = self.toks[j]
            if t.low in UK_AND or t.text == ",":
                j += step
                continue
            if self.tok_mention.get(j) is not None and self.tok_mention.get(j) == self.tok_mention.get(out[-1]):
                j += step
                continue
            if self.candidate_at(j) and self.toks[j - 1 if step > 0 else j + 1].low in UK_AND | {","}:
                if self.prep_before(j) is None:
                    out.append(j)
                j += step
                continue
            break
        return out

    def candidates(self) -> list[Cand]:
        toks = self.toks
        words = [t.low for t in toks]
        cands = []
        last_verb = None
        j = 0
        while j < len(toks):
            a, b = self.bounds[self.seg[j]]
            found, partner = self.trigs.at(words, j, b)
            if found is None or found[0].type == "-" or self.agent_stems.single(words[j]) is not None:
                j += 1  # "протестувальники" names who protests: an actor, not the protest
                continue
            trig, noun = found
            t = toks[j]
            lo, hi = self.clause(j)
            if noun and last_verb is not None and lo <= last_verb < j and j - last_verb <= 5:
                j += 1  # the object of a verb trigger ("координувати санкції") is part of it
                continue
            if not noun:
                last_verb = partner if partner is not None else j
            motion = trig.type in MOTION_TYPES
            used: set[int] = {j} | ({partner} if partner is not None else set())
            # location: a GPE after у/в/на (до for motion) in the clause
            loc = None
            for k in range(lo, hi):
                if k in used or not (self.entity_type(toks[k]) in LOC_TYPES or (
                        self.tok_mention.get(k) is None and self.capitalised(toks[k]))):
                    continue
                p = self.prep_before(k)
                if p in UK_LOC_PREPS or (motion and p == "до"):
                    loc = self.ref_at(k)
                    used.add(k)
                    break
            if loc is None and lo >= 2 and toks[lo - 1].low in ("де", "куди") and self.seg[lo - 2] == self.seg[j]:
                plo, phi = self.clause(lo - 2)  # "саміт на Алясці, де зустрілися Путін і Трамп"
                for k in range(plo, phi):
                    if self.entity_type(toks[k]) in LOC_TYPES or (self.tok_mention.get(k) is None and
                                                                   self.capitalised(toks[k])):
                        if self.prep_before(k) in UK_LOC_PREPS:
                            loc = self.ref_at(k)
                            break
            # actors
            actors_idx: list[int] = []
            if noun and trig.type in GEN_IS_ACTOR:
                k = j + 1
                if k < hi and self.candidate_at(k) and self.prep_before(k) is None:
                    actors_idx = self.group(k, lo, hi, 1)
            if not actors_idx:
                for k in range(j - 1, lo - 1, -1):
                    if k not in used and self.candidate_at(k) and self.prep_before(k) is None:
                        actors_idx = self.group(k, lo, j, -1)
                        break
            if not actors_idx and not noun:
                for k in range(j + 1, hi):
                    if k not in used and self.candidate_at(k) and self.prep_before(k) is None:
                        actors_idx = self.group(k, j + 1, hi, 1)
                        break
            used.update(actors_idx)
            # targets: the first name after the trigger (bare or after з/проти/по), "між X і Y"
            targets_idx, between = [], False
            for k in range(j + 1, hi):
                if k in used or not self.candidate_at(k):
                    continue
                p = self.prep_before(k)
                if p is None or p in UK_WITH or p in ("між", "между") or (p == "до" and not motion):
                    targets_idx = self.group(k, j + 1, hi, 1)
                    between = p in ("між", "между")
                    break
            actors = _dedupe([self.ref_at(k) for k in sorted(actors_idx)])
            targets = _dedupe([self.ref_at(k) for k in targets_idx])
            mode = trig.mode
            if between and actors and trig.type == "CONSULT":
                mode = "mediate"
            c = Cand(t, trig, trig.type, mode, self.states(actors), [], loc, "asserted", t, self.seg[j], [], False,
                     toks[partner] if partner is not None else None)
            c.targets = [r for r in self.states(targets) if not any(_same_ref(r, x) for x in c.actors)]
            if loc is None and mode == "visit" and targets_idx and \
                    self.entity_type(toks[targets_idx[0]]) in LOC_TYPES:  # "відвідав Київ": where, and whom
                loc = c.location = self.ref_at(targets_idx[0])
            if loc is not None and mode == "visit" and not c.targets:
                c.targets = self.states([loc])
            # factuality
            effects, negated, conditional = [], False, False
            if j > lo and words[j - 1] in UK_NEG:
                negated = True
            k = j - 1
            while k >= lo:
                g, _ = self.govs.at(words, k, j)
                if g is not None:
                    effects.append(g)
                    if k > lo and words[k - 1] in UK_NEG:
                        negated = True
                if words[k] in ("якщо", "если"):
                    conditional = True
                k -= 1
            if any(toks[x].low in ("якщо", "если") for x in range(self.bounds[self.seg[j]][0], lo)):
                conditional = True
            if noun:
                for k in range(j + 1, min(hi, j + 6)):
                    role = self.cue_stems.single(words[k])
                    if role is None:
                        continue
                    neg = words[k - 1] in UK_NEG or (k > 1 and words[k - 2] in UK_NEG)
                    if role == "existence" and neg:
                        negated = True
                    elif role == "modality":
                        if words[k].startswith("неможлив"):
                            effects.append(("negated", None))
                        else:
                            effects.append(("possible", None))
                    break
            self.classify(c, effects, negated, conditional)
            if c.actors:
                cands.append(c)
            j = (partner + 1) if partner is not None else j + 1
        return cands

    def trigger_text(self, c: Cand) -> str:
        if c.partner is not None:
            return self.text[c.tok.start:c.partner.end]
        return c.tok.text

    def evidence(self, c: Cand, quote=None) -> Evidence:
        a, b = self.bounds[c.seg]
        toks = self.toks
        if quote is not None:
            while a < b and toks[a].start < quote.start:
                a += 1
            while b > a and toks[b - 1].end > quote.end:
                b -= 1
            if b <= a:
                a, b = self.bounds[c.seg]
        lo, hi = a, b - 1
        while lo < hi and (toks[lo].pos == "PUNCT" or toks[lo].text in QUOTE_CHARS):
            lo += 1
        while hi > lo and (toks[hi].pos == "PUNCT" or toks[hi].text in QUOTE_CHARS):
            hi -= 1
        return Evidence(toks[lo].start, toks[hi].end, self.text[toks[lo].start:toks[hi].end])


def extract(doc, record, lang: str = "ru") -> list[Event]:
    """The PLOVER events of a Russian/Ukrainian ``record`` over its natasha ``doc`` (entities, quotes, dates read)."""
    if lang == "uk":
        return UkExtractor(doc, record).events()
    from . import nlp
    return Extractor(doc, record, nlp.russian().morph_vocab, lang).events()


@component("understand.events_ru", requires=("document.text", "scratch.ru_doc"), assigns=("events",))
def events_ru(work) -> None:
    doc = work.record.document
    nat = work.scratch.get("ru_doc")
    if doc.language not in LANGS or nat is None:
        return
    work.record.events = extract(nat, work.record, doc.language)
