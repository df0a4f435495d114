"""understand.events: who did what to whom, where and when, as PLOVER events (one pass over the parse).

Triggers come from a lexicon kept as data (``lang/en/event_triggers.tsv``: verb lemmas, verb + object/particle/
preposition patterns, nominalisations); the words that change factuality or type are in ``events_governors.tsv``;
speech-borne cues in ``events_cues.tsv``. The argument structure comes from spaCy's dependency parse:

- actor: the subject (the agent of a passive; a relative pronoun's antecedent; the subject shared with a governing
  or coordinated verb). A nominal trigger's actor is its possessor ("his visit"), its ``of``-phrase for meetings and
  protests ("a meeting of the Coalition"), a nationality adjective ("Palestinian riots"), or the subject of the verb
  that governs it ("the Coalition reached an agreement", "Trump began work on preparing negotiations").
  Compound actors: every conjunct is an actor. Convention (PLOVER codebook, "Compound and Reciprocal Actors"):
  "Putin and Trump met" gives ONE CONSULT event with both as actors and no target; "Putin met Trump" gives actor
  Putin, target Trump.
- target: the direct object or the object of with/to/against/on/for/from/between; "negotiations between Russia and
  Ukraine" prepared by a third party is CONSULT mode ``mediate`` with both as targets.
- location: a GPE/LOC/FAC after in/at/to/near attached to the trigger, to its governing verb, or to the noun a
  relative clause hangs on ("the summit in Alaska, where Putin and Trump met").
- date: a dated expression of the same sentence, else the date of the quote that reports it, else the document's
  published date, else null.
- every argument is resolved to an entity of ``record.entities`` through the mention that covers its head (so
  coreference done upstream carries over: "The Russian leader" -> Putin); a phrase that no mention covers stays
  an unresolved ``Ref(entity=None, name=<phrase>)`` ("26 countries"); an unresolved pronoun is dropped.
- factuality: asserted | planned | proposed | negated | possible (see events_governors.tsv); an event inside a quote
  gets ``source`` = the quote's speaker and ``quote`` = the quote id.
- typing conventions of the codebook: a trigger governed by another trigger is absorbed by it ("agreed to share
  information" is one AGREE); future cooperation becomes AGREE and future material conflict THREATEN; a negated
  AGREE ("will not accept") is a REJECT. Where the codebook and the gold records disagree we follow the gold
  records (PLOVER gold standard, the reference page): invitations are CONSULT ``invite``; plans and intentions
  ("plan to participate", "intends to coordinate") keep their type with factuality ``planned``.
- non-political readings are dropped (rules as data in ``events_nonpolitical.tsv``, ``events_patient_nouns.txt``,
  ``events_undergo_verbs.txt``): play in a sports contest ("Wild beat Sabres 4-1", a whole match report), the change
  of a quantity ("the Nikkei declined 0.3%"), actors that are quantities, markets or natural things ("oil prices
  fell", "cells attack"), questions ("when asked about"), purchases ("ordered 30 Boeing jets"), verbs inside names,
  telephone calls, efforts ("fought to get the script"); a dateline parsed as the subject gives way to the phrase
  after the dash; the possessor of "release/arrest/extradition" and the subject of "received threats" are no actors.
- mentions of one event in one document (same type, same actors, compatible target and place, same factuality
  class) are merged into one event whose evidence is its clearest mention (asserted first, narrator before quote).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..pipeline import component
from ..record import Event, Evidence, Mention, Ref

LANG = "en"

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NAME_TYPES = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"}  # a verb inside such a name is no trigger
SCORE = re.compile(r"(?<![\d/.,$])\b\d{1,3}-\d{1,3}\b(?![-/\d%])"  # a sports score: "4-1", "6-3, 7-6 (5)",
                   r"|\b[A-Z][\w.]+ \d{1,3}, [A-Z][\w.]+ \d{1,3}\b")  # "Bruins 5, Devils 1"
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
MATERIAL_CONFLICT = {"SANCTION", "PROTEST", "COERCE", "ASSAULT", "MOBILIZE"}
FACT_RANK = {"asserted": 0, "planned": 1, "proposed": 2, "possible": 3, "negated": 4}

SUBJ = {"nsubj", "nsubjpass", "csubj"}
OBJ = {"dobj", "obj", "attr", "oprd"}
PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their", "who", "whom", "which", "that", "this", "these", "those", "one", "itself", "themselves",
            "himself", "herself", "mine", "ours", "theirs", "yours", "hers"}
RELATIVE = {"who", "whom", "which", "that", "whose"}
LOC_PREPS = {"in", "at", "to", "near", "inside", "into"}
STATIC_PREPS = {"in", "at", "near", "inside"}  # "to"/"into" name a place only after motion: "invited X to Moscow"
MOTION_TYPES = {"CONSULT", "MOBILIZE"}
MOTION_LEMMAS = {"send", "deploy", "travel", "return", "come", "go", "invite", "visit", "move", "fly", "arrive",
                 "dispatch", "withdraw", "retreat", "evacuate", "march"}
TARGET_PREPS = ("with", "to", "against", "on", "upon", "for", "from", "between", "into", "at")
LOC_TYPES = {"GPE", "LOC", "FAC"}
ACTOR_ENT_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MEDIA", "GROUP"}
OF_IS_ACTOR = {"CONSULT", "PROTEST", "COOPERATE", "AGREE", "SUPPORT"}
CLIMB_DEPS = {"dobj", "obj", "pobj", "prep", "pcomp", "xcomp", "acl", "attr", "oprd", "compound", "nmod"}
ABSORB_DEPS = {"dobj", "obj", "pobj", "prep", "pcomp", "xcomp", "ccomp", "acl", "attr", "oprd", "conj", "nmod",
               "advcl", "dative", "appos", "compound", "acomp"}
QUOTE_CHARS = "«»“”„\"'‘’‹›"
# prepositions that attach an adjunct of time or circumstance: a nominal under them is not the verb's argument
ADJUNCT_PREPS = {"after", "before", "following", "during", "since", "despite", "amid", "amidst", "ahead", "until",
                 "upon", "according", "throughout", "prior", "besides", "like", "unlike"}
QUANTITY_HEADS = {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
                  "dozens", "score", "scores", "some", "many", "most", "all", "several", "number", "handful"}
NON_ACTOR_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "WORK_OF_ART", "LANGUAGE"}


# ---------------------------------------------------------------------------------------------------------------------
# the lexicon (rules as data)
# ---------------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Trig:
    type: str  # a PLOVER type, or "-" (blocked)
    mode: str | None
    pattern: str


@dataclass
class Lexicon:
    verbs: dict = field(default_factory=dict)       # lemma -> Trig
    verb_args: dict = field(default_factory=dict)   # (verb lemma, object/particle/prep lemma) -> Trig
    verb_agent_obj: dict = field(default_factory=dict)  # verb lemma -> Trig when its object is someone

    nouns: dict = field(default_factory=dict)       # lemma -> Trig
    noun_mods: dict = field(default_factory=dict)   # (modifier lemma, noun lemma) -> Trig
    governors: dict = field(default_factory=dict)   # lemma -> (effect, mode)
    cues: dict = field(default_factory=dict)        # lemma -> role
    metonyms: dict = field(default_factory=dict)    # seat of government (lower case) -> state
    agents: frozenset = frozenset()                 # head nouns of actor phrases that no entity covers
    sport: frozenset = frozenset()                  # words that make a sentence a sports contest
    contest: frozenset = frozenset()                # trigger lemmas that in a sports contest are play
    match: frozenset = frozenset()                  # weaker words of match reports
    measures: frozenset = frozenset()               # actor heads that are quantities, markets, natural things
    units: frozenset = frozenset()                  # measure words: "declined 0.3%" is a change of a quantity
    patient_nouns: frozenset = frozenset()          # nominal triggers whose possessor undergoes them
    undergo: frozenset = frozenset()                # verbs whose subject undergoes the nominal they govern


def _rows(name: str):
    """Rows of a rule file of lang/en through the shared cached loader (understand.rules)."""
    from . import rules
    return rules.table(LANG, name)


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for row in _rows("event_triggers"):
        pattern, typ = row[0].strip().lower(), row[1].strip().upper() if len(row) > 1 else ""
        mode = (row[2].strip() or None) if len(row) > 2 else None
        if typ != "-" and typ not in TYPES:
            raise ValueError(f"event_triggers.tsv: unknown PLOVER type {typ!r} for {pattern!r}")
        t = Trig(typ, mode, pattern)
        if pattern.startswith("n:"):
            words = pattern[2:].split()
            if len(words) == 1:
                lex.nouns[words[0]] = t
            else:
                lex.noun_mods[(words[0], words[-1])] = t
        else:
            words = pattern.split()
            if len(words) == 2 and words[1] == "@someone":
                lex.verb_agent_obj[words[0]] = t
            elif len(words) == 1:
                lex.verbs[words[0]] = t
            else:
                lex.verb_args[(words[0], words[-1])] = t
    for row in _rows("events_governors"):
        lex.governors[row[0].lower()] = (row[1].strip(), (row[2].strip() or None) if len(row) > 2 else None)
    for row in _rows("events_cues"):
        lex.cues[row[0].lower()] = row[1].strip()
    for row in _rows("events_metonyms"):
        lex.metonyms[row[0].lower()] = row[1].strip()
    from . import rules
    lex.agents = rules.words(LANG, "events_agent_nouns")
    kinds: dict = {}
    for row in _rows("events_nonpolitical"):
        if len(row) < 2 or row[0] not in ("sport", "match", "contest", "measure", "unit"):
            raise ValueError(f"events_nonpolitical.tsv: bad row {row!r} "
                             "(kind must be sport|match|contest|measure|unit)")
        kinds.setdefault(row[0], set()).add(row[1].lower())
    lex.sport = frozenset(kinds.get("sport", ()))
    lex.contest = frozenset(kinds.get("contest", ()))
    lex.match = frozenset(kinds.get("match", ()))
    lex.measures = frozenset(kinds.get("measure", ()))
    lex.units = frozenset(kinds.get("unit", ()))
    lex.patient_nouns = rules.words(LANG, "events_patient_nouns")
    lex.undergo = rules.words(LANG, "events_undergo_verbs")
    return lex


@lru_cache(maxsize=None)
def speech_verbs() -> frozenset:
    """Reporting verbs: the shared speech-verb list of understand.quotes plus the statement verbs of
    events_cues.tsv (role "speech": "concluded that ...", "reiterated that ...")."""
    from . import rules
    try:
        base = rules.words(LANG, "speech_verbs")
    except LookupError:
        base = frozenset({"say", "said", "says", "announce", "announced", "tell", "told", "report", "reported"})
    extra = {k for k, v in lexicon().cues.items() if v == "speech"}
    return frozenset(base | extra)


# ---------------------------------------------------------------------------------------------------------------------
# the document view: sentences cut at paragraph breaks, entity mentions by character offset
# ---------------------------------------------------------------------------------------------------------------------
class View:
    def __init__(self, doc, record):
        self.doc = doc
        self.record = record
        self.text = record.document.text
        # segment id of every token: spaCy sentences, cut again at paragraph breaks (a newline never sits inside a
        # sentence of news prose; the title and the first paragraph must not share a parse)
        self.seg = [0] * len(doc)
        self.seg_bounds: list[tuple[int, int]] = []  # token index ranges
        sid = 0
        for sent in doc.sents:
            start = sent.start
            for t in sent:
                if "\n" in t.text and t.i > start:
                    self.seg_bounds.append((start, t.i))
                    start = t.i + 1
            if start < sent.end:
                self.seg_bounds.append((start, sent.end))
        for sid, (a, b) in enumerate(self.seg_bounds):
            for i in range(a, b):
                self.seg[i] = sid
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
# triggers
# ---------------------------------------------------------------------------------------------------------------------
def _arg_lemmas(tok):
    """Lemmas a verb pattern can pair with: particles, prepositions, objects (and their conjuncts), the objects of
    its prepositions, and the verb of an xcomp ("ordered X to suspend")."""
    out = []
    for c in tok.children:
        d = c.dep_
        if d == "prt":
            out.append(c.lemma_.lower())
        elif d in ("dobj", "obj", "dative", "attr", "nsubjpass", "acomp", "oprd"):
            out.extend(x.lemma_.lower() for x in c.children if x.dep_ == "compound")
            out.append(c.lemma_.lower())
            out.extend(x.lemma_.lower() for x in c.conjuncts)
            for x in c.children:  # "lifted a state of emergency"
                if x.dep_ == "prep" and x.lower_ == "of":
                    out.extend(p.lemma_.lower() for p in x.children if p.dep_ == "pobj")
        elif d == "prep" or d == "agent":
            out.append(c.lower_)
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.append(p.lemma_.lower())
                    out.extend(x.lemma_.lower() for x in p.conjuncts)
        elif d == "xcomp":
            out.append(c.lemma_.lower())
    return out


def find_trigger(tok, lex: Lexicon):
    """The trigger entry for ``tok`` or None (a blocked pattern returns None too)."""
    pos = tok.pos_
    lemma = tok.lemma_.lower()
    if pos in ("VERB", "AUX") or (pos == "ADJ" and tok.tag_ == "VBN"):
        for a in _arg_lemmas(tok):
            t = lex.verb_args.get((lemma, a))
            if t is not None:
                return None if t.type == "-" else t
        if tok.dep_ in ("amod", "acomp") or (tok.tag_ == "VBG" and tok.dep_ in ("compound", "pobj")):
            return None  # "a promising start", "is promising"
        t = lex.verbs.get(lemma)
        if t is not None:
            return None if t.type == "-" else t
        t = lex.verb_agent_obj.get(lemma)
        if t is not None:  # "released 12 hostages", not "released a new laptop"
            for c in tok.children:
                if c.dep_ in ("dobj", "obj", "nsubjpass") and _agentive_head(c):
                    return t
                if c.dep_ in ("xcomp", "ccomp"):  # "allowed opposition leader X to bring out a rally"
                    if any(x.dep_ == "nsubj" and _agentive_head(x) for x in c.children):
                        return t
        return None
    if pos in ("NOUN", "PROPN"):
        if pos == "PROPN" and lemma not in ("summit",):
            return None
        for c in tok.children:
            if c.dep_ in ("compound", "amod"):
                t = lex.noun_mods.get((c.lemma_.lower(), lemma))
                if t is not None:
                    return None if t.type == "-" else t
        t = lex.nouns.get(lemma)
        if t is not None:
            return None if t.type == "-" else t
    return None


# ---------------------------------------------------------------------------------------------------------------------
# arguments
# ---------------------------------------------------------------------------------------------------------------------
def _is_pronoun(tok) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in PRONOUNS


def _subjects(verb, view, depth=0):
    """Subject heads of ``verb`` (agent for a passive), following shared subjects of coordinated verbs, xcomp
    control and relative clauses. Returns (tokens, passive)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if passive:
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subs = agents
    if not subs and not passive and depth < 4:
        h = verb.head
        if h is not verb and view.same_seg(h, verb):
            if verb.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
                return _subjects(h, view, depth + 1)[0], passive
            if verb.dep_ in ("xcomp", "pcomp") and h.pos_ == "ADJ" and h.head is not h:  # "is willing to withdraw"
                return _subjects(h.head, view, depth + 1)[0], passive
            if verb.dep_ in ("xcomp", "advcl") and h.pos_ in ("VERB", "AUX", "ADJ"):
                # object control ("urged X to support") is rarer in news than subject control; use the subject
                return _subjects(h, view, depth + 1)[0], passive
            if verb.dep_ == "xcomp" and h.pos_ == "ADJ":
                return _subjects(h.head, view, depth + 1)[0], passive
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
        out.extend(_expand(s))
        out.extend(c for c in s.conjuncts if c.pos_ == "PRON")
    return out, passive


