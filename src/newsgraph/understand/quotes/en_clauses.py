"""English indirect speech, two shapes the parser misreads: a content clause that opens with a gerund subject ("said
seeing so many officers was a welcome sight") and a second report of the same sayer hung on the content ("said Gates
was not working for the party and said Manafort was not involved"); a verb that reports only with its particle
("pointed out that …", not "points to statements")."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .en_agreement import agrees_with_sayer_only, others_report_as
from .en_ctx import Context, finite
from .en_modal_conj import past_the_modal
from .en_rec import _judgement_verbs as judgement_shapes, word_sets


@lru_cache(maxsize=1)
def _particles() -> dict[str, str]:
    return dict(w.split(None, 1) for w in rules.wordset("en", "cue_particles"))


def no_report(tok) -> bool:
    """Speech verb ``tok`` reports nothing: it lacks the particle it reports with (``lacks_particle``) or it stands in
    an embedded question ("asked whether she believed the deal would survive", "if he still believes …"): the
    question asks whether the clause holds, it does not state it. (A question itself, "asked whether the plant would
    close", is reported speech of the one who asks: PolNeAR annotates it, and so it stays.)"""
    return lacks_particle(tok) or in_question(tok)


def in_question(tok) -> bool:
    """``tok`` heads a clause of "whether" or "if" (not "as if", a comparison: "felt as if she was showing …")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") and not (
        c.lower_ == "if" and c.i > 0 and c.doc[c.i - 1].lower_ == "as") for c in tok.children)


def question_word(tok) -> bool:
    """``tok`` is the "whether" or "if" that opens an embedded question or a condition: it stays in a content ("asked
    whether the levy would pass", "said if the levy fails, she will resign": without it the content states what was
    asked or supposed; PolNeAR's contents hold it), unlike "that", which only links."""
    return tok.lower_ in ("whether", "if") and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as")


def lacks_particle(tok) -> bool:
    """``tok`` is a speech verb that reports only with its particle (lang/en/words.tsv cue_particles) and has none:
    "Hoff's letter points to statements …" cites, "As iFixit points out, …" says."""
    want = _particles().get(tok.lemma_.lower())
    if want is None:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (any(c.dep_ == "prt" and c.lower_ == want for c in tok.children) or
                (nxt is not None and nxt.lower_ == want))


def second_report(ctx: Context, comp) -> int | None:
    """Where the content clause ``comp`` ends when the parser hung a second report of the same sayer on it ("said
    Gates was not working for the party and said Manafort was not involved", "told the AP her group never worked
    with him and added that …", "said the shelters were full and called on residents to stay home"): a speech verb
    or a request ("called on X to", "called for", "appealed to X") conjoined to the content's verb without a subject
    of its own repeats the report (nobody reports a saying inside what was said that way); the content ends before
    its conjunction."""
    for c in comp.children:
        if c.i > comp.i and (cut := others_report_as(ctx, c)) is not None:
            return cut  # "…, as senior officials warn that …": another sayer's report (en_agreement)
        if c.i > comp.i and _second_verb(ctx, c):
            k = max(c.left_edge.i, comp.i + 1) if past_the_modal(c) else c.i  # (before "did not", "then")
            while k > comp.i + 1 and (ctx.doc[k - 1].dep_ in ("cc", "punct") or ctx.doc[k - 1].lower_ in ("also",)):
                k -= 1
            return ctx.doc[k - 1].idx + len(ctx.doc[k - 1].text)
    return None


def gerund_subject(verb):
    """The content clause that opens with a gerund as its subject ("said seeing so many officers was a welcome sight",
    "said having Trump on the ticket puts them at risk"): the parser hangs the gerund on the speech verb as a
    complement (xcomp) and the clause's finite verb under it. A speech verb takes no gerund complement that holds a
    clause of its own ("denied taking bribes" has none), so the gerund's subtree is the content."""
    ger = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
    if ger is None or not any(c.dep_ == "ccomp" and c.i > ger.i and finite(c) for c in ger.children):
        return None
    return ger


# a request made to someone ("called on residents to stay home", "called for calm", "appealed to voters"):
# en_extra._ADDRESSED and _REQUEST_FOR, by preposition
_REQUEST_PREPS = {"call": ("on", "upon", "for"), "appeal": ("to", "for"), "prevail": ("on", "upon")}


def _request(v) -> bool:
    preps = _REQUEST_PREPS.get(v.lemma_.lower(), ())
    return any(c.dep_ == "prep" and c.lower_ in preps and c.i == v.i + 1 for c in v.children)


def second_sayer(ctx: Context, v):
    """The speech verb whose content the parser hung ``v`` on when ``v`` is a second report of the same sayer
    (second_report): a subjectless speech verb or request conjoined to the content's verb ("The union said the
    talks had collapsed and urged members to …": the union urges, not the talks). None otherwise."""
    comp = v.head
    say = said_through_noun(ctx, comp) if comp.dep_ == "acl" else comp.head if comp.dep_ == "ccomp" else None
    if say is not None and say.pos_ == "VERB" and say.lower_ not in ctx.verbs and v.i > comp.i and \
            not any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children) and agrees_with_sayer_only(ctx, v):
        return say  # "Strategists fear that the senator has … and warn that …": a view's holder, by agreement
    if say is None or say.lower_ not in ctx.verbs or say.pos_ != "VERB" or v.i < comp.i:
        return None
    return say if _second_verb(ctx, v) else None


def said_through_noun(ctx: Context, comp):
    """The speech verb whose "that"-clause the parser hung on the noun of its manner ("said in a statement that …",
    "told reporters in an interview that …": ``comp`` an "acl" with "that" on the object of a preposition of that
    verb), else None."""
    noun = comp.head
    if comp.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) or \
            noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lower_ in ctx.verbs else None


