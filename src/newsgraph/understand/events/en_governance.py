"""Governors and factuality of English event triggers (a mixin of en.EnglishReader).

The auxiliaries, negations and governing words (``lang/en/events_governors.tsv``) of a trigger and of the chain it
was reached through; "if"/"unless" conditions; announcements ("announced it would withdraw" is a decision); a nominal
trigger said (not) to happen or to be possible ("the talks that never happened", "a meeting is possible"); the verb a
nominal is the object of.
"""
from __future__ import annotations

from .base import unique_tokens
from .en_args import ADJUNCT_PREPS
from .en_checks import denial_noun, denied_by_noun, no_noun, phrasal


class Governance:
    """Factuality and governors for ``EnglishReader`` (needs ``self.lex`` and ``self.view``)."""

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
        excluders = set()
        for n in chain:  # the light verb of a nominal: "proposed new sanctions", "planned an attack"
            if n.pos_ == "VERB" and gov.get(n.lemma_.lower(), ("",))[0] in ("propose", "planned"):
                effects.append(gov[n.lemma_.lower()])
            elif n.pos_ == "VERB" and gov.get(phrasal(n), ("",))[0] == "exclude" and tok.head.i == n.i and \
                    tok.dep_ == "dobj":  # "ruled out a meeting"; not "excluded Hungary from the talks":
                excluders.add(n.i)  # negated; "did not rule out a meeting": possible
                effects.append(("possible", None) if any(c.dep_ == "neg" for c in n.children) else ("negated", None))
        clause = nodes[-1]
        # the complement chain above the clause
        node = clause
        for _ in range(6):
            h = node.head
            if h.i == node.i or not self.view.same_seg(h, node):
                break
            infinitival = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.dep_ == "xcomp" or (node.dep_ == "acl" and infinitival) or (
                    node.dep_ in ("pcomp", "pobj") and h.dep_ == "prep" and h.head.lemma_.lower() in gov):
                if node.dep_ in ("pcomp", "pobj"):
                    h = h.head
                lem = phrasal(h) if phrasal(h) in gov else h.lemma_.lower()
                if gov.get(lem, ("",))[0] == "exclude":
                    if node.dep_ != "xcomp":  # "excluded Hungary from taking part": the object is excluded
                        break
                    # "did not rule out meeting him": possible
                    excluders.add(h.i)
                    effects.append(("possible", None) if any(c.dep_ == "neg" for c in h.children)
                                   else ("negated", None))
                elif lem in gov:
                    effects.append(self._governor(h, gov[lem]))
                nodes.append(h)
                if h.dep_ == "acomp" and h.head.i != h.i:  # "is willing to": the copula's auxiliaries
                    nodes.append(h.head)
                    h = h.head
                node = h
                continue
            if node.dep_ == "conj":
                node = h
                continue
            break
        for n in unique_tokens(nodes):
            for c in n.children:
                if c.dep_ == "neg" and n.i in excluders:
                    continue
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and (n.i == tok.i or denial_noun(n))):
                    negated = True
                elif c.dep_ in ("aux", "auxpass"):
                    lem = c.lower_ if c.lower_ in gov else c.lemma_.lower()
                    if lem in gov and lem != "be":
                        effects.append(gov[lem])
        if denied_by_noun(node) or any(n.pos_ == "NOUN" and no_noun(n) for n in chain):
            negated = True  # "he had no knowledge of any efforts to urge Ukraine"
        top = node
        # an "if"/"unless" clause anywhere above, up to the reporting clause
        node = tok
        for _ in range(10):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                conditional = True
                break
            if node.dep_ in ("ccomp", "ROOT") or node.head.i == node.i or not self.view.same_seg(node, node.head):
                break
            node = node.head
        if tok.pos_ in ("NOUN", "PROPN") and self._nominal_effects(tok, effects):
            negated = True
        condition = any(c.dep_ == "advcl" and _conditional_clause(c) for n in nodes for c in n.children)
        if not (conditional or condition) and self._announced(top):  # "announced it would withdraw": a decision
            effects = [("announced", m) if e == "future" else (e, m) for e, m in effects]
        if condition and not effects:
            conditional = True  # the consequent of a condition, told as a fact: "if elected, he sends troops"
        return effects, negated, conditional

    def _announced(self, clause) -> bool:
        """Is ``clause`` (or the clause it is coordinated with) what an announcement verb reports
        (events_cues.tsv role "announcement")?"""
        node = clause
        for _ in range(3):
            if node.dep_ == "ccomp":
                return self.lex.cues.get(node.head.lemma_.lower()) == "announcement"
            if node.dep_ != "conj" or node.head.i == node.i:
                return False
            node = node.head
        return False

    @staticmethod
    def _governor(h, effect):
        """The effect of governor ``h``: "is prepared to use force" (passive or adjectival) is a readiness (the
        adjective's row), not the act of preparing ("the army prepared to resume shelling")."""
        if effect[0] == "prepare" and (h.pos_ == "ADJ" or any(c.dep_ in ("auxpass", "nsubjpass") for c in h.children)):
            return ("commit", "offer")
        return effect

    # -- actors of nominal triggers --------------------------------------------------------------------------------
    def _nominal_effects(self, tok, effects) -> bool:
        """A nominal trigger said to (not) happen or to be possible: "the talks that never happened", "a meeting
        is possible". Adds the modality's effects to ``effects``; returns whether it is negated."""
        gov = self.lex.governors
        negated = False
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
        return negated

    def _governing_verb(self, tok):
        """The verb a nominal is the object of ("reiterated its demand", "continued their hunger strike"), or None."""
        node = tok
        for _ in range(4):
            if node.dep_ not in ("dobj", "obj", "pobj", "prep", "attr") or node.head.i == node.i or \
                    not self.view.same_seg(node, node.head):
                return None
            if node.dep_ == "prep" and node.lower_ in ADJUNCT_PREPS:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
        return None


def _conditional_clause(clause) -> bool:
    """An "if"/"unless" clause that is a condition: not a concession or a comparison ("even if Moscow denied it",
    "as if it were a military target")."""
    marks = [m for m in clause.children if m.dep_ in ("mark", "advmod")]
    return any(m.lower_ in ("if", "unless") for m in marks) and not any(m.lower_ in ("even", "as") for m in marks)
