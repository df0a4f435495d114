"""Agentless evidentials (round 16): what the text says is said, believed or alleged without naming who says it.
PolNeAR and the en-attr gold annotate them with no source ('-'); they are quotes without a speaker:

- a passive verb of believing or reporting with a to-infinitive or a predicate ("The mayor is thought to be weighing
  a run", "Titan is thought to harbor an ocean", "Sonos speakers are considered some of the best"): the subject and
  what is said of it (one span, the cue inside it);
- an evidential adverb ("The duo reportedly saw a similar bar in Las Vegas"): the clause it qualifies (the adverb
  inside it);
- an evidential adjective ("over his alleged role in the release of the files"): the noun phrase it qualifies;
- a passive report of a thing with nothing said of it ("A third case of plague was reported in a man"): the
  subject;
- a passive charge with nobody named who makes it ("Officials were accused of concealing the outbreak"): what the
  subject is charged with, the object of the preposition (lang/en/words.tsv evidential_charges: "accuse of", and
  since round 26 "charge with": "Reiter is charged with tampering with …", the legal charge of court news, only
  with a word of the law near it: "is charged with protecting the president" is a duty); the en-attr gold
  annotates these claims with no source, and the active "accused X of …" is the clause readers' (en_rec.accusation).

The words are data (lang/en/words.tsv: evidential_passives, evidential_adverbs, evidential_adjectives). A candidate is
taken by convention (en_learn.decide, "evidential") when asserted and overlapping no quote taken before, and no
speaker is ever given to it (en_rank leaves it alone): the text names nobody, and any name near it is the one the
statement is about ("Senator Vale is thought to be weighing a run")."""
from __future__ import annotations

from .. import rules
from .en_clauses import in_question
from .en_ctx import Context, Found, subject_speaker

_NO_PREDICATE = ("report", "allege")  # evidential passives that say nothing "to be" something of their subject
MIN_WORDS = 2  # "the alleged victim": one word says nothing


def evidential_candidates(ctx: Context, used: set[int]) -> list[Found]:
    out: list[Found] = []
    qspans = [(q.start, q.end) for q in ctx.view.quoted]
    for tok in ctx.doc:
        if tok.i in used or any(a <= tok.idx < b for a, b in qspans) or in_question(tok):
            continue
        low = tok.lower_
        if low in _words("evidential_adjectives") and tok.dep_ == "amod" and tok.head.i > tok.i:
            spans = _adjective(ctx, tok)
        elif tok.lemma_.lower() in _words("evidential_passives") and (tok.tag_ == "VBN" or _opener(tok)):
            spans = _passive(ctx, tok)
        elif tok.tag_ == "VBN" and tok.lemma_.lower() in _words("evidential_it_passives") and any(
                c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children):
            spans = _passive(ctx, tok)  # only of an empty "it": "It was announced that …" (r33; "The winners were
            # announced", "was announced as the new coach" name a thing announced, no proposition said of it)
        elif low in _words("evidential_adverbs") and tok.dep_ == "advmod":
            spans = _adverb(ctx, tok)
        elif tok.tag_ == "VBN" and tok.lemma_.lower() in _charges():
            spans = _charged(ctx, tok)
        elif tok.tag_ == "VBN" and tok.lemma_.lower() in _words("passive_directives"):
            spans = _directed(ctx, tok)
        else:
            continue
        verb = tok if tok.tag_ in ("VBN", "VBD") and tok.dep_ != "amod" else tok.head
        if not spans or any(c.dep_ == "neg" for c in verb.children):
            continue  # "is not thought to …", "did not reportedly …"
        a, b = spans
        if len(ctx.text[a:b].split()) < MIN_WORDS:
            continue
        q = Found("indirect", a, b, ctx.text[a:b], cue=tok.text, cue_i=tok.i, origin="clause")
        q.attr = ctx.sent(tok.idx)
        q.feats = {"evidential": 1.0, "shape=evidential": 1.0}
        if (src := _it_source(tok)) is not None:
            subject_speaker(ctx, q, src)  # "it's revealed in Eurogamer's review that …": the review's maker (r33)
        out.append(q)
    return out


def _words(name: str) -> frozenset[str]:
    return rules.wordset("en", name)