DASHES = {"—", "–", "-", "--"}


def _undateline(tok):
    """A dateline parsed as the subject ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China"):
    the subject is the phrase after the dash, attached to the dateline as an apposition."""
    if not (tok.is_upper and len(tok.text) > 1 and tok.i - tok.sent.start <= 2):
        return tok
    dash = next((t.i for t in tok.sent if t.text in DASHES and t.i > tok.i), None)
    if dash is None:
        return tok
    after = [c for c in tok.children if c.dep_ == "appos" and c.i > dash]
    return after[-1] if after else tok


def _pronoun_fallback(tok, view):
    """A third-person pronoun not resolved upstream: the subject of the nearest governing clause that has a
    non-pronoun subject ("Hungary has said it will support ..." -> Hungary)."""
    if tok.lower_ in ("i", "me", "my", "we", "us", "our", "you", "your"):
        return None
    node = tok.head  # the clause of the pronoun
    while node.pos_ not in ("VERB", "AUX") and node.head is not node and \
            node.dep_ in ("poss", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "appos"):
        node = node.head
    if tok.dep_ == "poss" and node.pos_ in ("VERB", "AUX"):  # "their forces completed their withdrawal"
        for s in node.children:
            if s.dep_ in ("nsubj",) and not s.is_ancestor(tok) and s is not tok and not _is_pronoun(s):
                return s
    for _ in range(6):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or node.head is node:
            return None
        node = node.head
        if not view.same_seg(node, tok):
            return None
        if node.pos_ in ("VERB", "AUX"):
            for s in node.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s is not tok and not s.is_ancestor(tok):
                    if not _is_pronoun(s):
                        return s
                    return None
    return None


