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

import re

from ...record import Mention, Quote, Ref
from .. import rules
from ..actors import Actors
from ..entities.en_lexicon import LANG
from ..marks import Quoted
from .en_ctx import (ATTR_AFTER, FINITE, FIRST_PERSON, SUBJ_SKIP, Context, Found, conjoined, participle_speaker,
                     person_of, set_speaker, skip_parenthesis, subject_speaker, titled_person)
from . import en_learn, en_rank
from .en_carry import pronoun_speakers
from .en_credit import credit_and_date
from .en_docs import document_speaker
from .en_extra import clause_candidates
from .en_heads import appos_person, coordinated_head, earlier_subject, in_subject_prep, np_person
from .en_indirect import _indirect
from .en_intro import adopt, addressee, colon_intro, new_sentence_after, put_it, said_comma
from .en_lead import according_intro, governed, inverted_apposition, name_colon
from .en_naming import naming_quotes
from .en_paragraphs import paragraph_speakers
from .en_roles import described_speaker, role_actor
from .en_spk import bare_attribution, check_speakers, clause_noun, drop_trailing_coordinator
from .en_spk_dialogue import dialogue_turns
from .en_topic import topic_person
from .en_turns import merge_split, turns


def extract(view, text: str, actors: Actors, dates=(), lang: str = LANG, published: str | None = None):
    """Quotes of the text; returns (quotes, entities) - entities re-published with first-person mentions."""
    ctx = Context(view, text, actors, dates, lang)
    ctx.published = published  # the publication date: a day of the news cycle dates a quote (en_credit)
    quoted = view.quoted
    direct, fragments = _direct(ctx, quoted)
    indirect = _indirect(ctx, direct, fragments)
    drop_trailing_coordinator(ctx, indirect)
    for dq in ctx.held:  # a quotation a speech verb governs that no indirect quote took: a direct quote still
        if not any(i.start <= dq.start < i.end for i in indirect):
            dq.origin = "direct-bare"
            direct.append(dq)
    direct.sort(key=lambda d: d.start)
    indirect += naming_quotes(ctx, fragments, direct + indirect, lang)
    found = sorted(turns(ctx, direct + indirect), key=lambda q: q.start)
    check_speakers(ctx, found)
    _paragraph_speakers(ctx, found)
    mdl = en_learn.model()
    if mdl.loaded or en_learn.COLLECT is not None:
        used = {q.cue_i for q in found if q.cue_i is not None}
        cands = clause_candidates(ctx, used)
        check_speakers(ctx, cands)
        found = sorted(found + cands, key=lambda q: q.start)
    checked = {id(q): _who(q) for q in found}  # each speaker is checked once: these now, later ones at the end
    pronoun_speakers(ctx, [q for q in found if q.origin != "clause"])  # a candidate lends no speaker
    paragraph_speakers(ctx, [q for q in found if q.origin != "clause"])
    dialogue_turns(ctx, [q for q in found if q.origin != "clause"])  # (once the pronouns have their speakers)
    for q in found:
        if q.follows is not None and q.attr is None:
            q.outlets, q.date = list(q.follows.outlets), q.follows.date  # the same speech, the same credit
        else:
            credit_and_date(ctx, q)
    found = merge_split(ctx, found)
    for q in found:
        cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
        q.feats = {**en_learn.features(ctx, q, q.origin, cue), **q.feats}
    found = en_learn.decide(ctx, found, text)
    pronoun_speakers(ctx, found, clauses_only=True)
    check_speakers(ctx, [q for q in found if q.follows is None and _who(q) not in (checked.get(id(q)), (None,) * 3)])
    for q in found:
        conjoined(ctx, q)
        described_speaker(ctx, q)
    for q in found:  # "the Indiana governor said": the one actor the role fits
        if q.speaker is None and q.speaker_name and q.speaker_span:
            hit = role_actor(ctx, q.speaker_span[0], q.speaker_span[1], lang)
            if hit is not None:
                actors.add_mention(hit[2], hit[0], hit[1], "desc")
                q.speaker, q.speaker_name = hit[2], None
            elif (hit := topic_person(ctx, q.speaker_span[0], q.speaker_span[1], lang)) is not None:
                actors.add_mention(hit[2], hit[0], hit[1], "desc")  # "… . The Vermont senator said": the topic
                q.speaker, q.speaker_name = hit[2], None
            else:
                document_speaker(ctx, q, found)  # "The report says": its maker
    en_rank.rank(ctx, found)  # the learned speaker ranker over the rules' choice (without its model: the rules)
    # first-person pronouns inside a direct quote are its speaker
    for q in found:
        if q.kind == "direct" and q.speaker is not None:
            for a, b in q.parts or [(q.start, q.end)]:
                for tok in ctx.tokens(a, b):
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
        parts = [[a, b] for a, b in q.parts] if len(q.parts) > 1 else []
        speakers = [Ref(actors.entities[i].id, actors.entities[i].name, Mention(a, b, text[a:b]))
                    for i, a, b in q.speakers]
        out.append(Quote(id=f"q{n}", kind=q.kind, text=q.text, speaker=speaker, cue=q.cue, reported_by=reported,
                         date=q.date, start=q.start, end=q.end, parts=parts, speakers=speakers))
    return out, entities


