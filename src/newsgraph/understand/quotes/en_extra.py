"""Clause candidates for the learned decision (en_learn): any verb with a clausal complement ("believes that …",
"pointed out that …") or a request made to someone ("urged Congress to act"), the subject resolved to an actor like
every other attribution. The rules' own verbs (their candidates' cues) are not read again. Whether a candidate is an
attribution is the model's decision: here every shape is only proposed (but requests, promises and judgements,
'called the ruling "a disgrace"', 'dismissed the plan as fantasy', are taken by convention: en_learn.decide; a
judgement "as" something needs no quote marks: PolNeAR counts it, and taking it raised recall on PolNeAR dev half a
and a train slice at the same precision; "called X Y" needs them, as "call" also names). Never proposed: a bare
to-infinitive ("intends to coordinate …", "refused to give any figures": the subject's own intention, no statement)
and a noun-phrase object ("announced his resignation", "presented the film"): PolNeAR counts many as attributions, but
they are no statements of who said what, and on PolNeAR dev the noun phrases lowered the speech F1 (precision
0.885 -> 0.908 without them, recall on speech 0.847 -> 0.838)."""
from __future__ import annotations

from .. import commas
from .. import rules
from .en_unsaid import unsaid
from .en_complement import set_off_end, stranded_infinitive
from .en_conj_subject import conj_noun_subject
from .en_own_act import conjoined_act_sayer
from .en_clauses import in_question, question_word, second_report, second_sayer
from .en_ctx import Context, Found, subject_speaker
from .en_bounds import strip_lead as _strip_lead, trim as _trim
from .en_indirect import _best_subject, _real_fragment
from .en_like import past_comparison
from .en_makers import commitment_end, described_maker, light_statement, threatened_act
from .en_objects import finding_object, lost_clause, object_predicate, stated_object
from .en_noun_that import after_sender, noun_clause, noun_owner, owned_noun, placed_sender
from .en_rec import extend_end, judgement, made_clear, quotation_bounds, word_sets

# A request reported of a speaker is an attribution (the project's convention: "urged", "called on Congress to act",
# "called for an investigation"; PolNeAR annotates them): the one asked may be named after a preposition, and what
# is asked for may be the object of "for". These verbs, and only these, ask: "relied on them to vote" does not.
_ADDRESSED = {"call": ("on", "upon"), "prevail": ("on", "upon"), "appeal": ("to",), "plead": ("with",)}  # "called on X
# to …", "pleaded with lawmakers to …" (r33)
_REQUEST_FOR = ("call", "appeal")  # "called for an investigation", "appealed for calm"
# "asked for the inquiry to be resumed", "called for all candidates to lay out their plans": "for" opens a clause
# of what is asked (no "asked for anonymity": the noun-phrase request stays with _REQUEST_FOR)
_REQUEST_FOR_CLAUSE = ("call", "appeal", "ask", "push", "press", "plead")


