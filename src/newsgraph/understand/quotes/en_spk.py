"""English speakers checked against the clause that holds them (who is credited, round 7).

A name inside a clause that modifies a noun phrase describes that phrase; it never speaks for it ("Levine, who has
given money to Marco Rubio, said" credits Levine; "Walsh, speaking at a rally in Ohio, said" credits Walsh). The
readers decide it where they read the speaker (``en_ctx.subject_speaker`` leaves such clauses out of the subject
phrase; the name right before a cue gives way to the noun its clause describes: ``clause_noun``); nothing is undone
afterwards.

``modifier_head``: an organisation, a place or a person that modifies the cue's subject is no speaker: "said United
Steel Workers Secretary-Treasurer Gary Hollis" credits Hollis even when no actor covers his name; "Peru's ambassador
said" credits the ambassador (the phrase as written), not Peru.

``bare_attribution``: a quotation whose closing comma is missing ("“… together” said Nick Merrill, a spokesman.",
"“… on time.” Reyes said.") is still attributed when a short clause of a speaker and a speech verb that takes no
content of its own follows in the same paragraph and ends there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import re

from .en_rec import DATELINE
from .en_spk_numbered import numbered_name
from .en_spk_lists import places_of_group, shared_surname, tail_apposed_name
from .en_spk_scene import _SPEAKING, _SUBJ, coordinated_subject, near_clause_subject, relative_conjunct
from .en_roles import person_words
from .en_ctx import (MODIFIER_CLAUSES, QUOTE_MARKS, ROLE_HEADS, participle_speaker, postnominal, set_off,
                     set_speaker, subject_speaker)

if TYPE_CHECKING:
    from .en_ctx import Context, Found

_CLAUSES = MODIFIER_CLAUSES
def check_speakers(ctx: Context, found: list[Found]) -> None:
    """The speaker checks, in order (each quote once): ``modifier_head``, ``participle_owner``, ``free_participle``,
    ``abbreviated_title``."""
    modifier_head(ctx, found)
    participle_owner(ctx, found)
    free_participle(ctx, found)
    apposed_participle_subject(ctx, found)
    abbreviated_title(ctx, found)
    clause_before_participle(ctx, found)
    near_clause_subject(ctx, found)
    coordinated_subject(ctx, found)
    relative_conjunct(ctx, found)
    past_dateline(ctx, found)
    numbered_name(ctx, found)  # "No. 10 said": not "No" (en_spk_numbered)
    tail_apposed_name(ctx, found)  # (en_spk_lists: which names of a list next to the cue speak)
    places_of_group(ctx, found)
    shared_surname(ctx, found)


def free_participle(ctx: Context, found: list[Found]) -> None:
    """"Trump made an attempt to deflect the criticism, writing on Twitter that …": a participle set off by a comma
    after an object is a free adjunct of the clause, so its speaker is the clause's subject, not the object noun the
    parse hung it on (``participle_speaker`` reads it so)."""
    for q in found:
        if q.cue_i is None:
            continue
        cue = ctx.doc[q.cue_i]
        if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.dep_ not in ("dobj", "pobj") or \
                not set_off(ctx, cue) or any(c.dep_ in _SUBJ for c in cue.children):
            continue
        old = (q.speaker, q.speaker_name, q.speaker_span, q.pronoun)
        q.speaker, q.speaker_name, q.speaker_span, q.pronoun = None, None, None, None
        if not participle_speaker(ctx, cue, q):
            q.speaker, q.speaker_name, q.speaker_span, q.pronoun = old


def apposed_participle_subject(ctx: Context, found: list[Found]) -> None:
    """"Amato questioned a foul called on his center, Jalen Price, with 40 seconds left, saying …": a name set off by
    a comma right after a common noun is that noun's apposition, never the subject of the participle after it (the
    parse's absolute clause); the participle is a free adjunct, so it speaks for the clause's subject."""
    for q in found:
        if q.cue_i is None:
            continue
        cue = ctx.doc[q.cue_i]
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or not set_off(ctx, cue):
            continue
        subj = next((c for c in cue.children if c.dep_ in _SUBJ and c.i < cue.i), None)
        if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i < 2:
            continue
        comma, noun = ctx.doc[subj.left_edge.i - 1], ctx.doc[subj.left_edge.i - 2]
        main = next((c for c in cue.head.children if c.dep_ in _SUBJ and c.i < noun.i), None)
        if comma.text != "," or noun.pos_ != "NOUN" or main is None:
            continue
        hit = ctx.entity_at(main.idx, main.idx + len(main.text), _SPEAKING)
        if hit is not None:
            q.speaker_name, q.pronoun = None, None
            set_speaker(ctx, q, hit)


def clause_before_participle(ctx: Context, found: list[Found]) -> None:
    """"Shares of Corvane fell after the chipmaker forecast weak sales, saying …": a participle set off by a comma
    after an adverbial clause, hung by the parse on the main verb whose subject cannot speak (shares, prices, a
    dateline's place in capitals), speaks for the subject of that nearer clause when an organisation or a person
    covers it: things do not say, the one who forecast does."""
    for q in found:
        if q.cue_i is None:
            continue
        cue = ctx.doc[q.cue_i]
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or not set_off(ctx, cue) or \
                any(c.dep_ in _SUBJ for c in cue.children) or _can_speak(ctx, q):
            continue
        dateline = bool(q.speaker_span) and ctx.text[q.speaker_span[0]:q.speaker_span[1]].isupper()
        main = next((c for c in cue.head.children if c.dep_ in _SUBJ), None)
        if main is None or (main.pos_ != "NOUN" or main.lemma_.lower() in person_words()) and not dateline:
            continue  # "The mayor left after the council voted, saying …": the mayor says it
        clause = next((c for c in cue.head.children if c.dep_ == "advcl" and c.head.i < c.i < cue.i and
                       any(m.dep_ == "mark" for m in c.children)), None)
        subj = next((c for c in clause.children if c.dep_ in _SUBJ), None) if clause is not None else None
        hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text), _SPEAKING) if subj is not None else None
        if hit is not None:
            q.speaker_name, q.pronoun = None, None
            set_speaker(ctx, q, hit)
        elif dateline:  # a dateline's place is no one's voice: rather no speaker than the city
            q.speaker, q.speaker_name, q.speaker_span, q.pronoun = None, None, None, None


def past_dateline(ctx: Context, found: list[Found]) -> None:
    """"HONOLULU, Hawaii (KHNL) - NASA scientists using a telescope have confirmed …": the dateline that opens a lead
    names where the news was filed, never who speaks; a speaker read inside it gives way to the cue's subject after
    it (the actor that covers it, else its words: "NASA scientists"), or to no speaker."""
    for q in found:
        if not q.speaker_span or q.cue_i is None:
            continue
        a = ctx.text.rfind("\n", 0, q.speaker_span[0]) + 1
        m = DATELINE.match(ctx.text, a)
        if m is None or q.speaker_span[0] >= m.end():
            continue
        cue = ctx.doc[q.cue_i]
        subj = next((c for c in cue.children if c.dep_ in _SUBJ and c.idx >= m.end()), None)
        if subj is None:  # "COLUMBUS, Ohio — The state's attorney general said": the parse makes the phrase after
            subj = next((a for c in cue.children if c.dep_ in _SUBJ and c.idx < m.end()  # the dash an apposition
                         for a in c.subtree if a.dep_ == "appos" and a.idx >= m.end() > a.head.idx), None)
        q.speaker, q.speaker_name, q.speaker_span, q.pronoun = None, None, None, None
        if subj is None:
            continue
        hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text), _SPEAKING)
        if hit is not None:
            set_speaker(ctx, q, hit)
        elif subj.pos_ in ("NOUN", "PROPN"):
            lo = max(subj.left_edge.idx, m.end())
            q.speaker_name, q.speaker_span = ctx.text[lo:subj.idx + len(subj.text)], (lo, subj.idx + len(subj.text))


def _can_speak(ctx: Context, q: Found) -> bool:
    """The quote's speaker is a person or an organisation (a place in capitals opening a lead is a dateline)."""
    if q.speaker is None:
        return False
    ent = ctx.actors.entities[q.speaker]
    if ent.type in _SPEAKING:
        return True
    return not (q.speaker_span and ctx.text[q.speaker_span[0]:q.speaker_span[1]].isupper())


_PARTNER = re.compile(r"(?:^|(?<=[\n.]\s)|(?<=\n))([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+and\s+"
                      r"(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:[A-Z][a-z]{1,4}\.\s+)?$")


def partner_named_after(ctx: Context, q: Found) -> None:
    """"Haddad and her co-author, Dr. Peter Lindgren of Uppsala University, say …": the subject names two speakers,
    the first by name and the second by a relation to the first, then by name; the parse often takes the second name
    for the whole subject. Both speak, the first heads (as "Volker and Morrison said": ``conjoined``)."""
    if q.speaker is None or not q.speaker_span or q.speakers:
        return
    s, _ = q.speaker_span
    a = ctx.sent(s)[0]
    m = _PARTNER.search(ctx.text, a, s)
    if m is None or m.start(1) != a and ctx.text[a:m.start(1)].strip():
        return
    hit = next(((hs, he, i) for hs, he, i in ctx.actors.covering(m.start(1), m.end(1))
                if hs == m.start(1) and he == m.end(1) and i != q.speaker
                and ctx.actors.entities[i].type in ("PERSON", "ORG")), None)
    if hit is None:
        return
    q.speakers = [(hit[2], hit[0], hit[1]), (q.speaker, *q.speaker_span)]
    set_speaker(ctx, q, hit)


def participle_owner(ctx: Context, found: list[Found]) -> None:
    """"X said Reed will have to choose a side, saying, “…”": a participle set off after the content of a speech verb
    goes with the speech verb, so its speaker is that verb's subject, not the subject inside the content; so does one
    after a clause that completes a noun the verb takes ("Hall dismissed claims that the city is broke — saying …",
    "Reed rejected the idea that the mayor would lose, saying …": the claim is not Hall's, the saying is)."""
    for q in found:
        if q.cue_i is None or not q.speaker_span:
            continue
        cue = ctx.doc[q.cue_i]
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or not set_off(ctx, cue):
            continue
        head = cue.head
        verb = _content_owner(ctx, head)
        if verb is None or verb.i >= head.i or _narrated_act(ctx, head, verb, cue):
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        m = ctx.token_at(q.speaker_span[0])
        if subj is None or subj.pos_ == "PRON" or not any(t.i == m.i for t in head.subtree):
            continue
        q.speaker, q.speaker_name, q.speaker_span = None, None, None
        subject_speaker(ctx, q, subj)


def _narrated_act(ctx: Context, head, verb, cue) -> bool:
    """"An official said Senator Reese quieted the room, telling his colleagues, “…”": the content tells a past act of
    its own subject (a simple past of a verb that is no speech verb, no modal, no negation), and the participle is
    the manner of that act, so the act's subject speaks; the relayer only reports the scene. A participle that
    repeats the reporting verb ("said Reed lied, saying …") goes on with the report, as does one after a content
    that is only a claim ("said Reed will have to choose a side, saying …")."""
    return head.tag_ == "VBD" and head.dep_ == "ccomp" and head.lower_ not in ctx.verbs and \
        head.lemma_.lower() not in ctx.verbs and cue.lemma_.lower() != verb.lemma_.lower() and \
        not any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children) and \
        any(c.dep_ in ("nsubj",) and c.pos_ in ("PROPN", "NOUN") for c in head.children)