def _end(ctx: Context, tok) -> int:
    r = tok.right_edge
    while r.i > tok.i and (r.is_punct or r.is_space):
        r = ctx.doc[r.i - 1]
    return min(r.idx + len(r.text), ctx.sent(tok.idx)[1])


def _opener(v) -> bool:
    """A participle opening its sentence that the tagger read as a past tense ("Long considered the weakest team in
    the league, the Hawks …"): a clause on the main verb with no subject nor auxiliary of its own, and a noun phrase
    after it, what is said of the main clause's subject."""
    if v.lemma_.lower() in _NO_PREDICATE:
        return False  # ("Reported the theft to police, he …": a dangling act; a report takes no predicate)
    return v.tag_ == "VBD" and v.dep_ == "advcl" and v.head.i > v.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children) and any(
        c.dep_ == "dobj" and c.i > v.i for c in v.children)


def _passive(ctx: Context, v):
    """'X is thought to VP', 'X is considered Y', 'X is seen as Y': the span of the subject and what is said of
    it, or None."""
    kids = list(v.children)
    if any(c.dep_ == "agent" for c in kids):
        return None  # an agent names who says it: the clause readers' case
    reduced = v.dep_ in ("acl", "advcl") and not any(c.dep_ in ("auxpass", "nsubjpass", "nsubj") for c in kids)
    if not reduced and not any(c.dep_ == "auxpass" for c in kids):
        return None
    # a reduced participle: "an exotic world considered a strong candidate", "areas, thought to represent …"; or
    # opening the sentence, "Long considered one of the great slights, the band …" (what is said of the subject)
    subj = v.head if reduced and v.dep_ == "acl" else next(
        (c for c in kids if c.dep_ == "nsubjpass" and c.i < v.i), None)
    if reduced and v.dep_ == "advcl":
        subj = v
    if subj is not None and subj.lower_ == "it" and not reduced:
        return _it_clause(ctx, v)  # "It was reported that …": the that-clause, said with no source
    if subj is None or subj.lower_ in ("there", "what"):
        return None
    if subj.lemma_.lower() in _words("language_nouns"):
        return None  # ("In Cree, the word is understood to mean a friend": a definition, no one's report; review29 M)
    pred = next((c for c in kids if c.i > v.i and (
        c.dep_ == "dobj" and _opener(v) or  # (a passive has no object: what the opener's "object" is said to be)
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or
        c.dep_ == "oprd" or c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ", "PROPN", "DET", "NUM") or
        c.dep_ == "prep" and c.lower_ == "as")), None)
    if pred is None and v.lemma_.lower() == "report":
        return _reported(ctx, v, subj, reduced)
    if pred is None or v.lemma_.lower() == "see" and not (pred.dep_ == "prep" and pred.lower_ == "as"):
        return None  # ("The moon is seen to rise at 9 p.m.": seeing, not saying; "is seen as" judges: review r16)
    if subj is v or subj.lower_ in ("which", "that", "who"):  # "Europa, which is thought to harbor an ocean"
        if _rating(pred):
            return None
        return pred.left_edge.idx, _end(ctx, pred)
    return subj.left_edge.idx, _end(ctx, pred)  # one span, the cue inside: "Titan is thought to harbor …"


def _directed(ctx: Context, v):
    """'Residents were warned to stay away from the river', 'Drivers are advised to avoid the A1', 'jurors were told
    to return at 2pm' (round 36, enweb36b; recurring in enweb35b and enweb36b, court, weather and police news): a
    passive order, warning or piece of advice (lang/en/words.tsv passive_directives) whose giver the text leaves out is
    a demand with no source, what the subject is told to do (the infinitive: the en-attr and PolNeAR guidelines
    annotate demands with an infinitival content; the giver '-'). Not with a "by"-agent (the clause readers'), nor
    without a to-infinitive ("was told of the delay", "was warned about the risk": no demand worded)."""
    kids = list(v.children)
    if any(c.dep_ == "agent" for c in kids) or not any(c.dep_ == "auxpass" for c in kids) or _denied(v):
        return None
    inf = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)
    if inf is None or any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in inf.children):
        return None  # ("were told to leave by police": the parser hangs the passive's agent on the infinitive)
    start = next(a for a in inf.children if a.dep_ == "aux" and a.lower_ == "to").idx
    return start, _end(ctx, inf)