def clause_candidates(ctx: Context, used: set[int]) -> list[Found]:
    out: list[Found] = []
    doc = ctx.doc
    qspans = [(q.start, q.end) for q in ctx.view.quoted]
    frags = None
    for v in doc:
        clear = made_clear(ctx, v) if v.i not in used else None  # "made (it) clear that …": a statement
        if clear is None and (v.pos_ not in ("VERB", "AUX") or not v.text[:1].isalpha() or v.i in used or
                              v.lemma_ == "be" or v.lemma_.lower() in rules.wordset("en", "enabling_verbs") and
                              not light_statement(v)):
            continue  # ("The move would allow insurgents to speak with one voice": an effect, no statement)
        if any(a <= v.idx < b for a, b in qspans) or in_question(v) or unsaid(v):
            continue  # a verb inside a quotation is the quoted speaker's narration; "asked if he believes …" asks
        span = clear or _content(ctx, v)
        if span is None:
            continue
        a, b, shape = span
        a, b = _trim(ctx, a, set_off_end(ctx, v, a, b))  # "Investors, worried that …, sold" (en_complement)
        if b - a < 6 or len(ctx.text[a:b].split()) < 2:
            continue
        if frags is None:  # (the quotations of someone's words, not names or titles: read once per document)
            frags = [f for f in ctx.view.quoted if _real_fragment(ctx, f)]
        if any(f.start <= a <= f.start + 1 and f not in frags for f in ctx.view.quoted):
            continue  # a title or a name in quote marks opens it: 'played "We Are the Champions" at the end'
        a, b, quoting = quotation_bounds(ctx, a, b, frags)  # 'adding that “wages are rising. …”': the whole quotation
        marked = any(c in ctx.text[a:b] for c in "“”\"«»")
        if shape == "oprd" and not marked:
            continue  # "called the tariff a betrayal": "call" also names ("called him Joe"); a judgement when quoted
        q = Found("indirect", a, b, ctx.text[a:b], cue=v.text, cue_i=v.i, origin="clause")
        q.attr = ctx.sent(v.idx)
        subj = past_comparison(ctx, v, _subject(ctx, v))  # not the one "Like X," compares with
        owner = noun_owner(ctx, v, a) if shape == "noun-that" else None
        if placed_sender(ctx, owner):
            continue  # ("heeded a warning from Brussels that …": a place sent it, no one named made it)
        if owner is not None:  # "rejected the company's claim that …": the company's claim, its cue the noun
            subject_speaker(ctx, q, owner)
            noun = owned_noun(owner)  # ("a claim by Jane Rowe that", "received a warning from the bank that")
            q.cue, q.cue_i = noun.text, noun.i
        elif subj is not None and not (a <= subj.idx < b):
            subject_speaker(ctx, q, subj)
        if shape == "commit" and v.lemma_.lower() in _PERSON_ONLY and not _person(ctx, q, v):
            continue  # "Chelsea threatened to take the lead", "They threatened to overwhelm the defense": a likelihood
        if shape == "xcomp-obj" and (_wh_infinitive(v) or _reflexive_object(v)):
            continue  # "tell their readers how to vote": a way or a question told, no order nor statement
        q.feats = {"shape=" + shape: 1.0, f"shape={shape}|c={v.lemma_.lower()}": 1.0}
        if shape in ("admit-to", "accuse", "finding-np", "view", "stated-np") and not asserted(ctx, v, subj):
            continue  # "did not admit to the charges", "never accused him of lying", "Did the poll show a lead?"
        if shape.startswith("request-") or shape in ("commit", "admit-to", "stated-np"):
            # taken by the convention, not the model (en_learn.decide): a request, a promise, an admission, a
            # statement of a noun phrase ("announced an order of 40 jets"), when an actor or a person makes it
            q.feats["request"] = 1.0
        elif shape in ("oprd", "as", "view", "accuse", "noun-that", "made-clear"):
            # a judgement spoken of something, a claim rejected or repeated: taken by the same convention
            q.feats["judgement" if shape != "noun-that" else "held"] = 1.0
            if marked:
                q.kind = "mixed"  # its words quoted: 'called the ruling “a disgrace”'
        if quoting and q.kind != "mixed":
            q.feats["quoting"] = 1.0  # (no weight: en_learn.decide makes a candidate taken mixed)
        if shape in ("figure", "finding-np") and subj is not None and asserted(ctx, v, subj):
            q.feats["finding"] = 1.0  # a figure reported or forecast by someone named: taken by convention
        elif shape == "ccomp" and subj is not None and _finding(v, subj) and asserted(ctx, v, subj):
            q.feats["finding"] = 1.0  # "A new poll found that …": taken by convention (en_learn.decide)
        elif shape in ("ccomp", "ccomp-before") and v.lemma_.lower() in _finding_words().get("belief", ()) and \
                (q.speaker is not None or q.pronoun in ("he", "she")) \
                and asserted(ctx, v, subj):
            q.feats["finding"] = 1.0  # "Harris believes the deal will survive": a named actor's view, by convention
            # (or a person's: "he believes …", "he" or "she" stands for someone the story names, r25); fronted too:
            # "The deal will survive, Harris believes." (r28: the model weighs that shape -1.55 for any verb)
        if shape == "xcomp-obj" and v.lemma_.lower() in rules.wordset("en", "directive_verbs") and \
                asserted(ctx, v, subj):
            q.feats["directive"] = 1.0  # "told the managers to close …": an order or a request, by convention
        if subj is None:
            q.feats["nosubj"] = 1.0
        elif subj.lower_ in ("i", "we", "you"):
            q.feats["subj=" + subj.lower_] = 1.0
        out.append(q)
    return out