def _content_owner(ctx: Context, head):
    """The verb whose content clause ``head`` heads: a speech verb's complement, or the "that"-clause of a noun the
    verb takes as its object ("dismissed claims that …"); else None."""
    top = head.head
    if head.dep_ == "ccomp" and top.pos_ == "VERB" and top.lower_ in ctx.verbs:
        return top
    if head.dep_ in ("acl", "ccomp") and top.pos_ == "NOUN" and top.dep_ == "dobj" and top.head.pos_ == "VERB" and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return top.head
    return None


_TRAILING_CC = re.compile(r"[\s,;]+(and|but|or|while|whereas)$")


def drop_trailing_coordinator(ctx: Context, found: list[Found]) -> None:
    """"The mayor said the plan was dead and Governor Hall said …": the conjunction that ends an indirect content
    joins the next report to this one; it is no part of what the mayor said. Only a word the parser reads as a
    conjunction: "she would wait a while" keeps its noun."""
    for q in found:
        if q.kind != "direct" and not q.parts:
            m = _TRAILING_CC.search(q.text)
            if m is None or m.start() == 0 or q.end - q.start != len(q.text):
                continue
            word = list(ctx.tokens(q.end - len(m.group(1)), q.end))
            if len(word) == 1 and word[0].pos_ in ("CCONJ", "SCONJ"):
                q.text, q.end = q.text[:m.start()], q.end - (len(q.text) - m.start())


