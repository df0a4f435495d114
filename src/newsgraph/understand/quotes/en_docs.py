"""A document named again ("The report says …", "the study found …") speaks for the one who made it, named where the
document was first mentioned: "The Government Accountability Office released a report on Tuesday. The report
concluded that …" -> the GAO; "According to a report in the Argus Leader, … The report says …" -> the Argus Leader.
A definite description repeats a referent the text introduced before (the given/new contract of definite noun
phrases); its author is read off that introduction by syntax: the subject of a verb of making public whose object
it is (``document_verbs``), a possessor ("the GAO's report"), a noun before it ("a Pentagon report"), or the object
of "by"/"from"/"of" after it (of "in"/"on": an outlet only, "a report in the Argus Leader"). The nouns and verbs are
data: ``document_nouns`` and ``document_verbs`` of lang/en/words.tsv. No introduction, or no author in it: the
description stays as written."""
from __future__ import annotations

import re

from .. import rules
from ..entities.en_lexicon import lexicon
from .en_published import untagged_publication
from .en_relations import owner_anaphor

_DEF = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?([a-z]+)$")
_BACK = 1500  # characters before the description in which its introduction may stand (a few paragraphs)
_AUTHORS = ("PERSON", "ORG", "GROUP", "MEDIA", "GPE")


def _nouns() -> frozenset[str]:
    return rules.wordset("en", "document_nouns")


def _verbs() -> frozenset[str]:
    return rules.wordset("en", "document_verbs")


def document_speaker(ctx, q, found) -> None:
    """A speaker described as a document named again ("The report says") becomes the one who made it (the span
    stays), or, when no actor is named as its maker, the speaker of the quote its introduction spoke ("According to a
    report in the Argus Leader of Sioux Falls, …" … "The report says …": the same report, the same name)."""
    lo, hi = q.speaker_span
    head = _head_document(ctx, lo, hi)
    if head is not None:  # "A study released Monday by the Brookfield Institute found": its maker, named in it
        hit = _author(ctx, head) or _untagged_maker(ctx, head) or untagged_publication(ctx, head)
        if hit is not None and ctx.actors.entities[hit[2]].type != "GPE":  # ("a USA TODAY analysis": no country's)
            q.speaker, q.speaker_name = hit[2], None
            return
        if (maker := _maker_as_written(ctx, head)) is not None:  # "a report by the Dutch central bank": the maker's
            q.speaker_name = ctx.text[maker[0]:maker[1]]  # words, the mention the document as written ("Data from …")
            return
    _made_by_cue(ctx, q, lo, hi, found)
    intro = _introduction(ctx, lo, hi) if q.speaker is None else None
    if intro is None:
        if q.speaker is None and _DEF.fullmatch(ctx.text[lo:hi].strip()) is not None:
            _named_again(ctx, q, lo, hi, found)
        return
    hit = _author(ctx, intro) or _untagged_maker(ctx, intro) or untagged_publication(ctx, intro)
    if hit is None and _SAME.search(ctx.text, max(0, intro.idx - 12), intro.idx):
        # "… said in a press release issued by the university. … in the same release": the nearest noun names the
        # document again; its maker is read where it was introduced, one noun further back
        earlier = _introduction(ctx, lo, hi, before=intro.idx)
        hit = _author(ctx, earlier) if earlier is not None else None
    if hit is not None:
        q.speaker, q.speaker_name = hit[2], None
        return
    # the introduction stood in an earlier attribution: its source is the maker ("Mayor Ann Cole wrote in a letter
    # to residents that … . The letter said …" -> Ann Cole; "According to a report in the Argus Leader …")
    prev = _introduced_in(q, found, lo, intro)
    for _ in range(2):  # (r26: a mention in between that names no maker, "within the poll's margin of error", is the
        if prev is not None:  # same document named again; the introduction is further back: "according to a Marist
            break  # poll … . The same survey")
        earlier = _introduction(ctx, lo, hi, before=intro.idx)
        if earlier is None:
            break
        hit = _author(ctx, earlier) or _untagged_maker(ctx, earlier) or untagged_publication(ctx, earlier)
        if hit is not None:
            q.speaker, q.speaker_name = hit[2], None
            return
        intro, prev = earlier, _introduced_in(q, found, lo, earlier)
    if prev is not None:
        q.speaker, q.speaker_name = prev.speaker, prev.speaker_name
    else:
        _named_again(ctx, q, lo, hi, found)