_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})  # a conjunct with these is a clause of its own


def _gerund_conjunct(v, obj):
    """The last word of a gerund the parse joined to the tensed verb ``v`` rather than to its gerund object ``obj``
    ("admitted to misleading the council, and hiding the report": a gerund is no second predicate of a tensed verb,
    it goes on the list of what was admitted), else None."""
    if obj.tag_ != "VBG" or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    conj = [c for c in v.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > obj.i and
            not any(k.dep_ in _OWN_CLAUSE for k in c.children)]  # (not "…, and police are investigating")
    if not conj:
        return None
    last = conj[-1]  # its own words, not its own conjuncts ("…, and hiding the money, but denied any wrongdoing")
    cut = [k for k in last.children if k.i > last.i and k.dep_ in ("cc", "conj")]
    stop = min((k.left_edge.i for k in cut), default=last.right_edge.i + 1)
    words = [t for t in last.subtree if t.i < stop and not t.is_punct]
    return words[-1] if words else last


def _gerund_claim(v, s_hi: int):
    """(start, end, "admit-to") of the gerund a verb of owning up, denying or reporting takes as what its subject
    says it did ("denied being drunk", "admitted stealing the car", "acknowledged having misled parliament",
    "reported hearing gunfire": lang/en/words.tsv gerund_claim_verbs), else None. A gerund after other verbs is an
    activity ("enjoyed playing", "avoided paying"), no statement."""
    if v.lemma_.lower() not in rules.wordset("en", "gerund_claim_verbs"):
        return None
    g = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.i > v.i and (c.tag_ == "VBG" or any(
        a.dep_ == "aux" and a.lower_ == "having" for a in c.children)) and not any(
        a.dep_ in ("aux", "mark", "nsubj") and a.lower_ not in ("having",) for a in c.children)), None)
    if g is None or g.left_edge.i != v.i + 1:
        return None  # (the gerund right after the verb: "denied that …", "admitted on Monday …" are not this)
    return g.left_edge.idx, min(g.right_edge.idx + len(g.right_edge.text), s_hi), "admit-to"


_AMOUNTS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def _figure(v, s_hi: int):
    """(start, end, "figure") of an amount a verb of reporting or forecasting takes as its object ("reported $2.53 in
    per-share earnings", "reported a net profit of $212 million", "forecast revenue of $4.35 billion", "Wall Street
    predicted $2.52 a share": lang/en/words.tsv figure_verbs): a figure stated is what its subject says (earnings
    reports, forecasts, official tallies); an object without an amount ("reported the incident", "expects a tough
    year") is no statement. The object and the phrases after it that qualify it ("for the third quarter")."""
    if v.lemma_.lower() not in rules.wordset("en", "figure_verbs"):
        return None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or not any(t.ent_type_ in _AMOUNTS or t.text in ("$", "%", "€", "£") for t in obj.subtree):
        return None
    if obj.ent_type_ == "CARDINAL" and obj.i == obj.left_edge.i and len(list(obj.subtree)) == 1:
        return None  # ("reported 3": a bare number says nothing of what it counts)
    end = obj.right_edge
    for c in v.children:  # "… for the third quarter", "… in per-share earnings": what the amount is of
        if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("in", "for", "of", "per"):
            end = max(end, c.right_edge, key=lambda t: t.i)
    return obj.left_edge.idx, min(end.idx + len(end.text), s_hi), "figure"


