"""English events over spaCy's dependency parse (the reader of the language table's "en" row).

Triggers come from the lexicon (``lang/en/event_triggers.tsv``: verb lemmas, verb + object/particle/preposition
patterns, nominalisations); the words that change factuality or type are in ``events_governors.tsv``; speech-borne
cues in ``events_cues.tsv``. The arguments (en_args.py):

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
- every argument is resolved to an entity of ``record.entities`` through the mention that covers its head (so
  coreference done upstream carries over: "The Russian leader" -> Putin); a phrase that no mention covers stays
  an unresolved ``Ref(entity=None, name=<phrase>)`` ("26 countries"); an unresolved pronoun is dropped.
- factuality and typing: codebook.py (a trigger governed by another trigger is absorbed by it: "agreed to share
  information" is one AGREE). Where the codebook and the gold records disagree we follow the gold records (PLOVER
  gold standard, the reference page): invitations are CONSULT ``invite``; plans and intentions ("plan to
  participate", "intends to coordinate") keep their type with factuality ``planned``.
- non-political readings are dropped (nonpolitical.py); a dateline parsed as the subject gives way to the phrase
  after the dash; the possessor of "release/arrest/extradition" and the subject of "received threats" are no actors.
"""
from __future__ import annotations


from ...record import Evidence
from ..attach import after_parenthesis, attaches, dates
from .base import Cand, Reader
from .codebook import ENGLISH, Trig
from .en_args import (ABSORB_DEPS, agentive_head, ADJUNCT_PREPS, CLIMB_DEPS, MOTION_LEMMAS, MOTION_TYPES, OF_IS_ACTOR,
                      QUOTE_CHARS, SUBJ, View, dedupe, expand, loc_of, same_ref, split_name, subjects,
                      targets_of, under_passive, undateline_all, resolve, reduced_passive, LOC_TYPES)
from .en_checks import (assault_ok, beaten_out, cameo_ok, campaign_rally, electoral, forecast, joint,
                        own_undertaking, refuge, sourcing, state_actor, turnout, verbal)
from .en_dating import clause_dated_earlier, complement_dated_earlier, told_as_earlier
from .en_governance import Governance
from .en_speech import SpeechEvents
from .en_triggers import find_trigger
from .lexicon import Lexicon, lexicon
from .nonpolitical import NonPolitical


UNDERGO_UNDER = {"be", "come", "remain", "stay", "fall", "live", "go"}  # "is / came / remains under attack"


