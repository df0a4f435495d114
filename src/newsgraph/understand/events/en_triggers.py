"""English event triggers: which lexicon entry a token is (our own patterns first, then the CAMEO entries), from
its dependency arguments."""
from __future__ import annotations

from .. import rules
from .en_args import agentive_head


def arg_lemmas(tok):
    """Lemmas a verb pattern can pair with: particles, prepositions, objects (their modifiers and conjuncts), the
    objects of its prepositions, and the verb of an xcomp ("ordered X to suspend")."""
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


_PREP_BEFORE_OBJECT = rules.wordset("en", "prep_before_object")


_PREP_FORMS = {"upon": "on", "unto": "to"}  # the lexicon reads "call upon" as "call on"


def _time(p) -> bool:
    """A preposition's object that is a point in time ("on Tuesday"), not a span of something ("for three days of
    protests", "a day of mourning")."""
    return p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children)


def _adjunct_prep(tok, lemma: str, prep: str) -> bool:
    """Is the preposition ``prep`` of a verb + preposition pattern an adjunct of ``tok``, not the verb's own? A
    prepositional verb's preposition follows the verb and governs a participant: one that stands before the verb
    ("Limbaugh on Tuesday called the phrase ...") or governs a time ("called on Tuesday for a ceasefire": "call for",
    not "call on") is an adjunct of time or place. And a preposition that stands before any object ("called on
    Congress") is an adjunct when it follows the verb's object ("called the phrase 'lingo' on his show")."""
    preps = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == prep or _PREP_FORMS.get(c.lower_) == prep)]
    if preps and all(c.i < tok.i or any(_time(p) for p in c.children) for c in preps):
        return True
    if f"{lemma} {prep}" not in _PREP_BEFORE_OBJECT:
        return False
    obj = min((c.i for c in tok.children if c.dep_ in ("dobj", "obj")), default=None)
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == prep and c.i > obj for c in tok.children)


def _modifiers(tok):
    """Modifiers of the verb's objects ("humanitarian aid", "fire engines"): words a CAMEO pattern may name beside
    the noun it ends with, never as that noun."""
    return {x.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr", "dative")
            for x in c.children if x.dep_ in ("amod", "compound")}


def cameo_match(lemma, heads, mods, lex, content: bool):
    """The trigger of the first pattern of the verb's CAMEO blocks whose words are all the verb's argument words (a
    "&set" word: any of the set), most specific first: its last word one of ``heads`` (objects, particles,
    prepositions and their objects), the others ``heads`` or ``mods`` (modifiers of the objects). ``content``: only
    patterns naming a content word (True) or only those naming prepositions and particles (False); the latter only
    in a block that codes the verb itself: a preposition says nothing of what a synonym means ("hit X with ads",
    "led the party to victory" are no "attack with", "manage to"). A light verb
    (events_cues.tsv "light": "held", "made", "staged") with one of our event nominals reads as that nominal
    ("made a trip", "held talks"): its CAMEO patterns are skipped."""
    heads = set(heads)
    both = heads | mods
    light = lex.cues.get(lemma) == "light" and any(h in lex.nouns for h in heads)

    def has(w, pool):
        return (w in pool) if w[0] != "&" else not pool.isdisjoint(lex.synsets.get(w, ()))
    for block in lex.cameo_blocks.get(lemma, ()):
        if not content and (lemma, block) not in lex.cameo_coded:
            continue
        for words, t in lex.cameo_patterns.get(block, ()):
            if (t.need == "actor") != content or (light and t.type != "-"):
                continue
            if has(words[-1], heads) and all(has(w, both) for w in words[:-1]):
                return t
    return None


def _pledged(tok, lex) -> bool:
    """Does the noun "promise" name a pledge: someone's ("Trump's promise", "a promise by Kyiv"), a promise to do
    or that something will be, or the promise of an act ("the promise of a ceasefire")? Not "the promise of Google
    Stadia" (what a thing seems to offer)."""
    for c in tok.children:
        if c.dep_ in ("poss", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("by", "from", "to")):
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            return any(p.lemma_.lower() in lex.nouns or p.pos_ == "VERB" or p.tag_ == "VBG"
                       for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return tok.dep_ in ("dobj", "obj")  # "made a promise", "kept his promise"


def find_trigger(tok, lex):
    """The trigger entry for ``tok`` or None (a blocked pattern returns None too). A verb: our verb + argument
    patterns; CAMEO's blocking patterns ("kill in accident"); our bare verbs; for a verb we do not know bare, CAMEO's
    patterns that name a content word ("impose curfew"), then its multi-word verbs, preposition patterns and bare
    verbs (CAMEO entries need a political actor: Trig.need, checked by en_checks)."""
    pos = tok.pos_
    lemma = tok.lemma_.lower()
    if pos in ("VERB", "AUX") or (pos == "ADJ" and tok.tag_ == "VBN"):
        args = arg_lemmas(tok)
        for a in args:
            t = lex.verb_args.get((lemma, a))
            if t is not None and not _adjunct_prep(tok, lemma, a):
                return None if t.type == "-" else t
        cameo = lemma in lex.cameo_blocks and lemma not in lex.governors  # a governor's complement is the event
        t = cameo_match(lemma, args, _modifiers(tok), lex, content=True) if cameo else None
        if t is not None and t.type == "-":
            return None  # "killed in an accident", "killed in a car crash"
        if tok.dep_ in ("amod", "acomp") or (tok.tag_ == "VBG" and tok.dep_ in ("compound", "pobj")):
            return None  # "a promising start", "is promising"
        if tok.tag_ == "VBG" and lemma in ("promise", "threaten") and not any(
                c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "dative", "prep") for c in tok.children):
            return None  # "Why the project is promising", "the sky looked threatening": an adjective's reading
        bare = lex.verbs.get(lemma)  # ours; "-": the bare verb is no event, its patterns still are
        if bare is not None and bare.type != "-":
            return bare
        agent = lex.verb_agent_obj.get(lemma)
        if agent is not None:  # "released 12 hostages", not "released a new laptop"
            for c in tok.children:
                if c.dep_ in ("dobj", "obj", "nsubjpass") and agentive_head(c):
                    return agent
                if c.dep_ in ("xcomp", "ccomp"):  # "allowed opposition leader X to bring out a rally"
                    if any(x.dep_ == "nsubj" and agentive_head(x) for x in c.children):
                        return agent
            return None
        if t is not None:
            return t
        for a in args:
            t = lex.cameo_phrasal.get((lemma, a))
            if t is not None:
                return None if t.type == "-" else t
        if cameo:
            t = cameo_match(lemma, args, set(), lex, content=False) or (lex.cameo_verbs.get(lemma) if bare is None
                                                                         else None)
            if t is not None:
                return None if t.type == "-" else t
        return None
    if pos in ("NOUN", "PROPN"):
        if pos == "PROPN" and lemma not in ("summit",):
            return None
        if tok.dep_ == "compound" and (lemma, tok.head.lemma_.lower()) in lex.noun_mods:
            return None  # "arrest warrant", "hunger strike": the two-word nominal is read at its head
        if lemma == "promise" and not _pledged(tok, lex):
            return None  # "the promise of Google Stadia": what a thing seems to offer, no pledge
        for c in tok.children:
            if c.dep_ in ("compound", "amod"):
                t = lex.noun_mods.get((c.lemma_.lower(), lemma))
                if t is not None:
                    return None if t.type == "-" else t
        t = lex.nouns.get(lemma)
        if t is not None:
            return None if t.type == "-" else t
    return None