def _warned_against(v):
    """(object, "against" phrase) of a directive verb that advises its object against something ("warned voters
    against complacency", "cautioned investors against selling"), else None."""
    if v.lemma_.lower() not in rules.wordset("en", "directive_verbs"):
        return None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None:
        return None
    prep = next((c for h in (v, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "against" and
                 c.i > obj.i and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    return (obj, prep) if prep is not None else None


def _wh_infinitive(v) -> bool:
    """The infinitive of an object + "to" after ``v`` is a wh-infinitive: "tell them how to vote", "asked her what to
    do" tell a way or a question, no order."""
    xc = next((c for c in v.children if c.dep_ == "xcomp"), None)
    return xc is not None and any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ == "whether"
                                  for t in xc.subtree if t.i < xc.i)


def _reflexive_object(v) -> bool:
    """The object of ``v`` before its infinitive is a reflexive pronoun ("challenging itself to run on renewable
    energy", "pushed herself to finish", "forced themselves to smile"): a goal one sets oneself, no order or request
    told to anyone (r29)."""
    return any(c.dep_ in ("dobj", "nsubj") and c.pos_ == "PRON" and c.lower_.endswith(("self", "selves"))
               for t in [v] + [c for c in v.children if c.dep_ == "xcomp"] for c in t.children if c.i < t.i or t is v)


def _finding_words() -> dict[str, frozenset[str]]:
    return word_sets("finding_sources")


# "threaten to" says what is likely as often as what someone threatens ("The storm threatened to flood …", "Chelsea
# threatened to take the lead"): a threat made is taken of a person only (a name typed PERSON, or he, she, I, we)
_PERSON_ONLY = ("threaten",)
_FORECAST = ("promise", "threaten")  # "promises to be a tight race": what is likely, when the infinitive is "be"


def _person(ctx: Context, q: Found, v) -> bool:
    if q.speaker is not None:
        return ctx.actors.entities[q.speaker].type == "PERSON"
    # (or an organisation or a group described by its kind threatening an act: "The union threatened to strike",
    # not "The company threatened to collapse": en_makers)
    return q.pronoun in ("he", "she", "i", "we") or described_maker(q.speaker_name) and threatened_act(v)


def asserted(ctx: Context, v, subj=None) -> bool:
    """``v`` states what its subject did, found or holds: not negated ("did not find that …"), not under a modal
    ("could threaten to …"), not asked ("Did the survey show that …?"), and its subject not denied by its determiner
    ("No study has found that …", "Few economists believe …"). The conventions that take a candidate without the
    model (a commitment, a finding, a belief) hold only for what is asserted."""
    kids = list(v.children)
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in kids):
        return False
    s_lo, s_hi = ctx.sent(v.idx)
    if ctx.text[s_lo:s_hi].rstrip(" \t\n”\"’'»)").endswith("?"):
        return False
    if subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in kids if subj.i < v.i):
        return False  # "Does Harris believe …": the auxiliary before the subject asks
    if subj is not None and (subj.lower_ in _DENIED or any(
            c.dep_ in ("det", "amod", "neg") and c.lower_ in _DENIED for c in subj.children)):
        return False
    return True


_DENIED = ("no", "few", "nobody", "none", "neither", "nothing", "not")


def _finding(v, subj) -> bool:
    """A poll, a study, a report or researchers find, show or conclude: lang/en/finding_sources.tsv."""
    w = _finding_words()
    return v.lemma_.lower() in w.get("verb", ()) and subj.lemma_.lower() in w.get("noun", ())


