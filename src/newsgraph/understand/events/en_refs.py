"""English words that name someone, for event arguments: pronouns and quantifiers, agentive phrases ("Afghan
rebels", "thousands of Iraqi Kurds"), a noun phrase's span, and the antecedent of a pronoun that coreference left
unresolved or gave to a person of the other gender (used by en_args.resolve)."""
from __future__ import annotations

from .. import rules
from ..names import gender_of
from .lexicon import lexicon

PRONOUNS = rules.wordset("en", "pronouns")
RELATIVE = rules.wordset("en", "relative")
QUANTITY_HEADS = rules.wordset("en", "quantity_heads")
ACTOR_ENT_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MEDIA", "GROUP"}
QUOTE_CHARS = "«»“”„\"'‘’‹›"


def is_pronoun(tok) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in PRONOUNS


def is_quantifier(tok) -> bool:
    """A quantifier or indefinite pronoun ("all", "some", "none", "everyone"): it names whom it counts, it stands
    for no one named before ("All on board were killed": the victims are all on board, not the speaker)."""
    return tok.pos_ == "PRON" and tok.lower_ not in PRONOUNS


def agentive_head(tok) -> bool:
    """Does ``tok`` name someone (a person, group or institution) by its parse and NER alone?"""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PRON" and tok.lower_ in (
            "him", "her", "them", "us", "me"):
        return True
    lex = lexicon()
    if tok.lemma_.lower() in lex.agents or tok.lower_ in lex.agents:
        return True
    if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_HEADS:
        return any(agentive_head(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    return False


def agentive(tok, view) -> bool:
    """Can this unresolved phrase act? A named thing, an agent noun (events_agent_nouns.txt), or a noun modified by
    a nationality, place or organisation ("Afghan rebels", "Israeli bulldozers", "US Predator attacks")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENT_TYPES or tok.ent_type_ in ("LAW", "EVENT") or \
            is_quantifier(tok) or (tok.pos_ == "ADP" and any(is_quantifier(c) for c in tok.children)):
        return True
    lex = lexicon()
    if tok.lemma_.lower() in lex.agents or tok.lower_ in lex.agents:
        return True
    if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_HEADS:  # "thousands of Iraqi Kurds"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return any(agentive(p, view) for p in c.children if p.dep_ == "pobj")
        if tok.lemma_.lower() in QUANTITY_HEADS and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            return True  # "Thousands demonstrated in Cairo": a bare count that acts counts people
    trig = lex.nouns.get(tok.lemma_.lower())
    if trig is not None and trig.type == "ASSAULT":  # "a roadside bombing killed ...": the weapon stands in
        return True
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss") and (
                c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or view.mention_of(c) is not None):
            return True
    return False


def phrase_span(head):
    """The noun phrase of ``head``: its left modifiers (determiners and quote marks trimmed) and an of-phrase."""
    left = head.left_edge.i
    right = head.i
    for c in head.rights:
        if c.dep_ == "prep" and (c.lower_ == "of" or head.pos_ == "PRON"):  # "all on board"
            right = max(right, c.right_edge.i)
            break
    doc = head.doc
    while left < right and (doc[left].lower_ in ("the", "a", "an") or doc[left].text in QUOTE_CHARS
                            or doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].text in QUOTE_CHARS or doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left:right + 1]


GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def disagrees(tok, ent) -> bool:
    """A gendered pronoun whose person's given name has the other gender ("He" -> "Sonya Zoghlin")."""
    g = GENDERED.get(tok.lower_)
    if g is None or ent.type != "PERSON" or not ent.name.split():
        return False
    other = gender_of(ent.name.split()[0])
    return bool(other) and other != g


def pronoun_fallback(tok, view):
    """A third-person pronoun not resolved upstream: the subject of the nearest governing clause that has a
    non-pronoun subject ("Hungary has said it will support ..." -> Hungary)."""
    if tok.lower_ in ("i", "me", "my", "we", "us", "our", "you", "your"):
        return None
    if tok.tag_ in ("WDT", "WP") and tok.lower_ in RELATIVE:
        return relative_antecedent(tok, view)
    node = tok.head  # the clause of the pronoun
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and \
            node.dep_ in ("poss", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "appos"):
        node = node.head
    if tok.dep_ == "poss" and node.pos_ in ("VERB", "AUX"):  # "their forces completed their withdrawal"
        for s in node.children:
            if s.dep_ in ("nsubj",) and not s.is_ancestor(tok) and s.i != tok.i and not is_pronoun(s):
                return s
    for _ in range(6):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or node.head.i == node.i:
            return None
        node = node.head
        if not view.same_seg(node, tok):
            return None
        if node.pos_ in ("VERB", "AUX"):
            for s in node.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.i != tok.i and not s.is_ancestor(tok):
                    if not is_pronoun(s):
                        return s
                    return None
    return None


def relative_antecedent(tok, view):
    """The noun a relative pronoun stands for, also when its clause is the complement of a verb of saying or
    thinking inside the relative clause ("the settlements, which officials say threaten the talks", "a law that
    critics fear will curb protest": the pronoun is the subject of "threaten", the relative clause hangs on
    "settlements"); None when no relative clause holds it (an interrogative "which"). Never the subject of the verb
    above: the officials who say it do not threaten."""
    node = tok.head
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head if view.same_seg(node.head, tok) else None
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def discourse_antecedent(tok, view):
    """A non-person "it"/"they" that coreference left unresolved: the subject of the main clause of one of the two
    previous sentences of the same paragraph, when it agrees in number and can act ("Russia denied the claims. It
    also threatened ..."; "The rebels seized the town. They later released ..."). A pleonastic "it" ("it is
    possible") is left alone."""
    low = tok.lower_
    if low in GENDERED:
        return _person_antecedent(tok, view)
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
                if s.dep_ not in ("nsubj", "nsubjpass") or is_pronoun(s):
                    continue
                etype = view.entity_type(s)
                if etype == "PERSON":
                    continue
                coordinated = any(c.dep_ == "conj" for c in s.children)
                is_plural = coordinated or s.tag_ in ("NNS", "NNPS") or etype in ("GROUP", "NORP")
                if plural != is_plural and not (plural and etype in ("ORG", "GROUP")):
                    continue
                if etype in ("GPE", "ORG", "GROUP", "NORP", "MEDIA") or agentive(s, view):
                    return s
    return None


def _person_antecedent(tok, view):
    """The person a "he"/"she" stands for when coreference gave it to someone of the other gender: the subject of
    the main clause of its own sentence before it, or of the previous sentence of the paragraph, when that subject is
    a person of the same or an unknown gender ("Carlineo is a convicted felon. He was convicted in 1998.")."""
    g = GENDERED[tok.lower_]
    sid = view.seg[tok.i]
    for j in (sid, sid - 1):
        if j < 0:
            return None
        a, b = view.seg_bounds[j]
        if j != sid and "\n" in view.text[view.doc[b - 1].idx:tok.idx].strip():
            return None
        roots = [t for t in view.doc[a:b] if t.dep_ == "ROOT"]
        roots = [c for r in roots for c in r.children if c.dep_ == "ccomp"] + roots  # "X is ..., prosecutors said"
        for r in roots:
            for sub in r.children:
                if sub.dep_ in ("nsubj", "nsubjpass") and sub.i < tok.i and not is_pronoun(sub):
                    m = view.mention_of(sub)
                    if m is not None and m[2].type == "PERSON" and \
                            gender_of(m[2].name.split()[0]) in ("", g):
                        return sub
    return None