def _second_verb(ctx: Context, c) -> bool:
    """``c``, hung on a content's verb after it without a subject of its own, is a second report of the sayer: a
    speech verb or a request in the past conjoined ("and said …", "and called on …"), a judgement in the sayer's
    words ('and called B "C"'), an order or an accusation ("and advised travellers to …", "but accused Belgrade of
    …": lang/en/words.tsv directive_verbs, judgement_verbs.tsv "of"), or a participle of speech with a clause
    after a comma ("said she backed the plan, noting that …": the content does not note)."""
    if c.pos_ != "VERB" or any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
        return False
    lemma = c.lemma_.lower()
    if c.dep_ == "conj" and _subjects_own(c):
        return False
    if past_the_modal(c):
        return True  # "said he would sign it but did not say when": the sayer's next act (en_modal_conj)
    if c.dep_ == "conj":
        if present_after_past(c) and is_belief(c) or agrees_with_sayer_only(ctx, c):
            return True  # "said X and believes Y": the sayer's own view, a second report (present_after_past)
        return (c.tag_ == "VBD" or present_after_past(c)) and (
            c.lower_ in ctx.verbs or _request(c) or lemma in rules.wordset("en", "directive_verbs") or
            "of" in judgement_shapes().get(lemma, ())) or _judged(ctx, c) or _held_too(c)
    return c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in ctx.verbs and c.i > 0 and \
        c.doc[c.i - 1].text == "," and any(x.dep_ == "ccomp" for x in c.children)  # (not "pointing to a wing …")


