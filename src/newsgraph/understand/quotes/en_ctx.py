"""What the English quote readers share: the working quote (``Found``), the reading context over the document view
(``Context``: sentences, tokens by offset, the actor covering a span) and how a speaker is set from an actor mention or
a grammatical subject."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import rules
from ..actors import Actors
from ..entities.en_lexicon import LANG, lexicon
from ..marks import QUOTE_CHARS
from .en_labels import past_label
from .en_heads import apposed_role_owner, bracketed_appos, coordinated_head, issuer
from .en_speaker_phrase import (MODIFIER_CLAUSES, ROLE_HEADS, TITLES, _by, _next_to, _venue,  # noqa: F401
                                modifiers, person_of, postnominal, skip_parenthesis, titled_person)

FIRST_PERSON = rules.wordset("en", "first_person")
_CONTINUING = rules.wordset("en", "continuing_cues")  # "add", "continue": verbs of going on speaking
SUBJ_SKIP = rules.wordset("en", "subj_skip")
ATTR_AFTER = re.compile(r"\s*[,.!?]?\s*(?:[—–-]{1,2}\s*)?")
CUT_TRAIL = re.compile(r",?\s+(?:according\s+to|as\s+(?:reported|cited|quoted)\s+by|reported\s+by|citing|"
                        r"(?:he|she|they|it)\s+(?:said|added|noted|stressed|emphasized|told)\b)")
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def finite(tok) -> bool:
    """``tok`` is the verb of a finite clause: tensed itself or through its auxiliary ("If the council had read")."""
    return tok.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in tok.children)


@lru_cache(maxsize=4)
def _lex(lang: str = LANG):
    more = rules.wordset(lang, "speech_cues") if lang == "en" else frozenset()
    return (rules.words(lang, "speech_verbs") | more, rules.words(lang, "title_cues"))


@dataclass
class Found:
    kind: str
    start: int
    end: int
    text: str
    speaker: int | None = None  # entity index
    speaker_name: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    outlets: list[tuple[int, int, int]] = field(default_factory=list)  # (entity idx, start, end)
    date: str | None = None
    attr: tuple[int, int] | None = None  # the attribution clause
    follows: "Found | None" = None  # the quote whose speech this one continues (no attribution of its own)
    pronoun: str | None = None  # the attribution's pronoun coreference left unresolved ("it said")
    parts: list[tuple[int, int]] = field(default_factory=list)  # the pieces of a quote split by its attribution
    cue_i: int | None = None  # the cue's token
    origin: str = ""  # how it was found: direct | direct-cont | direct-bare | indirect | according | clause
    feats: dict = field(default_factory=dict)  # what the learned decision weighs (en_learn.features)
    speakers: list[tuple[int, int, int]] = field(default_factory=list)  # (entity, start, end) of every speaker named


class Context:
    def __init__(self, view, text: str, actors: Actors, dates, lang: str):
        self.view = view
        self.doc, self.text, self.actors, self.dates = view.spacy, text, actors, list(dates or [])
        self.verbs, self.title_cues = _lex(lang)
        self.lex = lexicon(lang)
        self.sents = view.sentences  # cut again at line breaks (a subheading is never part of the next sentence)
        self.sent_starts = [a for a, _ in self.sents]
        self.tok_starts = view.starts()
        self.held: list[Found] = []  # direct quotations a speech verb governs, left to the indirect reader first
        self.pieces: list[tuple[Found, Found]] = []  # (later paragraph, first paragraph) of a quotation (en_pieces)
        self.published: str | None = None  # the document's publication date (ISO), when known

    def sent(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sents[max(0, k)]

    def token_at(self, pos: int):
        k = bisect.bisect_right(self.tok_starts, pos) - 1
        return self.doc[max(0, k)]

    def tokens(self, start: int, end: int):
        lo = bisect.bisect_left(self.tok_starts, start)
        hi = bisect.bisect_left(self.tok_starts, end)
        return self.doc[lo:hi]

    def entity_at(self, start: int, end: int, types=None) -> tuple[int, int, int] | None:
        for s, e, i in self.actors.covering(start, end):
            if types is None or self.actors.entities[i].type in types:
                return s, e, i
        return None


def set_speaker(ctx: Context, q: Found, hit) -> bool:
    s, e, i = hit
    # the widest mention of the same entity at this place (the titled name)
    for s2, e2, i2 in ctx.actors.covering(s, e):
        if i2 == i and (e2 - s2) > (e - s):
            s, e = s2, e2
    q.speaker, q.speaker_span = i, (s, e)
    return True


# pronouns that a modifier makes a description ("Those close to him say", "Some of his aides said")
_QUANTIFIERS = frozenset("those some many most several others all few both".split())
# indefinite pronouns that stand for people the text does not name, never for an earlier speaker: "Some have
# suggested that …", "Someone called …" describe who speaks, as "Many say …" and "Critics say …" do ("Both said …"
# stands for two people named before: a pronoun)
_UNNAMED = frozenset("some someone somebody others many several most few".split())


def subject_speaker(ctx: Context, q: Found, subj) -> bool:
    subj = past_label(ctx, subj, ctx.doc[q.cue_i] if q.cue_i is not None else None)  # not "Q" of "Q: X said"
    if subj is None:
        return False
    others: list[tuple[int, int]] = []  # the antecedent's conjuncts: "Smith, who called …, and Jones, who says …"
    if subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # (a relative clause's words are its own antecedent's, never a conjunct's)
        if subj.dep_ == "attr" and (cop := next((c for c in subj.head.children if c.dep_ == "nsubj"), None)):
            subj = cop  # "Jane Doe is a reporter who says …": the one the copula describes, not "a reporter"
        elif subj.dep_ == "appos" and subj.head.i < subj.i and subj.head.pos_ == "PROPN":
            subj = subj.head  # "Ruth Gale, a nurse who said …": the one the apposition describes (r33)
        others = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subj.children
                  if c.dep_ == "conj"]
    subj = issuer(subj) or subj  # "X issued a statement saying …": X
    if subj.text.isupper() and len(subj.text) > 2:  # a dateline parsed as the subject: "CLEVELAND (AP) — Former
        for ch in reversed([c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]):  # Attorney General
            hit = ctx.entity_at(ch.idx, ch.idx + len(ch.text), ("PERSON", "ORG"))  # Michael Mukasey told …"
            if hit is not None:
                return set_speaker(ctx, q, hit)
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
    if hit is not None:
        return set_speaker(ctx, q, hit)
    if subj.lower_ == "it" and subj.dep_ == "nsubj" and subj.head.lower_ in ctx.verbs and \
            subj.head.dep_ in ("ROOT", "conj"):
        q.pronoun = "it"  # "It said that …", "it has also acknowledged that …": a verb of saying has no empty "it";
        return True  # the organisation, group or document the quote before credits (en_carry.pronoun_speakers);
        # (not a clause inside another: "What bugs me is that it confirms the belief …" speaks of a thing)
    if subj.lower_ in ("it", "there", "this", "that", "what", "which", "who"):
        return False
    if subj.pos_ == "PRON" and subj.lower_ not in _UNNAMED and not (subj.lower_ in _QUANTIFIERS and any(
            c.dep_ in ("amod", "prep", "acl") and c.i > subj.i for c in subj.children)):
        q.pronoun = subj.lower_
        return True  # unresolved pronoun: no named speaker (yet: see en_carry.pronoun_speakers)
    hit = _name_after_description(ctx, subj)
    if hit is not None:  # "the news agency AFP reported", "the broadcaster ITV said": the description is the name's
        if len(hit) == 3:
            return set_speaker(ctx, q, hit)
        q.speaker_name, q.speaker_span = ctx.text[hit[0]:hit[1]], hit  # a name the entity reader missed: as written
        return True
    # a name in apposition to a descriptive subject: "The group that owns her music, Big Machine, says", "One of
    # her advisers, Liam Osei, said" (the name hung on the object of "of")
    heads = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    apposed = [c for h in heads for c in h.children if c.dep_ == "appos" and not bracketed_appos(h, c)]
    for ch in apposed + [g for c in apposed for g in c.children if g.dep_ == "appos"]:  # and a described name's:
        # "Its client, the hospital group X,"
        if ch.dep_ == "appos":
            hit = ctx.entity_at(ch.idx, ch.idx + len(ch.text))
            if hit is not None and ctx.actors.entities[hit[2]].type in ("PERSON", "ORG", "GROUP", "GPE"):
                return set_speaker(ctx, q, hit)
    hit = _closing_name(ctx, subj)
    if hit is not None:
        return set_speaker(ctx, q, hit)
    # a name inside the subject phrase: "study co-author Anezina Solomonidou", "Lt. Matt Harris, police spokesman"
    # (not a name after a preposition: "Supporters of Donald Trump say", "a spokesman for Senator Voss said")
    preps = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subj.children
             if c.dep_ == "prep" and c.i > subj.i]
    described = modifiers(subj)
    persons = [h for h in ctx.actors.inside(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
               if ctx.actors.entities[h[2]].type == "PERSON" and not any(a <= h[0] < b for a, b in described + others)]
    named = [h for h in persons if not any(a <= h[0] < b for a, b in preps) and not (
        subj.pos_ == "NOUN" and h[1] <= subj.idx) and ctx.token_at(h[0]).pos_ != "PRON" and
        not apposed_role_owner(ctx, subj, h)]
    # (nor one that qualifies a noun, "Clinton's pollster said", nor a possessive pronoun: "her allies")
    if named and subj.pos_ in ("NOUN", "PROPN"):
        return set_speaker(ctx, q, named[0])
    lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
    # the clauses after a descriptive subject are no part of its name; an adjective phrase is ("people close to
    # Clinton", "a source familiar with Cruz's thinking"), as for a pronoun ("Those close to the mayor")
    mods = [(a, b) for a, b in described if not postnominal(ctx.token_at(a))] if subj.pos_ != "PRON" else []
    # a descriptive subject: "the ministry", "officials", "a spokesman for the Kremlin"; a relative clause or a
    # present participle after it is no part of the name ("A spokesperson who did not wish to be named"); a past
    # participle that tells which thing speaks is ("the order released Friday", "A poll conducted by Gallup")
    longest = 12
    for ch in subj.children:
        if ch.i < subj.i:
            continue
        if ch.dep_ in ("prep", "cc", "conj", "compound", "nummod", "amod") and not any(
                g.dep_ in ("relcl", "acl") for g in ch.subtree) and not any(a <= ch.idx < b for a, b in mods):
            hi = max(hi, ch.right_edge.idx + len(ch.right_edge.text))
        elif ch.dep_ == "prep" and ch.i == subj.i + 1:  # "a longtime adviser to Trump, who …": up to the clause
            cut = min(g.left_edge.i for g in ch.subtree if g.dep_ in ("relcl", "acl"))
            end = ctx.doc[cut - 1]
            while end.i > ch.i and end.is_punct:
                end = ctx.doc[end.i - 1]
            if end.i > ch.i:
                hi = max(hi, end.idx + len(end.text))
            break
        elif ch.dep_ == "acl" and ch.tag_ == "VBN" and _next_to(subj, ch) and not any(
                g.dep_ in ("relcl", "acl", "ccomp") for g in ch.subtree if g is not ch) and \
                ch.right_edge.i - subj.left_edge.i < (16 if _by(ch) else 12):
            hi = max(hi, ch.right_edge.idx + len(ch.right_edge.text))
            longest = 16 if _by(ch) else longest
        elif ch.dep_ == "relcl" and _venue(subj, ch):
            hi = max(hi, ch.right_edge.idx + len(ch.right_edge.text))
            longest = 16
        else:
            break
    phrase = ctx.text[lo:hi]
    cut = phrase.find(",")
    if cut > 0:  # "The statement, which was obtained by Variety," -> "The statement"
        phrase, hi = phrase[:cut], lo + cut
    phrase = phrase.strip()
    if phrase and len(phrase.split()) <= longest:  # (a document's maker may have a long name)
        q.speaker_name, q.speaker_span = phrase, (lo, hi)
        return True
    if persons and subj.pos_ in ("NOUN", "PROPN"):  # a description too long to stand as a name: the person in it
        return set_speaker(ctx, q, persons[0])
    return False


def _name_after_description(ctx: Context, subj):
    """The actor named right after a descriptive subject with no comma between ("the news site RTL Info", "the
    pollster Gallup", "the actor Tom Hanks"): a description in front of a name says who the name is, it refers to
    no one named before; the parse may hang the name on the description or on the verb. An actor, else the
    span of the capitalised name the entity reader missed."""
    if subj.pos_ != "NOUN" or subj.i + 1 >= len(ctx.doc) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in subj.children):
        return None
    nxt = ctx.doc[subj.i + 1]
    if nxt.pos_ != "PROPN" or nxt.head.i not in (subj.i, subj.head.i, nxt.i + 1, nxt.i + 2):
        return None
    hit = next(((s, e, i) for s, e, i in ctx.actors.covering(nxt.idx, nxt.idx + len(nxt.text)) if s == nxt.idx), None)
    if hit is not None:
        return hit
    end = nxt
    while end.i + 1 < len(ctx.doc) and ctx.doc[end.i + 1].pos_ == "PROPN" and ctx.doc[end.i + 1].text[:1].isupper():
        end = ctx.doc[end.i + 1]
    if any(not t.text[:1].isupper() or t.ent_type_ in ("DATE", "TIME") for t in ctx.doc[nxt.i:end.i + 1]):
        return None
    return nxt.idx, end.idx + len(end.text)  # (start, end) of the name as written


# the rest of a name the tagger cut ("Brennard Students| for a Just Peace"), then the comma before the verb
_CLOSES = re.compile(r"(?:\s+(?:for|of|a|an|the|and|&|[A-Z][\w.'’-]*))*\s*,\s*")


def _closing_name(ctx: Context, subj):
    """"The group that organized the camp, Brennard Students for Peace, said": the parse hung the name on the
    relative clause's object, but a name set off by commas that closes the subject right before its verb names the
    subject (the clause tells which group; the name says who it is)."""
    for rc in (c for c in subj.children if c.dep_ == "relcl" and c.i > subj.i):
        for t in rc.subtree:
            if t.dep_ != "appos" or t.i < rc.i:
                continue
            hit = ctx.entity_at(t.idx, t.idx + len(t.text), ("PERSON", "ORG", "GROUP"))
            if hit is not None and subj.head.i > t.i and _CLOSES.fullmatch(ctx.text[hit[1]:subj.head.idx]):
                return hit
    return None


def participle_speaker(ctx: Context, cue, q: Found) -> bool:
    """A participle cue without a subject of its own speaks for the subject of the verb it hangs on ("Trump attacked
    Clinton …, saying, “…”", "Peabody said: “…,” adding that …", "Blige sings before asking her, “…”") or for the
    noun it describes ("footage of Hillary Clinton asking, “…”")."""
    if cue.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    node = cue
    for _ in range(5):
        if node.head.i == node.i:
            return False
        if q.start <= node.head.idx < q.end:  # the parse hung the participle on a verb of the quote: go on up
            node = node.head
            continue
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and issuer(node.head) is not None:
            return subject_speaker(ctx, q, issuer(node.head))  # "Trump issued a statement saying, “…”"
        if node.dep_ == "acl" and node.head.dep_ in ("dobj", "pobj") and set_off(ctx, node):
            # "Trump made an attempt to deflect the criticism, writing …":
            node = _clause_above(node)  # a participle set off by a comma goes with the clause, not the noun
            if node is None:
                return False
            subj = next(c for c in node.children if c.dep_ == "nsubj")
            return subj.idx > ctx.text.rfind("\n", 0, q.start) and subject_speaker(ctx, q, subj)
        if node.dep_ == "acl" and node.head.pos_ in ("PROPN", "NOUN"):
            hit = ctx.entity_at(node.head.idx, node.head.idx + len(node.head.text))
            return hit is not None and ctx.actors.entities[hit[2]].type != "MEDIA" and set_speaker(ctx, q, hit)
        if node.dep_ not in ("advcl", "pcomp", "prep", "conj", "xcomp", "ccomp", "acomp"):
            return False
        if node.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in node.head.children):
            return False  # "heard the crowd chanting": the object speaks, not the subject
        node = coordinated_head(ctx, node) if node.dep_ == "conj" else node.head
        if node.dep_ == "relcl" and set_off(ctx, cue) and cue.i > node.i:
            node = _clause_above(node)  # "… defend not paying an architect who said he was stiffed, saying, “…”":
            if node is None:  # a participle set off by a comma after a relative clause goes with the main clause
                return False
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if (subj is None or subj.lower_ in ("it", "this", "that", "there", "what") or _set_off_after(ctx, cue)) and \
                node.dep_ == "ccomp" and node.head.i < node.i < cue.i and node.head.pos_ == "VERB" and \
                node.head.lower_ in ctx.verbs:
            node = node.head  # "Gore insisted it was “premature” … while adding, “…”": the content's "it" says
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)  # nothing; the insisting subject
        if subj is not None:
            para = ctx.text.rfind("\n", 0, q.start)
            return subj.idx > para and subject_speaker(ctx, q, subj)
    return False


QUOTE_MARKS = frozenset(QUOTE_CHARS)  # (one token each)


def _set_off_after(ctx: Context, cue) -> bool:
    """A participle of going on speaking set off by a comma after a reported clause ("…, adding that …"), or any
    participle of speech after "before"/"after" ("He said the talks were private, before adding: …"): the sayer's
    next words, not the content's subject's (r24). A bare "telling"/"asking" after a clause describing its subject
    ("Officials said the mayor was furious, telling aides: …") is that subject's act (review r24)."""
    if cue.dep_ == "pcomp" and cue.head.lower_ in ("before", "after"):
        return set_off(ctx, cue.head)
    return cue.lemma_.lower() in _CONTINUING and set_off(ctx, cue)


def set_off(ctx: Context, tok) -> bool:
    """A comma or a dash stands right before ``tok`` (past a closing quotation mark: "…,” explaining")."""
    k = tok.i - 1
    while k >= 0 and ctx.doc[k].text in QUOTE_MARKS:
        k -= 1
    return k >= 0 and ctx.doc[k].text in (",", "—", "–", "-", "--")


def _clause_above(rel):
    """The nearest verb above relative clause ``rel`` that has a subject of its own (None when none is near)."""
    node = rel.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in node.children):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def listed(root) -> list:
    """``root`` and the members of the list it heads, in text order: its conjuncts, and the conjuncts reached through
    appositions, as the parser reads a list of names ("Walz, Shapiro and Whitmer": Shapiro an apposition of Walz,
    Whitmer its conjunct) or of names with their roles ("Coons, a Democrat, and Tillis, a Republican": Tillis a
    conjunct of the apposition). Without a conjunct anywhere there is no list: an apposition alone is the same person
    ("the president's lawyer, Rudy Giuliani")."""
    seen = [root, *root.conjuncts]  # (the span may hold the last conjunct only: "Volker and Morrison said")
    todo, conj = list(seen), len(seen) > 1
    while todo and len(seen) < 12:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("conj", "appos") and c not in seen:
                conj = conj or c.dep_ == "conj"
                seen.append(c)
                todo.append(c)
    return sorted(seen, key=lambda t: t.i) if conj else [root]


def _coordinated_modifiers(root) -> list:
    """The names the parser hung on ``root`` as a modifier that heads a coordination ("Smith and safety Kyle Hammond
    both said": "Smith" read as a modifier of "Hammond", "safety" its conjunct): the first names of a list whose last
    member carries its role before the name."""
    out = []
    for t in root.lefts:
        if t.dep_ in ("nmod", "compound") and t.pos_ == "PROPN" and any(c.dep_ == "cc" for c in t.children):
            out.extend([t, *t.conjuncts])
    return out


def conjoined(ctx: Context, q: Found) -> None:
    """Several speakers named together ("Vindman and Williams told …", "Volker and Morrison said"): every conjunct
    of the speaker's mention that is an actor, in text order; the first becomes the speaker."""
    if q.speaker is None or q.speaker_span is None:
        return
    s, e = q.speaker_span
    toks = list(ctx.tokens(s, e))
    root = next((t for t in toks if not (s <= t.head.idx < e) or t.head.i == t.i), None)
    if root is None:
        return
    hits = []
    for t in sorted({*listed(root), *_coordinated_modifiers(root)}, key=lambda t: t.i):
        hit = ctx.entity_at(t.idx, t.idx + len(t.text)) or _untagged_partner(ctx, q, t, root)
        if hit is not None and all(h[2] != hit[2] for h in hits) and (hit[2] == q.speaker or t.dep_ != "pobj"):
            hits.append(hit)  # (not the place a fronted phrase sets: "In Drava, Ed Vale, a teacher, said")
    hits = [h for h in hits if h[2] == q.speaker or _beside(ctx, q, h)]
    if len(hits) < 2 or all(h[2] != q.speaker for h in hits):
        return
    q.speakers = [(i, a, b) for a, b, i in hits]
    first = hits[0]
    if first[2] != q.speaker:
        set_speaker(ctx, q, first)


def _untagged_partner(ctx: Context, q: Found, tok, root):
    """A surname the tagger left untyped, coordinated with the person who speaks ("Vindman and Williams told
    reporters", only Williams tagged): names joined by "and" as the subject of one saying are of one kind, so it is a
    person too and becomes an actor of the record (a name the tagger typed otherwise, a place or a body, stays out)."""
    from ..actors import WEntity
    if tok.i == root.i or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in ("", "PERSON") \
            or ctx.actors.entities[q.speaker].type != "PERSON" or tok.dep_ not in ("nsubj", "conj", "compound"):
        return None
    first = tok.left_edge if all(t.pos_ == "PROPN" for t in ctx.doc[tok.left_edge.i:tok.i + 1]) else tok
    lo, hi = first.idx, tok.idx + len(tok.text)
    if ctx.actors.covering(lo, hi) or ctx.actors.inside(lo, hi):
        return None
    i = ctx.actors.add_entity(WEntity("PERSON", ctx.text[lo:hi]))
    ctx.actors.add_mention(i, lo, hi, "name")
    return lo, hi, i


def _beside(ctx: Context, q: Found, hit) -> bool:
    """A conjunct speaks with the speaker only when nothing of the quote lies between them: a name inside the content
    is never its speaker, and "Smith, who called the deal “madness,” and Jones, who says …" gives each relative
    clause's words to its own antecedent (the content or the cue between them parts the two)."""
    a, b = min(hit[0], q.speaker_span[0]), max(hit[1], q.speaker_span[1])
    cue = ctx.doc[q.cue_i].idx if q.cue_i is not None else None
    return not any(x < pb and pa < y for pa, pb in q.parts or [(q.start, q.end)] for x, y in ((a, b), hit[:2])) and \
        not (cue is not None and a < cue < b)