def _subject(ctx: Context, v):
    doc = v.doc
    # a label before a colon is no subject of the verb after it ("The Latest: Trump urges supporters to …"); a colon
    # in brackets is a ticker's ("Home Depot (ticker: HD) reported …")
    subjs = [c for c in v.children if c.dep_ == "nsubj" and not (
        c.i < v.i and any(doc[k].text == ":" and "(" not in doc[c.i + 1:k].text for k in range(c.i + 1, v.i)))]
    # of two parsed subjects ("co-host Mika Lund asked": "co" and "Lund") the actor, as the rule readers choose
    subj = (_best_subject(ctx, v) if len(subjs) > 1 else None) or (subjs[0] if subjs else None)
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is None and doer is not None:
        return doer  # a passive names the one who acts after "by": "Rubio was asked by moderator Baker whether …"
    if subj is None:
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        subj = conj_noun_subject(v)  # "…, and its economist, Ann Roe, pointed out that …": the noun's
    if subj is None and (sayer := second_sayer(ctx, v)) is not None:
        return _subject(ctx, sayer)  # "said the talks had collapsed and urged members to …": the sayer asks
    if subj is None:
        subj = conjoined_act_sayer(v)  # "says the agency ignored warnings and urges …": the sayer's act (en_own_act)
    if subj is None and v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
        subj = _best_subject_safe(v.head)
    if subj is None:
        subj = _governing_subject(v)
    if subj is None and v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
        subj = v.head
    return subj


def _best_subject_safe(v):
    return next((c for c in v.children if c.dep_ == "nsubj"), None)


# the prepositions a participle of manner hangs on ("by warning …", "in calling for …")
_MANNER_PREPS = ("by", "in")


def _governing_subject(v):
    """The subject a subjectless participle or conjoined verb shares with the verb it hangs on, up a chain of them
    (a sentence of several predicates of one doer: "Romney went after Trump over his taxes, calling them a
    scandal and asserting that …"; "Obama inserted himself into the race by warning candidates against …"; "Pence
    is joining Trump in calling for …"; "Insiders were more likely to say that …"): conjoined and adverbial
    predicates, adjectival ones when a clause is said ("were likely to say that …", not "is due to report results
    on Nov. 5"), and a "by"/"in" participle, up to four steps; a noun ends the chain (a relative's participle,
    "the emails, which forced … after showing that …", has no subject to share)."""
    clause = any(c.dep_ == "ccomp" for c in v.children)
    for _ in range(4):
        if v.dep_ == "conj" or v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") or v.dep_ in ("acomp", "xcomp") and \
                clause and not any(
                c.dep_ in ("dobj", "dative") for c in v.head.children):
            v = v.head  # (not past an object before "to": "leads experts to suspect" -- the leader suspects nothing;
            # and only a clause said: "is due to report results on Nov. 5" is a date set, nothing stated)
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in _MANNER_PREPS and v.head.dep_ == "prep":
            v = v.head.head
        else:
            return None
        if v.pos_ not in ("VERB", "AUX", "ADJ") or any(c.dep_ == "dep" for c in v.children):
            return None  # (an unlabelled dependent: a parse that lost a clause, "watched her rival thrill a crowd by
            # urging …", whose doer the chain cannot tell)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj if subj.tag_ not in ("WDT", "WP") else None
    return None


def _perceived(v, comp) -> bool:
    """A verb of perception whose clause is a noun phrase right after it and what it did or was doing, the verb
    bare or a participle ("heard the senator shout", "saw the dogs barking"): not a statement ("saw that …",
    "noticed the lines have blurred" may be)."""
    if v.lemma_.lower() not in rules.wordset("en", "perception_verbs") or comp.i < v.i:
        return False
    sayer = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if sayer is not None and sayer.lemma_.lower() in word_sets("finding_sources").get("noun", frozenset()):
        return False  # "Opinion polls see Le Pen making it to a run-off": a forecast, the poll's finding
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.left_edge.i == v.i + 1 and comp.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("mark", "aux", "auxpass") for c in comp.children)  # ("noticed the lines have blurred": a clause)


