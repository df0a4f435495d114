"""Where reported content ends (recall of content spans, issue 16).

The reported clause is the speech verb's clausal complement; the parser ends it too early in two frequent shapes:
- a coordinated clause with a subject of its own, hung on the speech verb instead of on the reported verb
  ("Hannity says Gingrich is a close friend and it's his business what favors he does", "Sanders told the crowd
  that he expects to win and he is doing better than Clinton"): the second clause is said too. Not when it is a
  saying of its own ("… and Clinton said …", "… and he added that …") or follows a comma ("…, and the market fell":
  the writer's narration more often than not);
- a condition or a reason hung on the speech verb ("They say they'll back Stein unless Sanders disavows …"): the
  subordinators that carry the clause on are data (``lang/en/content_links.txt``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .en_fault_phrase import names_no_fault
from ..entities.en_spans import DATELINE_CAPS
from .en_correlative import correlative_end

_CC = ("and", "but")


def extend_end(ctx, verb, comp, b: int, s_hi: int) -> int:
    """The end of the content of ``verb`` whose complement ``comp`` ends at ``b``: carried on over the right
    siblings of the complement that continue it (see the module), and past a colon that opens what the clause
    announces ("notes that three things are happening at once: home values are rising, rates are low …")."""
    lead = comp.left_edge.i + (comp.left_edge.lower_ == "that")  # ("the earlier …, the more …": en_correlative)
    b = correlative_end(ctx, ctx.doc[lead].idx, _extend_end(ctx, verb, comp, b, s_hi), s_hi)
    return past_colon(ctx, b, s_hi)


def past_colon(ctx, b: int, s_hi: int) -> int:
    """``s_hi`` when a colon follows the content ending at ``b`` and what follows it to the sentence end is one more
    part of it: no saying of its own (a speech verb) and no quotation (another reader's business); else ``b``."""
    t = ctx.text
    k = b
    while k < s_hi and t[k] in " \t":
        k += 1
    if k >= s_hi or t[k] != ":" or "\n" in t[k:s_hi] or any(c in t[k:s_hi] for c in "“”\"«»") or any(
            k < f.start < s_hi for f in ctx.view.quoted):
        return b
    rest = [tk for tk in ctx.tokens(k + 1, s_hi) if not (tk.is_punct or tk.is_space)]
    if len(rest) < 3 or any(tk.lower_ in ctx.verbs and tk.pos_ == "VERB" for tk in rest):
        return b
    if not _clause_heads(rest):
        return b  # "said he would resign: a decision that shocked his party": the writer's comment on it
    return s_hi


def _clause_heads(toks) -> bool:
    """Whether the tokens go on with what was said: a word heading them (its head outside) is a finite verb with its
    subject ("… at once: home values are rising, …") or a list naming what the content announced ("familiar with two
    men: Ahmed Abu Khattala, who …, and …"); not a single noun phrase ("…: a decision that shocked his party", its
    verb in a relative clause: the writer's comment)."""
    ids = {tk.i for tk in toks}
    for tk in toks:
        if tk.head.i in ids and tk.head.i != tk.i:
            continue
        if tk.pos_ == "PROPN" or any(c.dep_ == "conj" and c.i in ids for c in tk.children):
            return True
        finite = tk.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                                for c in tk.children)
        if finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i in ids for c in tk.children):
            return True
    return False


def _extend_end(ctx, verb, comp, b: int, s_hi: int) -> int:
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return b  # no clause of its own to carry on ("wants it to but because …")
    links = rules.words("en", "content_links")
    doc = ctx.doc
    end = b
    for c in verb.children:
        if c.i <= comp.right_edge.i or c.idx >= s_hi:
            continue
        if c.dep_ == "conj" and _quoted_conj(ctx, c, comp):
            end = max(end, min(c.right_edge.idx + len(c.right_edge.text), s_hi))
            break  # "said she had offers, but “the offers were …”": the speaker's words go on, quoted
        if c.dep_ == "conj" and _reported_conj(ctx, c, comp):
            pass
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in links and m.i < c.i for m in c.children):
            first = c.left_edge
            if first.i <= comp.right_edge.i or doc[first.i - 1].text in (",", ";", "—", "–"):
                continue  # ", because …" after a comma: the writer's clause as often as the speaker's
        else:
            continue
        if any(t.text in "“”\"" for t in doc[comp.right_edge.i:c.right_edge.i + 1]):
            break  # a quotation between: another reader's business
        end = max(end, min(c.right_edge.idx + len(c.right_edge.text), s_hi))
        comp = c
    return end


