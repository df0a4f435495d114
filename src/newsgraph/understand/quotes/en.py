"""English quotes (the "en" quotes reader of the language table): who said what, and which outlet reported it.

Direct quotes in every quote style (“ ” " " « » „ “ ‹ › ‘ ’), multi-sentence and across paragraphs (a paragraph that
opens a quotation without closing it continues in the next paragraph that opens with the same mark), with the
attribution after ("…,» — Zelensky emphasized", "…," said Putin), before ("Putin said: «…»") or in the middle
(the part after "…," he said. "…" keeps the speaker). Indirect speech: "X said (that) …", "…, X said",
"He emphasized that …", "X told reporters …", "According to him, …"; mixed quotes (indirect speech that contains
a quoted fragment). Titles in quotes ("the film «…»"), names («Coalition of the Willing») and scare quotes (one or
two words) are never quotes.

Real-page forms: an apposition between the quote and the verb ("…,” Geoffrey Berman, the U.S. attorney for …,
said"), a split quote going on after a long attribution ("said on Nov. 8. “…"), straight and curly marks mixed,
inverted "…, said Scott Paul, who heads …", attributions inside the sentence ("The landers, he said, could …",
"Trump, according to the White House, made …"), participles ("…, saying he …", "with forecasters warning that …").
A lower-case quotation inside narration is a fragment of a mixed quote, never a direct quote of its own. An
attribution pronoun coreference left unresolved ("it said") takes the previous quote's speaker when they agree.

Speakers are actors of understand.entities/coref (a pronoun or "the Russian leader" is resolved, never output as a
name); ``speaker.mention`` is the span that attributes the quote. ``reported_by`` lists the outlets credited in the
attribution ("as reported by RBC", "according to the BBC", "told Reuters", "in an interview with CNN"); "according
to" followed by an outlet credits it, followed by anyone else names the speaker. A date expression of the
attribution clause ("said on Thursday, September 4") from understand.dates dates the quote.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...record import Mention, Quote, Ref
from .. import rules
from ..actors import Actors
from ..entities.en import LANG, lexicon
from ..marks import Quoted

FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
TELL = {"tell", "tells", "told", "telling", "inform", "informed", "assured", "assure", "warned", "warn", "urged",
        "reminded", "briefed"}
SUBJ_SKIP = {"also", "later", "then", "further", "again", "previously", "earlier", "has", "had", "have", "was",
             "is", "were", "reportedly", "repeatedly", "once", "recently", "publicly", "had", "would", "also",
             "separately", "only", "just", "however", ",", "already", "personally", "directly", "openly"}
_ATTR_AFTER = re.compile(r"\s*[,.!?]?\s*(?:[—–-]{1,2}\s*)?")
_CUT_TRAIL = re.compile(r",?\s+(?:according\s+to|as\s+(?:reported|cited|quoted)\s+by|reported\s+by|citing|"
                        r"(?:he|she|they|it)\s+(?:said|added|noted|stressed|emphasized|told)\b)")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


@lru_cache(maxsize=4)
def _lex(lang: str = LANG):
    return (rules.words(lang, "speech_verbs"), rules.words(lang, "title_cues"))


# -- the component ---------------------------------------------------------------------------------------------------
@dataclass
class _Q:
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
    follows: "_Q | None" = None  # the quote whose speech this one continues (no attribution of its own)
    pronoun: str | None = None  # the attribution's pronoun coreference left unresolved ("it said")


class _Ctx:
    def __init__(self, view, text: str, actors: Actors, dates, lang: str):
        self.view = view
        self.doc, self.text, self.actors, self.dates = view.spacy, text, actors, list(dates or [])
        self.verbs, self.title_cues = _lex(lang)
        self.lex = lexicon(lang)
        self.sents = view.sentences  # cut again at line breaks (a subheading is never part of the next sentence)
        self.sent_starts = [a for a, _ in self.sents]
        self.tok_starts = view.starts()

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


def extract(view, text: str, actors: Actors, dates=(), lang: str = LANG):
    """Quotes of the text; returns (quotes, entities) - entities re-published with first-person mentions."""
    ctx = _Ctx(view, text, actors, dates, lang)
    quoted = view.quoted
    direct, fragments = _direct(ctx, quoted)
    indirect = _indirect(ctx, direct, fragments)
    found = sorted(direct + indirect, key=lambda q: q.start)
    _pronoun_speakers(ctx, found)
    for q in found:
        if q.follows is not None and q.attr is None:
            q.outlets, q.date = list(q.follows.outlets), q.follows.date  # the same speech, the same credit
        else:
            _credit_and_date(ctx, q)
    # first-person pronouns inside a direct quote are its speaker
    for q in found:
        if q.kind == "direct" and q.speaker is not None:
            for tok in ctx.tokens(q.start, q.end):
                if tok.lower_ in FIRST_PERSON and tok.pos_ in ("PRON", "DET"):
                    actors.add_mention(q.speaker, tok.idx, tok.idx + len(tok.text), "pronoun")
    entities = actors.publish()
    out = []
    for n, q in enumerate(found, 1):
        speaker = None
        if q.speaker is not None:
            ent = actors.entities[q.speaker]
            mention = Mention(q.speaker_span[0], q.speaker_span[1], text[q.speaker_span[0]:q.speaker_span[1]]) \
                if q.speaker_span else None
            speaker = Ref(ent.id, ent.name, mention)
        elif q.speaker_name:
            mention = Mention(q.speaker_span[0], q.speaker_span[1], text[q.speaker_span[0]:q.speaker_span[1]]) \
                if q.speaker_span else None
            speaker = Ref(None, q.speaker_name, mention)
        reported = []
        for i, s, e in q.outlets:
            ent = actors.entities[i]
            reported.append(Ref(ent.id, ent.name, Mention(s, e, text[s:e])))
        out.append(Quote(id=f"q{n}", kind=q.kind, text=q.text, speaker=speaker, cue=q.cue, reported_by=reported,
                         date=q.date, start=q.start, end=q.end))
    return out, entities


PRONOUN_REACH = 1200  # characters back to the previous speaker an unresolved pronoun may take


def _pronoun_speakers(ctx: _Ctx, found: list[_Q]) -> None:
    """An attribution pronoun coreference left unresolved takes the speaker of the previous quote when they agree:
    "The union said … “We have no choice,” it said." (it/they: an organisation, a group or a noun phrase of the
    right number; he/she: a person)."""
    prev: list[_Q] = []
    for q in found:
        if q.speaker is None and not q.speaker_name and q.pronoun and q.follows is None:
            for p in reversed(prev):
                if q.start - p.end > PRONOUN_REACH:
                    break
                if _agrees(ctx, q.pronoun, p):
                    q.speaker, q.speaker_name = p.speaker, p.speaker_name
                    q.speaker_span = p.speaker_span
                    break
        if q.speaker is not None or q.speaker_name:
            prev.append(q)


def _agrees(ctx: _Ctx, pronoun: str, p: _Q) -> bool:
    if p.speaker is not None:
        ent = ctx.actors.entities[p.speaker]
        if pronoun in ("he", "she"):
            return ent.type == "PERSON" and (ent.gender is None or ent.gender == ("m" if pronoun == "he" else "f"))
        if pronoun in ("it", "they", "we"):
            return ent.type in ("ORG", "GROUP") or (pronoun == "they" and ent.type == "GPE")
        return False
    head = (p.speaker_name or "").split()[-1:] or [""]
    plural = head[0].lower().endswith("s") and not head[0].lower().endswith("ss")
    if pronoun == "it":
        return not plural
    if pronoun in ("they", "we"):
        return plural
    return False


# -- direct quotes ---------------------------------------------------------------------------------------------------
def _quote_like(ctx: _Ctx, q: Quoted) -> bool:
    inner = ctx.text[q.inner_start:q.inner_end].strip()
    words = inner.split()
    if len(words) < 3:
        return False  # a scare quote or a name
    caps = sum(1 for w in words if w[:1].isupper())
    small = {"of", "the", "and", "for", "in", "on", "a", "to", "at", "with"}
    if len(words) <= 8 and all(w[:1].isupper() or w.lower() in small for w in words) and caps >= 2 \
            and not inner.endswith((".", "!", "?", ",")):
        return False  # Title Case: a name or a title
    before = ctx.text[max(0, q.start - 30):q.start].lower().split()
    if before and (before[-1] in ctx.title_cues or " ".join(before[-2:]) in ctx.title_cues):
        return False
    if len(words) < 5 and not any(t.tag_ in _FINITE for t in ctx.tokens(q.inner_start, q.inner_end)):
        return False
    return True


def _content(ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
    t = ctx.text
    while a < b and t[a].isspace():
        a += 1
    while b > a and (t[b - 1].isspace() or t[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _direct(ctx: _Ctx, quoted: list[Quoted]):
    out: list[_Q] = []
    fragments: list[Quoted] = []
    prev: _Q | None = None
    prev_attr_end = -1
    for q in quoted:
        if not _quote_like(ctx, q) or _fragment_in_sentence(ctx, q):
            fragments.append(q)
            continue
        a, b = _content(ctx, q.inner_start, q.inner_end)
        text = ctx.text[a:b]
        for c in reversed(q.continued):
            if a <= c < b:
                text = text[:c - a] + text[c - a + 1:]
        dq = _Q("direct", a, b, text)
        if not (_attr_after(ctx, q, dq) or _attr_before(ctx, q, dq)):
            # the second half of a split quote ("…," he said. "…") or the next paragraph of the same speech
            gap = ctx.text[prev_attr_end:q.start] if prev is not None else None
            if prev is not None and gap is not None and _continues(ctx, prev, prev_attr_end, q) and (
                    prev.speaker is not None or prev.speaker_name):
                dq.speaker, dq.speaker_name, dq.cue = prev.speaker, prev.speaker_name, prev.cue
                dq.speaker_span, dq.follows = prev.speaker_span, prev
            elif _embedded(ctx, q):
                fragments.append(q)  # part of a sentence: a mixed quote if a speech verb governs it
                continue
            elif not _whole_sentence(ctx, q):
                fragments.append(q)
                continue
        out.append(dq)
        prev = dq
        prev_attr_end = dq.attr[1] if dq.attr else q.end
    return out, fragments


def _continues(ctx: _Ctx, prev: _Q, attr_end: int, q: Quoted) -> bool:
    """The quotation goes on with the previous speaker's words: right after the previous attribution (a line break
    at most), or in the same paragraph after a few words of it that the clause end cut off ("said on Nov. 8. “…")."""
    gap = ctx.text[attr_end:q.start]
    if len(gap) <= 8 and not gap.strip(" \r\n\t.,"):
        return True
    if "\n" in ctx.text[prev.end:q.start] or len(gap) > 60 or not gap.rstrip().endswith((".", ",", ":")):
        return False
    toks = [tk for tk in ctx.tokens(attr_end, q.start) if not tk.is_punct and not tk.is_space]
    return len(toks) <= 6 and not any(tk.pos_ in ("VERB", "AUX") for tk in toks)


def _whole_sentence(ctx: _Ctx, q: Quoted) -> bool:
    inner = ctx.text[q.inner_start:q.inner_end].rstrip()
    return len(inner.split()) >= 6 and inner[-1:] in ".!?…"


def _fragment_in_sentence(ctx: _Ctx, q: Quoted) -> bool:
    """Apple was "pulled into the enterprise," Cook said: a lower-case quotation inside narration is a fragment of
    a mixed quote, never a direct quote of its own."""
    inner = ctx.text[q.inner_start:q.inner_end].lstrip(" ‘'\"")
    if not inner[:1].islower():
        return False
    s, _ = ctx.sent(q.start)
    para = ctx.text.rfind("\n", 0, q.start) + 1
    before = ctx.text[max(s, para):q.start].strip()
    return bool(before) and not before.endswith((":", ",", "—", "–", ".", "!", "?", "(", "-"))


def _embedded(ctx: _Ctx, q: Quoted) -> bool:
    """The quotation sits inside a sentence (words of the narration before it in the same sentence)."""
    s, _ = ctx.sent(q.start)
    before = ctx.text[s:q.start].strip()
    return bool(before) and not before.endswith((":", ",", "—", "–"))


def _cue_near(ctx: _Ctx, start: int, end: int, last: bool = False):
    toks = [t for t in ctx.tokens(start, end) if t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX", "NOUN")]
    if not toks:
        return None
    return toks[-1] if last else toks[0]


def _speaker_for(ctx: _Ctx, cue, lo: int, hi: int, q: _Q) -> bool:
    """Find the speaker of cue verb ``cue`` within [lo, hi): the mention right before it ("Zelensky emphasized",
    "He also said"), right after it ("said Putin", "said the Russian leader") or its grammatical subject."""
    # before the cue
    j = cue.i - 1
    while j >= 0 and ctx.doc[j].idx >= lo and ctx.doc[j].lower_ in SUBJ_SKIP:
        j -= 1
    if j >= 0 and ctx.doc[j].idx >= lo:
        tok = ctx.doc[j]
        hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if hit is not None:
            return _set_speaker(ctx, q, hit)
        if tok.lower_ in ("he", "she", "i", "we", "they", "it"):
            q.cue, q.pronoun = cue.text, tok.lower_
            return True  # an unresolved pronoun: a quote without a named speaker (yet: see _pronoun_speakers)
    # after the cue ("said Putin")
    k = cue.i + 1
    while k < len(ctx.doc) and ctx.doc[k].lower_ in SUBJ_SKIP:
        k += 1
    if k < len(ctx.doc) and ctx.doc[k].idx < hi:
        tok = ctx.doc[k]
        hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if hit is None and tok.lower_ in ("the", "a", "an") and k + 1 < len(ctx.doc):
            nxt = ctx.doc[k + 1]
            hit = ctx.entity_at(tok.idx, nxt.idx + len(nxt.text))
        if hit is not None and ctx.actors.entities[hit[2]].type != "MEDIA":
            return _set_speaker(ctx, q, hit)
    # the grammatical subject
    for ch in cue.children:
        if ch.dep_ in ("nsubj", "nsubjpass") and lo <= ch.idx < hi:
            return _subject_speaker(ctx, q, ch)
    return False


def _set_speaker(ctx: _Ctx, q: _Q, hit) -> bool:
    s, e, i = hit
    ent = ctx.actors.entities[i]
    if ent.type in ("MEDIA",) and q.kind != "indirect":
        pass
    # the widest mention of the same entity at this place (the titled name)
    for s2, e2, i2 in ctx.actors.covering(s, e):
        if i2 == i and (e2 - s2) > (e - s):
            s, e = s2, e2
    q.speaker, q.speaker_span = i, (s, e)
    return True


def _subject_speaker(ctx: _Ctx, q: _Q, subj) -> bool:
    if subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
    if hit is not None:
        return _set_speaker(ctx, q, hit)
    if subj.lower_ in ("it", "there", "this", "that", "what", "which", "who"):
        return False
    if subj.pos_ == "PRON":
        q.pronoun = subj.lower_
        return True  # unresolved pronoun: no named speaker (yet: see _pronoun_speakers)
    # a name in apposition to a descriptive subject: "The group that owns her music, Big Machine, says"
    for ch in subj.children:
        if ch.dep_ == "appos":
            hit = ctx.entity_at(ch.idx, ch.idx + len(ch.text))
            if hit is not None and ctx.actors.entities[hit[2]].type in ("PERSON", "ORG", "GROUP", "GPE"):
                return _set_speaker(ctx, q, hit)
    # a name inside the subject phrase: "study co-author Anezina Solomonidou", "Lt. Matt Harris, police spokesman"
    named = [h for h in ctx.actors.inside(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
             if ctx.actors.entities[h[2]].type == "PERSON"]
    if named and subj.pos_ in ("NOUN", "PROPN"):
        return _set_speaker(ctx, q, named[0])
    lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
    # a descriptive subject: "the ministry", "officials", "a spokesman for the Kremlin"; a relative clause or a
    # participle after it is no part of the name ("A spokesperson who did not wish to be named")
    for ch in subj.children:
        if ch.i < subj.i:
            continue
        if ch.dep_ in ("prep", "cc", "conj", "compound", "nummod", "amod") and not any(
                g.dep_ in ("relcl", "acl") for g in ch.subtree):
            hi = max(hi, ch.right_edge.idx + len(ch.right_edge.text))
        else:
            break
    phrase = ctx.text[lo:hi]
    cut = phrase.find(",")
    if cut > 0:  # "The statement, which was obtained by Variety," -> "The statement"
        phrase, hi = phrase[:cut], lo + cut
    phrase = phrase.strip()
    if phrase and len(phrase.split()) <= 8:
        q.speaker_name, q.speaker_span = phrase, (lo, hi)
        return True
    return False


def _attr_after(ctx: _Ctx, q: Quoted, dq: _Q) -> bool:
    t = ctx.text
    m = _ATTR_AFTER.match(t, q.end)
    pos = m.end()
    inner_last = t[q.inner_start:q.inner_end].rstrip(" ’'\"”»›")[-1:]
    lead = t[q.end:pos]
    if not (("," in lead) or ("—" in lead) or ("–" in lead) or ("-" in lead) or inner_last in ",!?—–"):
        return False
    s_end = _clause_end(t, pos)
    if s_end - pos > 200:
        s_end = pos + 200
    cue = _cue_near(ctx, pos, s_end)
    if cue is None:
        return False
    # the attribution is short: the cue is within a few words of the quote, or after a name and its apposition
    # ("…,” Geoffrey Berman, the U.S. attorney for the Southern District of New York, said)
    appos = _appositive_speaker(ctx, pos, cue.idx)
    gap = len(t[pos:cue.idx].split())
    if gap > (30 if appos is not None else 8):
        return False
    dq.cue = cue.text
    dq.attr = (q.end, s_end)
    if appos is not None:
        _set_speaker(ctx, dq, appos)
    elif not _speaker_for(ctx, cue, pos, s_end, dq):
        dq.cue = cue.text
    return True


def _appositive_speaker(ctx: _Ctx, pos: int, cue_at: int):
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
        return None
    after = t[best[1]:cue_at]
    if not after.lstrip().startswith(",") or not after.rstrip().endswith(",") or after.count(",") < 2:
        return None
    return best


def _clause_end(t: str, pos: int) -> int:
    """The end of the attribution sentence that starts at pos (a full stop, a line break or the next quote)."""
    n = len(t)
    i = pos
    while i < n:
        c = t[i]
        if c == "\n" or c in "«“„‹\"":
            return i
        if c in ".!?" and (i + 1 >= n or t[i + 1] in " \n\"”»") and not re.search(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St)$",
                                                                               t[max(pos, i - 3):i]):
            return i + 1
        i += 1
    return n


def _attr_before(ctx: _Ctx, q: Quoted, dq: _Q) -> bool:
    t = ctx.text
    s, _ = ctx.sent(q.start)
    para = t.rfind("\n", 0, q.start) + 1
    lo = max(s, para)
    before = t[lo:q.start].rstrip()
    if not before and para > 0:
        # the quotation opens a paragraph after one that ends with a colon: "Zelensky said:\n\n«…»"
        prev_end = len(t[:para].rstrip())
        if t[prev_end - 1:prev_end] == ":":
            lo = max(ctx.sent(prev_end - 1)[0], t.rfind("\n", 0, prev_end) + 1)
            before = t[lo:prev_end]
    if not before or not before.endswith((":", ",")):
        return False
    cue = _cue_near(ctx, lo, lo + len(before), last=True)
    if cue is None:
        # "As Zelensky put it, «…»" / "In Putin’s words: «…»" are rare; keep to speech verbs
        return False
    between = t[cue.idx + len(cue.text):lo + len(before)].lower().split()
    if len(between) > 10 or "that" in between:
        return False  # "Prosecutors alleged that Noel and Thomas, assigned to …, “…”": a clause, not an attribution
    dq.cue = cue.text
    dq.attr = (lo, lo + len(before))
    _speaker_for(ctx, cue, lo, lo + len(before), dq)
    return True


# -- indirect and mixed quotes ---------------------------------------------------------------------------------------
def _indirect(ctx: _Ctx, direct: list[_Q], fragments: list[Quoted]) -> list[_Q]:
    out: list[_Q] = []
    taken = [(d.start, d.end) for d in direct] + [d.attr for d in direct if d.attr]
    quoted_all = [(q.start, q.end) for q in ctx.view.quoted]
    qstarts = [a for a, _ in quoted_all]

    def in_direct(pos: int) -> bool:
        return any(a <= pos < b for a, b in taken)

    def in_quotes(pos: int) -> bool:
        k = bisect.bisect_right(qstarts, pos) - 1
        return k >= 0 and quoted_all[k][0] <= pos < quoted_all[k][1]

    for k in ctx.view.where("LOWER", ctx.verbs | {"according"}):
        tok = ctx.doc[k]
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            if in_quotes(tok.idx) or in_direct(tok.idx):
                continue
            q = _according(ctx, tok)
        elif low in ctx.verbs and tok.pos_ == "VERB":
            if in_quotes(tok.idx) or in_direct(tok.idx):
                continue
            q = _said(ctx, tok)
        else:
            continue
        if q is None:
            continue
        if any(d.start < q.end and q.start < d.end for d in direct):
            continue
        clash = next((o for o in out if o.start < q.end and q.start < o.end), None)
        if clash is not None:
            # "Reuters reported that Zelensky said …": the outlet credits the inner speaker's words
            if clash.speaker is not None and ctx.actors.entities[clash.speaker].type == "MEDIA" and \
                    clash.start <= q.start and q.end <= clash.end + 1 and q.speaker != clash.speaker:
                s0, e0 = clash.speaker_span or (clash.start, clash.start)
                q.outlets.append((clash.speaker, s0, e0))
                out.remove(clash)
            else:
                continue
        for f in fragments:
            if q.start <= f.start < q.end and _real_fragment(ctx, f):
                q.kind = "mixed"
                if f.end > q.end:
                    q.end = f.end
                    q.text = ctx.text[q.start:q.end]
        out.append(q)
    return out


def _real_fragment(ctx: _Ctx, f: Quoted) -> bool:
    """A quoted fragment of someone's words (not a name or a title in quote marks)."""
    inner = ctx.text[f.inner_start:f.inner_end].strip()
    words = inner.split()
    if not words:
        return False
    if ctx.actors.inside(f.inner_start, f.inner_end + 1) and len(words) <= 6:
        hits = ctx.actors.inside(f.inner_start, f.inner_end + 1)
        if any(e - s >= len(inner) - 1 for s, e, _ in hits):
            return False  # «Coalition of the Willing»: a name
    caps = sum(1 for w in words if w[:1].isupper())
    if len(words) >= 2 and caps == len(words):
        return False
    return True