def _who(q: Found):
    return q.speaker, q.speaker_name, q.speaker_span


def _paragraph_speakers(ctx: Context, found: list[Found]) -> None:
    """A quotation standing alone (no attribution of its own) after an attributed quote of the same paragraph goes on
    with that speaker's words: news gives a new speaker a new paragraph. "The answers are “not meeting the demand,”
    says Paul Rieckhoff. “We often compare it to …”" (the first one mixed) and "“…,” Flynn said on Fox News’s “Fox
    and Friends.” “I mean, …”" (a title between them)."""
    prev: Found | None = None
    for q in found:
        if q.origin == "direct-bare" and q.speaker is None and not q.speaker_name and not q.pronoun and \
                prev is not None and (prev.speaker is not None or prev.speaker_name) and \
                "\n" not in ctx.text[prev.end:q.start]:
            q.speaker, q.speaker_name, q.speaker_span, q.cue = prev.speaker, prev.speaker_name, prev.speaker_span, \
                prev.cue
        prev = q


# -- direct quotes ---------------------------------------------------------------------------------------------------
def _quote_like(ctx: Context, q: Quoted) -> bool:
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
    if len(words) < 5 and not any(t.tag_ in FINITE for t in ctx.tokens(q.inner_start, q.inner_end)):
        return False
    return True