def _quoted_conj(ctx, c, comp) -> bool:
    """A clause with its own subject coordinated after the content by "but"/"and" that opens with a quotation mark:
    words quoted without an attribution of their own go on with the speaker's. Not a title or a name in quote marks
    ("…, but “Shanghai Noon” is still playing": en_indirect._real_fragment), nor a quotation with its own attribution
    after it ("…, but “the offers were too low,” according to her agent")."""
    from .en_indirect import _real_fragment  # (en_indirect reads this module)

    if c.pos_ not in ("VERB", "AUX") or not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
        return False
    cc = next((t for t in (*c.head.children, *c.children) if t.dep_ == "cc" and comp.right_edge.i < t.i < c.i), None)
    nxt = ctx.doc[cc.i + 1] if cc is not None and cc.i + 1 < len(ctx.doc) else None
    if cc is None or cc.lower_ not in _CC or nxt is None or nxt.text not in ("“", '"', "''", "‘", "«"):
        return False
    f = next((f for f in ctx.view.quoted if f.start <= nxt.idx < f.inner_start), None)
    if f is None or not _real_fragment(ctx, f):
        return False
    after = [tk for tk in ctx.tokens(f.end, ctx.sent(f.start)[1]) if not (tk.is_punct or tk.is_space)]
    return not any(tk.lower_ in ctx.verbs or (tk.lower_ == "according" and k + 1 < len(after) and
                                               after[k + 1].lower_ == "to") for k, tk in enumerate(after))


def _reported_conj(ctx, c, comp) -> bool:
    if c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() in ctx.verbs or c.lower_ in ctx.verbs:
        return False
    if not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
        return False  # "said X and left": the speaker's next act
    if any(s.dep_ == "ccomp" and s.lower_ in ctx.verbs for s in c.children):
        return False
    # the conjunction hangs on the speech verb (spaCy) or on the conjunct, between the complement and the conjunct
    cc = next((t for t in (*c.head.children, *c.children) if t.dep_ == "cc" and comp.right_edge.i < t.i < c.i), None)
    if cc is None or cc.lower_ not in _CC:
        return False
    prev = ctx.doc[cc.i - 1] if cc.i > 0 else None
    return prev is not None and prev.text not in (",", ";", "—", "–", ":")


def judgement(ctx, v, s_hi: int):
    """(start, end, shape) of a judgement reported of the subject of ``v`` ("called the ruling a disgrace",
    "dismissed the plan as fantasy": the object with what it is called, ``lang/en/judgement_verbs.tsv``), or None.
    A name given ("His parents called him Joe": the predicate a proper name) is no judgement."""
    shapes = _judgement_verbs().get(v.lemma_.lower())
    if not shapes:
        return None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    accused = accusation(v, obj, shapes, s_hi)
    if accused is not None or obj is None:
        return accused
    if "oprd" in shapes:
        pred = next((c for c in v.children if c.dep_ in ("oprd", "xcomp") and c.i > obj.i or c.dep_ == "dobj" and
                     c.i > obj.i and _opened_by_mark(c)), None)
        # (a second "object" opened by a quote mark is the predicate the parser missed: 'deemed the vote “a betrayal”')
        # (or a quoted adjective hung on it: 'deemed the offer "too low"')
        pred = pred or next((c for c in obj.children if c.dep_ in ("amod", "acomp") and c.i > obj.i and
                             _opened_by_mark(c)), None)
        if pred is not None and pred.pos_ in ("NOUN", "ADJ", "VERB"):
            return obj.left_edge.idx, _end(pred, s_hi), "oprd"
    if "as-identified" in shapes and (obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "LOC", "ORG", "FAC") or
                                      "Yes" in obj.morph.get("Reflex")):
        return None  # an appointment or a choice ("named Tom Reed as captain"), not who the object is; a reflexive
        # ("voters who identify themselves as independents", diff36en): a self-description, like "identifies as"
    if shapes & {"as", "view", "as-quoted", "as-identified"}:  # ("as-quoted": only words a quote mark opens)
        prep = next((c for c in (*v.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i),
                    None)
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp", "amod", "acomp")), None) \
            if prep is not None else None
        if pobj is not None and "view" in shapes and pobj.lemma_.lower() in rules.wordset("en", "life_stages"):
            return None  # "saw the film as a child": when, not how, the subject saw it
        if pobj is not None and ("as-quoted" not in shapes or _opened_by_mark(pobj)):
            return obj.left_edge.idx, _end(pobj, s_hi), "view" if "view" in shapes else "as"
    return None


_OPENING_MARKS = ("“", '"', "‘")


def _opened_by_mark(tok) -> bool:
    k = tok.left_edge.i
    return tok.doc[k].text in _OPENING_MARKS or k > 0 and tok.doc[k - 1].text in _OPENING_MARKS


def accusation(v, obj, shapes: set[str], s_hi: int):
    """(start, end, "accuse") of an accusation or a denial (lang/en/judgement_verbs.tsv: a preposition as the shape,
    or "claim"): the object with the phrase of what it is accused of ("accused Russia of using threats", "charged
    Reese with fraud"), or a claim denied ("denies the accusation"); None for any other object ("denied the
    request"). Not the passive ("was accused by critics of …"): its subject is the accused, whom the speaker
    readers would take for the one who speaks; nor an object named elsewhere ("the fans he accused of racism")."""
    if obj is None:
        return _passive_accusation(v, shapes, s_hi)
    if "claim" in shapes and (obj.lower_ in _claims() or obj.lemma_.lower() in _claims()) and \
            not any(c.dep_ == "prep" and c.lower_ == "for" for c in obj.children):
        return obj.left_edge.idx, _end(obj, s_hi), "accuse"  # (not "denied the claim for flood damage": a demand)
    if v.lemma_.lower() == "charge" and obj.lemma_.lower() in _bodies():
        return None  # "charged the commission with reviewing the rules": a task given, no accusation (review r16)
    for p in shapes - {"oprd", "as", "claim"}:  # the phrase hangs from the verb or from its object
        prep = next((c for h in (v, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == p and c.i > obj.i),
                    None)
        what = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if what is not None and p in ("for", "over") and names_no_fault(what):
            continue  # ("criticized the plan for the third time", "for an audience of farmers": no fault named)
        if what is not None:
            how = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > prep.i), None)
            return obj.left_edge.idx, _end(how or prep, s_hi), "accuse"  # "… with fraud by selling fake tickets"
    return None