def _introduced_in(q, found, lo: int, intro):
    """The earlier attribution whose source (or the words between it and its content) holds ``intro``, else None."""
    return next((p for p in found if p is not q and p.speaker_span and (p.speaker_name or p.speaker is not None)
                 and p.speaker_span[1] <= lo and _in_attribution(p, intro.idx)), None)


def _named_again(ctx, q, lo: int, hi: int, found) -> None:
    """The same description of a document as an earlier attribution's ("The release said …" … "The release said
    …", paragraphs apart): the same document, the maker that one was given."""
    phrase = ctx.text[lo:hi].strip().lower()
    prev = [p for p in found if p is not q and p.speaker is not None and p.speaker_span and p.speaker_span[1] <= lo
            and ctx.text[p.speaker_span[0]:p.speaker_span[1]].strip().lower() == phrase]
    if prev:
        q.speaker, q.speaker_name = prev[-1].speaker, None


def _in_attribution(p, pos: int) -> bool:
    """``pos`` is in the source of ``p`` or between its source and its content ("wrote in a letter to … that")."""
    a, b = p.speaker_span
    return a <= pos < b or b <= pos < p.start


def _head_document(ctx, lo: int, hi: int):
    """The document noun heading a source span that is not a definite description ("A study released … by …"),
    else None."""
    definite = _DEF.fullmatch(ctx.text[lo:hi].strip()) is not None
    toks = list(ctx.tokens(lo, hi))
    root = next((t for t in toks if not (lo <= t.head.idx < hi) or t.head.i == t.i), None)
    if root is None or root.pos_ != "NOUN" or not {root.lemma_.lower(), root.lower_} & _nouns():  # ("data": datum)
        return None
    if definite and not any(c.dep_ == "acl" and c.i == root.i + 2 and ctx.doc[root.i + 1].text == ","
                            for c in root.children):
        return None  # (a definite description names its maker where it was introduced; r24: or in a clause set
        # off right after it, "The poll, conducted by the Marist Institute for …, found")
    return root


_SAME = re.compile(r"\b(?:the|this|that)\s+same\s+$", re.I)


def _introduction(ctx, lo: int, hi: int, before: int | None = None):
    """The token that introduced the document the description ``text[lo:hi]`` names again: the nearest earlier
    noun of its head word (a few paragraphs back at most; before ``before`` when given), else None."""
    m = _DEF.fullmatch(ctx.text[lo:hi].strip())
    if m is None or m.group(1) not in _nouns():
        return None
    noun = m.group(1)
    toks = list(reversed(list(ctx.tokens(max(0, lo - _BACK), lo if before is None else before))))
    for tok in toks:
        if (tok.lemma_.lower() == noun or tok.lower_ == noun) and tok.pos_ == "NOUN":
            return tok
    # a finding named again by another of its kind's nouns ("A study released by … found … . The report warned"):
    # news varies the word; the nearest finding document before it (``finding_documents``)
    kinds = rules.wordset("en", "finding_documents")
    if noun in kinds:
        for tok in toks:
            if tok.lemma_.lower() in kinds and tok.pos_ == "NOUN":
                return tok
    return None


def _untagged_maker(ctx, tok):
    """"according to a Pew Research Center survey": the proper nouns the document noun is compounded with name its
    maker even when the tagger left them no entity (inside a noun phrase it often does); the name becomes an
    organisation of the record, so that "the survey found" after it finds its maker too. Not a date ("a Monday
    report"), nor words an actor already covers."""
    from ..actors import WEntity
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not names:
        return None
    first = min(t.left_edge.i for t in names)
    span = ctx.doc[first:tok.i]
    if len(span) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("DATE", "TIME")
                                for t in span):
        return None
    lo, hi = span[0].idx, span[-1].idx + len(span[-1].text)
    if ctx.actors.inside(lo, hi) or ctx.actors.covering(lo, hi):
        return None
    name = ctx.text[lo:hi]
    # the short form the tagger did see ("Pew said" … "a Pew Research Center survey"): the same organisation, named
    # in full here
    short = [k for k, e in enumerate(ctx.actors.entities) if e.type == "ORG" and e.mentions
             and 0 < len(e.name.split()) < len(name.split()) and name.split()[:len(e.name.split())] == e.name.split()]
    if len(short) == 1:
        i = short[0]
        ctx.actors.entities[i].name = name
    else:
        i = ctx.actors.add_entity(WEntity("ORG", name))
    ctx.actors.add_mention(i, lo, hi, "name")
    return lo, hi, i