def _discourse_antecedent(tok, view):
    """A non-person "it"/"they" that coreference left unresolved: the subject of the main clause of one of the two
    previous sentences of the same paragraph, when it agrees in number and can act ("Russia denied the claims. It
    also threatened ..."; "The rebels seized the town. They later released ..."). A pleonastic "it" ("it is
    possible") is left alone."""
    low = tok.lower_
    if low in ("it", "its"):
        plural = False
        h = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "expl") and (
                h.lemma_ in ("be", "seem", "appear", "remain", "become") or any(
                    c.dep_ in ("acomp", "attr", "expl") for c in h.children)):
            return None
    elif low in ("they", "them", "their"):
        plural = True
    else:
        return None
    sid = view.seg[tok.i]
    text = view.text
    for back in (1, 2):
        j = sid - back
        if j < 0:
            return None
        a, b = view.seg_bounds[j]
        between = text[view.doc[a].idx:tok.idx]
        if "\n" in between.strip():  # another paragraph
            return None
        roots = [t for t in view.doc[a:b] if t.dep_ == "ROOT"]
        for r in roots:
            for s in r.children:
                if s.dep_ not in ("nsubj", "nsubjpass") or _is_pronoun(s):
                    continue
                etype = view.entity_type(s)
                if etype == "PERSON":
                    continue
                coordinated = any(c.dep_ == "conj" for c in s.children)
                is_plural = coordinated or s.tag_ in ("NNS", "NNPS") or etype in ("GROUP", "NORP")
                if plural != is_plural and not (plural and etype in ("ORG", "GROUP")):
                    continue
                if etype in ("GPE", "ORG", "GROUP", "NORP", "MEDIA") or _agentive(s, view):
                    return s
    return None


def _phrase_span(head):
    """The noun phrase of ``head``: its left modifiers (determiners and quote marks trimmed) and an of-phrase."""
    left = head.left_edge.i
    right = head.i
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            right = max(right, c.right_edge.i)
            break
    doc = head.doc
    while left < right and (doc[left].lower_ in ("the", "a", "an") or doc[left].text in QUOTE_CHARS
                            or doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].text in QUOTE_CHARS or doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left:right + 1]


def resolve(tok, view, allow_phrase=True, want_actorlike=False):
    """A Ref for the argument headed by ``tok``: the entity whose mention covers it, else (for a pronoun) the
    subject it stands for, else the noun phrase itself (unresolved). None when nothing fits."""
    m = view.mention_of(tok)
    if m is not None:
        start, end, ent, men = m
        return Ref(ent.id, ent.name, Mention(men.start, men.end, men.text))
    if _is_pronoun(tok):
        alt = _pronoun_fallback(tok, view)
        if alt is None:
            alt = _discourse_antecedent(tok, view)
        if alt is not None:
            return resolve(alt, view, allow_phrase, want_actorlike)
        return None
    if not allow_phrase:
        return None
    if tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "X"):
        return None
    if want_actorlike and tok.ent_type_ in NON_ACTOR_ENTS and tok.pos_ != "NOUN":
        return None
    if want_actorlike and not _agentive(tok, view):
        return None
    span = _phrase_span(tok)
    if not span.text.strip():
        return None
    return Ref(None, span.text, Mention(span.start_char, span.end_char, span.text))


