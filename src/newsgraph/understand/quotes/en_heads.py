"""The head of an English speaker phrase: who a phrase that names several actors credits.

A speaker phrase often names an organisation, a place or another person as a modifier of the one who speaks: "Monmouth
University political scientist Patrick Murray", "Post White House bureau chief Juliet Eilperin", "Rubio spokesman Alex
Conant", "Anthony Anton, president and CEO of Washington Restaurant Association", "Col. Steven Warren, a military
spokesman in Baghdad". The speaker is the head of the phrase (the person the others qualify), never the modifier
nearest the verb. A written thing issued by someone ("X issued a statement saying", "X released an ad that urges")
speaks for whoever issued it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_ctx import Context

# the dependency links by which a modifier hangs inside a noun phrase (up to its head)
_NP_LINKS = frozenset({"compound", "nmod", "amod", "pobj", "prep", "appos", "poss", "case", "punct", "npadvmod"})
# a person qualifying another person's role: "Rubio spokesman Alex Conant", "Clinton's campaign manager Robby Mook"
_PERSON_LINKS = frozenset({"compound", "nmod", "poss", "case"})
# written or broadcast things that speak for whoever issued them (the head noun of "a statement saying …")
ARTIFACTS = frozenset("""statement statements letter letters message messages ad ads advertisement advertisements
release memo memos email emails e-mail tweet tweets post posts video videos note op-ed editorial petition
announcement communique response reply rebuttal retort comment comments remark remarks""".split())
# verbs by which someone issues one of those things
ISSUE_VERBS = frozenset("""issue release put send post publish write pen run air sign distribute circulate launch
unveil fire give offer make deliver provide""".split())


def np_person(ctx: Context, hit, lo: int, hi: int):
    """The person heading the phrase that ``hit`` (start, end, entity) is a modifier in, within [lo, hi), else
    ``hit``: up the parse from the mention's last token through noun-phrase links (not through a verb), the first
    token of another PERSON actor."""
    s, e, i = hit
    typ = ctx.actors.entities[i].type
    if typ == "MEDIA":
        return hit
    links = _PERSON_LINKS if typ == "PERSON" else _NP_LINKS
    node = ctx.token_at(e - 1)
    for _ in range(8):
        if node.dep_ not in links:
            break
        head = node.head
        if head.i == node.i or not (lo <= head.idx < hi) or head.pos_ in ("VERB", "AUX") and head.dep_ != "amod":
            break  # (an adjectival participle is part of the phrase: "Los Angeles-based attorney Edgar Ames")
        other = ctx.entity_at(head.idx, head.idx + len(head.text), ("PERSON",))
        if other is not None and other[2] != i:
            return other
        node = head
    return hit


def appos_person(ctx: Context, comma_i: int, lo: int):
    """The person named before a comma-bounded description that ends at token ``comma_i`` (the comma before the
    cue): "Col. Steven Warren, a military spokesman in Baghdad, said", "Suu Kyi, 70, added". The description has no
    verb and opens with a determiner, a possessive, a number or a lower-case word; None when there is none."""
    doc = ctx.doc
    k = comma_i - 1
    while k >= 0 and doc[k].idx >= lo and doc[k].text != "," and comma_i - k <= 16:
        if doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ != "VBG" or doc[k].text in ";:()\"“”":
            return None
        k -= 1
    if k < 1 or doc[k].text != "," or doc[k].idx < lo or k + 1 >= comma_i:
        return None
    first = doc[k + 1]
    if not (first.lower_ in ("a", "an", "the", "its", "his", "her", "their") or first.like_num or
            first.text[:1].islower()):
        return None
    if k >= 3 and doc[k - 1].like_num and doc[k - 2].text == ",":
        k -= 2  # an age between the name and its description: "Teodor Banic, 72, a retired engineer, said"
    before = doc[k - 1]
    hit = ctx.entity_at(before.idx, before.idx + len(before.text), ("PERSON",))
    if hit is None or hit[1] > doc[k].idx or hit[0] < lo:
        return None
    return hit


def issuer(subj):
    """The subject of the verb that issued the written thing ``subj`` heads ("Black Lives Matter issued a statement
    saying", "Sanders is releasing a new ad that urges"), else None; the author a preposition names comes first
    ("The agency released a memo from the mayor saying": the mayor)."""
    if subj.lower_ not in ARTIFACTS or subj.dep_ not in ("dobj", "nsubjpass"):
        return None
    for prep in subj.children:  # "The agency provided a letter from Mayor Ann Hall saying": its author first
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            author = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if author is not None and author.ent_type_ not in ("LOC", "FAC", "DATE", "TIME"):
                return author
    verb = subj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUE_VERBS:
        return None
    if subj.dep_ == "nsubjpass":  # "a statement released by the campaign"
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.i > 0:  # a name the parse did not take for the subject ("Black Lives Matter issued")
        prev = verb.doc[verb.i - 1]
        if prev.pos_ == "PROPN" and prev.head.i == verb.i:
            subj = prev
    return subj


def earlier_subject(ctx: Context, cue, lo: int):
    """The subject of the speech verb before ``cue`` in its sentence, when ``cue`` is conjoined without a subject of
    its own ("Suu Kyi said it was too early … but added, “…”": the parse hung "added" on the content's verb); the
    subject of the verb an infinitive cue completes ("O'Malley interjected to say: “…”", "Reed went on to say")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if cue.tag_ == "VB" and (cue.dep_ == "xcomp" or (cue.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cue.children))):  # ("called reporters in to say")
        return _controller(cue.head, lo)
    if cue.dep_ == "parataxis" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
        # "Sen. Durbin, noting the size of the crowd, said, “…”": the parse made the participle the root
        subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.idx >= lo else None
    if cue.dep_ != "conj":
        return None
    for k in range(cue.i - 1, -1, -1):
        tok = ctx.doc[k]
        if tok.idx < lo:
            break
        if tok.lower_ in ctx.verbs and tok.pos_ == "VERB" and tok.dep_ not in ("relcl", "acl"):
            return next((c for c in tok.children if c.dep_ == "nsubj" and c.idx >= lo), None)
        # (a relative clause's verb is no sayer the conjunct goes on from: "He said he agreed with everything she had
        # said but added that …" is his, round 30)
    return None


def in_subject_prep(ctx: Context, cue, tok):
    """The cue's subject when ``tok`` (the word right before the cue) hangs on it through a preposition: "Most
    Republican voters in Alabama, Georgia and Virginia said", "Supporters of Donald Trump say" - the subject speaks,
    not the place or the person named after the preposition; else None."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None:
        return None
    node = tok
    for _ in range(8):
        if node.head.i == node.i or node.head.i == cue.i:
            return None
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i == subj.i:
            return subj
        node = node.head
    return None


def _controller(verb, lo: int):
    """Who does what an infinitive after ``verb`` says: the verb's subject ("Hall went on to say"); a name the parse
    hung the verb on as a modifier ("O'Malley, who …, interjected to say"). None when the verb has an object (the
    object may be the one to speak: "asked Hall to say") or no subject is found after ``lo``."""
    if any(c.dep_ in ("dobj", "iobj") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ == "PROPN" and \
            verb.head.i < verb.i:
        subj = verb.head
    return subj if subj is not None and subj.idx >= lo else None


def coordinated_head(ctx: Context, verb):
    """The verb a conjoined speech verb ``verb`` coordinates with: its head in the parse, or the speech verb whose
    content that head is ("De Blasio said the move was made by Bratton and said, “…”", "Trump tweeted that it was a
    disaster and asked, “…”": the parse hung the second verb on the content's verb; two speech acts of one
    speaker)."""
    head = verb.head
    top = head.head
    if head.dep_ == "ccomp" and top.i < head.i and top.pos_ == "VERB" and _speech(ctx, top) and _speech(ctx, verb):
        return top
    return head


def _speech(ctx: Context, tok) -> bool:
    return tok.lower_ in ctx.verbs or tok.lemma_.lower() in ctx.verbs


def apposed_role_owner(ctx: Context, subj, hit) -> bool:
    """``hit`` (start, end, entity) only qualifies the role set in apposition to a name the tagger missed ("Ana Ruiz,
    a Keane spokeswoman, said", "Ana Ruiz, a spokeswoman for Keane, said": Keane is whose spokeswoman she is; "Tom
    Hale, the mayor's aide, said"): the subject itself is a proper noun, and the mention hangs inside a noun phrase in
    apposition to it. The speaker is the subject, as for a name with a role before it ("Rubio spokesman Alex Conant",
    np_person)."""
    if subj.pos_ != "PROPN":
        return False
    tok = ctx.token_at(hit[1] - 1)
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in _OWNER_LINKS:
            return False
        if tok.head.dep_ == "appos" and tok.head.head.i == subj.i and tok.head.pos_ == "NOUN" and \
                tok.dep_ in ("compound", "poss", "prep"):
            return True
        tok = tok.head
    return False


_OWNER_LINKS = frozenset({"compound", "poss", "case", "pobj", "prep"})


def bracketed_appos(head, tok) -> bool:
    """An apposition in brackets to a name ("Acme Corp. (NYSE: ACM) said", "Home Depot (ticker: HD) reported"): the
    name's ticker or abbreviation, never another speaker."""
    left = tok.left_edge
    return head.pos_ == "PROPN" and left.i > 0 and tok.doc[left.i - 1].text == "("