def _best_subject(ctx: _Ctx, verb):
    """The subject of ``verb``; of two parsed subjects (a split "study co-author Anezina Solomonidou", a dateline
    "BUFFALO, N.Y. — …, coach Bruce Boudreau expressed") a person first, then any actor, then the nearest."""
    subjs = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjs) <= 1:
        return subjs[0] if subjs else None

    def typ(c):
        hit = ctx.entity_at(c.idx, c.idx + len(c.text))
        return ctx.actors.entities[hit[2]].type if hit else None
    return next((c for c in reversed(subjs) if typ(c) == "PERSON"), None) or \
        next((c for c in reversed(subjs) if typ(c) is not None and not c.text.isupper()), None) or subjs[0]


def _subjunctive(ctx: _Ctx, a: int, b: int) -> bool:
    """ "suggested that the President change his diet": a bare verb with its own subject."""
    return any(tk.tag_ == "VB" and any(c.dep_ == "nsubj" for c in tk.children) for tk in ctx.tokens(a, b))


def _finite(ctx: _Ctx, a: int, b: int) -> bool:
    return any(t.tag_ in _FINITE for t in ctx.tokens(a, b))


def _trim(ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
    t = ctx.text
    m = _CUT_TRAIL.search(t, a, b)
    if m:
        b = m.start()
    while b > a and (t[b - 1].isspace() or t[b - 1] in ".,;:—–-"):
        if t[b - 1] == "." and b - 2 >= a and t[b - 2].isupper() and (b - 3 < a or t[b - 3] == "."):
            break  # "U.S."
        b -= 1
    while a < b and t[a].isspace():
        a += 1
    return a, b


def _strip_lead(ctx: _Ctx, a: int, b: int) -> int:
    """Drop leading adverbials without a finite verb: "Meanwhile, following the summit in Paris, the …"."""
    t = ctx.text
    while True:
        c = t.find(",", a, b)
        if c < 0:
            return a
        if _finite(ctx, a, c) or b - c < 10:
            return a
        nxt = c + 1
        while nxt < b and t[nxt].isspace():
            nxt += 1
        a = nxt


def _said(ctx: _Ctx, v) -> _Q | None:
    t = ctx.text
    s_lo, s_hi = ctx.sent(v.idx)
    q = _Q("indirect", 0, 0, "", cue=v.text)
    # who: the subject (or the subject of the verb it is conjoined to / the noun a relative clause modifies)
    subj = _best_subject(ctx, v)
    if subj is None and (v.dep_ in ("conj", "xcomp") or (v.dep_ == "advcl" and v.tag_ == "VBG")):
        # "… and said", "…, saying he trusted the courts", "tried to suggest": the subject of the verb it hangs
        # on; "prompted users to argue", "led the manufacturer to announce": its object
        obj = next((c for c in v.head.children if c.dep_ == "dobj"), None) if v.dep_ == "xcomp" else None
        subj = obj or _best_subject(ctx, v.head)
        if subj is not None and v.dep_ == "xcomp" and (subj.lower_ in ("which", "that", "what") or
                                                       v.head.lemma_ == "be"):
            return None  # "Which is not to say that …"
    if subj is None and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "ccomp" for c in v.children):
        subj = v.head  # "with forecasters warning that …", "a statement saying that …"
    passive = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    verb = v
    if passive is not None and v.lower_ in ("quoted", "cited") and passive.lower_ not in ("it", "this", "that"):
        # "X was quoted by TASS as saying that …": X speaks, the clause of "saying" is the content
        saying = next((t for t in ctx.doc[v.i + 1:min(len(ctx.doc), v.i + 10)] if t.lower_ == "saying"), None)
        if saying is None or saying.idx >= s_hi:
            return None
        subj, verb = passive, saying
    elif passive is not None or any(c.dep_ == "agent" for c in v.children):
        return None  # "it was reported that", "as reported by RBC"
    if subj is None or not (s_lo <= subj.idx < s_hi):
        # the parse went astray (a headline without a full stop glued to the sentence): the name right before
        subj = _token_before(ctx, v, s_lo)
        if subj is None:
            subj = _token_after(ctx, v, s_hi)  # "…, said Scott Paul, who heads …"
        if subj is None:
            return None
    if subj.lower_ in ("it", "there", "what", "this") and subj.dep_ == "nsubj":
        return None
    if subj.lower_ in ("i", "we", "you"):
        return None  # the writer's own voice outside quote marks ("Before we start, I’ve got to warn you")
    if v.lower_ == "said" and v.i > 0 and (ctx.doc[v.i - 1].lower_ in ("the", "find", "found", "finds")) and \
            v.i + 1 < len(ctx.doc) and ctx.doc[v.i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "only to find said civilisation had issues": "said" as an adjective
    if v.lemma_ == "ask":
        return None  # "asked (me) if …" is a question reported, not a statement
    # what: after the verb ("said (that) …", "told reporters (that) …", "said on Thursday that …")
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if comp is not None and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in comp.children):
        return None  # a relative clause the parser took for the content ("the witness testifying who listened")
    a = b = None
    if comp is not None:
        left = comp.left_edge
        while left.i < comp.i and (left.dep_ in ("mark", "punct") or left.is_space):
            left = ctx.doc[left.i + 1]
        a = max(left.idx, verb.idx + len(verb.text))
        right = comp.right_edge
        b = right.idx + len(right.text)
        b = min(b, s_hi)
    else:
        # "said that" whose clause the parser did not attach; "told reporters that …"
        k = verb.i + 1
        reach = 14 if verb.dep_ != "relcl" else 6  # "the quality Google promised – it's revealed that …"
        while k < len(ctx.doc) and ctx.doc[k].idx < s_hi and k - verb.i <= reach and ctx.doc[k].lower_ != "that" \
                and not (k - verb.i > 6 and ctx.doc[k].text in ",;:–—-"):
            k += 1
        if k < len(ctx.doc) and ctx.doc[k].lower_ == "that" and ctx.doc[k].idx < s_hi and (
                ctx.doc[k].dep_ == "mark" or k == verb.i + 1):
            a, b = ctx.doc[k].idx + 4, s_hi
    if a is None:
        # before the verb: "…, Zelensky said (on Thursday …)"
        marks = " \t”\"’»"
        c = t.rfind(",", s_lo, subj.left_edge.idx if subj.i < v.i else v.idx)
        if subj.i < v.i:
            between = t[c + 1:subj.left_edge.idx].strip(marks) if c >= 0 else None
        else:  # inverted: "…, says Jennifer Pluznick, a physiologist"
            between = t[c + 1:v.idx].strip(marks) if c >= 0 else None
        if c > s_lo and between == "":
            a, b = _strip_lead(ctx, s_lo, c), c
            par = _parenthetical(ctx, a, c, v.idx, s_hi)
            if par is not None:  # "The larger landers, he said, could deliver tools …"
                q.start, q.end, q.text = par
                q.attr = (s_lo, s_hi)
                if not _subject_speaker(ctx, q, subj) and subj.pos_ != "PRON":
                    return None
                return q
        else:
            return None
    a, b = _trim(ctx, a, b)
    if b - a < 8 or len(t[a:b].split()) < 3 or not (_finite(ctx, a, b) or _subjunctive(ctx, a, b)):
        return None
    q.start, q.end, q.text = a, b, t[a:b]
    q.attr = (s_lo, s_hi)
    if not _subject_speaker(ctx, q, subj):
        if subj.pos_ == "PRON":
            pass
        else:
            return None
    return q