def _agentive_head(tok) -> bool:
    """Does ``tok`` name someone (a person, group or institution) by its parse and NER alone?"""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PRON" and tok.lower_ in (
            "him", "her", "them", "us", "me"):
        return True
    lex = lexicon()
    if tok.lemma_.lower() in lex.agents or tok.lower_ in lex.agents:
        return True
    if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_HEADS:
        return any(_agentive_head(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    return False


def _agentive(tok, view) -> bool:
    """Can this unresolved phrase act? A named thing, an agent noun (events_agent_nouns.txt), or a noun modified by
    a nationality, place or organisation ("Afghan rebels", "Israeli bulldozers", "US Predator attacks")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENT_TYPES or tok.ent_type_ in ("LAW", "EVENT"):
        return True
    lex = lexicon()
    if tok.lemma_.lower() in lex.agents or tok.lower_ in lex.agents:
        return True
    if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_HEADS:  # "thousands of Iraqi Kurds"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return any(_agentive(p, view) for p in c.children if p.dep_ == "pobj")
    trig = lex.nouns.get(tok.lemma_.lower())
    if trig is not None and trig.type == "ASSAULT":  # "a roadside bombing killed ...": the weapon stands in
        return True
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss") and (
                c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or view.mention_of(c) is not None):
            return True
    return False


def _same_ref(a: Ref, b: Ref) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return a.name.lower() == b.name.lower()


def _dedupe(refs):
    out = []
    for r in refs:
        if r is not None and not any(_same_ref(r, o) for o in out):
            out.append(r)
    return out


def _loc_of(tok, view, deep=True, motion=True):
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
                r = _loc_of(c, view, deep=False, motion=motion)
                if r is not None:
                    return r
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        r = _loc_of(p, view, deep=False, motion=motion)
                        if r is not None:
                            return r
    return None


def _target_heads(tok):
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


def _expand(tok):
    """``tok`` and its coordinated heads ("Putin and Trump"; also the parser's "Putin/nmod and US President
    Donald Trump" where the first conjunct hangs on the last as a modifier)."""
    out = [tok] + [c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    for c in tok.children:
        if c.dep_ in ("nmod", "compound") and c.i < tok.i and c.pos_ == "PROPN" and \
                any(x.dep_ == "cc" and x.lower_ in ("and", "&") for x in c.children):
            out.insert(0, c)
    return out


def _targets(tok, view, actors, nested=True, motion=True, phrases=True):
    """Targets of trigger ``tok``: entity-like objects (an object that is no actor-like thing, e.g. "sanctions",
    is looked through to its own preps: "imposed sanctions on the Taliban")."""
    out = []
    between = []
    for h in _target_heads(tok):
        head = h[1]
        prep = h[2] if len(h) > 2 else None
        for x in _expand(head):
            etype = view.entity_type(x)
            if prep in (LOC_PREPS if motion else STATIC_PREPS) and etype in LOC_TYPES:
                continue  # "invited X to Moscow": Moscow is where, not whom ("aid to Ukraine": whom)
            if etype in ACTOR_ENT_TYPES or (view.mention_of(x) is not None):
                r = resolve(x, view, allow_phrase=False)
                if r is None:
                    r = resolve(x, view)
                if r is not None:
                    (between if prep == "between" else out).append(r)
            elif _is_pronoun(x) and x.lower_ not in ("it", "this", "that", "which", "what"):
                r = resolve(x, view, allow_phrase=False)
                if r is not None:
                    out.append(r)
            elif phrases and prep not in STATIC_PREPS and x.pos_ in ("NOUN", "NUM") and _agentive(x, view):
                # "arrested dozens of protesters"
                r = resolve(x, view)
                if r is not None:
                    (between if prep == "between" else out).append(r)
            elif nested and x.pos_ == "NOUN":
                out.extend(_targets(x, view, actors, nested=False, motion=motion, phrases=phrases)[0])
    out = [r for r in _dedupe(out) if not any(_same_ref(r, a) for a in actors)]
    between = _dedupe(between)
    return out, between


# ---------------------------------------------------------------------------------------------------------------------
# the extractor
# ---------------------------------------------------------------------------------------------------------------------
@dataclass
class Cand:
    tok: object
    trig: Trig
    type: str
    mode: str | None
    actors: list
    targets: list
    location: Ref | None
    factuality: str
    anchor: object  # the clause head whose subtree is the evidence
    seg: int
    absorbed: bool = False
    rank: int = 0


class Extractor:
    def __init__(self, doc, record, lex: Lexicon | None = None):
        self.doc = doc
        self.record = record
        self.lex = lex or lexicon()
        self.view = View(doc, record)

    def _states(self, refs):
        """Actors named by their seat of government act as the state ("Kyiv" -> Ukraine, "the Kremlin" -> Russia),
        resolved to the document's entity for that state when it has one."""
        met = self.lex.metonyms
        out = []
        for r in refs:
            key = r.name.lower().removeprefix("the ").strip()
            state = met.get(key)
            if state is None and r.entity and r.entity in self.view.entity_by_id:
                ent = self.view.entity_by_id[r.entity]
                if ent.type in LOC_TYPES or ent.type == "ORG":
                    state = met.get(ent.name.lower().removeprefix("the ").strip())
            if state is None:
                out.append(r)
                continue
            ent = self._entity_named(state)
            out.append(Ref(ent.id if ent else None, ent.name if ent else state, r.mention))
        return _dedupe(out)

    def _entity_named(self, name):
        low = name.lower()
        for e in self.record.entities:
            if e.name.lower() == low or low in (a.lower() for a in e.aliases):
                return e
        return None

    # -- governors and factuality ---------------------------------------------------------------------------------
    def _governance(self, tok, chain):
        """Effects on the event of trigger ``tok``: auxiliaries and negations of the trigger and of the tokens
        ``chain`` it was reached through (a nominal's light verb: "did not hold talks"), then the words whose
        infinitival complement the clause is ("plan to", "offer to", "willing to", "reluctance to") with their own
        auxiliaries, and any "if"/"unless" clause it sits in. Returns (effects [(effect, mode)], negated,
        conditional)."""
        gov = self.lex.governors
        effects = []
        negated = False
        conditional = False
        nodes = [tok] + [n for n in chain if n.pos_ in ("VERB", "AUX", "ADJ")]
        for n in chain:  # the light verb of a nominal: "proposed new sanctions", "planned an attack"
            if n.pos_ == "VERB" and gov.get(n.lemma_.lower(), ("",))[0] in ("propose", "planned"):
                effects.append(gov[n.lemma_.lower()])
        clause = nodes[-1]
        # the complement chain above the clause
        node = clause
        for _ in range(6):
            h = node.head
            if h is node or not self.view.same_seg(h, node):
                break
            infinitival = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.dep_ == "xcomp" or (node.dep_ == "acl" and infinitival) or (
                    node.dep_ in ("pcomp", "pobj") and h.dep_ == "prep" and h.head.lemma_.lower() in gov):
                if node.dep_ in ("pcomp", "pobj"):
                    h = h.head
                lem = h.lemma_.lower()
                if lem in gov:
                    effects.append(gov[lem])
                nodes.append(h)
                if h.dep_ == "acomp" and h.head is not h:  # "is willing to": the copula's auxiliaries
                    nodes.append(h.head)
                    h = h.head
                node = h
                continue
            if node.dep_ == "conj":
                node = h
                continue
            break
        seen = set()
        for n in nodes:
            if n.i in seen:
                continue
            seen.add(n.i)
            for c in n.children:
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and n is tok):
                    negated = True
                elif c.dep_ in ("aux", "auxpass"):
                    lem = c.lower_ if c.lower_ in gov else c.lemma_.lower()
                    if lem in gov and lem != "be":
                        effects.append(gov[lem])
        # an "if"/"unless" clause anywhere above, up to the reporting clause
        node = tok
        for _ in range(10):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                conditional = True
                break
            if node.dep_ in ("ccomp", "ROOT") or node.head is node or not self.view.same_seg(node, node.head):
                break
            node = node.head
        # a nominal trigger said to (not) happen or to be possible: "the talks that never happened",
        # "a meeting is possible"
        if tok.pos_ in ("NOUN", "PROPN"):
            cues = self.lex.cues
            preds = []
            if tok.dep_ in ("nsubj", "nsubjpass"):
                preds.append(tok.head)
            preds.extend(c for c in tok.children if c.dep_ == "relcl")
            for p in preds:
                if cues.get(p.lemma_.lower()) == "existence" or (
                        p.lemma_.lower() == "take" and any(c.lemma_ == "place" for c in p.children)):
                    if any(c.dep_ == "neg" for c in p.children):
                        negated = True
                modal = False
                for c in p.children:
                    if c.dep_ in ("acomp", "attr") and cues.get(c.lemma_.lower()) == "modality":
                        effects.append(gov.get(c.lemma_.lower()) or ("possible", None))
                        modal = True
                for c in p.children:
                    if c.dep_ == "neg" and modal:  # "a meeting is not possible"
                        negated = True
                    elif c.dep_ == "aux" and c.lower_ in gov and (modal or cues.get(p.lemma_.lower()) == "existence"):
                        effects.append(gov[c.lower_])
        return effects, negated, conditional

    def _classify(self, c: Cand, effects, negated, conditional):
        """Apply the governors' effects to the candidate's type, mode and factuality."""
        kinds = [e for e, _ in effects]
        gmode = next((m for e, m in effects if m and e in ("planned", "future", "commit", "propose")), None)
        typ = c.type
        fact = "asserted"
        mode = c.mode
        if "fail" in kinds:
            if typ in COOPERATIVE or typ == "AGREE":
                c.type, c.mode, c.factuality = "REJECT", None, "asserted"
            else:
                c.factuality = "negated"
            return
        if negated:
            if typ == "AGREE" or c.trig.pattern.startswith("accept"):
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
            if typ in COOPERATIVE and not (typ == "CONSULT" and mode == "invite"):
                typ, mode = "AGREE", gmode
            elif typ in MATERIAL_CONFLICT and typ != "MOBILIZE":  # a planned deployment is no threat
                typ, mode = "THREATEN", None
        elif "planned" in kinds:
            fact = "planned"
            mode = mode or gmode
        elif "deontic" in kinds:
            fact = "proposed"
        c.type, c.mode, c.factuality = typ, mode, fact

    # -- actors of nominal triggers --------------------------------------------------------------------------------
    def _governing_verb(self, tok):
        """The verb a nominal is the object of ("reiterated its demand", "continued their hunger strike"), or None."""
        node = tok
        for _ in range(4):
            if node.dep_ not in ("dobj", "obj", "pobj", "prep", "attr") or node.head is node or \
                    not self.view.same_seg(node, node.head):
                return None
            if node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPS:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
        return None

    def _noun_actor(self, tok, typ):
        """(actor heads, chain of tokens climbed, anchor verb) of a nominal trigger."""
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss and tok.lemma_.lower() in self.lex.patient_nouns and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return [], [], None  # "their release", "Assange's extradition": the possessor undergoes it
        if poss:
            return _expand(poss[0]), [], self._governing_verb(tok)
        if typ in OF_IS_ACTOR:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    objs = [p for p in c.children if p.dep_ == "pobj"]
                    if objs:
                        return _expand(objs[0]), [], None
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and c.i < tok.i:
                return [c], [], None
        # climb to the governing verb (or a noun with a possessor: "Putin's offer to hold a meeting")
        chain = []
        node = tok
        for _ in range(6):
            if node.dep_ not in CLIMB_DEPS or node.head is node or not self.view.same_seg(node, node.head):
                break
            if node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPS:
                break
            node = node.head
            chain.append(node)
            if node.pos_ in ("VERB", "AUX"):
                if node.lower_ in speech_verbs() or node.lemma_.lower() in speech_verbs():
                    return [], chain, None
                if node.lemma_.lower() in self.lex.undergo and tok.dep_ in ("dobj", "obj", "pobj"):
                    return [], chain, None  # "received death threats": the subject is who it befell
                subs, passive = _subjects(node, self.view)
                if subs and not passive:
                    return subs, chain, node
                if any(c.dep_ in SUBJ for c in node.children):
                    return [], chain, node
            elif node.pos_ in ("NOUN", "PROPN"):
                p = [c for c in node.children if c.dep_ == "poss"]
                if p:
                    return _expand(p[0]), chain, None
        return [], chain, None

    # -- non-political readings (lang/en/events_nonpolitical.tsv) ------------------------------------------------------
    def _sporty(self, sent) -> bool:
        """A sentence of a sports contest: it has a score ("4-1", "6-3, 7-6") or a sports word, or the whole
        document has at least three of them (a match report)."""
        cache = self.__dict__.setdefault("_sport_cache", {})
        if "doc" not in cache:
            sents = list(self.doc.sents)
            weak = [t.lemma_.lower() for t in self.doc if t.lemma_.lower() in self.lex.match and t.pos_ == "NOUN"]
            cache["doc"] = sum(self._sport_hits(s) for s in sents) >= 3 or \
                (len(set(weak)) >= 3 and len(weak) >= 0.5 * len(sents))
        if cache["doc"]:
            return True
        if sent.start not in cache:
            cache[sent.start] = self._sport_hits(sent) > 0
        return cache[sent.start]

    def _sport_hits(self, span) -> int:
        sport = self.lex.sport
        n = len(SCORE.findall(span.text))
        n += sum(1 for t in span if t.lower_ in sport or t.lemma_.lower() in sport)
        low = span.text.lower()
        n += sum(1 for w in sport if " " in w and w in low)
        return n

    def _not_political(self, tok, is_verb, trig) -> bool:
        """The trigger reads as play in a sports contest ("Wild beat Sabres 4-1") or as the change of a quantity
        ("the Nikkei declined 0.3%", "shares fell 40 points")."""
        lex = self.lex
        if tok.lemma_.lower() in lex.contest and self._sporty(tok.sent):
            return True
        if not is_verb:
            if tok.lemma_.lower() in ("request", "call") and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() == "comment" for p in c.children)
                    for c in tok.children):
                return True  # "didn't respond to The Hill's request for comment"
            # "a rally in bank stocks", "the stock rally", "a price war": the event noun is about a quantity
            preps = [c for c in tok.children if c.dep_ == "prep"]
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.i + 1]  # misattached
            for c in tok.children:
                if c.dep_ in ("compound", "nmod") and self._is_measure(c):
                    return True
            for c in preps:
                if c.lower_ in ("in", "of") and any(p.dep_ == "pobj" and self._is_measure(p) for p in c.children):
                    return True
            return False
        lemma = tok.lemma_.lower()
        if lemma == "decline" and trig.pattern == "decline" and \
                not any(c.dep_ in ("xcomp", "dobj", "obj", "ccomp") for c in tok.children):
            return True  # "his health continued to decline", "shares declined": a decrease, not a refusal
        if trig.type == "ACCUSE" and lemma in ("investigate", "probe", "examine", "study", "research") and any(
                c.dep_ == "ccomp" and any(x.lower_ in ("how", "whether", "what", "why", "if") for x in c.children)
                for c in tok.children):
            return True  # "ESA has investigated how crew hibernation would impact mission design": research
        if trig.pattern == "order" and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            def goods(o):  # "30 Boeing 787 jets": a maker's name marks goods even when the head could act
                return not _agentive_head(o) or any(ch.dep_ in ("nmod", "compound") and
                                                    ch.ent_type_ in ("ORG", "PRODUCT") for ch in o.children)
            if objs and all(goods(o) and find_trigger(o, lex) is None for o in objs):
                return True  # a purchase: "Emirates ordered 30 Boeing 787 jets", "ordered another set of mice"
        if lemma == "ask" and not self._asks_for_action(tok):
            return True  # a question ("when asked about the fight", "Malaska asked, 'Could it ...?'")
        if lemma in ("fight", "battle", "struggle") and \
                any(c.dep_ in ("xcomp", "advcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                    for c in tok.children) and \
                not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "against")
                        for c in tok.children):
            return True  # "I fought to get the full script": an effort, not an assault
        if tok.ent_type_ in NAME_TYPES:
            return True  # a verb inside a name: "Volatiles Investigating Polar Exploration Rover"
        for c in tok.children:
            if c.dep_ in ("dobj", "obj", "npadvmod", "advmod", "attr", "nmod") and self._is_amount(c, c.dep_):
                return True
            if c.dep_ == "prep" and c.lower_ in ("by", "to") and \
                    any(p.dep_ == "pobj" and self._is_amount(p, "pobj") for p in c.children):
                return True
        return False

    @staticmethod
    def _asks_for_action(tok) -> bool:
        """"ask" is a request when it asks someone to do something or for something ("asked X to withdraw",
        "asked for help", "asked that troops leave"), not when it asks a question."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                return True
            if c.dep_ == "ccomp" and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children):
                return True
            if c.dep_ == "ccomp" and any(x.dep_ in ("dobj", "obj", "dative") for x in tok.children):
                return True  # "Donald asked me if it was possible to hold such a meeting" (the gold: REQUEST)
            if c.dep_ == "prep" and c.lower_ == "for" and \
                    any(p.dep_ == "pobj" and p.lower_ not in ("it", "this", "that") for p in c.children):
                return True
        return False

    def _is_amount(self, tok, dep) -> bool:
        units = self.lex.units
        if tok.ent_type_ == "PERCENT" or tok.lower_ in units or tok.lemma_.lower() in units:
            return True
        if tok.ent_type_ == "MONEY" and dep != "dobj":  # "fell $2", not "seized $5 million"
            return True
        return any(c.dep_ == "compound" and c.lemma_.lower() in units for c in tok.children) and \
            tok.lemma_.lower() in units

    def _is_measure(self, tok) -> bool:
        """An actor head that is a quantity, a market or a natural thing ("prices", "shares", "cells")."""
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ == "PRON":
            return False
        return tok.lemma_.lower() in self.lex.measures or tok.lower_ in self.lex.measures

    # -- main ---------------------------------------------------------------------------------------------------------
    def candidates(self) -> list[Cand]:
        lex = self.lex
        view = self.view
        cands: list[Cand] = []
        by_tok: dict[int, Cand] = {}
        for tok in self.doc:
            trig = find_trigger(tok, lex)
            if trig is None:
                continue
            is_verb = tok.pos_ in ("VERB", "AUX") or tok.tag_ == "VBN"
            if self._not_political(tok, is_verb, trig):
                continue
            if trig.pattern == "n:call":
                if any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in tok.children):
                    trig = Trig("CONSULT", "phone", "n:call with")  # "Trump's call with his Ukrainian counterpart"
                elif not any((ch.dep_ == "prep" and ch.lower_ in ("for", "on")) or
                             (ch.dep_ in ("acl", "relcl") and any(x.lower_ == "to" for x in ch.children))
                             for ch in tok.children):
                    continue  # a telephone call ("returning Braun's calls", "put in a call to the clinic")
            chain = []
            anchor = tok
            if is_verb:
                heads, passive = _subjects(tok, view)
                if passive and not heads and trig.type == "AGREE":  # "Vietnam is committed to ..."
                    heads = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
                if not heads and not passive and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                    heads, chain, verb = self._noun_actor(tok.head, "-")
                    chain = [tok.head] + chain
            else:
                heads, chain, verb = self._noun_actor(tok, trig.type)
                if verb is not None:
                    anchor = verb
            heads = [_undateline(h) for h in heads]
            if heads and all(self._is_measure(h) for h in heads):
                continue  # "oil prices fell", "shares plunged", "tuft cells attack": no one acts
            actors = _dedupe([resolve(h, view, want_actorlike=True) for h in heads if not h.is_space])
            c = Cand(tok, trig, trig.type, trig.mode, actors, [], None, "asserted", anchor, view.seg[tok.i])
            motion = trig.type in MOTION_TYPES or tok.lemma_.lower() in MOTION_LEMMAS or \
                any(n.lemma_.lower() in MOTION_LEMMAS for n in chain)
            # targets, place
            phrases = trig.type not in ("MOBILIZE", "AID", "COOPERATE")  # what is sent or given is no recipient
            if is_verb:
                targets, between = _targets(tok, view, actors, motion=motion, phrases=phrases)
                if any(ch.dep_ == "nsubjpass" for ch in tok.children):  # the passive subject is who it befell
                    targets = _dedupe([resolve(s, view, want_actorlike=True) for ch in tok.children
                                       if ch.dep_ == "nsubjpass" for s in _expand(ch)] + targets)
            else:
                targets, between = _targets(tok, view, actors, motion=motion, phrases=phrases)
                if not targets and chain:
                    for n in chain:
                        if n.pos_ in ("VERB", "AUX"):
                            t2, b2 = _targets(n, view, actors, nested=False, motion=motion)
                            targets = [r for r in t2 if r.name.lower() != tok.text.lower()]
                            between = between or b2
                            break
            if between:
                if actors:
                    targets = _dedupe(between + targets)
                    if c.type == "CONSULT" and not any(_same_ref(a, b) for a in actors for b in between):
                        c.mode = "mediate"
                else:
                    actors = between
            raw_targets = targets
            c.actors = self._states(actors)
            c.targets = [t for t in self._states(targets) if not any(_same_ref(t, a) for a in c.actors)]
            loc = _loc_of(tok, view, motion=motion)
            if loc is None:
                for n in chain:
                    loc = _loc_of(n, view, motion=motion)
                    if loc is not None:
                        break
            if loc is None and tok.dep_ == "relcl":  # "the summit in Alaska, where they met"; "Alaska, where"
                loc = _loc_of(tok.head, view)
                if loc is None and view.entity_type(tok.head) in LOC_TYPES and \
                        any(c.lower_ in ("where",) for c in tok.children):
                    loc = resolve(tok.head, view)
            if loc is None and is_verb:
                for t in raw_targets:  # "visited Russia": the visited place is where the event happens
                    if t.entity and view.entity_by_id.get(t.entity) and \
                            view.entity_by_id[t.entity].type in LOC_TYPES and c.type == "CONSULT":
                        loc = t
                        break
            if loc is None and c.mode == "visit":
                for t in raw_targets:
                    if view.entity_by_id.get(t.entity or "") is not None and \
                            view.entity_by_id[t.entity].type in LOC_TYPES:
                        loc = t
            if loc is not None and c.mode == "visit" and not c.targets:
                c.targets = [loc]
            c.location = loc
            effects, negated, conditional = self._governance(tok, chain)
            self._classify(c, effects, negated, conditional)
            cands.append(c)
            by_tok[tok.i] = c
        self._absorb(cands, by_tok)
        cands.extend(self._speech_events(by_tok))
        return cands

    def _absorb(self, cands, by_tok):
        """A trigger inside the complement of another trigger is part of it ("agreed to share", "suspended aid",
        "demanded that X cancel plans", "staged a hunger strike to demand ...")."""
        view = self.view
        owners = dict(by_tok)
        for c in cands:  # the light verb of a nominal trigger stands for it ("staged demonstrations to demand")
            if c.anchor is not c.tok and c.anchor.i not in owners:
                owners[c.anchor.i] = c
        by_tok = owners
        for c in cands:
            node = c.tok
            for _ in range(6):
                if node.dep_ not in ABSORB_DEPS or node.head is node or not view.same_seg(node, node.head):
                    break
                if node.dep_ == "advcl":
                    marks = {ch.lower_ for ch in node.children if ch.dep_ == "mark"}
                    purpose = not marks and (any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in node.children)
                                             or node.tag_ == "VBG")
                    condition = bool(marks & {"if", "unless"})
                    if not (purpose or condition):
                        break
                if node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPS:
                    break
                if node.dep_ == "conj":
                    node = node.head  # a coordinated trigger shares its head's fate, not absorbed by it
                    continue
                node = node.head
                other = by_tok.get(node.i)
                if other is not None and other is not c:
                    c.absorbed = True
                    # the absorbed action names whom and where the governing event is about: "threatened to
                    # expel British diplomats"
                    if not other.targets and c.targets:
                        other.targets = [t for t in c.targets if not any(_same_ref(t, a) for a in other.actors)]
                    if other.location is None and c.location is not None:
                        other.location = c.location
                    break
                if node.pos_ in ("VERB", "AUX") and (node.lower_ in speech_verbs() or
                                                     node.lemma_.lower() in speech_verbs()):
                    break

    def _speech_events(self, by_tok):
        """Events carried by a speech act: blame inside what a speaker says about another actor (ACCUSE), an
        obligation laid on another actor (REQUEST)."""
        view = self.view
        out = []
        sv = speech_verbs()
        cues = self.lex.cues
        for tok in self.doc:
            if tok.pos_ not in ("VERB",) or not (tok.lower_ in sv or tok.lemma_.lower() in sv):
                continue
            comps = [c for c in tok.children if c.dep_ == "ccomp"]
            if not comps:
                continue
            subs, _ = _subjects(tok, view)
            if not subs:
                continue
            speaker = _dedupe([resolve(s, view, want_actorlike=True) for s in subs])
            if not speaker:
                continue
            for comp in comps:
                sub = list(comp.subtree)
                inner_subs = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                blame = next((t for t in sub if cues.get(t.lemma_.lower()) == "disapprove"
                              and not any(ch.dep_ == "neg" for ch in t.head.children)), None)
                made = None
                if blame is not None:
                    tgt = []
                    for t in [blame] + inner_subs:
                        for ch in t.children:
                            if ch.dep_ == "poss":
                                r = resolve(ch, view, allow_phrase=False)
                                if r is not None:
                                    tgt.append(r)
                    made = Cand(blame, Trig("ACCUSE", "disapprove", blame.lemma_), "ACCUSE", "disapprove",
                                speaker, [t for t in _dedupe(tgt) if not any(_same_ref(t, s) for s in speaker)],
                                None, "asserted", comp, view.seg[comp.i])
                else:
                    oblig = [c for c in comp.children if c.dep_ == "aux" and cues.get(c.lower_) == "obligation"]
                    if oblig and inner_subs and not any(_is_pronoun(s) for s in inner_subs):
                        tgt = _dedupe([resolve(s, view, want_actorlike=True) for s in _expand(inner_subs[0])])
                        if tgt and not any(_same_ref(t, s) for t in tgt for s in speaker):
                            made = Cand(oblig[0], Trig("REQUEST", None, oblig[0].lower_), "REQUEST", None,
                                        speaker, tgt, None, "asserted", comp, view.seg[comp.i])
                if made is not None:
                    if any(ch.dep_ == "neg" for ch in tok.children):
                        made.factuality = "negated"
                    made.trigger_text = f"{tok.text} ... {made.tok.text}"
                    out.append(made)
                    for t in sub:  # what the speech act already says
                        o = by_tok.get(t.i)
                        if o is not None:
                            o.absorbed = True
        return out

    # -- evidence, date, quote ----------------------------------------------------------------------------------------
    def _evidence(self, c: Cand) -> Evidence:
        doc = self.doc
        a, b = self.view.seg_bounds[c.seg]
        node = c.anchor
        # the clause: climb from the anchor to the nearest verb with its own subject (a non-finite "to hold a
        # meeting" or a nominal "his visit" is shown with the clause that carries it)
        for _ in range(10):
            if node.pos_ in ("VERB", "AUX") and any(ch.dep_ in SUBJ for ch in node.children):
                break
            if node.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj") and node.pos_ in ("VERB", "AUX"):
                break
            if node.head is node or not self.view.same_seg(node, node.head):
                break
            node = node.head
        lo = max(node.left_edge.i, a)
        hi = min(node.right_edge.i, b - 1)
        if node.dep_ == "ROOT" or (hi - lo) < 3:
            lo, hi = a, b - 1
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].text in QUOTE_CHARS or (
                doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that", "whether"))):
            lo += 1
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].text in QUOTE_CHARS):
            hi -= 1
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        return Evidence(start, end, self.record.document.text[start:end])

    def _date(self, c: Cand, quote):
        a, b = self.view.seg_bounds[c.seg]
        s, e = self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)
        best = None
        pos = c.tok.idx
        for d in self.record.dates:
            if d.value and s <= d.start and d.end <= e and (d.precision in (None, "day", "month", "year")):
                if best is None or abs(d.start - pos) < abs(best.start - pos):
                    best = d
        if best is not None:
            return best.value, 0
        if quote is not None and quote.date:
            return quote.date, 1
        pub = self.record.document.published
        return (pub[:10] if pub else None), 2

    def _quote_of(self, tok):
        for q in self.record.quotes:
            if q.start <= tok.idx < q.end:
                return q
        return None

    def events(self) -> list[Event]:
        cands = [c for c in self.candidates() if not c.absorbed]
        built = []
        for c in cands:
            if not c.actors and not c.targets:
                continue
            if not c.actors and c.tok.pos_ not in ("VERB", "AUX"):
                continue  # a bare nominal ("the meeting is possible") names no one who acts
            if not c.actors and not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in c.tok.children):
                continue
            if c.mode == "visit" and c.tok.pos_ in ("NOUN", "PROPN") and not c.targets and c.location is None:
                continue  # "their trip", "a visit": a journey to no one and nowhere named is no CONSULT
            quote = self._quote_of(c.tok)
            date, date_rank = self._date(c, quote)
            trigger = getattr(c, "trigger_text", None) or self._trigger_text(c.tok)
            ev = Event(id="", type=c.type, mode=c.mode, actors=c.actors, targets=c.targets, location=c.location,
                       date=date, trigger=trigger, evidence=self._evidence(c), factuality=c.factuality,
                       source=quote.speaker if quote is not None else None,
                       quote=quote.id if quote is not None else None)
            built.append((ev, date_rank, quote is not None, c.tok.i))
        merged = merge_mentions(built)
        for i, ev in enumerate(merged, 1):
            ev.id = f"v{i}"
        return merged

    def _trigger_text(self, tok):
        """The trigger words: the head word with its particle, or with the object it pairs with in a phrasal
        pattern ("reached ... agreement")."""
        parts = [tok]
        for c in tok.children:
            if c.dep_ == "prt":
                parts.append(c)
        if len(parts) == 1 and tok.pos_ in ("VERB", "AUX"):
            lemma = tok.lemma_.lower()
            for c in tok.children:
                if c.dep_ in ("dobj", "obj") and (lemma, c.lemma_.lower()) in self.lex.verb_args:
                    parts.append(c)
                    break
        if tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ in ("compound", "amod") and (c.lemma_.lower(), tok.lemma_.lower()) in self.lex.noun_mods:
                    parts.append(c)
        parts.sort(key=lambda t: t.i)
        if len(parts) == 1:
            return tok.text
        return self.doc[parts[0].i:parts[-1].i + 1].text if parts[-1].i - parts[0].i <= 4 else \
            " ".join(p.text for p in parts)


def _key_refs(refs):
    return frozenset((r.entity or r.name.lower()) for r in refs)


def merge_mentions(built):
    """One event per happening: mentions with the same type, the same actors, compatible target and place and the
    same broad factuality (asserted/planned/proposed vs possible vs negated) are merged; the kept mention is the
    most factual, then one outside a quote, then the earliest. Dates prefer a date said in the sentence."""
    def fclass(f):
        return "neg" if f == "negated" else ("pos" if f == "possible" else "real")

    groups: list[list] = []
    for item in built:
        ev = item[0]
        placed = False
        for g in groups:
            h = g[0][0]
            if h.type != ev.type or fclass(h.factuality) != fclass(ev.factuality):
                continue
            if not ev.actors or _key_refs(h.actors) != _key_refs(ev.actors):
                continue
            if h.location and ev.location and not _same_ref(h.location, ev.location):
                continue
            if h.targets and ev.targets and not (_key_refs(h.targets) & _key_refs(ev.targets)):
                continue
            g.append(item)
            placed = True
            break
        if not placed:
            groups.append([item])
    out = []
    for g in groups:
        best = min(g, key=lambda it: (FACT_RANK.get(it[0].factuality, 9), it[2], it[3]))
        ev = best[0]
        for it in g:  # fill what the kept mention lacks from the others
            o = it[0]
            if ev.location is None and o.location is not None:
                ev.location = o.location
            if not ev.targets and o.targets:
                ev.targets = o.targets
            if ev.mode is None and o.mode is not None:
                ev.mode = o.mode
        dated = min(g, key=lambda it: it[1])
        if dated[1] < best[1]:
            ev.date = dated[0].date
        out.append((best[3], ev))
    out.sort(key=lambda x: x[0])
    return [ev for _, ev in out]


def extract(doc, record) -> list[Event]:
    """The PLOVER events of ``record`` whose text ``doc`` parses (record.entities, quotes and dates are read)."""
    return Extractor(doc, record).events()


@component("understand.events", requires=("document.text", "scratch.doc"), assigns=("events",))
def events_component(work) -> None:
    doc = work.scratch.get("doc")
    if doc is None:  # Russian documents have no English parse; their events are not extracted yet
        return
    work.record.events = extract(doc, work.record)