def _actor(ctx, tok, types=_AUTHORS):
    """The actor a token names (it or a noun before it: "the Argus Leader"), else None: not its owner ("the State
    Department's inspector general" is no name of the State Department)."""
    for t in (tok, *[c for c in tok.children if c.dep_ in ("compound", "appos")]):  # ("the tracker SeatLens")
        hit = ctx.entity_at(t.idx, t.idx + len(t.text), types)
        if hit is not None and ctx.token_at(hit[0]).pos_ != "PRON":
            return hit
    if tok.tag_ == "NNS":  # "a study by economists at Lakeshore University": the people's institution made it
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "from"):
                for g in c.children:
                    if g.dep_ == "pobj" and (hit := _actor(ctx, g, types)) is not None:
                        return hit
    return None


def _author(ctx, tok):
    for c in tok.children:  # "the GAO's report", "a Pentagon report"
        if c.dep_ in ("poss", "compound") and c.i < tok.i:
            hit = _actor(ctx, c)  # (the owner of a document is its author)
            if hit is None and c.dep_ == "poss" and c.pos_ == "PRON":
                # "his ads describe her as …": the one the possessive pronoun was resolved to
                hit = ctx.entity_at(c.idx, c.idx + len(c.text), _AUTHORS)
            if hit is None and c.dep_ == "poss":  # "the company's notice": the company the text named
                hit = owner_anaphor(ctx, c)
            if hit is not None:
                return hit
    for c in tok.children:  # "a report by the GAO", "a report in the Argus Leader"
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        media_only = c.lower_ in ("in", "on")
        if c.lower_ not in ("by", "from", "of", "in", "on"):
            continue
        for g in c.children:
            if g.dep_ == "pobj":
                hit = _actor(ctx, g, ("MEDIA",) if media_only else _AUTHORS)
                if hit is not None:
                    return hit
    # "a study released Monday by the Brookfield Institute": the agent of its making public; also when the parse
    # hung the participle on the study's "of" object ("a study of 800 schools published by …": schools publish none)
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for c in [*tok.children, *(a for g in of for a in g.children)]:
        if c.dep_ == "acl" and c.lemma_.lower() in _verbs():
            for g in (g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                hit = _actor(ctx, g)
                if hit is not None:
                    return hit
    for c in tok.children:  # "a poll The New York Times and Siena College published Saturday" (a relative clause,
        # its pronoun dropped; round 35, enweb35a): the subject of its verb of making public
        if c.dep_ == "relcl" and c.lemma_.lower() in _verbs():
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
            hit = _actor(ctx, subj) if subj is not None else None
            if hit is not None:
                return hit
    v = tok.head  # "The GAO released a report": the subject of a verb of making public
    if tok.dep_ in ("dobj", "nsubjpass") and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _verbs():
        if tok.dep_ == "dobj":
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        else:
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None:
            return _actor(ctx, subj)
    return None


def _made_by_cue(ctx, q, lo: int, hi: int, found) -> None:
    """A document the attribution just before made with a verb of the same word ("The sheriff's office posted on
    Facebook that … . "…," the post said"; "tweeted … . The tweet said"): its maker."""
    m = _DEF.fullmatch(ctx.text[lo:hi].strip())
    if m is None or m.group(1) not in _nouns():
        return
    before = [p for p in found if p is not q and p.cue_i is not None and p.start < lo and p.speaker is not None]
    if not before:
        return
    p = max(before, key=lambda x: x.start)
    if ctx.doc[p.cue_i].lemma_.lower() == m.group(1) and ctx.sent(lo)[0] <= ctx.sent(p.start)[1] + 400:
        q.speaker, q.speaker_name = p.speaker, None


def _known_place(name: str) -> bool:
    """A country, a capital or a U.S. state of the place tables ("Washington", "the United States")."""
    lex = lexicon("en")
    name = name.removeprefix("the ")
    return name in lex.country_of or name in lex.capital or name in lex.state_of


def _maker_as_written(ctx, tok):
    """The maker a document names after "by"/"from" when the tagger gave it no entity ("according to a report by
    the Dutch central bank", "data from the state's Bureau of Investigation"): the noun phrase as written, when it
    holds a capitalised word (a name or a nationality) and is no person's pronoun; else None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("by", "from"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is None or g.pos_ == "PRON" or g.pos_ not in ("NOUN", "PROPN") or g.ent_type_ in ("DATE", "TIME"):
                continue  # (a day or a month is no maker: "a report from Monday", "data from January")
            words = ctx.doc[g.left_edge.i:g.i + 1]
            if _known_place(words.text):
                continue  # (nor a country, a capital or a state: "a report from Washington")
            if any(t.text[:1].isupper() and t.i > g.left_edge.i or t.pos_ == "PROPN" for t in words):
                return words[0].idx, g.idx + len(g.text)
    return None