def _token_before(ctx: _Ctx, v, lo: int):
    """The head token of an actor mention (or a personal pronoun) ending right before verb ``v``."""
    j = v.i - 1
    while j >= 0 and ctx.doc[j].idx >= lo and ctx.doc[j].lower_ in SUBJ_SKIP:
        j -= 1
    if j < 0 or ctx.doc[j].idx < lo:
        return None
    tok = ctx.doc[j]
    if tok.lower_ in ("he", "she") or ctx.entity_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return tok
    return None


def _parenthetical(ctx: _Ctx, a: int, c1: int, after: int, s_hi: int):
    """An attribution inside the sentence it reports: "The larger landers, he said, could deliver …", "This system,
    says Richard Locksley, an immunologist, helps …", "Trump, according to the White House, made …". The part before
    it has no verb of its own and a finite verb opens the part after it. Returns (start, end, text) or None."""
    t = ctx.text
    if _finite(ctx, a, c1) or not t[a:c1].strip():
        return None
    c2 = t.find(",", after, s_hi)
    while c2 >= 0:
        nxt = next((tk for tk in ctx.tokens(c2 + 1, s_hi) if not tk.is_space), None)
        if nxt is not None and nxt.tag_ in _FINITE and nxt.pos_ in ("VERB", "AUX"):
            break
        c2 = t.find(",", c2 + 1, s_hi)
    if c2 < 0:
        return None
    a2, b2 = _trim(ctx, c2 + 1, s_hi)
    if b2 - a2 < 8:
        return None
    return a, b2, t[a:c1].strip() + " " + t[a2:b2]