def _passive_accusation(v, shapes: set[str], s_hi: int):
    """(start, end, "accuse") of what a passive names its accuser for ("Reyes was accused of fraud by a former
    manager": the manager accuses; the content is what Reyes is accused of, "of fraud").
    Only with the accuser after "by" (en_extra's subject of a passive is that agent); an agentless "was accused of"
    names no one who speaks."""
    if not any(c.dep_ == "nsubjpass" for c in v.children) or not any(
            c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in v.children):
        return None
    for p in shapes - {"oprd", "as", "claim"}:
        prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == p and c.i > v.i), None)
        what = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if what is not None:  # (from the preposition, as the active's content holds it: "Russia of using threats")
            return prep.idx, _end(what, s_hi), "accuse"
    return None


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """Nouns of bodies and organisations, given tasks ("charged the commission with reviewing the rules")."""
    return frozenset(w.split()[0] for w in rules.words("en", "institution_words")) | rules.words("en", "org_anaphors") \
        | rules.wordset("en", "bodies")


@lru_cache(maxsize=1)
def _claims() -> frozenset[str]:
    return rules.words("en", "content_nouns") | rules.wordset("en", "claim_objects")


def _end(tok, s_hi: int) -> int:
    """The end of ``tok``'s phrase, past the closing quote mark of a quotation it opens ('as "historic."')."""
    r = tok.right_edge
    b = min(r.idx + len(r.text), s_hi)
    text = tok.doc.text
    a = tok.left_edge.idx
    if text.count("“", a, b) > text.count("”", a, b) or text.count('"', a, b) % 2:
        m = _CLOSE.match(text, b, s_hi)
        if m is not None:
            b = m.end()
    return b


_CLOSE = re.compile(r"[^“”\"\n]{0,3}[”\"]")  # matched at the phrase's end (``match``: "^" ignores ``pos``)


@lru_cache(maxsize=1)
def _judgement_verbs() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in rules.table("en", "judgement_verbs"):
        out.setdefault(row[0].lower(), set()).add(row[1] if len(row) > 1 else "oprd")
    return out


def gerund_sayer(ctx, v):
    """The one who says, for a speech verb's gerund after a preposition ("The senator stood out by saying he would
    …", "The doctor was fined for saying that …", "refused to comment, aside from saying …"): the subject of the verb
    the preposition hangs on (its passive subject), or for "for" its object when it names the one blamed or praised
    ("Critics attacked him for saying …"). None for the prepositions that deny or avoid the saying (data:
    ``lang/en/gerund_cue_preps.txt``)."""
    prep = v.head
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    name = prep.lower_
    if prep.i > 0 and ctx.doc[prep.i - 1].lower_ in ("aside", "apart"):
        name = ctx.doc[prep.i - 1].lower_ + " " + name
    if name not in rules.words("en", "gerund_cue_preps"):
        return None
    head = prep.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("advmod", "prep", "conj") and head.head.i != head.i:
        head = head.head  # "aside from": the adverb's verb
    if head.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(head.children)
    if prep.lower_ == "for":
        obj = next((c for c in kids if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.tag_ == "PRP")), None)
        if obj is not None and obj.lower_ not in ("it", "this", "that"):
            return obj
    return next((c for c in kids if c.dep_ == "nsubj"), None) or \
        next((c for c in kids if c.dep_ == "nsubjpass"), None)


