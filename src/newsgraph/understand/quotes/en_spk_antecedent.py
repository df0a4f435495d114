"""An attribution "he"/"she" that coreference and the previous quotes left open, after a sentence whose main subject
is a person the entity reader did not make an actor of: "Ortiz was firm. “Nobody is leaving,” she said." (a surname
alone the small model missed), "The mayor spoke briefly. “Not yet,” she said." (a role: the description speaks, and
the later role readers resolve it to the one the text names so). The nearest main-clause subject before the
pronoun, in its own paragraph and outside any quotation, decides: a capitalised name whose given name
(if any) is not of the other gender, or a definite description of a person (a role, a trade, a relation:
``coref.en_newcomers._person_nouns``); any other subject (an actor, a thing, a group, a plural, a pronoun) leaves the
speaker unnamed, never guessed (called by ``en_carry.pronoun_speakers`` after its own rules).

Also here (round 24, issue 16): ``newcomer_subject`` (an unnamed newcomer just before takes the "she" coreference
gave to someone named earlier), ``named_as_written`` (a previous quote's bare name no actor took goes on as "he"/"she")
and ``owned_relation`` ("The president's son said" after "Okafor's son, Emeka Okafor,")."""
from __future__ import annotations

import re

from .. import names
from ..coref.en_newcomers import _person_nouns, unnamed_person
from .en_ctx import Context, Found, subject_speaker

_GENDER = {"he": "m", "she": "f"}
_ASK = frozenset({"ask", "question", "press", "quiz", "query", "wonder", "inquire", "interrupt"})