class EnglishReader(SpeechEvents, Governance, Reader):
    """The events of one English document (``view``: its document view; ``record``: entities, quotes, dates read)."""

    conventions = ENGLISH
    absorb_steps = 6

    def __init__(self, view, record, lex: Lexicon | None = None):
        super().__init__(record, lex or lexicon("en"))
        self.doc = view.spacy
        self.view = View(view, record)
        self.nonpolitical = NonPolitical(self.doc, self.lex)

    # -- the parser's answers (base.Reader) ---------------------------------------------------------------------------
    def head(self, t):
        return t.head

    def dep(self, t) -> str:
        return t.dep_

    def start(self, t) -> int:
        return t.idx

    def seg_chars(self, seg: int) -> tuple[int, int]:
        a, b = self.view.seg_bounds[seg]
        return self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)

    def is_speech(self, node) -> bool:
        return node.pos_ in ("VERB", "AUX") and self.speaks(node)

    def dates_event(self, c, d) -> bool:
        """A date dates the event when it is a day of the news cycle or attaches to the trigger or to the word the
        trigger hangs on (past prepositions: "said on Thursday, after a meeting of the group"): ``attach.dates``; a
        clause told as earlier than the story (``before_the_news``) only by a date that attaches to it."""
        words, h = {c.tok.i} | after_parenthesis(c.tok), c.tok.head  # "seized it, seen as vital, in 1967"
        for _ in range(4):
            words.add(h.i)
            if h.pos_ != "ADP" or h.head.i == h.i:
                break
            h = h.head
        if self.before_the_news(c):  # "which had previously detained him" is not dated by the sentence's Tuesday
            return attaches(self.doc, d.start, d.end, words)
        return dates(self.doc, d, words, self.record.document.published, future=True)

    def before_the_news(self, c) -> bool:  # (en_checks.py)
        return told_as_earlier(c.tok) or complement_dated_earlier(
            c.tok, self.doc, self.record.dates, self.record.document.published, *self.seg_chars(c.seg))

    def set_earlier(self, c) -> bool:  # (en_checks.py)
        return clause_dated_earlier(c.tok, self.doc, self.record.dates, self.record.document.published,
                                    *self.seg_chars(c.seg))

    def speaks(self, node) -> bool:
        sv = self.lex.speech
        return node.lower_ in sv or node.lemma_.lower() in sv

    def absorb_blocked(self, node) -> bool:
        if node.dep_ not in ABSORB_DEPS or node.head.i == node.i or not self.view.same_seg(node, node.head):
            return True
        if node.dep_ == "advcl":
            marks = {ch.lower_ for ch in node.children if ch.dep_ == "mark"}
            purpose = not marks and (any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in node.children)
                                     or node.tag_ == "VBG")
            condition = bool(marks & {"if", "unless"})
            if not (purpose or condition):
                return True
        return node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPS

    def keep(self, c: Cand) -> bool:
        if not c.actors and not c.targets:
            return False
        passive = under_passive(c.tok) is not None  # "was placed under arrest": no agent, the arrested named
        if not c.actors and c.tok.pos_ not in ("VERB", "AUX") and not passive:
            return False  # a bare nominal ("the meeting is possible") names no one who acts
        if not c.actors and not passive and not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in c.tok.children):
            return False
        if c.mode == "visit" and c.tok.pos_ in ("NOUN", "PROPN") and not c.targets and c.location is None:
            return False  # "their trip", "a visit": a journey to no one and nowhere named is no CONSULT
        return True

    def _noun_actor(self, tok, typ):
        """(actor heads, chain of tokens climbed, anchor verb) of a nominal trigger."""
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in self.lex.ending:
            return [], [], None  # "Sweden has dropped its investigation": an act ended is no act of its possessor
        if poss and tok.lemma_.lower() in self.lex.patient_nouns and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return [], [], None  # "their release", "Assange's extradition": the possessor undergoes it
        if poss:
            return expand(poss[0]), [], self._governing_verb(tok)
        if typ in OF_IS_ACTOR:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    objs = [p for p in c.children if p.dep_ == "pobj"]
                    if objs and (agentive_head(objs[0]) or objs[0].pos_ == "PROPN" or
                                 self.view.mention_of(objs[0]) is not None):
                        return expand(objs[0]), [], None  # "a protest of farmers"; not "a protest of his death"
        for c in tok.children:  # the agent phrase of a nominal: "an investigation by the FBI", "an attack by rebels"
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and (agentive_head(objs[0]) or objs[0].pos_ == "PROPN" or
                             self.view.mention_of(objs[0]) is not None):
                    return expand(objs[0]), [], None
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and c.i < tok.i:
                return [c], [], None
        # climb to the governing verb (or a noun with a possessor: "Putin's offer to hold a meeting")
        chain = []
        node = tok
        for _ in range(6):
            if node.dep_ not in CLIMB_DEPS or node.head.i == node.i or not self.view.same_seg(node, node.head):
                break
            if node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPS:
                break
            if node.dep_ == "prep" and node.lower_ == "for" and self._precondition(node.head):
                return [], chain, None  # "paved the way for talks": who makes it ready does not hold them
            if node.dep_ == "prep" and node.lower_ == "under" and node.head.lemma_.lower() in UNDERGO_UNDER:
                chain.append(node.head)
                return [], chain, None  # "Warren was under constant attack": the subject undergoes it; not
                # "Police placed the suspect under arrest", whose subject acts
            node = node.head
            chain.append(node)
            if node.pos_ == "NOUN" and self.lex.cues.get(node.lemma_.lower()) == "stance":
                return [], chain, None  # "her support of the raid": who holds the stance is no actor of the act
            if node.pos_ in ("VERB", "AUX"):
                if self.speaks(node):
                    return [], chain, None
                if node.lemma_.lower() in self.lex.undergo and tok.dep_ in ("dobj", "obj", "pobj"):
                    return [], chain, None  # "received death threats": the subject is who it befell
                subs, passive = subjects(node, self.view)
                if subs and not passive:
                    return subs, chain, node
                if any(c.dep_ in SUBJ for c in node.children):
                    return [], chain, node
            elif node.pos_ in ("NOUN", "PROPN"):
                p = [c for c in node.children if c.dep_ == "poss"]
                if p:
                    return expand(p[0]), chain, None
        return [], chain, None

    def _precondition(self, head) -> bool:
        """Is ``head`` of a "for" phrase a noun of the ground an event needs (events_cues.tsv "precondition": "the
        way for talks"), or a verb whose object is one ("prepared the ground for talks": the parser hangs the
        phrase on the verb)?"""
        cues = self.lex.cues
        return cues.get(head.lemma_.lower()) == "precondition" or head.pos_ in ("VERB", "AUX") and any(
            ch.dep_ == "dobj" and cues.get(ch.lemma_.lower()) == "precondition" for ch in head.children)

    # -- main ---------------------------------------------------------------------------------------------------------
    def tokens(self):
        return self.doc

    def candidate(self, tok) -> Cand | None:
        """The candidate of ``tok`` when it is a political trigger: its actors, targets, place and factuality."""
        lex = self.lex
        view = self.view
        trig = find_trigger(tok, lex)
        if trig is None:
            return None
        is_verb = tok.pos_ in ("VERB", "AUX") or tok.tag_ == "VBN"
        if self.nonpolitical(tok, is_verb, trig):
            return None
        if trig.pattern == "n:call":
            if any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in tok.children):
                trig = Trig("CONSULT", "phone", "n:call with")  # "Trump's call with his Ukrainian counterpart"
            elif not any((ch.dep_ == "prep" and ch.lower_ in ("for", "on")) or
                         (ch.dep_ in ("acl", "relcl") and any(x.lower_ == "to" for x in ch.children))
                         for ch in tok.children):
                return None  # a telephone call ("returning Braun's calls", "put in a call to the clinic")
        chain = []
        anchor = tok
        if is_verb:
            heads, passive = subjects(tok, view)
            if passive and not heads and trig.type == "AGREE":  # "Vietnam is committed to ..."
                heads = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
            if not heads and not passive and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                heads, chain, verb = self._noun_actor(tok.head, "-")
                chain = [tok.head] + chain
        else:
            heads, chain, verb = self._noun_actor(tok, trig.type)
            if not heads and under_passive(tok) is not None:  # "placed under arrest by the police"
                heads = subjects(under_passive(tok), view)[0]
            if verb is not None:
                anchor = verb
        heads = undateline_all(heads)
        if heads and all(self.nonpolitical.is_measure(h) for h in heads):
            return None  # "oil prices fell", "shares plunged", "tuft cells attack": no one acts
        heads, named = split_name(heads, view)
        actors = dedupe(named + [resolve(h, view, want_actorlike=True) for h in heads if not h.is_space])
        c = Cand(tok, trig, trig.type, trig.mode, actors, [], None, "asserted", anchor, view.seg[tok.i])
        motion = trig.type in MOTION_TYPES or tok.lemma_.lower() in MOTION_LEMMAS or \
            any(n.lemma_.lower() in MOTION_LEMMAS for n in chain)
        targets, between = self._targets(tok, trig, is_verb, chain, actors, motion)
        if between:
            if actors:
                targets = dedupe(between + targets)
                if c.type == "CONSULT" and not any(same_ref(a, b) for a in actors for b in between):
                    c.mode = "mediate"
            else:
                actors = between
        c.actors = self.states(actors)
        if joint(c, tok):  # "Russia and Belarus held military exercises": joint operations cooperate
            c.type, c.mode = "COOPERATE", None
        elif refuge(c, tok):  # "opened its borders to refugees": taken in, not given access
            c.type, c.mode = "AID", None
        c.targets = [t for t in self.states(targets) if not any(same_ref(t, a) for a in c.actors)]
        loc = self._place(c, tok, is_verb, chain, motion, targets)
        if loc is not None and c.mode == "visit" and not c.targets:
            c.targets = [loc]
        c.location = loc
        c.actors = c.actors or ([state_actor(c)] if state_actor(c) is not None else [])  # "arrested in Belarus"
        if c.trig.dictionary and not cameo_ok(c, view, lex):
            return None  # CAMEO codes only between political actors
        if c.type in ("ASSAULT", "THREATEN") and not assault_ok(c, view, lex):
            return None  # "production beat forecasts", "the policy threatens the viability of a deal": no one acts
            # and no one is attacked or threatened
        if c.type == "ASSAULT" and (electoral(c, lex) or beaten_out(c, lex)):
            return None  # "Clinton beat Sanders in the primary": votes won, no one attacked
        if c.type == "MOBILIZE" and turnout(c, lex):
            return None  # "will mobilize voters": a campaign's turnout, no forces made ready
        if c.type == "REQUEST" and sourcing(c, lex):
            return None  # "requested anonymity", "did not respond to requests for comment": a newsroom's sourcing
        if c.type == "PROTEST" and campaign_rally(c, view, lex):
            return None  # "Trump held a rally in Ohio": a campaign event, no protest against anyone
        if c.type == "SANCTION" and own_undertaking(c, view):
            return None  # "suspended his campaign": an actor stops its own undertaking, withdrawing nothing from anyone
        if c.type == "THREATEN" and forecast(tok, view, lex):
            return None  # "warned that Britain's exit will sap defences": a forecast, no coercive warning
        if c.type == "ASSAULT" and verbal(c, view, lex):
            c.type, c.mode = "ACCUSE", "disapprove"  # "attacked Romney for being a failed candidate": words
        effects, negated, conditional = self._governance(tok, chain)
        self.classify(c, effects, negated, conditional)
        return c

    def _targets(self, tok, trig, is_verb, chain, actors, motion):
        """(targets, between-targets) of a trigger; a passive subject is who it befell; a nominal without targets of
        its own takes those of its governing verb."""
        view = self.view
        phrases = trig.type not in ("MOBILIZE", "AID", "COOPERATE")  # what is sent or given is no recipient
        # "deported from Arizona", "expelled from Kenya": the place removed from is where, not whom
        origin = trig.mode in ("deport", "expel")
        targets, between = targets_of(tok, view, actors, motion=motion, phrases=phrases, origin=origin)
        if is_verb:
            passive = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
            if not passive and tok.dep_ == "conj" and not any(ch.dep_ in SUBJ for ch in tok.children):
                passive = [ch for ch in tok.head.children if ch.dep_ == "nsubjpass"]  # "was caught and deported"
            if passive:  # the passive subject is who it befell
                targets = dedupe([resolve(s, view, want_actorlike=True) for ch in passive for s in expand(ch)] +
                                 targets)
            elif reduced_passive(tok):  # "If convicted, X ...": the main clause's subject; "Indians deported": the noun
                first = tok.head if tok.dep_ == "conj" else tok
                befell = expand(first.head) if first.dep_ == "acl" else subjects(first.head, view)[0]
                targets = dedupe([resolve(s, view, want_actorlike=True) for s in befell] + targets)
        elif under_passive(tok) is not None:  # "was placed under arrest": the passive subject is who it befell
            targets = dedupe([resolve(s, view, want_actorlike=True) for ch in under_passive(tok).children
                              if ch.dep_ == "nsubjpass" for s in expand(ch)] + targets)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in UNDERGO_UNDER:
            # "Menendez is under investigation": the subject of "is" is who it befalls
            targets = dedupe([resolve(s, view, want_actorlike=True) for s in subjects(tok.head.head, view)[0]] +
                             targets)
        elif not targets and chain:
            for n in chain:
                if n.pos_ in ("VERB", "AUX"):
                    t2, b2 = targets_of(n, view, actors, nested=False, motion=motion)
                    targets = [r for r in t2 if r.name.lower() != tok.text.lower()]
                    between = between or b2
                    break
        return targets, between

    def _place(self, c, tok, is_verb, chain, motion, raw_targets):
        """Where the event happens: a place attached to the trigger, its chain, the noun a relative clause hangs on
        ("the summit in Alaska, where they met"), or the place a visit or meeting targets ("visited Russia")."""
        view = self.view
        loc = loc_of(tok, view, motion=motion)
        if loc is None:
            for n in chain:
                loc = loc_of(n, view, motion=motion)
                if loc is not None:
                    break
        if loc is None and tok.dep_ == "relcl":  # "the summit in Alaska, where they met"; "Alaska, where"
            loc = loc_of(tok.head, view)
            if loc is None and view.entity_type(tok.head) in LOC_TYPES and \
                    any(ch.lower_ in ("where",) for ch in tok.children):
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
        return loc

    # -- evidence, date, quote ----------------------------------------------------------------------------------------
    def evidence(self, c: Cand, quote=None) -> Evidence:
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
            if node.head.i == node.i or not self.view.same_seg(node, node.head):
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

    def trigger_text(self, cand: Cand) -> str:
        """The trigger words: the head word with its particle, or with the object it pairs with in a phrasal
        pattern ("reached ... agreement")."""
        tok = cand.tok
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
