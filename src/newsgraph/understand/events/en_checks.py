"""Checks of an English event's arguments before it is kept (rules as data in ``lang/en/``):

- a CAMEO entry codes a dyad, as CAMEO does (PETRARCH codes an event only between a source and a target of its
  actor dictionaries): a political actor (``events_political_heads.txt``: a state, a nationality, an institution,
  an armed or political group, an official) and a recipient that can act. "Iran confronted the United States" and
  "the army imposed a curfew on the rebels" are coded; "Iran confronted its economic problems", "the retailer imposed
  a fee" and "the president took office" (CAMEO's synonym blocks give "take" the patterns of "cancel") are not;
- an ASSAULT or a THREATEN needs an agent or a victim that is an actor: a person, group, organisation or state, not
  a quantity, a market or an abstraction ("production beat forecasts", "the storm killed", "the policy threatens
  the viability of a deal");
- an act of state power with no agent named (an arrest, a deportation, a curfew, an investigation, a conviction) in
  a country is done by that country's authorities: "was placed under house arrest in Belarus" has Belarus as actor
  (the PLOVER gold codes "put under investigation in Italy" so); a killing in a country is not the country's;
- a state that opens its border to people who seek refuge (refugees, migrants, a nationality's people; not
  observers or goods) takes them in: AID (CAMEO 075 "grant asylum"), not RETREAT 'access';
- military exercises are MOBILIZE when one side holds them, COOPERATE when they are joint (codebook: "joint
  military operations are coded as COOPERATE but single-country exercises should be coded as MOBILIZE"): a "joint"
  move ("joint patrols"), or an exercise held with a partner or by several actors together ("French and Egyptian
  warships launched war games");

Whether a clause is told as earlier than the story's own day is asked in ``en_dating.py``.
"""
from __future__ import annotations

from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from .en_args import agentive_head, phrase_span
from .lexicon import lexicon

STATE_TYPES = {"GPE", "NORP"}
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP", "GROUP"}
QUANTIFIERS = {"all", "both", "many", "most", "some", "several", "none", "everyone", "everybody", "each", "few"}


@lru_cache(maxsize=None)
def political_heads() -> frozenset:
    return rules.words("en", "events_political_heads")


def _words(s: str) -> set:
    return {w.strip(".,'’").lower() for w in s.replace("-", " ").split()}


OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
PARTY_PREPS = frozenset({"with", "to", "in", "on", "for", "against", "from", "of"})


def own_undertaking(c, view) -> bool:
    """A discontinuation whose every target is the actor's own undertaking, with no other party named ("Cruz
    suspended his campaign", "the union ended its strike", "the firm halted its operations"): the actor stops doing
    something, it withdraws nothing from anyone, so it is no PLOVER SANCTION (withdrawal of relations with a target).
    A possessed thing that names another party stays one ("suspended its participation in the treaty", "cut its aid to
    Egypt", "ended their cooperation with NATO"), as does a target that is an actor ("suspended Russia")."""
    heads = [ch for ch in c.tok.children if ch.dep_ == "dobj"] if c.tok.pos_ in ("VERB", "AUX") else []
    for ref in c.targets:
        if ref.entity:
            return False
        span = _span(ref, view)
        if span is None:
            return False
        heads.append(span.root)
    if not heads:
        return False
    for head in heads:
        poss = [ch for ch in head.children if ch.dep_ == "poss"]
        if not poss or poss[0].lower_ not in OWN_POSSESSIVES:
            return False
        if any(ch.dep_ == "prep" and ch.lower_ in PARTY_PREPS for ch in head.children):
            return False
    return True


def political(ref, view) -> bool:
    """A state or nationality, or an actor whose name, role or head word marks it as political."""
    heads = political_heads()
    ent = view.entity_by_id.get(ref.entity or "")
    if ent is not None:
        if ent.type in STATE_TYPES:
            return True
        names = [ent.name, ent.role or ""] + list(ent.aliases)
        return any(_words(n) & heads for n in names)
    span = _span(ref, view)
    if span is None:
        return bool(_words(ref.name) & heads)
    return any(t.ent_type_ in STATE_TYPES or t.lemma_.lower() in heads or t.lower_ in heads for t in span)


