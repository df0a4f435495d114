"""English relayed reports: "Reuters reported that the talks had stalled, citing two officials familiar with the
matter", "The newspaper, citing an anonymous government source, reported that …". The outlet reports, and the one it
cites is the source of the same content: the en-attr guidelines record both (two attributions of one content, the
outlet's and the cited source's; the Russian reader credits the cited source the same way, ru_relays). Only an
outlet's report relays (_outlets_report): anyone else "citing" something gives a reason for his own decision or view
("The minister said he would resign, citing a report by the auditor general"; review r25 #2).

Only a cited source that can be one (lang/en/words.tsv per_sources and document_nouns: "sources", "officials",
"people familiar with …", "a memo"; a person's title or role, "its chief executive", lang/en/titles.txt and
role_heads.txt; or a person or an organisation the entity reader found): "citing its cost",
"citing strong consumer spending", "citing her work" give a reason, no source (PolNeAR annotates those objects as
the content of "citing", a noun phrase the reader never proposes)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import outlets, rules
from .en_ctx import ROLE_HEADS, Context, Found, subject_speaker

_NAMED = ("PERSON", "ORG", "GROUP", "NORP")  # an entity that can be cited as a source ("citing the Pentagon")


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    return frozenset(rules.wordset("en", "per_sources"))


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(rules.wordset("en", "document_nouns"))


@lru_cache(maxsize=1)
def _role_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Titles and role nouns (lang/en/titles.txt, role_heads.txt): the one-word entries, and the entries of several
    words whole ("chief executive"; not their last word alone: "secretary of state" makes no "state" a role)."""
    heads = [w.lower().strip() for w in ROLE_HEADS if w.strip()]
    return frozenset(w for w in heads if " " not in w), frozenset(w for w in heads if " " in w)


def _role_noun(n) -> bool:
    """A person's role or title ("citing its chief executive", "citing a company lawyer", "citing the head of the
    agency"), not a word of a title that counts ("a host of regulatory problems": "a" + "of" + no actor; review
    r26 #3)."""
    one, whole = _role_nouns()
    words = [t.lower_ for t in n.doc[max(n.left_edge.i, n.i - 3):n.i + 1]]
    if not ({n.lemma_.lower(), n.lower_} & one or any(" ".join(words[k:]) in whole for k in range(len(words) - 1))):
        return False
    of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children):
        return True  # ("the head of its retail unit"; "a host of …" counts what follows, as "a number of" does)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))


def _source_noun(n) -> bool:
    """A noun of a source ("officials", "people familiar …"), or of a document not followed by "of" ("a memo", "a
    report by …"; not "the release of political prisoners", an event)."""
    low = {n.lemma_.lower(), n.lower_}
    if _role_noun(n):
        return True
    return bool(low & _source_nouns()) or bool(low & _document_nouns()) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in n.children)