def _content(ctx: Context, a: int, b: int) -> tuple[int, int]:
    t = ctx.text
    while a < b and t[a].isspace():
        a += 1
    while b > a and (t[b - 1].isspace() or t[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _direct(ctx: Context, quoted: list[Quoted]):
    out: list[Found] = []
    fragments: list[Quoted] = []
    held: list[Found] = []
    prev: Found | None = None
    prev_attr_end = -1
    for q in quoted:
        frag = _fragment_in_sentence(ctx, q)
        plain = not frag and (_quote_like(ctx, q) or _short_attributed(ctx, q) or new_sentence_after(ctx, q))
        colon = _colon_attributed(ctx, q) if not (frag or plain) else None  # (its attribution: parsed once)
        if not (plain or colon is not None):
            fragments.append(q)
            continue
        a, b = _content(ctx, q.inner_start, q.inner_end)
        text = ctx.text[a:b]
        for c in reversed(q.continued):
            if a <= c < b:
                text = text[:c - a] + text[c - a + 1:]
        dq = Found("direct", a, b, text)
        if not (_attr_after(ctx, q, dq) or (adopt(dq, colon) if colon is not None else _attr_before(ctx, q, dq))):
            # the second half of a split quote ("…," he said. "…") or the next paragraph of the same speech
            gap = ctx.text[prev_attr_end:q.start] if prev is not None else None
            if prev is not None and gap is not None and _continues(ctx, prev, prev_attr_end, q) and (
                    prev.speaker is not None or prev.speaker_name or prev.pronoun):  # (a pronoun: resolved later)
                dq.speaker, dq.speaker_name, dq.cue = prev.speaker, prev.speaker_name, prev.cue
                dq.speaker_span, dq.follows = prev.speaker_span, prev
            elif _embedded(ctx, q):
                fragments.append(q)  # part of a sentence: a mixed quote if a speech verb governs it
                continue
            elif governed(ctx, q):
                fragments.append(q)  # "X said that …, “…”": the end of X's indirect speech (kept if none reads it)
                held.append(dq)
                continue
            elif not _whole_sentence(ctx, q):
                fragments.append(q)
                continue
        dq.origin = "direct" if dq.attr else ("direct-cont" if dq.follows is not None else "direct-bare")
        out.append(dq)
        prev = dq
        prev_attr_end = dq.attr[1] if dq.attr else q.end
    ctx.held = held
    return out, fragments


def _short_attributed(ctx: Context, q: Quoted) -> bool:
    """A short quotation opening its sentence and closed by a comma, a named speaker's attribution ending the sentence:
    "“We're anxious,” said another user, Johanna Bayer. “…”", "“Elections matter,” Kelly said." (words said, not a
    scare quote or a title)."""
    inner = ctx.text[q.inner_start:q.inner_end].rstrip(" ’'\"”»")
    if not inner.endswith((",", "!", "?")) or _embedded(ctx, q):
        return False
    probe = Found("direct", q.inner_start, q.inner_end, "")
    if not _attr_after(ctx, q, probe) or (probe.speaker is None and not probe.speaker_name):
        return False
    # the attribution ends the sentence: "“By locking in China,” Obama said, “we …”" is the opening of a split
    # quotation whose other part the reader takes (or leaves) on its own
    return ctx.text[probe.attr[1] - 1:probe.attr[1]] in (".", "!", "?")


def _colon_attributed(ctx: Context, q: Quoted) -> Found | None:
    """A short quotation a named speaker's speech verb hands over to with a colon: 'Walsh replied: “Absolutely
    not.”' (the words said, however few: no scare quote or title follows a speech verb and a colon). Returns the
    attribution found (``en_intro.adopt`` hands it to the quote: parsed once), or None."""
    s, _ = ctx.sent(q.start)
    words = ctx.text[q.inner_start:q.inner_end].split()
    if not (ctx.text[s:q.start].rstrip().endswith(":") or said_comma(ctx, s, q)) or not words or (
            len(words) >= 2 and all(w[:1].isupper() for w in words)):
        return None  # (Title Case: a name or a title, "listed his guilty pleasure: “Saturday Night Live”")
    probe = Found("direct", q.inner_start, q.inner_end, "")
    if _attr_before(ctx, q, probe) and probe.cue_i is not None and (probe.speaker is not None or bool(
            probe.speaker_name) or probe.pronoun in ("he", "she", "they")):  # (a pronoun: resolved later)
        return probe
    return None


def _continues(ctx: Context, prev: Found, attr_end: int, q: Quoted) -> bool:
    """The quotation goes on with the previous speaker's words: right after the previous attribution (a line break
    at most), or in the same paragraph after a few words of it that the clause end cut off ("said on Nov. 8. “…")."""
    gap = ctx.text[attr_end:q.start]
    if len(gap) <= 8 and not gap.strip(" \r\n\t.,"):
        return True
    if "\n" in ctx.text[prev.end:q.start] or len(gap) > 60 or not gap.rstrip().endswith((".", ",", ":")):
        return False
    toks = [tk for tk in ctx.tokens(attr_end, q.start) if not tk.is_punct and not tk.is_space]
    return len(toks) <= 6 and not any(tk.pos_ in ("VERB", "AUX") for tk in toks)


def _whole_sentence(ctx: Context, q: Quoted) -> bool:
    inner = ctx.text[q.inner_start:q.inner_end].rstrip()
    return len(inner.split()) >= 6 and inner[-1:] in ".!?…"


def _fragment_in_sentence(ctx: Context, q: Quoted) -> bool:
    """Apple was "pulled into the enterprise," Cook said: a lower-case quotation inside narration is a fragment of
    a mixed quote, never a direct quote of its own."""
    inner = ctx.text[q.inner_start:q.inner_end].lstrip(" ‘'\"")
    if not inner[:1].islower():
        return False
    s, _ = ctx.sent(q.start)
    para = ctx.text.rfind("\n", 0, q.start) + 1
    before = ctx.text[max(s, para):q.start].strip()
    return bool(before) and not before.endswith((":", ",", "—", "–", ".", "!", "?", "(", "-"))


def _embedded(ctx: Context, q: Quoted) -> bool:
    """The quotation sits inside a sentence (words of the narration before it in the same sentence). A full stop
    right before it ends a sentence the parser ran on ("…,'' Mr. Chipman said. ''But …''": two apostrophes)."""
    s, _ = ctx.sent(q.start)
    before = ctx.text[s:q.start].rstrip()
    if before.endswith((".", "!", "?")) and not _abbreviation(ctx.text, s, s + len(before) - 1):
        return False
    before = before.strip()
    return bool(before) and not before.endswith((":", ",", "—", "–"))


# where a speech verb the tagger took for a noun stands ("…,” Smith tweets.), and a cue noun a verb takes
# ("delivered a sharp retort: …"): a noun elsewhere is a noun
_VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "dobj"})