def _token_after(ctx: _Ctx, v, hi: int):
    """The head token of an actor mention right after verb ``v`` ("said Scott Paul"), when a comma precedes ``v``."""
    if v.i == 0 or ctx.doc[v.i - 1].text not in (",", "”", '"', "’") or v.i + 1 >= len(ctx.doc):
        return None
    tok = ctx.doc[v.i + 1]
    if tok.idx >= hi:
        return None
    hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    if hit is None:
        return None
    k = v.i + 1
    while k + 1 < len(ctx.doc) and ctx.doc[k + 1].idx < hit[1]:
        k += 1
    return ctx.doc[k]


def _according(ctx: _Ctx, acc) -> _Q | None:
    t = ctx.text
    s_lo, s_hi = ctx.sent(acc.idx)
    to = ctx.doc[acc.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None and acc.i + 2 < len(ctx.doc):
        obj = ctx.doc[acc.i + 2]
    if obj is None:
        return None
    o_lo = obj.left_edge.idx if obj.left_edge.i > to.i else obj.idx
    o_hi = obj.right_edge.idx + len(obj.right_edge.text)
    hit = ctx.entity_at(obj.idx, obj.idx + len(obj.text))
    if hit is not None and ctx.actors.entities[hit[2]].type == "MEDIA":
        return None  # an outlet credit: attached to the sentence's quote by _credit_and_date
    # the content: the rest of the sentence
    after = t.find(",", o_hi, s_hi)
    if acc.idx - s_lo < 3 or not t[s_lo:acc.idx].strip(" ,"):
        if after < 0:
            return None
        a, b = after + 1, s_hi
    else:
        c = t.rfind(",", s_lo, acc.idx)
        if c < 0 or t[c + 1:acc.idx].strip():
            return None
        a, b = _strip_lead(ctx, s_lo, c), c
        par = _parenthetical(ctx, a, c, o_hi, s_hi)
        if par is not None:  # "Trump, according to the White House, made an unscheduled trip …"
            q = _Q("indirect", par[0], par[1], par[2], cue="according to", attr=(s_lo, s_hi))
            if hit is not None:
                _set_speaker(ctx, q, hit)
            elif obj.pos_ != "PRON":
                q.speaker_name, q.speaker_span = t[o_lo:o_hi], (o_lo, o_hi)
            return q
    a, b = _trim(ctx, a, b)
    if b - a < 8 or not _finite(ctx, a, b):
        return None
    q = _Q("indirect", a, b, t[a:b], cue="according to", attr=(s_lo, s_hi))
    if hit is not None:
        _set_speaker(ctx, q, hit)
    elif obj.pos_ == "PRON":
        pass  # unresolved pronoun
    else:
        q.speaker_name, q.speaker_span = t[o_lo:o_hi], (o_lo, o_hi)
    return q


# -- outlets and dates -----------------------------------------------------------------------------------------------
def _credit_and_date(ctx: _Ctx, q: _Q) -> None:
    """Outlets credited and a date given in the attribution: the quote's sentence outside its content."""
    if q.attr is None:
        lo, hi = ctx.sent(q.start)[0], ctx.sent(max(q.start, q.end - 1))[1]
    else:
        lo = min(q.attr[0], ctx.sent(q.attr[0])[0])
        hi = max(q.attr[1], ctx.sent(max(q.attr[0], q.attr[1] - 1))[1])
    for s, e, i in ctx.actors.inside(lo, hi):
        if q.start <= s < q.end:
            continue
        if ctx.actors.entities[i].type == "MEDIA" and i != q.speaker and all(o[0] != i for o in q.outlets):
            q.outlets.append((i, s, e))
    best = None
    for d in ctx.dates:
        if lo <= d.start < hi and not (q.start <= d.start < q.end) and d.value:
            dist = abs(d.start - (q.speaker_span[1] if q.speaker_span else q.end))
            if best is None or dist < best[0]:
                best = (dist, d.value)
    if best:
        q.date = best[1]
