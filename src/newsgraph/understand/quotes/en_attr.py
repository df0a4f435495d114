"""Attributions of English direct quotes: the attribution after the quotation ("…,” Zelensky emphasized", "…," said
Putin, "…,” Geoffrey Berman, the U.S. attorney for …, said") or before it ("Putin said: «…»", "As Zelensky put it,
«…»"), the cue verb near the quotation and its speaker (the mention before or after the cue, or its grammatical
subject), and the end of an attribution sentence (a full stop that is not an abbreviation's). Out of en.py."""
from __future__ import annotations

import re

from .. import rules
from ..marks import Quoted
from .en_ctx import (ATTR_AFTER, SUBJ_SKIP, Context, Found, participle_speaker, person_of, set_speaker,
                     skip_parenthesis, subject_speaker, titled_person)
from .en_heads import appos_person, coordinated_head, earlier_subject, in_subject_prep, np_person
from .en_intro import addressee, colon_intro, new_sentence_after, put_it, reduced_passive
from .en_lead import according_intro, inverted_apposition, name_colon
from .en_misparsed import compound_subject, shown_actor, with_determiner
from .en_reads import READ, read_at_end, read_cue, read_speaker
from .en_spk import bare_attribution, clause_noun


# where a speech verb the tagger took for a noun stands ("…,” Smith tweets.), and a cue noun a verb takes
# ("delivered a sharp retort: …"): a noun elsewhere is a noun
_VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "dobj"})


def cue_near(ctx: Context, start: int, end: int, last: bool = False):
    toks = [t for t in ctx.tokens(start, end) if t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX", "NOUN")
            and not (t.pos_ == "NOUN" and t.dep_ not in _VERB_DEPS and compound_subject(t) is None)]
    # ("the state firefighters union", "a swing state" are nouns; "the Saudis state in the paper" is no noun)
    if not toks:
        return None
    return toks[-1] if last else toks[0]