# a dateline before the lead: "(CNN)", "Washington (CNN)", "LONDON (Reuters) -", "KYIV, May 3 (AP) —", "WASHINGTON —"
DATELINE = re.compile(r"(?:[A-Z][\w’'.-]*(?:[ ,]+[A-Z0-9][\w’'.-]*){0,4}\s*)?\([A-Z][\w&.’' -]{1,30}\)"
                      r"(?:(?=[A-Z])|\s*[-—–]+\s+)"
                      r"|" + DATELINE_CAPS)


def strip_dateline(text: str, a: int, b: int) -> int:
    """The start of a content span past the dateline that opens a news lead ("(CNN)President Trump made …" is the
    writer's report of the news, and its dateline is no part of anyone's words)."""
    m = DATELINE.match(text, a, b)
    if m is None or m.end() >= b:
        return a
    return m.end()


def lead_dateline(text: str, a: int, b: int) -> int:
    """``strip_dateline`` for a content that opens its paragraph, or opens inside the dateline that opens it (a reader
    cut at the dateline's comma: "NEW YORK, Aug 14 (Reuters) - Harbor will buy …, the companies said", r24)."""
    line = text.rfind("\n", 0, a) + 1
    if not text[line:a].strip():
        return strip_dateline(text, a, b)
    m = DATELINE.match(text, line, b)
    return m.end() if m is not None and a < m.end() < b else a


@lru_cache(maxsize=None)
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """The rows ``KIND<TAB>WORD`` of ``lang/en/<name>.tsv`` as one set of (lower-case) words per kind."""
    sets: dict[str, set[str]] = {}
    for row in rules.table("en", name):
        if len(row) > 1:
            sets.setdefault(row[0], set()).add(row[1].lower())
    return {k: frozenset(v) for k, v in sets.items()}


def _voiced() -> dict[str, frozenset[str]]:
    return word_sets("voiced_nouns")


def participial_adjunct(ctx, a: int, b: int, verb) -> bool:
    """The span before "…, X said" is a past participle clause hung on the speech verb ("Asked whether she would run
    again, Walsh replied …", "Pressed on the budget, …"): the occasion of the saying, not its content. (A gerund
    may be the content's own subject: "Riding alone can be hazardous, she said".)"""
    first = next((t for t in ctx.tokens(a, b) if not (t.is_punct or t.is_space)), None)
    return first is not None and first.tag_ == "VBN" and first.head.i == verb.i and first.dep_ == "advcl"



def made_clear(ctx, v):
    """(start, end, "made-clear") of the clause of "made (it) clear / plain (that) …" ("Hagan made clear he would veto
    the bill"): a statement by its effect, the subject's words reported, when the subject is a name, an actor or a
    person; None otherwise."""
    if v.lemma_.lower() != "make" or v.pos_ != "VERB":
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "we", "i") or
                            ctx.entity_at(subj.idx, subj.idx + len(subj.text)) is not None):
        return None  # "The rain made it clear that the roof leaked": no one states it
    adj = next((c for c in v.children if c.lower_ in ("clear", "plain") and c.i > v.i), None)
    if adj is None:
        return None
    clause = next((c for c in adj.children if c.dep_ in ("advcl", "ccomp") and c.i > adj.i and any(
        s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)), None)
    if clause is None:
        return None
    first = clause.left_edge
    if first.lower_ == "that" and first.dep_ == "mark":
        first = ctx.doc[first.i + 1]
    s_hi = ctx.sent(v.idx)[1]
    return first.idx, _end(clause, s_hi), "made-clear"


def quotation_bounds(ctx, a: int, b: int, fragments=None) -> tuple[int, int, bool]:
    """The content span [a, b) grown to the quotations it opens inside of or cuts ('adding that “wages are rising.
    Prices are not.”': the content taken from after the mark, or up to the first sentence end, while the speaker's
    words run on to the closing mark), and whether it holds a quotation of someone's words (``fragments``: the
    quotations no direct quote took; all when None). A quotation across a paragraph break is left alone."""
    quoted = ctx.view.quoted if fragments is None else fragments
    mixed = False
    for f in quoted:
        if f.inner_start >= b:
            break
        if not (a <= f.inner_start < b) or "\n" in ctx.text[f.start:f.end]:
            continue
        mixed = True
        a, b = min(a, f.start), max(b, f.end)
    return a, b, mixed