def _span(ref, view):
    if ref.mention is None:
        return None
    return view.doc.char_span(ref.mention.start, ref.mention.end, alignment_mode="expand")


def is_actor(ref, view, lex, agent: bool = False) -> bool:
    """Whether an argument names someone who can act: an entity of an actor type, a phrase headed by a name of one,
    an agent noun (events_agent_nouns.txt) or a political word, or a thing of a political body ("an army convoy");
    as an ``agent`` also a thing a nationality or state wields ("Israeli bulldozers", "US Predator attacks"), never
    a thing it owns ("Norway's oil production")."""
    ent = view.entity_by_id.get(ref.entity or "")
    if ent is not None:
        return ent.type in ACTOR_TYPES
    span = _span(ref, view)
    if span is None or not len(span):
        return False
    head = span.root
    if head.ent_type_ in ACTOR_TYPES or any(t.pos_ == "PRON" and t.lower_ in QUANTIFIERS for t in span):
        return True  # a name, or "all on board", "many of them"
    if {head.lemma_.lower(), head.lower_} & (lex.agents | political_heads()):
        return True
    if any(t.dep_ == "poss" or t.tag_ == "POS" for t in span):
        return False  # "Norway's oil production": a thing a state owns
    mods = [t for t in span if t.i != head.i and t.i < head.i]
    if any(t.lemma_.lower() in political_heads() for t in mods):
        return True  # "an army convoy", "a police station"
    return agent and any(t.ent_type_ in STATE_TYPES for t in mods)