def speaker_for(ctx: Context, cue, lo: int, hi: int, q: Found) -> bool:
    """Find the speaker of cue verb ``cue`` within [lo, hi): the mention right before it ("Zelensky emphasized",
    "He also said"), right after it ("said Putin", "said the Russian leader") or its grammatical subject."""
    shown = shown_actor(ctx, cue)  # "depicts one of the guards asking, “…”": the one shown
    if shown is not None and lo <= shown.idx < hi:
        return subject_speaker(ctx, q, shown)
    if participle_speaker(ctx, cue, q):
        return True
    if cue.i > 0 and ctx.doc[cue.i - 1].text == ",":
        # an apposition closed by a comma before the cue describes the subject: "Col. Steven Warren, a military
        # spokesman in Baghdad, said" -> Warren, not Baghdad
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and lo <= c.idx < hi and c.i < cue.i), None)
        hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
        if hit is not None and ctx.actors.entities[hit[2]].type == "PERSON":
            return set_speaker(ctx, q, hit)
        hit = appos_person(ctx, cue.i - 1, lo)  # the parse took the name for something else
        if hit is not None:
            return set_speaker(ctx, q, hit)
    # before the cue
    j = skip_parenthesis(ctx, cue.i - 1, lo)
    while j >= 0 and ctx.doc[j].idx >= lo and ctx.doc[j].lower_ in SUBJ_SKIP:
        j -= 1
    if j >= 0 and ctx.doc[j].idx >= lo:
        tok = ctx.doc[j]
        hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        subj = in_subject_prep(ctx, cue, tok) if hit is not None else None
        if subj is not None and subj.idx >= lo and ctx.entity_at(subj.idx, subj.idx + len(subj.text)) is None:
            return subject_speaker(ctx, q, subj)  # "Most voters in Alabama and Georgia said": not Georgia
        owner = clause_noun(tok, cue) if hit is not None else None
        if owner is not None:  # "Walsh, speaking at a rally in Ohio, said": Walsh, not Ohio
            if owner.pos_ in ("NOUN", "PROPN"):
                return subject_speaker(ctx, q, owner)
            hit = None
        if hit is not None:
            return set_speaker(ctx, q, np_person(ctx, person_of(ctx, hit, lo), lo, cue.idx))
        if tok.lower_ in ("he", "she", "i", "we", "they", "it"):
            q.cue, q.pronoun = cue.text, tok.lower_
            return True  # an unresolved pronoun: a quote without a named speaker (yet: see en_carry.pronoun_speakers)
    subj = compound_subject(cue)  # "“…,” the unions state in the letter": the tagger's compound noun
    if subj is not None and subj.idx >= lo:
        found = subject_speaker(ctx, q, subj)
        with_determiner(ctx, q, subj, cue)
        return found
    # after the cue ("said Putin")
    described = None
    k = cue.i + 1
    while k < len(ctx.doc) and ctx.doc[k].lower_ in SUBJ_SKIP:
        k += 1
    if k < len(ctx.doc) and ctx.doc[k].idx < hi:
        tok = ctx.doc[k]
        hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if hit is None and tok.lower_ in ("the", "a", "an") and k + 1 < len(ctx.doc):
            nxt = ctx.doc[k + 1]
            hit = ctx.entity_at(tok.idx, nxt.idx + len(nxt.text))
        if hit is not None and ctx.actors.entities[hit[2]].type != "MEDIA" and not addressee(tok):
            return set_speaker(ctx, q, np_person(ctx, titled_person(ctx, hit, hi), cue.idx + 1, hi))
        if hit is None and tok.dep_ == "det" and tok.head.pos_ in ("NOUN", "PROPN") and 0 < tok.head.i - k <= 5:
            described = tok
    # the grammatical subject (of the verb a noun cue is the object of: "Hollis delivered a sharp retort: …"; of
    # the verb a cue is conjoined to: "Ms. Hale smiled and said, “…”")
    verb = cue.head if cue.pos_ == "NOUN" and cue.dep_ == "dobj" else cue
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = coordinated_head(ctx, verb)
    for ch in verb.children:
        if ch.dep_ in ("nsubj", "nsubjpass") and lo <= ch.idx < hi and (ch.pos_ != "PRON" or verb is cue or
                                                                          earlier_subject(ctx, cue, lo) is None):
            return subject_speaker(ctx, q, ch)
    subj = earlier_subject(ctx, cue, lo)
    if subj is not None:
        return subject_speaker(ctx, q, subj)
    if described is not None:
        # a speaker described after the cue: "…,” added a Rockford farmer.", "said a longtime adviser to the
        # mayor" (the words as written, up to a comma)
        last = described.head
        while last.i < described.head.right_edge.i and last.i - described.i < 10 and \
                ctx.doc[last.i + 1].text != "," and ctx.doc[last.i + 1].idx < hi:
            last = ctx.doc[last.i + 1]
        name = ctx.text[described.idx:last.idx + len(last.text)].rstrip(" .")
        q.speaker_name, q.speaker_span = name, (described.idx, described.idx + len(name))
        return True
    return False