def as_report(ctx, v, s_hi: int):
    """(start, end) of the clause that an "as"-clause of speech verb ``v`` opening the sentence introduces: "As another
    study noted, the average age was 19", "As Smith told reporters, the plant will close" (the report's words
    paraphrased: the main clause after the comma). None when the "as"-clause has content of its own ("As he said he
    would, …") or an object, as a clause of time has ("As Smith said goodbye, the crowd …", "As the mayor announced the
    winners, …": the report's words stand in for the object the verb leaves out); only the listener of "tell" may
    stand there. After its main clause, see _as_report_after."""
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < v.i for c in v.children):
        return None
    # (an interjection is the words said: "As Ann Fox said farewell to her staff, …" is a time)
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "intj") or (c.dep_ in ("dobj", "dative") and
                                                                   v.lemma_.lower() != "tell") for c in v.children):
        return None
    doc = ctx.doc
    if v.head.i < v.i and not _inside_subject(v):
        return _as_report_after(ctx, v, s_hi)
    k = v.right_edge.i if doc[v.right_edge.i].text == "," else v.right_edge.i + 1
    if k >= len(doc) or doc[k].text != "," or doc[k].idx >= s_hi:
        return None
    return doc[k].idx + 1, s_hi


def _inside_subject(v) -> bool:
    """The "as"-clause stands between commas right after the main clause's subject, where the parser hung it on that
    noun ("HP, as Gizmodo explained, is a rare condition"): it reports the main clause as one before it does."""
    doc, head = v.doc, v.head
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    return (head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") and head.head.i > v.i and
            mark is not None and mark.i > 0 and doc[mark.i - 1].text == ",")


def _as_report_after(ctx, v, s_hi: int):
    """(start, end) of the main clause an "as"-clause closing the sentence reports: "Prices will keep falling, as the
    central bank noted on Tuesday" (the "as"-clause stands for the main clause, the verb's missing object). Only verbs
    that need a content (lang/en/words.tsv as_report_after: note, explain, point out …): "…, as he spoke / testified"
    is a time; not a progressive ("as she was explaining": a time either); the "as"-clause ends the sentence after a
    comma."""
    doc = ctx.doc
    if v.lemma_.lower() not in rules.wordset("en", "as_report_after") or v.tag_ == "VBG":
        return None
    mark = next(c for c in v.children if c.dep_ == "mark" and c.lower_ == "as")
    if mark.i < 1 or doc[mark.i - 1].text != "," or mark.left_edge.i != v.left_edge.i:
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[v.right_edge.i + 1:] if t.idx < s_hi):
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in rules.wordset("en", "first_person"):
        return None  # "…, as we reported in May": the writer's own voice
    return ctx.sent(v.idx)[0], doc[mark.i - 1].idx


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def advcl_content(ctx, verb, s_hi: int):
    """(start, end) of a reported clause the parser hung on speech verb ``verb`` as an adverbial clause: "Trump said
    after the convention he would not accept …" (the prepositional phrase taken into the clause), "tweeted in the
    early hours that Machado was …" ("that" taken for an adverb). The clause has its own subject and a finite verb
    and no subordinator but "that" ("said when he arrived …", "said as he left" are the occasion); the content runs
    from its subject. None otherwise."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.pos_ not in ("VERB", "AUX") or c.idx >= s_hi:
            continue
        if any(m.dep_ == "mark" and m.lower_ != "that" for m in c.children):
            continue
        subj = next((m for m in c.children if m.dep_ in ("nsubj", "nsubjpass", "expl") and m.i < c.i), None)
        if subj is None or subj.lower_ in ("who", "which", "what"):
            continue
        lead = ctx.doc[verb.i + 1:subj.left_edge.i]
        if any((t.pos_ == "SCONJ" or t.tag_ == "WRB") and t.lower_ != "that" for t in lead) or (
                len(lead) and lead[-1].pos_ == "ADP"):
            continue  # "told them when someone dies …", "conceded shortly after polls closed": the occasion
        if c.tag_ not in _FINITE_TAGS and not any(m.dep_ in ("aux", "auxpass") and m.tag_ in _FINITE_TAGS
                                                  for m in c.children):
            continue
        r = c.right_edge
        return subj.left_edge.idx, min(r.idx + len(r.text), s_hi)
    return None