_ABBREVIATED = re.compile(r"\.\s+(?=[A-Z])")


def abbreviated_title(ctx: Context, found: list[Found]) -> None:
    """"said Army Capt. Luis Ortega": a speaker mention that ends in a short capitalised abbreviation ("Capt") right
    before its full stop and a person's name is the title of that person, who speaks."""
    for q in found:
        if q.speaker is None or not q.speaker_span or ctx.actors.entities[q.speaker].type == "PERSON":
            continue
        s, e = q.speaker_span
        last = ctx.text[s:e].split()[-1:] or [""]
        m = _ABBREVIATED.match(ctx.text, e)
        if m is None or not (2 <= len(last[0]) <= 5 and last[0][:1].isupper() and last[0].isalpha()):
            continue
        hit = next(((hs, he, i) for hs, he, i in ctx.actors.covering(m.end(), m.end() + 1)
                    if hs == m.end() and ctx.actors.entities[i].type == "PERSON"), None)
        if hit is not None:
            set_speaker(ctx, q, hit)


def _credit_entity(ctx: Context, q: Found, tok) -> bool:
    """When an entity covers ``tok``, credit it (an outlet is never the speaker here) and say so."""
    hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    if hit is None:
        return False
    if hit[2] != q.speaker and ctx.actors.entities[hit[2]].type != "MEDIA":
        set_speaker(ctx, q, hit)
    return True