def attr_after(ctx: Context, q: Quoted, dq: Found) -> bool:
    t = ctx.text
    m = ATTR_AFTER.match(t, q.end)
    pos = m.end()
    inner_last = t[q.inner_start:q.inner_end].rstrip(" ’'\"”»›")[-1:]
    lead = t[q.end:pos]
    if "\n" in lead:
        return False  # the next paragraph is no attribution of this quotation
    if not (("," in lead) or ("—" in lead) or ("–" in lead) or ("-" in lead) or inner_last in ",!?—–"
            or bare_attribution(ctx, pos)):
        return False
    if new_sentence_after(ctx, q):  # 'told her, “…!” She replied …': she does not say it
        return False
    if reduced_passive(ctx, pos):  # '… said, “We'll see,” when asked whether …': the one asked is no one after it
        return False
    s_end = clause_end(t, pos)
    if s_end - pos > 200:
        s_end = pos + 200
    # ('…," read the letter', '…," a sign held by a supporter read': en_reads, before any noun cue in the letter's
    # words: '…," read a note found on her car' is the note's)
    cue = read_cue(ctx, pos, s_end) or cue_near(ctx, pos, s_end) or read_at_end(ctx, pos, s_end)
    if cue is None or _own_clause_after_and(ctx, pos, cue):
        return False
    # the attribution is short: the cue is within a few words of the quote, or after a name and its apposition
    # ("…,” Geoffrey Berman, the U.S. attorney for the Southern District of New York, said)
    appos = appositive_speaker(ctx, pos, cue.idx)
    gap = len(t[pos:cue.idx].split())
    if gap > (30 if appos is not None else 8):
        return False
    dq.cue, dq.cue_i = cue.text, cue.i
    dq.attr = (q.end, s_end)
    if appos is not None:
        set_speaker(ctx, dq, appos)
    elif cue.lower_ in READ:
        read_speaker(ctx, cue, dq)
    elif not speaker_for(ctx, cue, pos, s_end, dq):
        dq.cue = cue.text
    return True


_AND_LEAD = re.compile(r"(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$")