def cited_sources(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and, for each report with a "citing" participle of a source, that source's attribution of the same
    content (after the report's own, so that the outlet's record comes first)."""
    added: list[Found] = []
    cues = {q.cue_i for q in found if q.cue_i is not None}
    for tok in ctx.doc:
        if tok.lemma_.lower() != "cite" or tok.tag_ != "VBG" or tok.i in cues:
            continue
        obj = _source(ctx, tok)
        if obj is None:
            continue
        q = _report(ctx, tok, found)
        if q is None or not _outlets_report(ctx, q):
            continue
        new = Found(kind=q.kind, start=q.start, end=q.end, text=q.text, cue=tok.text, cue_i=tok.i, origin="citing",
                    parts=list(q.parts), date=q.date)
        new.attr = (tok.idx, obj.right_edge.idx + len(obj.right_edge.text))
        if not subject_speaker(ctx, new, obj) or (new.speaker is None and not new.speaker_name):
            continue
        if q.speaker is not None and q.speaker_span is not None:
            new.outlets = [(q.speaker, *q.speaker_span)]  # the outlet that cites the source credits it
        added.append(new)
        cues.add(tok.i)
    return sorted(found + added, key=lambda x: x.start)  # (a stable sort: the report stays before its relay)


def _outlets_report(ctx: Context, q: Found) -> bool:
    """``q`` is a news outlet's report (its speaker a MEDIA actor or an outlet noun, "the newspaper", or its cue
    "reported"), not about the outlet itself ("it would …"): only an outlet relays what a cited source told it.
    Anyone else "citing" a study, polls or a report gives the reason for his own decision or view ("The minister
    said he would resign, citing a report by the auditor general"; review r25 #2)."""
    doc = ctx.doc
    comp = next((t for t in doc if q.start <= t.idx < q.end and t.dep_ in ("nsubj", "nsubjpass")), None)
    if comp is not None and comp.lower_ in ("it", "we", "i"):
        return False  # the content's subject is the sayer himself ("said it would close the plant")
    if q.cue_i is not None and doc[q.cue_i].lemma_.lower() == "report":
        return True
    if q.speaker is not None and ctx.actors.entities[q.speaker].type == "MEDIA":
        return True
    if q.speaker_span is None:
        return False
    head = ctx.token_at(max(q.speaker_span[0], q.speaker_span[1] - 1))
    return head.lower_ in _media_nouns() or head.lemma_.lower() in _media_nouns()


@lru_cache(maxsize=1)
def _media_nouns() -> frozenset[str]:
    return rules.words("en", "media_nouns")


def _source(ctx: Context, tok):
    """The object of "citing" when it names a source: a source noun (or one conjoined to it: "an internal memo and
    two people familiar with the plan") or a person's or an organisation's name."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for n in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
        if _source_noun(n):
            return obj
        hit = ctx.entity_at(n.idx, n.idx + len(n.text))
        if hit is not None and ctx.actors.entities[hit[2]].type in _NAMED:
            return obj
    return None


def _report(ctx: Context, tok, found: list[Found]) -> Found | None:
    """The report "citing" ``tok`` belongs to: the one whose cue governs it ("Citing unnamed sources, the Journal
    reported …", "The paper, citing a source, reported …"), else the one whose content the parser hung it on
    ("The company has cut jobs, Bloomberg reported, citing people …"); "citing" stands outside the content, in its
    sentence, outside any quotation."""
    if any(f.start <= tok.idx < f.end for f in ctx.view.quoted):
        return None
    lo, hi = ctx.sent(tok.idx)
    mine = [q for q in found if q.cue_i is not None and lo <= ctx.doc[q.cue_i].idx < hi and
            not (q.start <= tok.idx < q.end) and q.origin != "citing"]
    anc = {a.i for a in tok.ancestors}
    return next((q for q in mine if q.cue_i in anc), None) or \
        next((q for q in mine if q.start <= tok.head.idx < q.end), None)


_RELAYERS = frozenset(("source", "official", "people", "person", "witness"))  # who relays; a document does not
_WHEN = frozenset("on in at this last yesterday today tonight earlier later late early".split())  # "said on Monday"


def according_relays(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and, for each report whose attribution ends in "according to" someone ("“…,” the coach told players,
    according to two people who were present", "…, the minister said, according to aides"), that person's
    attribution of the same content: the one who relays what the speaker said, as "citing" relays (PolNeAR and the
    en-attr gold annotate both). Only "according to" right after the cue and its time ("said on Monday, according
    to …"), outside the content, of someone who can relay: a name, a person's role, sources or officials. Not a
    document ("said, according to a statement": one speech), nor an outlet: the project's quote set credits it as
    the report's outlet only (en_credit; attribution-dev.jsonl hard3), where PolNeAR and en-attr also give it a
    record of its own (left open, round 26)."""
    added: list[Found] = []
    cues = {q.cue_i for q in found if q.cue_i is not None}
    doc = ctx.doc
    for q in found:
        if q.cue_i is None or q.origin in ("citing", "according", "relay") or q.kind not in ("direct", "indirect",
                                                                                             "mixed"):
            continue
        cue = doc[q.cue_i]
        if cue.lemma_.lower() not in rules.words("en", "speech_verbs") or q.start <= cue.idx < q.end:
            continue
        # (after the cue: its listener, "told players", and its time, "said on Monday")
        j = max([cue.i] + [c.right_edge.i for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i]) + 1
        while j < len(doc) and (doc[j].lower_ in _WHEN or doc[j].pos_ in ("PROPN", "NUM") and doc[j].ent_type_ in (
                "DATE", "TIME")):
            j += 1
        if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ != "according" or \
                doc[j + 2].lower_ != "to" or j + 1 in cues or q.start <= doc[j].idx < q.end:
            continue
        obj = next((c for c in doc[j + 2].children if c.dep_ == "pobj"), None)
        words = {obj.lemma_.lower(), obj.lower_} if obj is not None else set()
        if obj is None or _outlet(ctx, obj) or words & _media_nouns() or not (
                _named(ctx, obj) or obj.pos_ == "PROPN" or words & _RELAYERS or _role_noun(obj)):
            continue  # (not "said, according to a statement": the speaker's own words, one speech; an outlet only
            # credits the report, eval/data/attribution-dev.jsonl hard3: "…,” Vucic said, according to Reuters")
        new = Found(kind=q.kind, start=q.start, end=q.end, text=q.text, cue="according to", cue_i=j + 1,
                    origin="relay", parts=list(q.parts), date=q.date)
        new.attr = (doc[j + 1].idx, obj.right_edge.idx + len(obj.right_edge.text))
        if not subject_speaker(ctx, new, obj) or (new.speaker is None and not new.speaker_name):
            lo, hi = obj.left_edge.idx, obj.idx + len(obj.text)  # ("state media": the words as written)
            new.speaker, new.speaker_name, new.speaker_span = None, ctx.text[lo:hi], (lo, hi)
        added.append(new)
        cues.add(j + 1)
    return sorted(found + added, key=lambda x: x.start) if added else found


def _named(ctx: Context, n) -> bool:
    hit = ctx.entity_at(n.idx, n.idx + len(n.text))
    return hit is not None and ctx.actors.entities[hit[2]].type in _NAMED


def _outlet(ctx: Context, n) -> bool:
    hit = ctx.entity_at(n.idx, n.idx + len(n.text))
    return hit is not None and ctx.actors.entities[hit[2]].type == "MEDIA" or outlets.lookup(n.text) is not None


_CITING_FIRST = re.compile(r"citing\s[^.;:“”\"]{1,120}?,\s+that\s+")


def citing_before_content(ctx: Context, found: list[Found]) -> list[Found]:
    """A report whose "citing" phrase stands between its cue and its content ("The Journal reported last week,
    citing a company spokeswoman, that the firm had no plans to sell"): the parse may hang the that-clause on
    "citing", so that the content starts with "citing …, that"; the content is the that-clause, and the citing
    phrase is left outside it for cited_sources (the cited source's own record of the same content)."""
    verbs = rules.words("en", "speech_verbs")
    for q in found:
        cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
        if cue is not None and cue.lemma_.lower() == "cite" and q.origin != "citing" and cue.dep_ == "advcl" and (
                cue.head.lemma_.lower() in verbs or cue.head.lower_ in verbs) and cue.head.i < cue.i:
            # (the parse hung the that-clause on "citing": the report is the verb "citing" qualifies, and the cited
            # source's own record is cited_sources')
            q.cue, q.cue_i = cue.head.text, cue.head.i
        if q.parts or q.kind == "direct" or not (m := _CITING_FIRST.match(q.text)):
            continue
        q.start += m.end()
        q.text = ctx.text[q.start:q.end]
    return found