def _denied(v) -> bool:
    """The order is denied by a preposition, so none was given: "without being told to “smile”" (diff36en, a PolNeAR
    text: a hypothetical, no demand reported; lang/en/words.tsv negating_preps). ("were not told to" is left out
    before this reader is reached.)"""
    return v.dep_ == "pcomp" and v.head.lower_ in rules.wordset("en", "negating_preps")


def _it_clause(ctx: Context, v):
    """'It was reported last month that X', 'It is alleged that X', 'It is understood that X' (round 30): the
    that-clause is said or believed with no source named. PolNeAR annotates such an empty-"it" passive as an
    attribution with an implicit source (its train set annotates 5 of its 6 uses), and so does the en-attr written
    gold ('-'); only verbs of saying or believing (words.tsv evidential_it_passives: "It was decided that …", "It is
    expected that …" decide or foresee, no one's report), with a that-clause and no "by"-agent (checked above)."""
    if v.lemma_.lower() not in _words("evidential_it_passives") or any(t.text == "?" for t in v.sent[-2:]):
        return None  # (nor a question: "Was it reported that …?")
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
        return None  # "It must be said that …", "It should be understood that …": the writer's own comment (review r30)
    lo, hi = ctx.text.rfind("\n", 0, v.idx) + 1, ctx.text.find("\n", v.idx)
    if ctx.text[lo:hi if hi >= 0 else len(ctx.text)].rstrip().endswith("?"):
        return None  # a question's premise: "Q: It was reported that you will resign. Is that true?"
    comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if comp is None or _mandative(v, comp):
        return None
    first = next(t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i))
    return first.idx, _end(ctx, comp)


def _mandative(v, comp) -> bool:
    """The that-clause of a verb of advice or demand (words.tsv mandative_verbs: "suggest") is a bare subjunctive:
    what someone advised be done, no proposition reported ("It was suggested that passengers arrive two hours
    early", "It is recommended that he wear a mask": review33b). Its verb is bare (VB), or a present after a past
    "was suggested" (no tense agreement: "that passengers arrive") or after a singular subject ("that each driver
    carry"), with no modal; "It was suggested that the fire had been set" reports."""
    if v.lemma_.lower() not in _words("mandative_verbs") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"
                                                                 for c in comp.children):
        return False
    past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in v.children)
    bare = comp.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" for c in comp.children)
    subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    single = subj is not None and (subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it"))
    return bare or comp.tag_ == "VBP" and (past or single)  # ("that the rule be changed", "that each driver carry")


def _it_source(v):
    """The maker of the document an empty-"it" passive cites ("It is revealed in Eurogamer's review that …",
    "It was announced in a statement by the ministry that …"): the possessive or the "by" object of the noun after
    "in"; else None (no source: "It was announced on Friday that …")."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in v.children):
        return None
    for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "in"):
        for n in (c for c in prep.children if c.dep_ == "pobj"):
            owner = next((c for c in n.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is None:
                by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if owner is not None:
                return owner
    return None


def _reported(ctx: Context, v, subj, reduced: bool):
    """'A third case of plague was reported in a 55-year-old man', 'The virus has been reported in six counties':
    what was reported, the subject of the finite passive, is said with no source (the en-attr gold annotates it so).
    Not a person ("Smith was reported to the police": an act done to someone), nor a subject denied ("No injuries
    were reported"), a relative pronoun or a reduced participle ("the cases reported last week" names them)."""
    if reduced or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in ("which", "that", "who"):
        return None
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "few", "none", "neither") for c in subj.children):
        return None
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
    if hit is not None and ctx.actors.entities[hit[2]].type == "PERSON":
        return None
    # where it was reported goes with it ("… has been reported in Barry, Berrien and Cass counties": the gold's
    # content, the subject and the place; "The virus" alone says nothing)
    where = [c for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ in _WHERE]
    end = _end(ctx, where[-1]) if where else subj.right_edge.idx + len(subj.right_edge.text)
    return subj.left_edge.idx, end


_WHERE = ("in", "at", "across", "among", "throughout")  # the places or the people a case was reported in


def _rating(pred) -> bool:
    """The predicate of an evidential in a relative clause is a bare adjective ("a blood test, which was considered
    (to be) normal", "a road that is thought safe"): a rating of the thing the clause hangs on, with nothing said
    of anyone or any event; the clause without its antecedent ("to be normal") is no statement."""
    head = pred
    if head.dep_ == "xcomp" and head.lemma_ == "be":
        head = next((c for c in head.children if c.dep_ in ("acomp", "attr")), head)
    return head.pos_ == "ADJ" and not any(c.dep_ in ("prep", "xcomp", "ccomp") for c in head.children)