def subject_antecedent(ctx: Context, q: Found, pron) -> None:
    """Give ``q`` (an attribution "he"/"she" still open, its token ``pron``) the main subject of a sentence before
    it when that subject is a person no actor covers (see the module's note)."""
    want = _GENDER.get(q.pronoun or "")
    if want is None or pron is None or q.speaker is not None or q.speaker_name:
        return
    para = ctx.text.rfind("\n", 0, pron.idx) + 1
    quoted = [(x.start, x.end) for x in ctx.view.quoted]
    for subj in _main_subjects(ctx, pron, para, quoted):  # (the nearest decides)
        if ctx.entity_at(subj.idx, subj.idx + len(subj.text)) is not None:
            return  # (an actor: coreference and en_carry have judged it already)
        if subj.pos_ == "PROPN":
            words = [t for t in subj.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
            given = names.gender_of(words[0].text) if len(words) > 1 else ""
            if not words or (given and given != want) or subj.tag_ == "NNPS" or any(
                    t.ent_type_ not in ("", "PERSON") for t in words):
                return  # (a day, a feast, a place or a firm the tagger typed but no actor took: "Christmas came")
        elif not (subj.pos_ == "NOUN" and subj.tag_ == "NN" and _definite(subj) and (
                subj.lemma_.lower() in _person_nouns() or subj.lower_ in _person_nouns())):
            return  # (a thing, a group, people, a newcomer "a nurse": not someone named before)
        probe = Found(q.kind, q.start, q.end, q.text)
        if subject_speaker(ctx, probe, subj) and probe.speaker is None and probe.speaker_name and not probe.pronoun:
            q.speaker_name, q.speaker_span = probe.speaker_name, probe.speaker_span
        return


def _definite(noun) -> bool:
    """The noun is brought in by "the", "this" or a possessive ("The mayor", "Her lawyer"): someone already known."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "one", "another", "some")
               for c in noun.children)


def _main_subjects(ctx: Context, pron, para: int, quoted):
    """The subjects of the main clauses before ``pron`` in its paragraph, nearest first, outside quotations."""
    doc = ctx.doc
    for k in range(pron.i - 1, -1, -1):
        t = doc[k]
        if t.idx < para:
            return
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or any(a <= t.idx < b for a, b in quoted):
            continue
        yield t


def newcomer_subject(ctx: Context, q: Found, found: list[Found]) -> None:
    """An attribution "he"/"she" that coreference gave to someone named before, when the main subject of the
    sentence just before it (its paragraph, outside quotations) is a person the text brings in unnamed ("Hospital
    director Amy Lund said … . A nurse who asked not to be named described the night. “…,” she said."): the
    newcomer's words, never the earlier person's; the speaker is the newcomer as the text describes them. Not when
    the newcomer already had words of their own (review r22: "Hillary Clinton spoke at a church. One pastor said the
    crowd was the largest in years. She told the congregation …" goes on with Clinton)."""
    from .en_reply import _REPLY  # (en_reply reads en_carry, which reads this module)
    if q.speaker is None or not q.speaker_span or q.cue_i is None or q.follows is not None:
        return
    a, b = q.speaker_span
    if ctx.text[a:b].lower() not in _GENDER:
        return
    pron = ctx.token_at(a)
    if pron.idx != a or pron.dep_ != "nsubj" or pron.head.i != q.cue_i:
        return
    para = ctx.text.rfind("\n", 0, a) + 1
    subj = next(_main_subjects(ctx, pron, para, [(x.start, x.end) for x in ctx.view.quoted]), None)
    if subj is None or not unnamed_person(ctx.actors, [subj]) or subj.sent.start < _sentence_before(pron) or \
            subj.head.lemma_.lower() in _ASK or pron.head.lemma_.lower() in _ASK | _REPLY:
        return  # (one who asks is not the one who answers: "A reporter asked about it. “Not yet,” she said.")
    if any(x.speaker_span and x.speaker_span[0] <= subj.idx < x.speaker_span[1] for x in found):
        return  # (the newcomer spoke before: their turn was taken)
    probe = Found(q.kind, q.start, q.end, q.text)
    if subject_speaker(ctx, probe, subj) and probe.speaker is None and probe.speaker_name and not probe.pronoun:
        ctx.actors.drop_mention(a, b, q.speaker)
        q.speaker, q.speaker_name, q.speaker_span = None, probe.speaker_name, probe.speaker_span


def _sentence_before(tok) -> int:
    """The first token of the sentence before ``tok``'s (its own when it is the first)."""
    s = tok.sent.start
    return tok.doc[s - 1].sent.start if s > 0 else s


_OWNED = re.compile(r"(?i)^(?:the\s+)?(?P<owner>his|her|their|(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?[’']s)\s+"
                    r"(?P<noun>[a-z][\w-]*)$")


def owned_relation(ctx: Context, q: Found) -> None:
    """A speaker described by a relation to an actor ("The president's son said", "the senator's lawyer said",
    "His wife said") whose name the text set beside that very relation before ("President Daniel Okafor's son,
    Emeka Okafor, …"): the one so named. The owner must be a resolved actor (a name, a description or a pronoun
    coreference gave it), and one person only must have been named so."""
    if q.speaker is not None or not q.speaker_name or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    m = _OWNED.match(ctx.text[lo:hi].strip())
    if m is None:
        return
    lo += len(ctx.text[lo:hi]) - len(ctx.text[lo:hi].lstrip())
    a, b = lo + m.start("owner"), lo + m.end("owner")
    b -= 2 if ctx.text[b - 2:b] in ("'s", "’s") else 0
    owners = {i for s, e, i in ctx.actors.covering(a, b) if e >= b}
    noun = m.group("noun").lower()
    # (r33: or a possessive pronoun's, "His son Eric joined him")
    after = re.compile(rf"(?:[’']s)?\s+(?:[a-z][\w-]*\s+)?{re.escape(noun)},?\s+")
    named = set(_relation_of(ctx, owners, noun, lo, ctx.text[a:b]))
    pron = m.group("owner").lower() if m.group("owner").lower() in ("his", "her", "their") else None
    for i in range(len(ctx.actors.entities)) if pron else owners:
        for x in ctx.actors.entities[i].mentions:
            if x.kind == "pronoun" and (pron is None or x.text.lower() != pron):
                continue
            g = after.match(ctx.text, x.end) if x.end < lo else None
            if g is None:
                continue
            hit = next((k for s, e, k in ctx.actors.covering(g.end(), g.end() + 1)
                        if s == g.end() and ctx.actors.entities[k].type == "PERSON" and k != i), None)
            # (the same pronoun's relation introduced before, "His son Eric" … "his son said", also when coreference
            # gave the second "his" to Eric himself: nobody is his own son; but not once the text has named Eric again,
            # "Alicia Moreno and her sister, Paula, … Paula said. Her sister said …": then "her" is Paula's, and her
            # sister is Alicia)
            if hit is not None and (i in owners or hit in owners and x.kind == "pronoun"
                                    and not _named_again(ctx, hit, g.end(), lo)):
                named.add(hit)
    if len(named) == 1:
        k = named.pop()
        ctx.actors.add_mention(k, q.speaker_span[0], q.speaker_span[1], "desc")
        q.speaker, q.speaker_name = k, None


def _named_again(ctx: Context, k: int, after: int, before: int) -> bool:
    """Actor ``k`` is named (not by a pronoun or a description) between ``after`` and ``before``."""
    return any(after < x.start < before and x.kind not in ("pronoun", "desc") for x in ctx.actors.entities[k].mentions)


def _relation_of(ctx: Context, owners: set[int], noun: str, lo: int, owner: str) -> list[int]:
    """The persons the text named before ``lo`` as ``noun`` "of" an owner: "Eric Trump, son of Donald Trump," (an
    apposition after the name, r33). The owner is the actor coreference gave ``owner`` (the words as written) or,
    for a bare name, one whose name holds it ("Trump's son" when coreference gave "Trump" to Eric, the son)."""
    rel = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+)?{re.escape(noun)}\s+of\s+")
    ents, words = ctx.actors.entities, set(owner.split())
    out = []
    for k, ent in enumerate(ents):
        if ent.type != "PERSON":
            continue
        for x in ent.mentions:
            g = rel.match(ctx.text, x.end) if x.kind not in ("pronoun", "desc") and x.end < lo else None
            if g is not None and any(s == g.end() and i != k and (i in owners or words <= set(ents[i].name.split()))
                                     for s, e, i in ctx.actors.covering(g.end(), g.end() + 1)):
                out.append(k)
                break
    return out


def named_as_written(ctx: Context, pronoun: str | None, p: Found) -> bool:
    """The quote just before credits a bare capitalised name no actor took ("Voss conceded that … . But she insisted
    …": the parser read "Voss" as a noun): a person, whom an attribution "he"/"she" goes on with, unless the tagger
    typed the name something else, its given name is of the other gender, or it is a plural or a person noun
    ("Prosecutors said Reyes had lied. “…,” he said": never the prosecutors)."""
    want = _GENDER.get(pronoun or "")
    if want is None or p.speaker is not None or not p.speaker_name or not p.speaker_span:
        return False
    words = ctx.text[p.speaker_span[0]:p.speaker_span[1]].split()
    if not 1 <= len(words) <= 3 or " ".join(words) != p.speaker_name.strip() or not all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    if words[0].lower() in ("the", "a", "an", "one", "his", "her", "their", "its") or names.data_type(p.speaker_name) \
            or names.not_person_head(p.speaker_name) is not None:
        return False
    toks = ctx.tokens(*p.speaker_span)
    if any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() != t.lower_ or t.lemma_.lower() in _person_nouns()
           for t in toks):
        return False  # (a plural or a role capitalised at a sentence's start: "Prosecutors said …"; a surname the
        # tagger calls NNS keeps its own lemma: "Pruitt conceded …")
    given = names.gender_of(words[0]) if len(words) > 1 else ""
    return not (given and given != want) and all(t.ent_type_ in ("", "PERSON") for t in toks)