def _own_clause_after_and(ctx: Context, pos: int, cue) -> bool:
    """'dismissed the cap as “a land grab,” and insisted that counties could manage it': a verb conjoined after the
    quotation with a clause of its own reports that clause, not the quotation (which the verb before it owns)."""
    return bool(_AND_LEAD.match(ctx.text[pos:cue.idx])) and any(
        c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
_DESCRIPTOR = re.compile(r"(?:[a-z][\w-]*\s+){1,4}(?=[A-Z])")  # lower-case words of a role before a name


def appositive_speaker(ctx: Context, pos: int, cue_at: int):
    """The actor named at ``pos`` when a comma-bounded apposition follows it up to the cue: "Jack Buser, director
    for games at Google, tells" -> Jack Buser (not Google)."""
    t = ctx.text
    while pos < cue_at and t[pos].isspace():
        pos += 1
    best = None
    for s, e, i in ctx.actors.covering(pos, pos + 1):
        if s == pos and ctx.actors.entities[i].type != "MEDIA" and (best is None or e > best[1]):
            best = (s, e, i)
    if best is None:
        lead = _DESCRIPTOR.match(t, pos, cue_at)  # "study lead author Lucas Paganini, a planetary scientist …, said"
        return appositive_speaker(ctx, lead.end(), cue_at) if lead is not None and lead.end() > pos else None
    after = t[best[1]:cue_at]
    owner = _POSSESSIVE.match(after)
    if owner is not None and ctx.actors.entities[best[2]].type != "PERSON":  # "NASA's Steve Clarke, deputy …, said":
        return appositive_speaker(ctx, best[1] + owner.end(), cue_at)  # the organisation's person is the speaker
    if not after.lstrip().startswith(","):
        return None
    if (not after.rstrip().endswith(",") or after.count(",") < 2) and ctx.actors.entities[best[2]].type != "PERSON":
        return None  # (a person's apposition may run to the cue: "…,” Nate Silver, the polling guru who … tweeted)
    return best


# words a full stop abbreviates, never a sentence end: titles ("Sen. Claire McCaskill (D-Mo.) said") and the
# abbreviations of lang/en/words.tsv ("said on Nov. 8")
ABBREVIATIONS = frozenset(w[:-1] for w in rules.words("en", "titles") if w.endswith(".")) | \
    rules.wordset("en", "abbreviations")


def abbreviation(t: str, lo: int, i: int) -> bool:
    """The full stop at ``i`` ends an initial ("J.") or an abbreviation ("Sen.", "Gov.", "Nov.")."""
    m = re.search(r"\b(\w+)$", t[max(lo, i - 6):i])
    return m is not None and ((len(m.group(1)) == 1 and m.group(1).isupper()) or m.group(1).lower() in ABBREVIATIONS)


def clause_end(t: str, pos: int) -> int:
    """The end of the attribution sentence that starts at pos (a full stop, a line break or the next quote)."""
    n = len(t)
    i = pos
    while i < n:
        c = t[i]
        if c == "\n" or c in "«“„‹\"" or t.startswith("''", i):
            return i
        if c in ".!?" and (i + 1 >= n or t[i + 1] in " \n\"”»") and not abbreviation(t, pos, i):
            return i + 1
        i += 1
    return n


def attr_before(ctx: Context, q: Quoted, dq: Found) -> bool:
    t = ctx.text
    s, _ = ctx.sent(q.start)
    para = t.rfind("\n", 0, q.start) + 1
    lo = max(s, para)
    before = t[lo:q.start].rstrip()
    own_paragraph = not before
    if not before and para > 0:
        # the quotation opens a paragraph after one that ends with a colon: "Zelensky said:\n\n«…»"
        prev_end = len(t[:para].rstrip())
        if t[prev_end - 1:prev_end] == ":":
            lo = max(ctx.sent(prev_end - 1)[0], t.rfind("\n", 0, prev_end) + 1)
            before = t[lo:prev_end]
    if not before or not before.endswith((":", ",")):
        return False
    cue = cue_near(ctx, lo, lo + len(before), last=True)
    read = read_at_end(ctx, lo, lo + len(before)) if cue is None else None
    if read is not None:  # 'The banner read: "…"' (en_reads)
        dq.cue, dq.cue_i, dq.attr = read.text, read.i, (lo, lo + len(before))
        return read_speaker(ctx, read, dq) or True
    if cue is None and (put_it(ctx, lo, lo + len(before), dq) or according_intro(ctx, lo, lo + len(before), dq)):
        return True
    if cue is None:
        # "As Zelensky put it, «…»" / "In Putin’s words: «…»" are rare; keep to speech verbs, but a sentence that
        # hands over to the quotation with a colon, its subject a named actor, introduces that actor's words
        return before.endswith(":") and (colon_intro(ctx, lo, lo + len(before), dq) or
                                         name_colon(ctx, lo, lo + len(before), dq))
    if before.endswith(":") and adds_a_thing(cue):
        return False
    between = t[cue.idx + len(cue.text):lo + len(before)].lower().split()
    appos = len(between) > 10 and "that" not in between and inverted_apposition(ctx, cue, lo + len(before), dq)
    # a paragraph that hands over to the quotation's own paragraph: "X said that given the candidates:\n\n“…”"
    colon = own_paragraph and before.endswith(":") and len(between) <= 20 and any(
        c.dep_ == "nsubj" and c.i < cue.i for c in cue.children)
    if not appos and not colon and (len(between) > 10 or "that" in between):
        return False  # "Prosecutors alleged that Noel and Thomas, assigned to …, “…”": a clause, not an attribution
    dq.cue, dq.cue_i = cue.text, cue.i
    dq.attr = (lo, lo + len(before))
    if not appos:
        speaker_for(ctx, cue, lo, lo + len(before), dq)
    return True


def adds_a_thing(cue) -> bool:
    """'add X to Y' places a thing and says nothing: "Butz can add a new title to his resume: “song anthropologist.”",
    "added a new line to the bill:" (the colon shows the thing added); "added:" and "added a warning to his remarks:"
    (a speech noun added) speak."""
    if cue.lemma_ != "add":
        return False
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return bool(objs) and any(c.dep_ == "prep" and c.lower_ in ("to", "onto") for c in cue.children) and not any(
        o.lower_ in rules.wordset("en", "speech_event_nouns") or o.lemma_ in rules.words("en", "content_nouns")
        for o in objs)