def _charges() -> dict[str, str]:
    """lemma -> the preposition of what is charged ("accuse" -> "of")."""
    return dict(w.split() for w in _words("evidential_charges"))


def _charged(ctx: Context, v):
    """'X was accused of VP/NP' with no agent: the span of the preposition's object, or None ("was accused by critics
    of …" names who accuses: the clause readers' case; a reduced participle, "the man accused of buying the guns will
    remain in custody", names the man inside what another clause reports: PolNeAR does not count it)."""
    kids = list(v.children)
    if any(c.dep_ == "agent" for c in kids) or not any(c.dep_ == "auxpass" for c in kids):
        return None
    prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == _charges()[v.lemma_.lower()] and c.i > v.i),
                None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or v.lemma_.lower() in _DEED_ONLY and not _counted(obj) and (obj.tag_ != "VBG" or
                                                                             not _legal(ctx, v)):
        return None
    return obj.left_edge.idx, _end(ctx, obj)


def _counted(obj) -> bool:
    """The object names the charge sheet's counts ("was charged with one count of first-degree murder and three
    counts of battery", r36): the formal charges of court and police news, stated whatever their form (words.tsv
    ``charge_count_nouns``); a bare offence ("was charged with the robbery of a shop") stays the charge's label."""
    counts = rules.wordset("en", "charge_count_nouns")
    return any(t.lower_ in counts for t in [obj, *(c for c in obj.children if c.dep_ == "conj")])


# charges stated only with a deed (a gerund: "is charged with tampering with …"); the name of an offence ("was charged
# with the robbery of a shop") is the charge's label, which attribution-dev's r15-topic-described-by-age leaves out
_DEED_ONLY = frozenset({"charge"})


def _legal(ctx: Context, v) -> bool:
    """A charge of court news, not a duty ("The Secret Service is charged with protecting the president"): a word of
    the law in the paragraph (words.tsv ``legal_context``: arrested, court, prosecutors, pleaded, counts …) or the
    defendant's age after the subject ("Reiter, 61, is charged with …")."""
    subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is not None and any(c.dep_ in ("appos", "amod", "npadvmod") and c.like_num for c in subj.children):
        return True
    text = ctx.text
    lo, hi = text.rfind("\n", 0, v.idx) + 1, text.find("\n", v.idx)
    legal = rules.wordset("en", "legal_context")
    return any(t.lemma_.lower() in legal or t.lower_ in legal for t in ctx.tokens(lo, hi if hi >= 0 else len(text)))


def _adverb(ctx: Context, adv):
    """'The duo reportedly saw …': the clause of the verb the adverb qualifies, from its subject (or, in a
    relative clause, from the verb: 'who allegedly raped …')."""
    v = adv.head
    if v.pos_ not in ("VERB", "AUX") or any(t.tag_ == "WRB" and t.i < v.i for t in v.children):
        return None  # (an indirect question, "how she supposedly built it", states nothing)
    rel = {t.i for c in v.children if c.i < v.i and any(w.tag_ in ("WP", "WDT") for w in c.subtree)
           for t in c.subtree}  # "during which", "who": the relative's own words
    toks = [t for t in v.subtree if t.i != adv.i and t.dep_ not in ("mark", "cc") and t.i not in rel]
    s_lo, s_hi = ctx.sent(v.idx)
    toks = [t for t in toks if s_lo <= t.idx < s_hi]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return None
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return a, b


def _adjective(ctx: Context, adj):
    """'his alleged role in the release': the noun phrase after the adjective, when it relates something (a
    complement after its noun); 'the alleged gunman', 'an alleged sex trafficker' only label someone."""
    noun = adj.head
    if noun.pos_ not in ("NOUN", "PROPN") or not any(c.i > noun.i and c.dep_ in ("prep", "acl", "relcl")
                                                      for c in noun.children):
        return None
    start = ctx.doc[adj.i + 1]
    while start.is_space or start.is_punct:
        start = ctx.doc[start.i + 1]
    return start.idx, _end(ctx, noun)
