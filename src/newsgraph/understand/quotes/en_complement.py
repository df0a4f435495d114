"""Where a reported clause begins and ends when a long sentence misleads the parser (round 34, issue 16: the stress
batch e247-e269, long real-news forms of sentences read right when short). Each reading rests on the clause's
structure, not on one arc:

- the complementiser opens its clause: "said on Thursday, in a filing released before the market opened, that it
  expected …" — the parser hangs the adjunct between the cue and "that" on the content's verb, but nothing of a
  that-clause stands before its "that", so the content begins after it (:func:`after_complementiser`);
- a list of predicates shares the content's subject: "told the judge that her client had surrendered his passport,
  had not left the state and would accept monitoring" — the parser makes each subjectless finite predicate after a
  comma a second complement of the cue, but a speech verb takes one clause, and a list closed by "and"/"or" goes on
  with the first (:func:`predicate_list_end`).
"""
from __future__ import annotations

from .en_ctx import finite as _finite

_ADJUNCT_DEPS = ("prep", "advmod", "npadvmod", "punct", "advcl")


def after_complementiser(comp):
    """The complementiser "that" of the clause headed by ``comp`` when the parser hung words before it on the clause
    (an adjunct of the reporting verb: "said on Thursday, in a filing …, that …"), else None. Only adjuncts may stand
    before it (a preposition's phrase, an adverb, a comma): a subject before "that" is another construction."""
    mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < comp.i), None)
    if mark is None or comp.left_edge.i >= mark.i:
        return None
    before = [c for c in comp.children if c.i < mark.i]
    if not before or any(c.dep_ not in _ADJUNCT_DEPS for c in before):
        return None
    return mark


def _closed_list(v) -> bool:
    """``v`` or a predicate conjoined to it by "and"/"or" closes the list."""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in v.children) or any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(k.dep_ == "cc" and k.lower_ in ("and", "or")
                                                              for k in c.children) for c in v.children)


