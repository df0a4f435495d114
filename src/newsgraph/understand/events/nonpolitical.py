"""Non-political readings of English event words, dropped before they become events (rules as data in
``lang/en/events_nonpolitical.tsv``, ``events_patient_nouns.txt``, ``events_undergo_verbs.txt``): play in a sports
contest ("Wild beat Sabres 4-1", a whole match report), the change of a quantity ("the Nikkei declined 0.3%"),
actors that are quantities, markets or natural things ("oil prices fell", "cells attack"), questions ("when asked
about"), purchases ("ordered 30 Boeing jets"), showing ("as demonstrated by"), verbs inside names, telephone
calls, efforts ("fought to get the script"), research ("investigated how ...")."""
from __future__ import annotations

import re

from .en_args import agentive_head
from .en_triggers import find_trigger

NAME_TYPES = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"}  # a verb inside such a name is no trigger
SCORE = re.compile(r"(?<![\d/.,$])\b\d{1,3}-\d{1,3}\b(?![-/\d%])"  # a sports score: "4-1", "6-3, 7-6 (5)",
                   r"|\b[A-Z][\w.]+ \d{1,3}, [A-Z][\w.]+ \d{1,3}\b")  # "Bruins 5, Devils 1"


class NonPolitical:
    """The non-political readings of one document's triggers (``doc``: its spaCy Doc)."""

    def __init__(self, doc, lex):
        self.doc = doc
        self.lex = lex
        self._sport_cache: dict = {}

    def sporty(self, sent) -> bool:
        """A sentence of a sports contest: it has a score ("4-1", "6-3, 7-6") or a sports word, or the whole
        document has at least three of them (a match report)."""
        cache = self._sport_cache
        if "doc" not in cache:
            sents = list(self.doc.sents)
            match = self.lex.kind("match")
            weak = [lem for t in self.doc if t.pos_ == "NOUN" and (lem := t.lemma_.lower()) in match]
            cache["doc"] = sum(self._sport_hits(s) for s in sents) >= 3 or \
                (len(set(weak)) >= 3 and len(weak) >= 0.5 * len(sents))
        if cache["doc"]:
            return True
        if sent.start not in cache:
            cache[sent.start] = self._sport_hits(sent) > 0
        return cache[sent.start]

    def _sport_hits(self, span) -> int:
        sport = self.lex.kind("sport")
        n = len(SCORE.findall(span.text))
        n += sum(1 for t in span if t.lower_ in sport or (not t.is_punct and t.lemma_.lower() in sport))
        low = span.text.lower()
        n += sum(1 for w in sport if " " in w and w in low)
        return n

    def __call__(self, tok, is_verb, trig) -> bool:
        """The trigger reads as play in a sports contest ("Wild beat Sabres 4-1") or as the change of a quantity
        ("the Nikkei declined 0.3%", "shares fell 40 points")."""
        lex = self.lex
        if tok.lemma_.lower() in lex.kind("contest") and self.sporty(tok.sent):
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
                if c.dep_ in ("compound", "nmod") and self.is_measure(c):
                    return True
            for c in preps:
                if c.lower_ in ("in", "of") and any(p.dep_ == "pobj" and self.is_measure(p) for p in c.children):
                    return True
            return False
        lemma = tok.lemma_.lower()
        if lemma in lex.kind("show") and any(c.dep_ in ("dobj", "obj", "ccomp", "nsubjpass", "auxpass", "agent")
                                             for c in tok.children):
            return True  # "as demonstrated by his departure", "demonstrated that the plan works": to show
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
                return not agentive_head(o) or any(ch.dep_ in ("nmod", "compound") and
                                                    ch.ent_type_ in ("ORG", "PRODUCT") for ch in o.children)
            if objs and all(goods(o) and find_trigger(o, lex) is None for o in objs):
                return True  # a purchase: "Emirates ordered 30 Boeing 787 jets", "ordered another set of mice"
        if lemma == "meet" and any(c.dep_ == "auxpass" for c in tok.children) and \
                any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and \
                not any(c.dep_ == "nsubjpass" and (agentive_head(c) or c.pos_ == "PROPN") for c in tok.children):
            return True  # "his refusal was met with hoots of laughter": a reception, no meeting
        if lemma == "ask" and not self._asks_for_action(tok):
            return True  # a question ("when asked about the fight", "Malaska asked, 'Could it ...?'")
        if lemma in ("fight", "battle", "struggle") and \
                any(c.dep_ in ("xcomp", "advcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                    for c in tok.children) and \
                not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "against")
                        for c in tok.children):
            return True  # "I fought to get the full script": an effort, not an assault
        if lemma in ("fight", "battle", "combat") and self._against_a_thing(tok):
            return True  # "London has been fighting dirty air", "firefighters battled the blaze": no one attacked
        if tok.ent_type_ in NAME_TYPES:
            return True  # a verb inside a name: "Volatiles Investigating Polar Exploration Rover"
        for c in tok.children:
            if c.dep_ in ("dobj", "obj", "npadvmod", "advmod", "attr", "nmod") and self._is_amount(c, c.dep_):
                return True
            if c.dep_ == "prep" and c.lower_ in ("by", "to") and \
                    any(p.dep_ == "pobj" and self._is_amount(p, "pobj") for p in c.children):
                return True
        return False

    def _against_a_thing(self, tok) -> bool:
        """Is what ``tok`` fights (its object, or the object of "against") only problems no one fights with arms
        (events_nonpolitical.tsv ``problem``: pollution, a fire, a disease, poverty)? A closed list of problems, not
        of foes: pirates, an insurgency, a war stay an armed fight (review r15)."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
                 for p in c.children if p.dep_ == "pobj"]
        problems = self.lex.kind("problem")
        return bool(objs) and all(o.lemma_.lower() in problems and not o.ent_type_ for o in objs)

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
        units = self.lex.kind("unit")
        if tok.ent_type_ == "PERCENT" or tok.lower_ in units or tok.lemma_.lower() in units:
            return True
        if tok.ent_type_ == "MONEY" and dep != "dobj":  # "fell $2", not "seized $5 million"
            return True
        return any(c.dep_ == "compound" and c.lemma_.lower() in units for c in tok.children) and \
            tok.lemma_.lower() in units

    def is_measure(self, tok) -> bool:
        """An actor head that is a quantity, a market or a natural thing ("prices", "shares", "cells")."""
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ == "PRON":
            return False
        return tok.lemma_.lower() in self.lex.kind("measure") or tok.lower_ in self.lex.kind("measure")