def _subjects_own(c) -> bool:
    """``c``, conjoined to a content's verb, is the content subject's own verb, not the sayer's (review r25 #3): a
    belief in the past after a person who acts in the content ("Officials said the gunman acted alone and believed he
    was on a mission": the gunman believed; a person can believe, a plan or a strike cannot), or a present verb
    whose number does not agree with the sayer ("Neighbours said the man had moved away and says he will never
    return": "says" is the man's)."""
    comp = c.head
    subj = next((x for x in comp.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    say = comp.head if comp.dep_ == "ccomp" else None
    belief = is_belief(c)
    if belief and c.tag_ not in ("VBZ", "VBP") and subj is not None and subj.pos_ != "PRON" and a_person(subj):
        return True  # (a present after a past "said" speaks in the writer's time, the sayer's: present_after_past)
    sayer = next((x for x in say.children if x.dep_ == "nsubj"), None) if say is not None else None
    if sayer is None or c.tag_ not in ("VBZ", "VBP") or sayer.lower_ in ("i", "you"):
        return False
    plural = sayer.tag_ in ("NNS", "NNPS") or sayer.lower_ in ("they", "we") or (
        "Plur" in sayer.morph.get("Number") and sayer.pos_ == "PRON") or any(x.dep_ == "conj" for x in sayer.children)
    return plural != (c.tag_ == "VBP")


def a_person(noun) -> bool:
    """``noun`` names or describes a person: a PERSON entity, a role or title ("the mayor"), a trade ("the pilot"), a
    part in a case ("the gunman"), a life stage ("the boy") or a plain person noun (lang/en/words.tsv)."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _person_nouns()


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    from .en_roles import person_words
    sets = ("described_persons", "case_roles", "life_stages", "refuge_seekers", "plain_persons")
    return person_words("en").union(*(rules.wordset("en", n) for n in sets))


def is_belief(v) -> bool:
    """``v``'s lemma is a verb of belief (lang/en/finding_sources.tsv "belief": believes, thinks, expects …)."""
    return v.lemma_.lower() in word_sets("finding_sources").get("belief", ())


def _held_too(v) -> bool:
    """``v`` is a belief verb (lang/en/finding_sources.tsv "belief") with a clause of its own, conjoined to what
    someone said ("said the budget was balanced and believes the council will approve it"): the sayer's view beside
    the statement, a second attribution of the same speaker (a content's subject that believes has a subject of its
    own before the verb or shares the content's verb: "said the mayor believes …" hangs "believes" as the content)."""
    return is_belief(v) and \
        v.tag_ in ("VBD", "VBZ", "VBP", "VB") and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in v.children)  # (the tagger reads "and believe it was" as VB)


_BACKSHIFT = frozenset({"would", "had", "could", "might", "was", "were"})


def present_after_past(c) -> bool:
    """``c``, a verb in the present conjoined to a content clause told in the past ("said the strike would go ahead
    and believes most members will join", "said the board had erred and thinks …"), is the sayer's own present: the
    reported clause is backshifted to the past tense of "said", so a present verb conjoined to it speaks in the
    writer's time, the sayer's second report, not the content's (a content in the present, "said the company is
    growing and expects …", keeps its verb)."""
    comp = c.head
    if c.tag_ != "VBZ" or comp.dep_ != "ccomp" or comp.head.tag_ != "VBD":
        return False
    return comp.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in _BACKSHIFT for a in comp.children)