def predicate_list_end(ctx, verb, comp, s_hi: int):
    """The end of a list of predicates sharing the subject of ``comp`` (the content of ``verb``) that the parser split
    into sibling complements of ``verb``: each a finite verb without a subject after a comma, the last closed by
    "and"/"or" ("had surrendered his passport, had not left the state … and would accept …"). None when no such
    list follows. Not a sibling with its own subject ("…, prosecutors said"), nor a participle ("…, adding that")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return None
    doc = ctx.doc
    items = []
    for c in verb.children:
        if c.i <= comp.right_edge.i or c.idx >= s_hi or c.dep_ == "punct" and c.text == ",":
            continue
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or not _finite(c) or \
                any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in c.children):
            break
        prev = doc[c.left_edge.i - 1]
        if prev.text != "," or any(t.text in "“”\"" for t in doc[comp.i:c.right_edge.i + 1]):
            break
        items.append(c)
    closing = next((c for c in reversed(items) if _closed_list(c)), None)
    if closing is None:
        return None
    right = closing.right_edge
    return min(right.idx + len(right.text), s_hi)


def adjunct_clause(v):
    """The that-clause of speech verb ``v`` that the parser hung on the noun of the verb's own adjunct ("conceded in
    a separate interview that the savings had been hard to see"): "that" read as a complementiser (not a relative
    pronoun, which would be the clause's subject or object), with a subject of its own, under a noun that is the
    object of a preposition on ``v``. None when ``v`` has no such clause."""
    for prep in v.children:
        if prep.dep_ != "prep" or prep.i < v.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for cl in noun.children:
                if cl.dep_ in ("acl", "relcl") and cl.i > noun.i and _finite(cl) and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children) and \
                        any(s.dep_ in ("nsubj", "nsubjpass") for s in cl.children):
                    return cl
    return None


def closing_concession(v, opener, q_end: int) -> bool:
    """Whether the concessive clause of ``v`` opened by ``opener`` (after a comma) closes the content ending at
    ``q_end`` while the parser hung it on a relative clause inside it ("… in the rural counties she lost badly in
    2022, though Sen. Whitby conceded that …"): a clause that ends the sentence and brings a sayer of its own qualifies
    the main clause, not the noun the relative clause describes."""
    if v.head.dep_ not in ("relcl", "acl"):
        return False
    last = v.right_edge
    return last.idx + len(last.text) >= q_end - 1 and opener.i < v.i


def phrase_end(ctx, end: int) -> int:
    """The end of the noun phrase whose head word ends at ``end``, carried over the prepositional phrases that follow
    it ("Democrats in the state legislature, many of whom …"): a sentence's opening actor keeps its own modifiers."""
    head = ctx.token_at(end - 1)
    if head is None:
        return end
    for c in head.children:
        if c.dep_ == "prep" and c.i > head.i and c.idx <= end + 1 and c.lower_ in ("in", "of", "at", "from", "on"):
            last = c.right_edge
            end = max(end, last.idx + len(last.text))
    return end


def verb_group_start_i(v) -> int:
    """The index of the first word of the verb group of ``v``: its auxiliaries, negation and adverbs right before it
    ("have argued")."""
    k = v.i
    while k > 0 and v.doc[k - 1].head.i == v.i and v.doc[k - 1].dep_ in ("aux", "neg", "advmod"):
        k -= 1
    return k


def verb_group_start(v) -> int:
    """Where the verb group of ``v`` begins (its character offset)."""
    return v.doc[verb_group_start_i(v)].idx


_RELATIVES = ("who", "whom", "whose", "which")


def relative_split_subject(v):
    """The subject of speech verb ``v`` when the parser, misled by a relative clause set off by commas between them,
    made the subject that clause's own ("Democrats in the state legislature, many of whom face difficult races this
    fall, have argued that …": "Democrats" parsed as the subject of "face", "face" as a complement before "argued").
    A complement clause of a speech verb does not stand before it opening with a noun, a comma and a relative
    pronoun: that is the subject and its relative clause. None when ``v`` has a subject or no such clause."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    doc = v.doc
    for c in v.children:
        if c.i >= v.i or c.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i and s.pos_ in ("NOUN", "PROPN")), None)
        if subj is None or subj.left_edge.i != c.left_edge.i:
            continue
        comma = subj.right_edge.i + 1
        rel = next((t for t in doc[comma:c.i] if t.lower_ in _RELATIVES), None)
        if comma < c.i and doc[comma].text == "," and rel is not None and rel.i <= comma + 3 and \
                c.right_edge.i + 1 < v.i and doc[c.right_edge.i + 1].text == ",":
            return subj
    return None


_OBJECT_PREPS = ("with", "from", "in", "of", "near", "on", "at", "across", "along", "around")


def stranded_infinitive(v, obj):
    """The to-infinitive of directive verb ``v`` ("asked anyone with doorbell or dashboard video from the area to
    call the tip line") that the parser hung on a noun inside the description of its object ``obj`` ("video …
    to call") instead of on the verb: a to-infinitive right after the object's own prepositional phrases completes the
    order. Not one hung on a noun that takes an infinitive of its own (lang/en/words.tsv infinitive_nouns: "asked
    the board for a plan to cut costs", "urged voters in the district with the right to vote") nor under "for" (a
    thing asked for). None when there is no such infinitive."""
    from .. import rules

    nouns = rules.wordset("en", "infinitive_nouns")
    for t in v.doc[obj.i + 1:v.right_edge.i + 1]:
        if t.dep_ != "acl" or t.tag_ != "VB" or not any(a.dep_ == "aux" and a.lower_ == "to" and a.i == t.i - 1
                                                           for a in t.children):
            continue
        noun = t.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in _OBJECT_PREPS or noun.lemma_.lower() in nouns:
            return None
        top = noun.head  # the preposition: on the object or on the verb, right after the object's words
        while top.head.i not in (v.i, obj.i) and top.head.dep_ in ("pobj", "prep", "conj", "nmod"):
            top = top.head
        if top.head.i in (v.i, obj.i) and top.i > obj.i and not any(x.text in ",;:" for x in v.doc[obj.i:t.i]):
            return t
        return None
    return None


_PARTITIVES = ("many", "most", "some", "all", "none", "both", "each", "several", "one", "two")


def _sets_off(first, doc) -> bool:
    """Whether a phrase opening with ``first`` after a comma describes the noun before it: a participle ("led by",
    "including", "speaking on condition of anonymity") or a relative clause ("who", "many of whom")."""
    if first.tag_ in ("VBN", "VBG") or first.lower_ in _RELATIVES:
        return True
    return first.lower_ in _PARTITIVES and first.i + 2 < len(doc) and doc[first.i + 1].lower_ == "of" and \
        doc[first.i + 2].lower_ in _RELATIVES


def set_off_opening(ctx, v, lo: int):
    """The head of the noun phrase that opens the sentence when a phrase set off by commas stands between it and
    speech verb ``v`` and the parser, misled by it, left ``v`` without a subject ("Researchers, led by Ana Ruiz of
    Stanford University and including scientists from four countries, reported …": "reported" hung on "Ruiz"). The
    verb's subject is the opening noun phrase, not the last noun of the description ("four countries"). None when
    the sentence does not open that way."""
    doc = v.doc
    toks = list(ctx.tokens(lo, v.idx))
    c1 = next((k for k, t in enumerate(toks) if t.text == ","), None)
    g = doc[verb_group_start_i(v)]
    if c1 is None or c1 == 0 or g.i < 2 or doc[g.i - 1].text != "," or toks[c1].i >= g.i - 2:
        return None
    np = toks[:c1]
    if any(t.pos_ in ("VERB", "AUX") for t in np) or np[-1].pos_ not in ("NOUN", "PROPN") or \
            not _sets_off(doc[toks[c1].i + 1], doc):
        return None
    hit = max(((a, b) for a, b, _ in ctx.actors.covering(np[0].idx, np[0].idx + 1) if a == np[0].idx and
               b <= np[-1].idx + len(np[-1].text)), key=lambda h: h[1], default=None)
    if hit is not None:
        return ctx.token_at(hit[1] - 1)  # the actor that opens it ("Local 1422 of the … union")
    ids = {t.i for t in np}
    head = np[-1]  # the phrase's head, not its last noun ("Local 1422 of the municipal employees' union, which …")
    while head.head.i in ids and head.head.i != head.i:
        head = head.head
    return head


def gapless_relative(verb, tok) -> bool:
    """``tok`` is a "that" the parser made a relative pronoun of a noun in the adjunct of speech verb ``verb`` ("told
    reporters at a news conference on the steps of the building that she had asked the FBI to review …": "that" the
    object of "asked", under "building") though the clause it opens has a word of its own in the role given to it
    (its own subject and its own object: no gap for a relative pronoun to fill): a complementiser, the content's."""
    rel = tok.head
    if tok.lower_ != "that" or rel.dep_ not in ("relcl", "acl") or tok.dep_ not in ("dobj", "nsubj"):
        return False
    if not any(c.dep_ == tok.dep_ and c.i > tok.i for c in rel.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in rel.children):
        return False
    node = rel.head  # the noun: inside prepositional phrases on the verb ("at a conference on the steps of …")
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        if node.head.head.i == verb.i:
            return True
        node = node.head.head
    return False


def long_attribution(ctx, a: int, b: int) -> bool:
    """Whether the text between two quotations (``a``..``b``) is one long attribution ("…,” said Ruth Alvarez, 54, a
    nurse who has worked at the hospital for 22 years and who was among the first to sign the union card, “and …”):
    one speech verb, the cue, however long the speaker's description (a person's age, job and history in relative
    clauses), and no quotation mark. Two speech verbs are two attributions. The length of the gap alone says nothing:
    real-news descriptions run to 150-250 characters."""
    inner = ctx.text[a:b].strip(" ,”“\"’‘'«»")
    if b - a > 320 or any(c in inner for c in "“”\"«»"):
        return False
    cues = [t for t in ctx.tokens(a, b) if (t.lower_ in ctx.verbs or t.lemma_.lower() in ctx.verbs) and
            t.pos_ == "VERB"]
    return len(cues) == 1


def set_off_end(ctx, v, a: int, b: int) -> int:
    """The end of the content of a cue set off by commas right after its subject ("Investors, warned that higher rates
    would slow the economy, sold shares on Tuesday"): the parser reads the cue as the sentence's verb and the real
    one ("sold") as a conjunct inside the content, but a verb is not parted from its subject by one comma; the cue
    is a participle describing the subject, and its content ends at the comma before the finite verb that has no
    subject of its own (the main clause's). ``b`` when the cue is not so set off or no such verb follows."""
    doc = v.doc
    if v.i < 2 or doc[v.i - 1].text != "," or doc[v.i - 2].pos_ not in ("NOUN", "PROPN") or \
            doc[v.i - 2].head.i != v.i and doc[v.i - 2].dep_ != "nsubj" or v.tag_ not in ("VBN", "VBD", "VBG"):
        return b
    if any(t.text == "," for t in doc[doc[v.i - 2].left_edge.i:v.i - 1]):
        return b  # ("Smith, the mayor, said …": an apposition between, not this)
    for t in ctx.tokens(a, b):
        if t.text != "," or t.i + 1 >= len(doc):
            continue
        nxt = doc[t.i + 1]
        if nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children):
            return t.idx
    return b
