"""understand.ru: actors and quotes of Russian and Ukrainian documents, over natasha's analysis.

``understand.parse`` leaves a natasha Doc in ``scratch["ru_doc"]`` (segmented, morphology, syntax, NER, spans
normalised). This component fills ``record.entities`` and ``record.quotes`` for documents in ``ru`` or ``uk``.

Entities
  natasha's PER / ORG / LOC spans become PERSON / ORG / GPE actors; outlets of the curated list
  (``lang/<code>/outlets.tsv``, inflected forms listed) become MEDIA. Person mentions are clustered by surname
  (and first name when both are given): "Путина", "Путин", "Владимир Путин" are one actor named by the longest
  normalised form, "Владимир Путин". A title before a name ("Президент России Владимир Путин") or in apposition
  after it ("Дмитрий Песков, пресс-секретарь президента,") gives the role, its title word in dictionary form
  ("президент России"); titles are data (``titles.txt``).

Quotes (cue verbs, outlet-crediting verbs, "по словам"-phrases and pronouns are data files per language)
  - «...», — заявил Путин. / «...» — сказал он, передает ТАСС.   (dash after the quote)
  - Путин заявил журналистам: «...».                              (colon before the quote)
  - По словам Пескова, «...».  /  По его словам, ...               (attribution phrase)
  - — Мы готовы, — сказала Захарова. — Но нужны гарантии.          (dialogue lines)
  - Песков заявил, что ...  (indirect; "mixed" when the content holds a «quoted fragment»)
  A pronoun speaker ("он", "по её словам") is resolved to the last person named before it outside quotes,
  agreeing in gender where the morphology tells. Outlets named in the attribution clause or the quote's sentence
  ("передает ТАСС", "как сообщает Интерфакс", "по данным РБК") are its ``reported_by``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..pipeline import component
from ..record import Entity, Mention, Quote, Ref
from . import outlets as outlet_list
from . import rules
from .quantities import Tok, _subtree, tokens_from_natasha

LANGS = {"ru", "uk"}
DASH = "—–―"
OPEN_CLOSE = {"«": "»", "„": "“", "“": "”"}
TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


# -- rules ---------------------------------------------------------------------------------------------------------
def _words_rx(items) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(items), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class RuRules:
    lang: str
    cue: re.Pattern  # speech verbs
    report: re.Pattern  # verbs/phrases crediting an outlet
    attribution: re.Pattern  # "по словам X, ..." at a sentence start
    pronouns: dict  # form -> masc | fem | plur
    pronoun_rx: re.Pattern
    titles: frozenset
    opener: re.Pattern  # "Об этом заявил Лавров." at a sentence start
    indirect_tail: re.Pattern  # what may stand between a cue and ", что ..."
    anonymous: re.Pattern  # "источник", "собеседник": a source the text does not name


@lru_cache(maxsize=None)
def ru_rules(lang: str) -> RuRules:
    if lang not in LANGS:
        raise rules.RuleFileError(f"understand.ru handles {sorted(LANGS)}, not {lang!r}")
    pron = rules.mapping(lang, "pronouns")
    return RuRules(
        lang=lang,
        cue=_words_rx(rules.lines(lang, "speech_verbs")),
        report=_words_rx(rules.lines(lang, "report_verbs")),
        attribution=re.compile(r"^\s*(?P<phrase>" + _words_rx(rules.lines(lang, "attribution_phrases")).pattern +
                               r")(?:\s+(?P<who>[^,.!?\n]{1,80}?))?,\s*", re.IGNORECASE),
        pronouns=pron,
        pronoun_rx=_words_rx(pron),
        titles=frozenset(rules.words(lang, "titles")),
        opener=re.compile(r"^\s*(?:" + _words_rx(rules.lines(lang, "anaphoric_openers")).pattern + r")\s",
                          re.IGNORECASE),
        anonymous=_words_rx(rules.lines(lang, "anonymous_sources")),
        indirect_tail=re.compile(r"(?P<mid>[^.!?«»:\n]{0,80}?),\s+(?:" +
                                 _words_rx(rules.lines(lang, "complementizers")).pattern + r")\s+", re.IGNORECASE),
    )


# -- entities ------------------------------------------------------------------------------------------------------
@dataclass
class _Actor:
    name: str
    type: str
    mentions: list = field(default_factory=list)  # Mention
    role: str | None = None
    gender: str | None = None
    key: tuple = ()
    id: str = ""

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def _gender_of(tokens) -> str | None:
    votes = Counter()
    for t in tokens:
        g = (t.feats or {}).get("Gender")
        if g in ("Masc", "Fem"):
            votes[g.lower()[:4]] += 1
    return votes.most_common(1)[0][0] if votes else None


class _Analysis:
    """Everything the component works out for one document."""

    def __init__(self, text: str, doc, lang: str, dates=()):
        self.text, self.doc, self.lang = text, doc, lang
        self.rr = ru_rules(lang)
        self.dates = [d for d in dates if d.value]
        self.toks: list[Tok] = tokens_from_natasha(doc)
        self.nat = [t for s in doc.sents for t in s.tokens]
        self.tok_at_start = {t.start: t for t in self.toks}
        self.nat_at = {(t.start, t.stop): t for t in self.nat}
        self.nat_starts = [t.start for t in self.nat]
        self.sents = []  # natasha's sentences, cut at line breaks (a title line has no full stop)
        for sent in doc.sents:
            a = sent.start
            for line in text[sent.start:sent.stop].split("\n"):
                if line.strip():
                    self.sents.append((a, a + len(line)))
                a += len(line) + 1
        self.actors: list[_Actor] = []
        self.persons: list[tuple[Mention, _Actor]] = []  # named person mentions, text order
        self.by_span: dict[tuple[int, int], _Actor] = {}

    def nat_between(self, start: int, end: int) -> list:
        """natasha's tokens lying inside [start, end)."""
        out = []
        for k in range(bisect_left(self.nat_starts, start), len(self.nat)):
            t = self.nat[k]
            if t.start >= end:
                break
            if t.stop <= end:
                out.append(t)
        return out

    # ---- entities ----
    def entities(self) -> None:
        text = self.text
        outs = outlet_list.find(text, self.lang)
        media: dict[str, _Actor] = {}
        taken: list[tuple[int, int]] = []
        for o in outs:
            a = media.get(o.name)
            if a is None:
                a = media[o.name] = _Actor(o.name, "MEDIA")
                self.actors.append(a)
            m = Mention(o.start, o.end, o.text)
            a.mentions.append(m)
            self.by_span[(o.start, o.end)] = a
            taken.append((o.start, o.end))
        try:
            places = rules.mapping(self.lang, "places")
        except rules.RuleFileError:
            places = {}
        spans = []
        for sp in self.doc.spans:
            s, e = _trim(text, sp.start, sp.stop)
            if e <= s or any(s < te and ts < e for ts, te in taken):
                continue
            typ, normal = sp.type, (sp.normal or text[s:e]).strip()
            cut = re.search(r"\n|\s{2,}", text[s:e])
            if cut:  # a name never runs over a line break ("Андрей Рудьков\nАккаунт")
                s, e = _trim(text, s, s + cut.start())
                normal = " ".join(normal.split()[:len(text[s:e].split())])
                if e <= s or not normal:
                    continue
            inside = self.nat_between(s, e)
            if any(t.pos in ("VERB", "AUX") or self.rr.cue.fullmatch(t.text) for t in inside):
                continue  # a headline taken for a name: "Зеленський відповів Путіну"
            if typ == "PER" and any(t.text[:1].islower() and len(t.text) > 3 for t in inside):
                continue  # names are capitalised ("де", "фон" aside)
            if typ == "PER":
                while len(inside) > 1 and inside[0].text.lower() in places:  # "України Володимир Зеленський"
                    dropped = inside.pop(0)
                    spans.append((dropped.start, dropped.stop, "LOC", places[dropped.text.lower()]))
                    s = inside[0].start
                    normal = " ".join(normal.split()[1:]) or normal
                # a name's words share their case: "України Володимир Зеленський" starts with a stray genitive
                case = lambda t: (t.feats or {}).get("Case")  # noqa: E731
                while len(inside) > 1 and case(inside[0]) and case(inside[-1]) and case(inside[0]) != case(inside[-1]):
                    dropped = inside.pop(0)
                    rest = text[dropped.stop:e].lstrip()
                    s = e - len(rest)
                    nw = normal.split()
                    normal = " ".join(nw[1:]) if len(nw) > 1 else normal
                    pl = places.get(dropped.text.lower())
                    if pl:
                        spans.append((dropped.start, dropped.stop, "LOC", pl))
            if typ == "PER" and len(inside) == 1 and normal == text[s:e] and self.lang == "ru" and \
                    (inside[0].feats or {}).get("Case") not in (None, "Nom"):
                lem = self._lemma(self.toks[self.tok_at_start[inside[0].start].i]) \
                    if inside[0].start in self.tok_at_start else normal.lower()
                normal = lem[:1].upper() + lem[1:]  # natasha left it inflected ("Полине"): the dictionary form
            place = places.get(text[s:e].lower())
            if place:
                typ, normal = "LOC", place
            spans.append((s, e, typ, normal))
        spans.sort()
        # persons: full names first so that single surnames join them
        people: dict[tuple, _Actor] = {}
        pers = [x for x in spans if x[2] == "PER"]
        for s, e, _, normal in sorted(pers, key=lambda x: (-len(x[3].split()), x[0])):
            words = [w.lower() for w in normal.split()]
            a = None
            if len(words) >= 2:
                key = (words[0], words[-1])
                a = people.get(key)
                if a is None:
                    same = [p for k, p in people.items() if k[1] == words[-1] and k[0] is None]
                    a = same[0] if same else None
            else:
                w = words[0]
                cands = [p for k, p in people.items() if k[1] == w] or \
                        [p for k, p in people.items() if k[0] == w]
                if len({id(c) for c in cands}) == 1:
                    a = cands[0]
                key = (None, w)
            if a is None:
                a = _Actor(normal, "PERSON", key=key)
                self.actors.append(a)
            people.setdefault(key, a)
            if len(normal.split()) > len(a.name.split()) or (
                    len(normal.split()) == len(a.name.split()) and len(normal) > len(a.name) and len(words) > 1):
                a.name = normal
            m = Mention(s, e, text[s:e])
            a.mentions.append(m)
            self.by_span[(s, e)] = a
        others: dict[tuple, _Actor] = {}
        for s, e, typ, normal in spans:
            if typ == "PER":
                continue
            typ = TYPES.get(typ, typ)
            key = (typ, normal.lower())
            a = others.get(key)
            if a is None:
                a = others[key] = _Actor(normal, typ, key=key)
                self.actors.append(a)
            a.mentions.append(Mention(s, e, text[s:e]))
            self.by_span[(s, e)] = a
        for a in self.actors:
            a.mentions.sort(key=lambda m: m.start)
            if a.type == "PERSON":
                votes = Counter(g for m in a.mentions if (g := _gender_of(self.nat_between(m.start, m.end))))
                a.gender = votes.most_common(1)[0][0] if votes else None
                self.persons.extend((m, a) for m in a.mentions)
        self.persons.sort(key=lambda x: x[0].start)
        for m, a in self.persons:
            if a.role is None:
                a.role = self._role_before(m) or self._role_after(m)

    def _lemma(self, tok) -> str:
        nat = self.nat_at.get((tok.start, tok.end))
        if nat is None or self.lang != "ru":
            return tok.text.lower()
        from .nlp import russian
        try:
            return russian().morph_vocab.lemmatize(nat.text, nat.pos, nat.feats or {}).lower()
        except Exception:  # pymorphy can fail on odd tokens; the surface form is then the best we have
            return tok.text.lower()

    def _title_at(self, j: int) -> int | None:
        """If a title starts at or ends on token j, the index of its first token (two-word titles included)."""
        if j < 0:
            return None
        lem = self._lemma(self.toks[j])
        if j > 0 and f"{self._lemma(self.toks[j - 1])} {lem}" in self.rr.titles:
            return j - 1
        return j if lem in self.rr.titles else None

    def _role_before(self, m: Mention) -> str | None:
        t0 = self.tok_at_start.get(m.start)
        if t0 is None:
            return None
        best = None
        j = t0.i - 1
        while j >= 0 and t0.i - j <= 7:
            t = self.toks[j]
            if t.pos not in ("NOUN", "PROPN", "ADJ") or self._person_at(t.start):
                break
            k = self._title_at(j)
            if k is not None:
                best = (k, j)
            j -= 1
        if best is None:
            return None
        k, head = best
        title = " ".join(self._lemma(self.toks[x]) for x in range(k, head + 1))
        tail = self.text[self.toks[head].end:m.start].strip() if head + 1 < t0.i else ""
        return f"{title} {tail}".strip()

    def _role_after(self, m: Mention) -> str | None:
        after = self.text[m.end:m.end + 3]
        if not after.startswith(", "):
            return None
        t = self.tok_at_start.get(m.end + 2)
        if t is None:
            return None
        k = self._title_at(t.i)
        if k != t.i:
            return None
        j = t.i + 1
        while j < len(self.toks) and self.toks[j].pos in ("NOUN", "PROPN", "ADJ") and j - t.i < 6:
            j += 1
        if j < len(self.toks) and self.toks[j].text not in (",", ".", "—", ")"):
            return None
        tail = self.text[t.end:self.toks[j - 1].end].strip() if j - 1 > t.i else ""
        return f"{self._lemma(t)} {tail}".strip()

    def _person_at(self, pos: int) -> _Actor | None:
        for m, a in self.persons:
            if m.start <= pos < m.end:
                return a
        return None

    # ---- helpers for quotes ----
    def sentence(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    def mentions_in(self, start: int, end: int, types=("PERSON",)) -> list[tuple[Mention, _Actor]]:
        out = []
        for a in self.actors:
            if a.type not in types:
                continue
            out.extend((m, a) for m in a.mentions if m.start >= start and m.end <= end)
        return sorted(out, key=lambda x: x[0].start)

    def resolve_pronoun(self, pos: int, gender: str | None, blocked) -> _Actor | None:
        """The last named person before ``pos`` outside quoted text, agreeing in gender when known."""
        cands = [(m, a) for m, a in self.persons if m.end <= pos and not any(s <= m.start < e for s, e in blocked)]
        for m, a in reversed(cands):
            if gender in (None, "plur") or a.gender in (None, gender):
                return a
        return None  # a "она" with no woman named before: better no speaker than a wrong one

    def ref(self, a: _Actor, s: int, e: int) -> Ref:
        return Ref(a.id, a.name, Mention(s, e, self.text[s:e]))

    def speaker_in(self, start: int, end: int, cue: re.Match | None, blocked, before_pos: int,
                   prefer_last: bool = False) -> Ref | None:
        """The speaker named in text[start:end]: the cue's syntactic subject, else a person named there (first, or
        last when it stands before the cue), else a pronoun resolved, else an organisation."""
        if cue is not None:
            t = self.tok_at_start.get(cue.start())
            if t is not None:
                for c in t.children:
                    ct = self.toks[c]
                    if not ct.dep.startswith("nsubj"):
                        continue
                    sub = _subtree_range(self.toks, c)
                    for m, a in self.mentions_in(self.toks[sub[0]].start, self.toks[sub[1]].end):
                        return self.ref(a, m.start, m.end)
                    if ct.text.lower() in self.rr.pronouns and start <= ct.start < end:
                        a = self.resolve_pronoun(ct.start, self.rr.pronouns[ct.text.lower()] or
                                                 _cue_gender(cue.group()), blocked)
                        if a is not None:
                            self._add_mention(a, ct.start, ct.end)
                            return self.ref(a, ct.start, ct.end)
                    if start <= ct.start < end:
                        r = self.unnamed_person(c)  # the model missed a name that is the subject of a speech verb
                        if r is not None:
                            return r
        people = self.mentions_in(start, end)
        if people:
            m, a = people[-1] if prefer_last else people[0]
            return self.ref(a, m.start, m.end)
        for pm in self.rr.pronoun_rx.finditer(self.text, start, end):
            form = pm.group().lower()
            g = self.rr.pronouns.get(form)
            if cue is not None and g in (None, "plur"):
                g = _cue_gender(cue.group()) or g
            a = self.resolve_pronoun(before_pos, g, blocked)
            if a is not None:
                self._add_mention(a, pm.start(), pm.end())
                return self.ref(a, pm.start(), pm.end())
        r = self.described_person(start, end, cue, blocked, before_pos)
        if r is not None:
            return r
        orgs = self.mentions_in(start, end, types=("ORG",))
        if orgs:
            m, a = orgs[-1] if prefer_last else orgs[0]
            return self.ref(a, m.start, m.end)
        return None

    def described_person(self, start, end, cue, blocked, before_pos) -> Ref | None:
        """"— сказала глава ЦБ": a title standing for a person named before (the one with that role first, else
        the last one named, agreeing with the cue verb's gender)."""
        k = bisect_left(self.nat_starts, start)
        for t in self.toks[k:]:
            if t.start >= end:
                break
            j = self._title_at(t.i)
            if j is None or j != t.i and self.toks[j].start < start:
                continue
            lem = self._lemma(self.toks[t.i])
            gender = _cue_gender(cue.group()) if cue is not None else None
            cands = [(m, a) for m, a in self.persons
                     if m.end <= before_pos and not any(s <= m.start < e for s, e in blocked)]
            with_role = [x for x in cands if x[1].role and lem in x[1].role.split()]
            pick = (with_role or [])[-1:] or [x for x in cands if gender in (None, "plur") or
                                              x[1].gender in (None, gender)][-1:]
            if pick:
                a = pick[0][1]
                s0 = self.toks[j].start
                e0 = self._title_phrase_end(t.i, end)
                self._add_mention(a, s0, e0)
                return self.ref(a, s0, e0)
            return None
        return None

    def _title_phrase_end(self, i: int, limit: int) -> int:
        """The end of a title with its genitive complements ("глава ЦБ", "генсек ООН")."""
        e = self.toks[i].end
        for t in self.toks[i + 1:i + 5]:
            if t.start >= limit or t.pos not in ("NOUN", "PROPN", "ADJ"):
                break
            nat = self.nat_at.get((t.start, t.end))
            if nat is None or (nat.feats or {}).get("Case") != "Gen":
                break
            e = t.end
        return e

    def unnamed_person(self, i: int) -> Ref | None:
        """A person the NER model missed: a capitalised, animate proper noun (with the proper nouns of its name)
        that is the subject of a speech verb or stands before "Name: «...»"."""
        t = self.toks[i]
        nat = self.nat_at.get((t.start, t.end))
        if nat is None or t.pos != "PROPN" or not t.text[:1].isupper() or \
                (nat.feats or {}).get("Animacy") != "Anim" or self.by_span_overlap(t.start, t.end):
            return None
        name_toks = [i] + [c for c in t.children if self.toks[c].dep.startswith("flat")
                           and self.toks[c].pos == "PROPN"]
        s, e = min(self.toks[k].start for k in name_toks), max(self.toks[k].end for k in name_toks)
        if self.by_span_overlap(s, e) or e - s > 60 or "\n" in self.text[s:e]:
            return None
        words = [self._lemma(self.toks[k]) for k in sorted(name_toks)]
        normal = " ".join(w[:1].upper() + w[1:] for w in words)
        surname = words[-1]
        a = next((x for m, x in self.persons if x.name.lower().split()[-1] == surname), None)
        if a is None:
            a = _Actor(normal, "PERSON", key=(None, surname), id=f"tmp-new{len(self.actors)}")
            self.actors.append(a)
        self._add_mention(a, s, e)
        self.persons.append((Mention(s, e, self.text[s:e]), a))
        self.persons.sort(key=lambda x: x[0].start)
        self.by_span[(s, e)] = a
        return self.ref(a, s, e)

    def by_span_overlap(self, s: int, e: int) -> bool:
        return any(s < be and bs < e for bs, be in self.by_span)

    def _add_mention(self, a: _Actor, s: int, e: int) -> None:
        if not any(m.start == s for m in a.mentions):
            a.mentions.append(Mention(s, e, self.text[s:e]))
            a.mentions.sort(key=lambda m: m.start)

    def outlets_in(self, start: int, end: int, speaker: Ref | None) -> list[Ref]:
        refs, seen = [], set()
        for m, a in self.mentions_in(start, end, types=("MEDIA",)):
            if speaker is not None and speaker.entity == a.id or a.id in seen:
                continue
            seen.add(a.id)
            refs.append(self.ref(a, m.start, m.end))
        return refs

    def strip_report_tail(self, cs: int, ce: int) -> int:
        """The end of reported content without a trailing ", сообщает РБК" / ", передает ТАСС"."""
        for m in re.finditer(r",\s*(?:как\s+|що\s+)?", self.text[cs:ce]):
            rest_s = cs + m.end()
            rm = self.rr.report.match(self.text, rest_s, ce)
            if rm and self.mentions_in(rm.end(), ce, types=("MEDIA",)):
                return cs + m.start()
        return ce

    def date_in(self, start: int, end: int, inner: tuple[int, int]) -> str | None:
        for d in self.dates:
            if start <= d.start and d.end <= end and not (inner[0] <= d.start < inner[1]):
                return d.value
        return None


def _cue_gender(cue: str) -> str | None:
    c = cue.lower()
    if c.endswith(("ла", "лась")):
        return "fem"
    if c.endswith(("ли", "лись")):
        return "plur"
    if c.endswith(("л", "в", "лся")):
        return "masc"
    return None


def _subtree_range(toks: list[Tok], i: int) -> tuple[int, int]:
    sub = _subtree(toks, i)
    return sub[0], sub[-1]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """A span without the quote marks, spaces and punctuation a model may have swallowed at its edges."""
    while s < e and (text[s].isspace() or text[s] in "«»“”„\"'()"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "«»“”„\"'(),.:;"):
        e -= 1
    return s, e


# -- quotes --------------------------------------------------------------------------------------------------------
def _quote_pairs(text: str) -> list[tuple[int, int]]:
    """Top-level quotation pairs as (index of the opening mark, index of the closing mark)."""
    pairs, stack = [], []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()  # a quote mark never pairs across a missing close at the end of a paragraph
            continue
        if stack and ch == OPEN_CLOSE[text[stack[-1]]]:
            o = stack.pop()
            if not stack:
                pairs.append((o, i))
        elif ch in OPEN_CLOSE and not (ch == "“" and stack and text[stack[-1]] == "„"):
            stack.append(i)
    # straight "..." quotes outside the typographic ones, paired in order within a paragraph
    inside = lambda i: any(o < i < c for o, c in pairs)  # noqa: E731
    pos = 0
    for line in text.split("\n"):
        marks = [pos + k for k, ch in enumerate(line) if ch == '"' and not inside(pos + k)]
        pairs.extend(zip(marks[0::2], marks[1::2]))
        pos += len(line) + 1
    return sorted(pairs)


_DASH_AFTER = re.compile(rf"^\s*([,.!?…]?)\s*(?:[{DASH}]|(?<=\s)-(?=\s))\s*")
# an attribution clause ends at the sentence end, a colon, or a long quotation ("в интервью «Известиям»" goes on)
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|\n|:|[«„“](?=[^»“”\n]{30})")
_DIALOGUE_SEP = re.compile(rf"([,.!?…])\s+[{DASH}]\s+")


def _strip_content(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def extract(text: str, doc, lang: str, dates=()) -> tuple[list[Entity], list[Quote]]:
    """Entities and quotes of a Russian or Ukrainian text (``doc``: the natasha Doc of ``text``)."""
    an = _Analysis(text, doc, lang, dates)
    an.entities()
    for k, a in enumerate(an.actors, 1):
        a.id = f"tmp{k}"  # final ids follow the order of first mention, once quotes have added actors
    rr = an.rr
    pairs = [(o, c) for o, c in _quote_pairs(text) if c - o > 1]
    quoted = [(o + 1, c) for o, c in pairs]
    found: list[tuple[int, Quote]] = []  # (priority, quote)

    def add(prio, kind, cs, ce, speaker, cue, reported, region, text_override=None):
        cs, ce = _strip_content(text, cs, ce)
        if ce <= cs:
            return
        q = Quote("", kind, text_override if text_override is not None else text[cs:ce], speaker=speaker,
                  cue=cue.lower() if cue else None, reported_by=reported, start=cs, end=ce)
        q.date = an.date_in(region[0], region[1], (cs, ce))
        found.append((prio, q))

    def extend(cs, ce):
        """The end of reported content that opens a quotation closing in a later sentence: that sentence's end."""
        for o, c in pairs:
            if cs <= o < ce < c:
                s_end = an.sentence(c)[1]
                tail = text[c + 1:s_end] if s_end > c else ""
                return c + 1 + len(tail.rstrip(" .!?…\n"))
        return ce

    # 1. indirect speech and "по словам" phrases, sentence by sentence
    for k_sent, (ss, se) in enumerate(an.sents):
        sent = text[ss:se]
        am = rr.attribution.match(sent)
        if am:
            grp = "who" if am.group("who") else "phrase"  # "По его словам, ...": the pronoun is in the phrase
            who_s, who_e = ss + am.start(grp), ss + am.end(grp)
            cs, ce = ss + am.end(), ss + len(sent.rstrip().rstrip(".!?…"))
            body = text[cs:ce].strip()
            cue = re.sub(r"\s+", " ", am.group("phrase"))
            anonymous = rr.anonymous.search(text, who_s, who_e) and not an.mentions_in(who_s, who_e)
            speaker = None if anonymous else an.speaker_in(who_s, who_e, None, quoted, ss)
            if speaker is not None or anonymous:
                first = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
                pair = next(((o, c) for o, c in pairs if o == first), None)
                direct = pair is not None and not text[pair[1] + 1:an.sentence(pair[1])[1]].strip(" .!?…")
                if direct:  # "По словам Пескова, «...»." -- the quotation may run over several sentences
                    cs, ce = pair[0] + 1, pair[1]
                else:
                    ce = extend(cs, ce)
                body = text[cs:ce]
                se2 = max(se, an.sentence(ce)[1])
                kind = "direct" if direct else ("mixed" if any(ch in body for ch in OPEN_CLOSE) else "indirect")
                add(1, kind, cs, ce, speaker, cue, an.outlets_in(ss, se2, speaker), (ss, se2))
            continue
        om = rr.opener.match(sent)
        cm = rr.cue.search(text, ss + om.end(), min(se, ss + om.end() + 80)) if om else None
        if cm and k_sent > 0:
            ps, pe_ = an.sents[k_sent - 1]
            if "\n" not in text[pe_:ss]:  # the sentence it points back at is in the same paragraph
                speaker = an.speaker_in(ss, se, cm, quoted, ss)
                if speaker is not None:
                    body = text[ps:pe_].strip()
                    cs, ce = ps, ps + len(text[ps:pe_].rstrip().rstrip(".!?…"))
                    kind = "indirect"
                    if body[:1] in OPEN_CLOSE and body.rstrip(".!?…")[-1:] in OPEN_CLOSE.values():
                        kind, cs, ce = "direct", cs + 1, ce - 1
                    add(2.5, kind, cs, ce, speaker, cm.group(), an.outlets_in(ss, se, speaker), (ps, se))
                    continue
        for cm in rr.cue.finditer(text, ss, se):
            tail = rr.indirect_tail.match(text[cm.end():se])
            if not tail or tail.group("mid").count(",") > 1 or rr.cue.search(tail.group("mid")):
                continue  # (a later cue verb is the one that governs "что": "Как сообщает X, Y сказал, что")
            if any(o <= cm.start() < c for o, c in pairs):
                continue  # a cue verb inside a quotation
            cs = cm.end() + tail.end()
            ce = ss + len(sent.rstrip().rstrip(".!?…"))
            clause_start = ss
            who_e = cm.end() + tail.end("mid")
            anonymous = rr.anonymous.search(text, clause_start, who_e) and not an.mentions_in(clause_start, who_e)
            speaker = None if anonymous else an.speaker_in(clause_start, who_e, cm, quoted, cm.start(),
                                                           prefer_last=True)
            if speaker is None and not anonymous:
                continue
            if speaker is not None and speaker.entity and \
                    next(a for a in an.actors if a.id == speaker.entity).type == "MEDIA":
                continue  # "РБК сообщил, что ...": an outlet reporting, not a speaker
            ce = extend(cs, ce)
            se2 = max(se, an.sentence(ce)[1])  # the content may close a quotation in a later sentence
            ce = an.strip_report_tail(cs, ce)
            body = text[cs:ce]
            kind = "mixed" if any(ch in body for ch in OPEN_CLOSE) else "indirect"
            add(2, kind, cs, ce, speaker, cm.group(), an.outlets_in(ss, se2, speaker), (ss, se2))
            break

    # 2. quotations in quote marks, with the attribution after (dash) or before (colon)
    for o, c in pairs:
        cs, ce = o + 1, c
        ps = text.rfind("\n", 0, o) + 1
        pe = text.find("\n", c)
        pe = len(text) if pe < 0 else pe
        dm = _DASH_AFTER.match(text[c + 1:pe])
        if dm:
            a_s = c + 1 + dm.end()
            em = _CLAUSE_END.search(text, a_s, pe)
            a_e = em.start() if em else pe
            cm = rr.cue.search(text, a_s, a_e)
            if cm and cm.start() - a_s <= 60:
                speaker = an.speaker_in(a_s, a_e, cm, quoted, o)
                add(3, "direct", cs, ce, speaker, cm.group(), an.outlets_in(a_s, a_e, speaker),
                    (an.sentence(o)[0], a_e))
                continue
        ss, _ = an.sentence(o)
        ss = max(ss, ps)
        before = text[ss:o]
        colon = re.search(r":\s*$", before)
        if colon:
            clause_end = ss + colon.start()
            cms = list(rr.cue.finditer(text, ss, clause_end))
            after_end = min(an.sentence(c)[1] if an.sentence(c)[1] > c else pe, pe)
            if cms:
                cm = cms[-1]
                speaker = an.speaker_in(ss, clause_end, cm, quoted, o, prefer_last=True)
                reported = an.outlets_in(ss, clause_end, speaker) + an.outlets_in(c, after_end, speaker)
                add(3, "direct", cs, ce, speaker, cm.group(), reported, (ss, after_end))
                continue
            # "Песков: «...»" -- a name and a colon, no verb
            named = an.mentions_in(ss, clause_end, types=("PERSON", "ORG"))
            ref = None
            if named and not text[named[-1][0].end:clause_end].strip():
                m, a = named[-1]
                ref = an.ref(a, m.start, m.end)
            elif not text[ss:clause_end].strip().count(" "):  # one word before the colon: "Песков: «...»"
                t = an.tok_at_start.get(ss + len(text[ss:clause_end]) - len(text[ss:clause_end].lstrip()))
                ref = an.unnamed_person(t.i) if t is not None else None
            if ref is not None:
                add(3, "direct", cs, ce, ref, None, an.outlets_in(c, after_end, None), (ss, after_end))

    # 3. dialogue lines: "— Мы готовы, — сказала Захарова. — Но нужны гарантии."
    pos = 0
    for line in text.split("\n"):
        ls, pos = pos, pos + len(line) + 1
        lm = re.match(rf"\s*[{DASH}]\s+", line)
        if not lm:
            continue
        s1 = ls + lm.end()
        sep = _DIALOGUE_SEP.search(text, s1, ls + len(line))
        if not sep:
            continue
        e1 = sep.start(1) + (1 if sep.group(1) in "!?…" else 0)
        a_s = sep.end()
        sep2 = _DIALOGUE_SEP.search(text, a_s, ls + len(line))
        a_e = sep2.start(1) if sep2 else ls + len(line.rstrip().rstrip("."))
        cm = rr.cue.search(text, a_s, a_e)
        if not cm or cm.start() - a_s > 40:
            continue
        speaker = an.speaker_in(a_s, a_e, cm, quoted + [(s1, e1)], s1)
        content = text[s1:e1]
        end = e1
        if sep2:
            s2, e2 = sep2.end(), ls + len(line.rstrip())
            joint = ". " if sep2.group(1) == "." and text[e1 - 1] not in "!?…" else " "
            content = f"{text[s1:e1]}{joint}{text[s2:e2]}"
            end = e2
        add(4, "direct", s1, end, speaker, cm.group(), an.outlets_in(a_s, a_e, speaker), (ls, ls + len(line)),
            text_override=content.strip())

    # "Об этом сообщает ТАСС." after a paragraph's quotes: the outlet is credited for those quotes
    for ss, se in an.sents:
        om = rr.opener.match(text[ss:se])
        if not om or an.mentions_in(ss, se):
            continue
        rm = rr.report.search(text, ss + om.end(), se)
        if not rm:
            continue
        credited = an.outlets_in(rm.end(), se, None)
        if not credited:
            continue
        para_start = text.rfind("\n", 0, ss) + 1
        for _, q in found:
            if para_start <= q.start and q.end <= ss:
                have = {r.entity for r in q.reported_by}
                q.reported_by.extend(r for r in credited if r.entity not in have)

    # keep the first-priority quote where two overlap; number them in text order
    kept: list[Quote] = []
    for _, q in sorted(found, key=lambda x: (x[0], x[1].start)):
        if any(q.start < k.end and k.start < q.end for k in kept):
            continue
        kept.append(q)
    kept.sort(key=lambda q: q.start)
    for k, q in enumerate(kept, 1):
        q.id = f"q{k}"
    an.actors.sort(key=lambda a: a.first)
    new_ids = {a.id: f"e{k}" for k, a in enumerate(an.actors, 1)}
    for a in an.actors:
        a.id = new_ids[a.id]
    for q in kept:
        for r in [q.speaker, *q.reported_by]:
            if r is not None and r.entity in new_ids:
                r.entity = new_ids[r.entity]
    entities = [Entity(a.id, a.name, a.type, role=a.role, mentions=a.mentions,
                       aliases=sorted({m.text for m in a.mentions if m.text != a.name and
                                       m.text.lower() not in rr.pronouns}))
                for a in an.actors]
    return entities, kept


@component("understand.ru", requires=("document.text", "scratch.ru_doc"), assigns=("entities", "quotes"))
def ru(work) -> None:
    doc = work.record.document
    nat = work.scratch.get("ru_doc")
    if doc.language not in LANGS or nat is None:
        return
    work.record.entities, work.record.quotes = extract(doc.text, nat, doc.language, work.record.dates)