def _judged(ctx: Context, v) -> bool:
    """``v`` passes a judgement in the sayer's words: 'called the letter "a partisan stunt"'
    (lang/en/judgement_verbs.tsv, its "oprd" shape, the judgement opening a quotation): conjoined to what someone
    said ("said A and called B 'C'"), a second report of the sayer (the written set's "wrote that costs rose and
    called the forecast 'credible'": the costs call nothing)."""
    shapes = judgement_shapes().get(v.lemma_.lower(), set())
    if v.tag_ not in ("VBD", "VBN", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False  # (the tagger reads "would destroy … and called" as a participle: no auxiliary of its own;
        # round 23: the present of live blogs, 'says he respects her and calls her "a tough opponent"')
    for c in v.children:  # (only a name given: 'said A and dismissed B as "C"' PolNeAR reads as one report; round
        # 23 tried the "as" phrase too, as the written set splits it: PolNeAR dev lost a match, P 0.931 -> 0.930)
        if c.i > v.i and c.dep_ == "oprd" and "oprd" in shapes:
            a = c.left_edge.idx
            return any(c.left_edge.i <= ctx.token_at(f.start).i <= c.right_edge.i + 1 for f in ctx.view.quoted
                       if f.start >= a - 2)
    return False


# verbs of telling someone something: their object is the one told, so "that" after it opens what is told
_TELL = frozenset({"tell", "inform", "assure", "remind", "warn", "notify", "advise", "convince"})


def told_that(ctx: Context, verb, tok) -> bool:
    """``tok`` is a "that" the parser made a relative pronoun of the one told ("tells the paper that he fought with
    the man", "told reporters that she would run"): after a verb of telling and an object that can be told (an
    actor, a pronoun, a plural noun or an outlet noun: not "told the story that he wrote"), with a subject of its
    own in the clause it opens, it opens the content."""
    rel = tok.head
    obj = rel.head
    if tok.lower_ != "that" or verb.lemma_.lower() not in _TELL or rel.dep_ != "relcl" or obj.head.i != verb.i or \
            obj.dep_ not in ("dobj", "dative") or tok.dep_ == "nsubj" or \
            not any(c.dep_ == "nsubj" and c.i > tok.i for c in rel.children):
        return False
    return obj.pos_ in ("PRON", "PROPN") or obj.tag_ == "NNS" or obj.lower_ in rules.words("en", "media_nouns") or \
        ctx.entity_at(obj.idx, obj.idx + len(obj.text)) is not None


def directive_after(verb) -> bool:
    """``verb`` has an object and a "to"-infinitive after it ("she told the man to remove the bedding"): what it
    reports is that order (en_extra's "directive"), never the clause before it."""
    xc = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and any(
        t.dep_ == "aux" and t.lower_ == "to" for t in c.children)), None)
    return xc is not None and any(c.dep_ == "dobj" and c.i < xc.i for c in verb.children)


def quotation_opening(ctx: Context, s_lo: int, c: int) -> int:
    """Where the content before an inverted cue opens: the sentence start ``s_lo``, or, when a quotation that opened
    inside an earlier sentence of the same paragraph runs on to the cue's comma ('Farmers in the county “want a fair
    price. Nothing more,” said Tom Reyes'), the start of the sentence the quotation opened in: the sentence splitter
    cut inside the quoted words, but the quotation and its lead-in are one mixed content."""
    for f in ctx.view.quoted:
        if f.start < s_lo and c < f.end <= c + 3 and "\n" not in ctx.text[f.start:s_lo]:
            lo = ctx.sent(f.start)[0]
            if lo < f.start and ctx.text[lo:f.start].strip() and ctx.text[f.inner_start:f.inner_start + 1].islower():
                return lo  # (a quotation opening its sentence with a capital is a direct quote: its own reader's)
    return s_lo


def others_that(mark, verb) -> bool:
    """The "that"-clause after ``verb`` is a later verb's, one with a subject of its own ("… shouted at him, and Judge
    Roe warned them that …": Roe's warning, not the shouting; r24). A comma right before "that" sets the later
    verb off as an aside: the clause completes both, and the first verb's reading stays ("Jones said Friday, and
    Smith agreed, that …"; review r24). A conjunct of ``verb`` itself that the clause hangs on is later too
    ("responded and confirmed that …": the confirmation's clause; r29)."""
    if mark.i > 0 and mark.doc[mark.i - 1].text == ",":
        return False
    return any(g.pos_ == "VERB" and verb.i < g.i < mark.i and g.dep_ in ("conj", "parataxis", "ROOT") and
               (any(c.dep_ == "nsubj" for c in g.children) or g.dep_ == "conj" and g.head.i == verb.i)
               for g in mark.ancestors)
    # (or the first verb's own conjunct, sharing its subject, governs the clause: "The police responded and confirmed
    # that …" is a confirmation, "responded" only the arrival at the scene; r29)
    # (the parse may hang the clause on the later verb's object; a clause inside the first verb's, "told reporters
    # as he left court that …", is no later report)