def _cue_near(ctx: Context, start: int, end: int, last: bool = False):
    toks = [t for t in ctx.tokens(start, end) if t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX", "NOUN")
            and not (t.pos_ == "NOUN" and t.dep_ not in _VERB_DEPS)]  # "the state firefighters union", "a swing state"
    if not toks:
        return None
    return toks[-1] if last else toks[0]


def _speaker_for(ctx: Context, cue, lo: int, hi: int, q: Found) -> bool:
    """Find the speaker of cue verb ``cue`` within [lo, hi): the mention right before it ("Zelensky emphasized",
    "He also said"), right after it ("said Putin", "said the Russian leader") or its grammatical subject."""
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


def _attr_after(ctx: Context, q: Quoted, dq: Found) -> bool:
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
    dq.cue, dq.cue_i = cue.text, cue.i
    dq.attr = (q.end, s_end)
    if appos is not None:
        set_speaker(ctx, dq, appos)
    elif not _speaker_for(ctx, cue, pos, s_end, dq):
        dq.cue = cue.text
    return True


def _appositive_speaker(ctx: Context, pos: int, cue_at: int):
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
    if not after.lstrip().startswith(","):
        return None
    if (not after.rstrip().endswith(",") or after.count(",") < 2) and ctx.actors.entities[best[2]].type != "PERSON":
        return None  # (a person's apposition may run to the cue: "…,” Nate Silver, the polling guru who … tweeted)
    return best


# words a full stop abbreviates, never a sentence end: titles ("Sen. Claire McCaskill (D-Mo.) said") and the
# abbreviations of lang/en/words.tsv ("said on Nov. 8")
ABBREVIATIONS = frozenset(w[:-1] for w in rules.words("en", "titles") if w.endswith(".")) | \
    rules.wordset("en", "abbreviations")


def _abbreviation(t: str, lo: int, i: int) -> bool:
    """The full stop at ``i`` ends an initial ("J.") or an abbreviation ("Sen.", "Gov.", "Nov.")."""
    m = re.search(r"\b(\w+)$", t[max(lo, i - 6):i])
    return m is not None and ((len(m.group(1)) == 1 and m.group(1).isupper()) or m.group(1).lower() in ABBREVIATIONS)


def _clause_end(t: str, pos: int) -> int:
    """The end of the attribution sentence that starts at pos (a full stop, a line break or the next quote)."""
    n = len(t)
    i = pos
    while i < n:
        c = t[i]
        if c == "\n" or c in "«“„‹\"" or t.startswith("''", i):
            return i
        if c in ".!?" and (i + 1 >= n or t[i + 1] in " \n\"”»") and not _abbreviation(t, pos, i):
            return i + 1
        i += 1
    return n


def _attr_before(ctx: Context, q: Quoted, dq: Found) -> bool:
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
    cue = _cue_near(ctx, lo, lo + len(before), last=True)
    if cue is None and (put_it(ctx, lo, lo + len(before), dq) or according_intro(ctx, lo, lo + len(before), dq)):
        return True
    if cue is None:
        # "As Zelensky put it, «…»" / "In Putin’s words: «…»" are rare; keep to speech verbs, but a sentence that
        # hands over to the quotation with a colon, its subject a named actor, introduces that actor's words
        return before.endswith(":") and (colon_intro(ctx, lo, lo + len(before), dq) or
                                         name_colon(ctx, lo, lo + len(before), dq))
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
        _speaker_for(ctx, cue, lo, lo + len(before), dq)
    return True