def _second_predicate(v, comp) -> bool:
    """The parse's clause after ``v`` is a second verb phrase of ``v``'s subject: it has no subject nor "that" of
    its own and follows ``v``'s object ("Qantas inks $5 billion order for 20 jets, will restart plans to …": a
    headline's two predicates joined by a comma, r29). Reported content has its own subject ("told reporters he
    would …") or follows the verb directly ("says will run", headline style)."""
    if comp.i < v.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in comp.children):
        return False
    return any(c.dep_ in ("dobj", "dative") and c.i < comp.i for c in v.children)


def _content(ctx: Context, v):
    s_lo, s_hi = ctx.sent(v.idx)
    lost = lost_clause(v, s_hi)  # "Data shows adults under 30 now spend …" (the parse lost the clause)
    if lost is not None:
        return lost
    comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
    if comp is not None and object_predicate(v, comp):
        comp = None  # ("announced an order of 40 jets worth $6 billion": "worth …" qualifies the order, no clause)
    if comp is not None and _perceived(v, comp):
        comp = None  # "heard the senator shout at his driver": what someone saw or heard, no statement
    if comp is not None and any(after_sender(n, v) == comp for n in v.children if n.dep_ == "dobj"):
        comp = None  # "received a warning from the bank that …": the warning's clause, its sender's (noun_clause)
    if comp is not None and _second_predicate(v, comp):
        comp = None  # "Qantas inks $5 billion order for 20 jets, will restart plans …": the subject's next act
    if comp is not None:
        if comp.i > v.i:
            left = comp.left_edge
            while left.i < comp.i and (left.dep_ in ("mark", "punct") and not question_word(left) or left.is_space):
                left = ctx.doc[left.i + 1]
            a = max(left.idx, v.idx + len(v.text))
            b = extend_end(ctx, v, comp, min(comp.right_edge.idx + len(comp.right_edge.text), s_hi), s_hi)
            if (second := second_report(ctx, comp)) is not None:
                b = min(b, second)  # "fear that X has … and warn that …": the holder's second report (en_agreement)
            return a, b, "ccomp"
        c = commas.rfind(ctx.text, s_lo, v.idx)
        if c > s_lo:
            return _strip_lead(ctx, s_lo, c), c, "ccomp-before"
        return None
    judged = judgement(ctx, v, s_hi)  # "called the ruling a disgrace", "dismissed the plan as fantasy"
    if judged is not None:
        return judged
    held = noun_clause(ctx, v, s_hi)  # "pushed back at the notion that …", "rejected claims that …"
    if held is not None:
        return held
    if v.lemma_.lower() in rules.wordset("en", "admission_verbs") and not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in v.children):  # "confessed to the kidnapping"; not a
        # passive ("two patients were admitted to the city hospital": taken in, no one owns up)
        to = next((c for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > v.i), None)
        obj = next((p for p in to.children if p.dep_ in ("pobj", "pcomp")), None) if to is not None else None
        if obj is not None:
            last = _gerund_conjunct(v, obj) or obj.right_edge
            return obj.left_edge.idx, min(last.idx + len(last.text), s_hi), "admit-to"
    # "denied being drunk"; "reported a profit of $212 million"; "A new survey shows broad support for …"
    owned = _gerund_claim(v, s_hi) or _figure(v, s_hi) or finding_object(v, s_hi) or stated_object(v, s_hi)
    if owned is not None:
        return owned
    xc = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i and any(
        t.dep_ == "aux" and t.lower_ == "to" for t in c.children)), None)
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < xc.i), None) if xc is not None else None
    if xc is None and (obj := next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)) is not None:
        # "asked anyone with video from the area to call …": the parser hung the order on the object's words
        xc = stranded_infinitive(v, obj) if v.lemma_.lower() in rules.wordset("en", "directive_verbs") else None
        obj = obj if xc is not None else None
    if obj is not None:  # "urged Congress to act": a request made to someone
        b = min(xc.right_edge.idx + len(xc.right_edge.text), s_hi)
        return obj.left_edge.idx, b, "xcomp-obj"
    warned = _warned_against(v)
    if warned is not None:  # "warned candidates against moving too far to the left": advice given to someone
        obj, prep = warned
        return obj.left_edge.idx, min(prep.right_edge.idx + len(prep.right_edge.text), s_hi), "xcomp-obj"
    lemma = v.lemma_.lower()
    if xc is not None and lemma in rules.words("en", "commissive_verbs") and v.dep_ != "relcl" and \
            commitment_end(v, xc, xc.right_edge).i - xc.left_edge.i >= 2 and \
            not (xc.lemma_ == "be" and lemma in _FORECAST) and asserted(ctx, v, _subject(ctx, v)):
        # "promised to end the deportations" (not "the cuts it pledged to reach", "could threaten to sell", nor
        # a forecast: "promises to be a force in the league", "threatens to be a long night"; "pledged to be the
        # greatest jobs president" is a commitment: "pledge", "vow", "swear" forecast nothing)
        end = commitment_end(v, xc, xc.right_edge)  # (its condition: "threatened to strike if …", en_makers)
        tensed = next((c for c in xc.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")), None)
        if tensed is not None:  # "promised to protect Medicaid and hammered Bevin on …": a tensed verb is no part
            cc = next((c for c in xc.children if c.dep_ == "cc" and c.i < tensed.i), None)  # of the infinitive;
            end = ctx.doc[(cc or tensed.left_edge).i - 1]  # the parser hangs the subject's next act on it
        while end.i > xc.i and (end.is_punct or end.is_space):
            end = ctx.doc[end.i - 1]
        return xc.left_edge.idx, min(end.idx + len(end.text), s_hi), "commit"
    prep = ctx.doc[v.i + 1] if v.i + 1 < len(ctx.doc) else None
    if prep is not None and prep.lower_ == "for" and prep.dep_ == "mark" and lemma in _REQUEST_FOR_CLAUSE and \
            prep.head.head.i == v.i and prep.head.dep_ in ("advcl", "ccomp") and prep.i + 1 < len(ctx.doc) and \
            any(t.dep_ == "aux" and t.lower_ == "to" for t in prep.head.children):
        cl = prep.head
        return ctx.doc[prep.i + 1].idx, min(cl.right_edge.idx + len(cl.right_edge.text), s_hi), "request-for"
    pobj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None) if prep is not None and \
        prep.dep_ == "prep" and prep.head.i == v.i else None
    if pobj is None:
        return None
    if xc is None and prep.lower_ in _ADDRESSED.get(lemma, ()) + (("for",) if lemma in _REQUEST_FOR else ()):
        # the parser's other reading of "called for the secretary to release the transcripts": the infinitive an
        # adverbial clause of the verb, after the one asked
        xc = next((c for c in v.children if c.dep_ == "advcl" and c.i > pobj.i and any(
            t.dep_ == "aux" and t.lower_ == "to" and t.i == c.left_edge.i for t in c.children)), None)
    last = max((t for t in (pobj.right_edge, xc.right_edge if xc is not None else None) if t is not None),
               key=lambda t: t.i)
    b = min(last.idx + len(last.text), s_hi)
    if xc is not None and prep.lower_ in _ADDRESSED.get(lemma, ()):  # "called on Congress to act"
        return pobj.left_edge.idx, b, "request-to"
    if prep.lower_ == "for" and lemma in _REQUEST_FOR:  # "called for an investigation", "for … to wear …"
        return pobj.left_edge.idx, b, "request-for"
    return None  # "intends to …", "refused to give …": the subject's own intention, no statement