def cameo_ok(c, view, lex) -> bool:
    """A CAMEO trigger's event: a political actor and a recipient that can act (CAMEO codes dyads): a target, or
    the verb's object when it is a thing of a political body ("ambushed an army convoy")."""
    if not any(political(r, view) for r in c.actors):
        return False
    objects = [_phrase_ref(ch) for ch in c.tok.children if ch.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(is_actor(r, view, lex) for r in list(c.targets) + objects)


def _phrase_ref(tok):
    span = phrase_span(tok)
    return Ref(None, span.text, Mention(span.start_char, span.end_char, span.text))


def assault_ok(c, view, lex) -> bool:
    """An ASSAULT's or a THREATEN's agent or victim is an actor (a thing that endangers a thing, "the policy
    threatens the viability of a two-state solution", is no threat between actors)."""
    return any(is_actor(r, view, lex, agent=True) for r in c.actors) or any(is_actor(r, view, lex) for r in c.targets)


def _sentence_words(tok) -> set:
    return {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}


def electoral(c, lex) -> bool:
    """A win in an electoral contest, no assault: "Clinton beat Sanders in the New York primary" (``win`` lemmas in a
    sentence with an ``election`` word, lang/en/events_nonpolitical.tsv)."""
    return c.tok.lemma_.lower() in lex.kind("win") and bool(_sentence_words(c.tok) & lex.kind("election"))


def beaten_out(c, lex) -> bool:
    """"Beat out" is winning a competition, never a beating: "Jones was beaten out by Smith for first place", "beat out
    three rivals for the contract" (a ``win`` lemma with the particle "out")."""
    return c.tok.lemma_.lower() in lex.kind("win") and any(ch.dep_ == "prt" and ch.lower_ == "out"
                                                              for ch in c.tok.children)


def turnout(c, lex) -> bool:
    """A campaign turning out people is no PLOVER MOBILIZE (forces made ready): every object of the trigger, its
    conjuncts included, is an ``electorate`` word ("will mobilize voters", "deployed volunteers across Iowa"; but
    "deployed volunteers and troops")."""
    objs = [ch for ch in c.tok.children if ch.dep_ == "dobj"]
    objs += [g for o in objs for g in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in lex.kind("electorate") for o in objs)


def _owned(tok) -> bool:
    """Whether a request noun names whose it is: a possessive or a named modifier ("Ukraine's request", "Poland's
    requests", "the Kremlin request"), or "by"/"from" a requester."""
    return any(ch.dep_ == "poss" or (ch.dep_ == "compound" and ch.pos_ == "PROPN")
               or (ch.dep_ == "prep" and ch.lower_ in ("by", "from")) for ch in tok.children)


def sourcing(c, lex) -> bool:
    """A request of a newsroom's sourcing, no PLOVER REQUEST between political actors: anonymity or confidentiality
    asked for ("requested anonymity", "asked for anonymity"), or a request nobody owns for a comment or an interview,
    or one the sentence's subject answers or ignores ("a request for comment", "interview requests", "did not
    respond to requests": the reporter asked). A request with an owner stays one ("ignored Ukraine's requests",
    "the Commission requested comment from Hungary")."""
    tok = c.tok
    near = list(tok.children) + [g for ch in tok.children if ch.dep_ == "prep" for g in ch.children]
    things = {t.lemma_.lower() for t in near if t.dep_ in ("dobj", "pobj", "compound", "amod")}
    if things & {"anonymity", "confidentiality"}:
        return True
    if tok.pos_ != "NOUN" or _owned(tok):
        return False
    if things & lex.kind("sourcing"):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    # also "to interview requests" parsed as an infinitive ("interview" governing "requests")
    return tok.dep_ in ("pobj", "dobj") and (
        head.lemma_.lower() in lex.kind("answer") or head.lemma_.lower() in lex.kind("sourcing"))


def audience(tok, lex) -> bool:
    """A gathering that is spoken to is an audience, not a demonstration: the object or addressee of a speech verb
    ("told a North Carolina rally that ...", "addressed a rally in Ohio") or its "to"/"at" phrase ("spoke to a
    rally", "said at a rally", "speaking at a rally of supporters")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "at", "before") and head.head.i != head.i:
        head = head.head
    elif tok.dep_ not in ("dobj", "dative"):
        return False
    return head.pos_ in ("VERB", "AUX") and (head.lower_ in lex.speech or head.lemma_.lower() in lex.speech
                                               or head.lemma_.lower() in ("address", "speak", "tell"))


def campaign_rally(c, view, lex) -> bool:
    """A candidate's rally, no protest: a ``rally`` trigger with no ``cause`` word in its sentence, in a sentence of
    a campaign (``campaign`` words: campaign, candidate, nominee, stump) or held by people named alone ("Trump held a
    rally in Beaumont", "at a campaign rally in Florida"; but "a rally against the Iran nuclear deal", "the NAACP
    held a rally over policing", "protesters rallied outside the convention"). PLOVER's PROTEST is a demonstration
    against someone; a crowd or an organisation demonstrates, a candidate campaigns. A rally spoken to is an
    audience (``audience``)."""
    if c.tok.lemma_.lower() not in lex.kind("rally"):
        return False
    words = _sentence_words(c.tok)
    if words & lex.kind("cause"):
        return False
    if audience(c.tok, lex):
        return True
    if words & lex.kind("campaign"):
        return True

    def person(r) -> bool:
        ent = view.entity_by_id.get(r.entity or "")
        return ent is not None and ent.type == "PERSON"
    return bool(c.actors) and all(person(r) for r in c.actors)


def verbal(c, view, lex) -> bool:
    """An attack in words, which the codebook codes ACCUSE 'disapprove' (CAMEO 111, criticize or denounce), not
    ASSAULT: "attack" (or "fired back", "hit out", "lashed out": a ``verbal`` lemma with the particle) in a sentence
    with no word of harm (``harm``: killed, police, gun ...), by named people or organisations (not states: they
    attack with arms), with a forum or a form of words (``forum``: a speech, Twitter, an ad, a debate; someone's
    record or positions), a reason or a label ("attacked Romney for being a failed candidate", "over his comments",
    "attacked her opponent as a fraud"), a retort by a named person ("shot back at Trump"), or people
    on both sides ("Trump attacked Hillary Clinton and Marco Rubio"): a person who attacks a person in a news text
    without harm is criticising them."""
    tok = c.tok
    lemma = tok.lemma_.lower()
    if lemma not in lex.kind("verbal"):
        return False
    if lemma != "attack" and not any(ch.dep_ in ("prt", "advmod") and ch.lower_ in ("back", "out")
                                     for ch in tok.children):
        return False
    others = {t.lemma_.lower() for t in tok.sent if t.i != tok.i} | {t.lower_ for t in tok.sent if t.i != tok.i}
    if others & lex.kind("harm"):
        return False  # the trigger itself may be one ("shot back at Trump"): a harm word besides it

    def typed(r, types) -> bool:
        if "ORG" in types and r.name.lower() in lex.kind("party"):
            return True  # "Republican attacks": a party's, in words
        ent = view.entity_by_id.get(r.entity or "")
        return ent is not None and ent.type in types
    if any(not typed(r, {"PERSON", "ORG"}) for r in c.actors):
        return False  # a state, a nationality or an armed group attacks with arms ("Russia attacked our plants")
    if _sentence_words(tok) & lex.kind("forum"):
        return True  # also without a named attacker: "he is under political attack"
    if not c.actors:
        return False
    if all(r.name.lower() in lex.kind("party") for r in c.actors):
        return True  # "Republican attacks on his loyalty": a party attacks in words
    if lemma != "attack":
        # a named person's retort at a named person or organisation: "Clinton shot back at Trump", "Sanders lashed
        # out at CNN" (not "the homeowner shot back at the burglar")
        named = {"PERSON", "ORG", "MEDIA"}
        if c.targets:
            return all(typed(r, named) for r in c.targets)
        at = [g for ch in tok.children if ch.lower_ in ("back", "out", "at")
              for g in ([ch] if ch.lower_ == "at" else ch.children) if g.lower_ == "at"]
        objs = [o for p in at for o in p.children if o.dep_ == "pobj"]
        return bool(objs) and all(view.entity_type(o) in named for o in objs)
    if any(ch.dep_ == "prep" and ch.lower_ in ("for", "over", "as") for ch in tok.children):
        return True
    if all(typed(r, {"PERSON"}) for r in c.actors) and _attacks_an_idea(tok, view):
        return True  # "Trump has attacked loopholes that benefit others", "Sanders attacked the trade deal"
    return bool(c.targets) and all(typed(r, {"PERSON"}) for r in [*c.actors, *c.targets])


def _attacks_an_idea(tok, view) -> bool:
    """Is every object of "attack" an idea, a text or a policy (events_nonpolitical.tsv ``idea``: a deal, a bill,
    loopholes, a record, remarks), which no one strikes with arms? A closed list of what can be criticised, not
    of what can be struck: a nightclub, a factory, worshippers stay an armed attack (review r15)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    ideas = lexicon("en").kind("idea")
    return bool(objs) and all(o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() in ideas for o in objs)


def forecast(tok, view, lex) -> bool:
    """A warning (events_cues.tsv role "forecast": warn, caution) whose that-clause tells what a thing that cannot act
    will do ("warned that Britain's exit will sap the continent's defences", "cautions that prices will rise"): a
    forecast, not THREATEN, which the codebook keeps for "coercive or forceful warnings with serious potential
    repercussions" (a clause whose subject can act stays one: "warned that it would retaliate")."""
    if lex.cues.get(tok.lemma_.lower()) != "forecast" or tok.pos_ not in ("VERB", "AUX"):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children):
        return False  # "warned Iran that ...": a warning to someone
    for cl in clauses:
        subs = [s for s in cl.children if s.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subs:
            return False
        for s in subs:
            if s.pos_ == "PRON" and s.lower_ != "it" or s.pos_ == "PROPN" or s.ent_type_ or agentive_head(s) or \
                    view.mention_of(s) is not None:
                return False
            if s.lemma_.lower() in lex.nouns or lex.cues.get(s.lemma_.lower()) == "consequence" or \
                    any(x.dep_ == "poss" and x.pos_ == "PRON" for x in s.children):
                return False  # "any attack would trigger a crushing response", "retaliation would follow", "its
                # missiles would be used": the warner's force, a threat
            if s.lower_ == "it" and s.dep_ != "expl" and not any(x.dep_ in ("acomp", "attr") for x in cl.children):
                return False  # "it will retaliate": the warner
    return True


STATE_ACTS = {"COERCE": None, "ACCUSE": {"investigate"}, "SANCTION": {"convict"}}  # type -> modes (None: all)


@lru_cache(maxsize=None)
def country_names() -> frozenset:
    """Country names and their aliases (lang/en/countries.tsv), lower case."""
    out = set()
    for row in rules.table("en", "countries"):
        out |= {x.lstrip("~").strip().lower() for cell in row[:2] for x in cell.split("|") if x.strip()}
    return frozenset(out)


def state_actor(c) -> Ref | None:
    """The country whose authorities did an act of state power with no agent named (see the module docstring)."""
    if c.actors or c.location is None or c.type not in STATE_ACTS:
        return None
    modes = STATE_ACTS[c.type]
    if modes is not None and c.mode not in modes:
        return None
    tok = c.tok
    if tok.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" for x in tok.children) and \
            not any(x.dep_ in ("auxpass", "nsubjpass") for x in tok.children):
        return None  # an active infinitive ("a commission to investigate abuses in Chile"): its unnamed subject
    return c.location if c.location.name.lower() in country_names() else None


EXERCISES = {"exercise", "drill", "game", "maneuver", "manoeuvre"}


def joint(c, tok) -> bool:
    """Is MOBILIZE candidate ``c`` (trigger ``tok``) a joint operation (see the module docstring)?"""
    if c.type != "MOBILIZE":
        return False
    nouns = [tok] + [x for x in tok.children if x.dep_ in ("dobj", "obj")]
    if any(m.dep_ in ("amod", "compound") and m.lower_ in ("joint", "combined", "bilateral", "multinational")
           for n in nouns for m in n.children):
        return True
    if not any(n.lemma_.lower() in EXERCISES for n in nouns):
        return False
    partner = any(x.dep_ == "prep" and x.lower_ == "with" and any(p.ent_type_ in STATE_TYPES | {"ORG"}
                                                                      for p in x.children if p.dep_ == "pobj")
                  for n in nouns + [tok.head] for x in n.children)
    return partner or len(c.actors) > 1 or any(_states_in(a, tok.doc) > 1 for a in c.actors)


def _states_in(ref, doc) -> int:
    """How many nationalities or states an actor phrase names ("French and Egyptian warships": two)."""
    if ref.mention is None:
        return 0
    span = doc.char_span(ref.mention.start, ref.mention.end, alignment_mode="expand")
    return len({t.lower_ for t in span if t.ent_type_ in STATE_TYPES or t.lower_ in demonyms()}) \
        if span is not None else 0


@lru_cache(maxsize=None)
def demonyms() -> frozenset:
    """Nationality adjectives of lang/en/countries.tsv, lower case ("azerbaijani")."""
    return frozenset(x.strip().lower() for row in rules.table("en", "countries") if len(row) > 2
                     for x in row[2].split("|") if x.strip())


REFUGE_SEEKERS = rules.wordset("en", "refuge_seekers")


def refuge(c, tok) -> bool:
    """Is RETREAT candidate ``c`` (an opened border) a state taking in people who seek refuge (module docstring)?"""
    if c.type != "RETREAT" or c.trig.pattern != "open border":
        return False
    for n in [tok] + [x for x in tok.children if x.dep_ in ("dobj", "obj")]:
        for x in n.children:
            if x.dep_ == "prep" and x.lower_ == "to":
                for p in x.children:
                    if p.dep_ == "pobj" and (p.lemma_.lower() in REFUGE_SEEKERS or
                                             (p.ent_type_ == "NORP" and p.tag_ == "NNPS") or
                                             (p.ent_type_ == "NORP" and p.lower_.endswith("s"))):
                        return True
    return False


@lru_cache(maxsize=1)
def _denial_nouns() -> frozenset[str]:
    return rules.words("en", "denial_nouns")


def denied_by_noun(node) -> bool:
    """The clause is the content of a noun the text denies: "he had no knowledge of any efforts to urge Ukraine",
    "there is no evidence of an attempt to bribe him" (the noun of "of" has "no" or a negation)."""
    if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ != "of" or node.head.head.pos_ != "NOUN":
        return False
    return no_noun(node.head.head)


def no_noun(noun) -> bool:
    """A noun of knowledge, evidence or intent with "no" (lang/en/denial_nouns.txt): "no knowledge of", "no
    plans to"; not "no secret of", "no doubt"."""
    return denial_noun(noun) and any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in noun.children)


def denial_noun(noun) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _denial_nouns()


def phrasal(verb) -> str:
    """A verb's lemma with its particle, as the governors list writes a phrasal verb: "rule out"."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()