_MOD_LINKS = frozenset({"compound", "poss", "case", "npadvmod", "nmod", "punct"})


def modifier_head(ctx: Context, found: list[Found]) -> None:
    """Credit the head of the cue's subject when the speaker found only modifies it (see module doc)."""
    for q in found:
        if q.speaker is None or q.cue_i is None or not q.speaker_span:
            continue
        if ctx.actors.entities[q.speaker].type == "MEDIA":
            continue
        cue = ctx.doc[q.cue_i]
        s, e = q.speaker_span
        node = ctx.token_at(e - 1)
        if node.sent.start != cue.sent.start:
            continue
        for _ in range(10):
            head = node.head
            if node.dep_ not in _MOD_LINKS and not (node.dep_ == "amod" and head.idx >= e) or head.i == node.i \
                    or head.i < node.i or head.pos_ in ("VERB", "AUX"):
                break
            node = head
        if node.idx < e or node.dep_ not in _SUBJ or node.head.i != cue.i or node.pos_ not in ("NOUN", "PROPN"):
            continue
        if _credit_entity(ctx, q, node):
            continue
        if node.pos_ == "PROPN":
            first = node
            while first.i > 1 and node.i - first.i < 2 and _name_word(ctx.doc[first.i - 1], e):
                first = ctx.doc[first.i - 1]
            if first.lower_.rstrip(".") in ROLE_HEADS or first.lower_ in ROLE_HEADS:
                continue
            a, b = first.idx, node.idx + len(node.text)
        else:
            a, b = s, node.idx + len(node.text)
        if a < b:
            q.speaker, q.speaker_name, q.speaker_span = None, ctx.text[a:b], (a, b)


def _name_word(tok, after: int) -> bool:
    """``tok`` can be a word of a person's name after position ``after``: a proper noun, no title or role noun, no
    part of a hyphenated compound ("Secretary-Treasurer")."""
    prev = tok.doc[tok.i - 1]
    return tok.pos_ == "PROPN" and tok.idx >= after and tok.lower_.rstrip(".") not in ROLE_HEADS and \
        not tok.text.endswith("-") and prev.text not in ("-", "–")


def _owner(m, cue):
    """The noun (or the cue) that the outermost modifying clause holding token ``m`` hangs on, below the cue; None
    when ``m`` is no part of such a clause or the cue is inside it."""
    owner = None
    t = m
    for _ in range(40):
        if t.i == cue.i or t.head.i == t.i:
            break
        if t.dep_ == "agent":  # "a poll conducted by Gallup": the agent of a participle is its author
            return None
        if (t.dep_ in _CLAUSES or postnominal(t)) and not any(x.i == cue.i for x in t.subtree):
            owner = t.head
        t = t.head
    if t.i != cue.i:  # the speaker is not in the cue's clause at all: another reader decided, leave it
        return None
    return owner


def clause_noun(tok, cue):
    """When token ``tok`` of the cue's sentence sits inside a clause or an adjective phrase that modifies a noun or the
    cue ("Walsh, speaking at a rally in Ohio, said", "Levine, who has given money to Marco Rubio, said"), the noun
    it describes (the cue's subject for a clause of the cue), else None: such a clause describes, it does not
    speak. The cue itself when there is no noun to credit."""
    if tok.sent.start != cue.sent.start:
        return None
    owner = _owner(tok, cue)
    if owner is not None and owner.i == cue.i:
        owner = next((c for c in cue.children if c.dep_ in _SUBJ and c.i != tok.i), cue)
    return owner


def bare_attribution(ctx: Context, pos: int) -> bool:
    """At ``pos`` (right after a closing quotation mark) a short attribution ends the sentence: a speech verb among
    its first words, heading the clause and taking no clause of its own (no other finite verb), then a full stop, a
    new quotation or the paragraph end."""
    toks = []
    hi = min(len(ctx.text), pos + 300)
    for tok in ctx.tokens(pos, hi):
        if "\n" in tok.text or tok.text in (".", "!", "?") or tok.text in QUOTE_MARKS:
            break
        toks.append(tok)
        if len(toks) > 30:
            return False
    else:
        if hi < len(ctx.text):
            return False  # no end of the clause within reach; the text's own end is one
    words = [t for t in toks if not t.is_punct]
    if not words or not (words[0].text[:1].isupper() or words[0].lower_ in ctx.verbs):
        return False
    cue = next((t for t in words[:4] if t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX")), None)
    if cue is None or (cue.head.i != cue.i and cue.head.idx >= pos):
        return False  # "South Carolina, he said, was …": a parenthetical inside the next sentence
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != cue.i for t in words):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "csubj", "mark") and c.idx >= pos for c in cue.children)
