"""A speaker left as a description resolved to the one actor of its kind the text names (r36, issue 16). News names a
source by the kind of actor it is and gives the name before or after: "an executive testified" … "said Mark
Hawthorn, the chief operating officer"; "The Met Office has issued …" … "The forecaster urged"; "the Independent
reports" … "The paper reports"; "according to a leading think-tank" … "the National Institute of … think-tank".
What fills a description's head is data (``lang/en/description_kinds.tsv``: executive -> chief operating officer,
CEO, president; forecaster -> a weather service; paper -> an outlet that is a newspaper). Wrong merges are worse
than none: the description resolves only when the text names exactly ONE actor of its kind (two executives, or
none, leave it as written), a first mention ("a …", "an …") only to one named after it, and every word before the
head must be a neutral one ("leading", ``description_neutral_words``) or a word the actor's own role or name holds
("the Tottenham boss" is no other club's manager).

Also a long title before a name ("Federal Minister for Information and Broadcasting Fawad Chaudhry has said"): the
speaker read as the title's head is the person the title runs into, and a lede's definite description named by the
next sentence's speaker ("The health secretary has said … . Wes Streeting told Sky News …"); a bare description
after its one qualified form ("The Israeli military confirmed …" … "The military said"); and a country's own body
after "its" ("Israel launched strikes …, its military announced": the Israeli military)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import outlets, rules
from .en_role_owner import named_for_an_owner
from .en_roles import _DESC, _data, _norm, _role_words

_PERSON = ("PERSON",)
_BODY = ("ORG", "GROUP", "MEDIA")
_FIRST = ("a", "an")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, tuple[tuple[str, ...], ...]]]:
    abbr = _data("en")[0]
    out = {}
    for row in rules.table("en", "description_kinds"):
        head, kind, fillers = row[0].lower(), row[1].upper(), row[2].split("|") if len(row) > 2 else []
        words = [tuple(_norm(f.split(), abbr)) if kind == "PERSON" else tuple(f.lower().split()) for f in fillers]
        out[head] = (kind, tuple(w for w in words if w) + ((head,),))
    return out


def _neutral() -> frozenset[str]:
    return rules.words("en", "description_neutral_words")


def _seq_in(seq: tuple[str, ...], words: list[str]) -> bool:
    n = len(seq)
    return any(tuple(words[k:k + n]) == seq for k in range(len(words) - n + 1))


def _name_words(ent) -> list[str]:
    return [w.strip(",.;:()\"“”").lower() for w in ent.name.split()]


def _body_fits(ctx, i: int, fillers) -> bool:
    """An organisation of the kind: its name holds a filler ("Met Office", "National Weather Service") or a name of
    it is followed by the head or a filler ("the National Institute of Economic and Social Research think-tank")."""
    ent = ctx.actors.entities[i]
    if any(_seq_in(f, _name_words(ent)) for f in fillers):
        return True
    for m in ent.mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        after = ctx.text[m.end:m.end + 40].lower().split()
        if after and any(tuple(after[:len(f)]) == f for f in fillers):
            return True
    return False


@lru_cache(maxsize=1)
def _outlet_kinds() -> dict[str, str]:
    """Each written form of an outlet (outlets.tsv: its name and aliases, without "~" or a leading "The") -> kind."""
    out = {}
    for row in rules.table("en", "outlets"):
        if len(row) < 4:
            continue
        for form in [row[0]] + [a for a in row[1].split("|") if a]:
            form = re.sub(r"^(?:The|the)\s+", "", form.lstrip("~").strip())
            out.setdefault(form.lower(), row[3].lower())
    return out


def _outlet_fits(ctx, kind: str) -> set[int]:
    """The organisations the text names by an outlet of ``kind`` (outlets.tsv: "the Independent" is a newspaper),
    by their name or a name of theirs the outlet list finds."""
    ents, kinds = ctx.actors.entities, _outlet_kinds()
    out = {i for i, e in enumerate(ents) if e.type in _BODY and e.mentions and
           kinds.get(re.sub(r"^(?:The|the)\s+", "", e.name).lower()) == kind}
    for o in outlets.find(ctx.text):
        if o.kind == kind:
            out |= {k for _, _, k in ctx.actors.covering(o.start, o.end) if ents[k].type in _BODY}
    return out


def _candidates(ctx, head: str) -> tuple[tuple[str, ...], list[int]] | None:
    kind, fillers = _kinds()[head]
    ents = ctx.actors.entities
    if kind == "OUTLET":
        return _BODY, sorted(_outlet_fits(ctx, fillers[0][0]))
    if kind == "PERSON":
        abbr = _data("en")[0]
        return _PERSON, [i for i, e in enumerate(ents) if e.type == "PERSON" and e.mentions and
                         any(set(f) <= _role_words(ctx, i, abbr) for f in fillers)]
    return _BODY, [i for i, e in enumerate(ents) if e.type in _BODY and e.mentions and _body_fits(ctx, i, fillers)]


def kind_actor(ctx, lo: int, hi: int) -> int | None:
    """The one actor the description ``text[lo:hi]`` stands for by its kind (see the module's doc), else None."""
    m = _DESC.match(ctx.text[lo:hi].strip())
    if m is None:
        return _headline_head(ctx, lo, hi)
    if m.group(2).lower() not in _kinds():
        return None
    det, head = m.group(0).split()[0].lower(), m.group(2).lower()
    if det not in ("the", "this", "that", "a", "an"):
        return None
    got = _candidates(ctx, head)
    if got is None or len(got[1]) != 1:
        return None
    i = got[1][0]
    ent = ctx.actors.entities[i]
    if det in _FIRST and min((x.start for x in ent.mentions if x.kind not in ("desc", "pronoun")), default=0) < hi:
        return None  # "an executive" is a newcomer: not one named before it
    own = _name_words(ent) + sorted(_role_words(ctx, i, _data("en")[0]))
    for w in m.group(1).split():
        if w.lower() not in _neutral() and w.lower().strip("’'s") not in own:
            return None  # "a rival paper", "the Tottenham boss" said of someone the text does not place there
    return i


def _headline_head(ctx, lo: int, hi: int) -> int | None:
    """A headline's bare head ("As Trump’s fraud trial eyes his reports, executive says they’re not done"): a
    headline drops the article, so the bare noun on a line with no sentence's full stop is "the executive" (the one
    of its kind the text names, before or after). Not a bare noun in running text."""
    head = ctx.text[lo:hi].strip().lower()
    if head not in _kinds() or not re.fullmatch(r"[a-z-]+", head):
        return None
    a, b = ctx.text.rfind("\n", 0, lo) + 1, ctx.text.find("\n", hi)
    line = ctx.text[a:b if b >= 0 else len(ctx.text)].rstrip()
    if line.endswith(".") or re.search(r"[a-z][.!?]\s+[A-Z]", line):
        return None
    got = _candidates(ctx, head)
    return got[1][0] if got is not None and len(got[1]) == 1 else None


def described_kind(ctx, q) -> None:
    """Resolve ``q``'s unresolved description speaker by its kind (``kind_actor``)."""
    if q.speaker is not None or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    i = kind_actor(ctx, lo, hi)
    if i is not None:
        ctx.actors.add_mention(i, lo, hi, "desc")
        q.speaker, q.speaker_name = i, None


# "Federal Minister" + " for Information and Broadcasting " + "Fawad Chaudhry": a title's portfolio runs into the name
_PORTFOLIO = re.compile(r"\s+(?:for|of)\s+(?:(?:[A-Z][\w’'&-]*|and|of|the|&)\s+){1,8}$")


def titled_person(ctx, q) -> None:
    """A speaker read as a capitalised title whose portfolio runs into a person's name ("Federal Minister for
    Information and Broadcasting Fawad Chaudhry has said") is that person: a title set before a name without a
    comma is the name's own. Not a title closed by a comma or a verb ("The Minister for Health said Ann Roe …")."""
    if q.speaker is not None or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    words = ctx.text[lo:hi].split()
    if not words or not all(w[:1].isupper() for w in words) or \
            _norm([words[-1]], _data("en")[0])[-1] not in _data("en")[1]:
        return
    best = None
    for s, e, k in ctx.actors.inside(hi, hi + 120):
        if ctx.actors.entities[k].type == "PERSON" and s > hi and _PORTFOLIO.match(ctx.text, hi, s) \
                and (best is None or s < best[0]):
            best = (s, e, k)
    if best is None or not (q.cue_i is None or best[1] <= ctx.doc[q.cue_i].idx):
        return
    q.speaker, q.speaker_name, q.speaker_span = best[2], None, (lo, best[1])


def lede_named_next(ctx, q, found) -> None:
    """A lede's definite description named by the next sentence's speaker ("The health secretary has said … . Wes
    Streeting told Sky News …"): while the text introduces its cast (no person named before), a person the next
    sentence brings in as the subject of its own report, with no other role, is the one described (the naming
    reports on, so it is the same source). Not a name that only acts there ("… . John Roe disagreed.": no report of
    his), nor after a person already named ("Senator Ann Hale … . The senator said")."""
    if q.speaker is not None or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    m = _DESC.match(ctx.text[lo:hi].strip())
    abbr, person = _data("en")[:2]
    if m is None or m.group(0).split()[0].lower() != "the" or m.group(2).lower() not in person:
        return
    from .en_spk_named_next import named_next  # (it reads en_topic, which reads en_roles)
    if re.search(r"[’']s\b", m.group(0)):
        return  # "The union's president said … . President Joe Biden had urged": an owner the name does not have
    need = set(_norm(m.group(0).split()[1:], abbr))

    def other_roles(k: int) -> set[str]:  # a role of the named person's own, not the description's
        words = _role_words(ctx, k, abbr)
        own = words & person - rules.wordset("en", "honorifics")  # ("Mr Streeting")
        return own if own & need and not need <= words else own - need
    i = named_next(ctx, lo, hi, other_roles)
    if i is None or named_for_an_owner(ctx, ctx.text[lo:hi], i):  # not "the Conservatives' Jane Roe"
        return
    from .en_topic import _sent_index
    nxt = ctx.sents[_sent_index(ctx, lo) + 1]
    if not any(p.speaker == i and p.cue_i is not None and nxt[0] <= ctx.doc[p.cue_i].idx < nxt[1] for p in found):
        return
    ctx.actors.add_mention(i, lo, hi, "desc")
    q.speaker, q.speaker_name = i, None


_DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their", "a", "an"})
_BARE = re.compile(r"(?:[Tt]he)\s+([a-z][\w-]*)")


def qualified_before(ctx, q, found) -> None:
    """A bare definite description after one qualified form of it the text gave ("The Israeli military confirmed …
    . The military said …") is that form: the article drops the qualifier once it is known. Only when the text so
    far qualifies the head one way ("the Israeli military … the Lebanese military … The military said" stays)."""
    if q.speaker is not None or not q.speaker_span or not q.speaker_name:
        return
    m = _BARE.fullmatch(q.speaker_name.strip())
    if m is None:
        return
    head, lo = m.group(1), q.speaker_span[0]
    quals = {x.group(1).lower() for x in re.finditer(rf"\b([A-Z][\w-]*)\s+{re.escape(head)}\b", ctx.text[:lo])}
    quals -= _DETERMINERS  # ("The military said" earlier: no qualifier)
    if len(quals) != 1:
        return
    qual = quals.pop()
    for p in found:
        if p.speaker is None and p.speaker_span and p.speaker_span[0] < lo and p.speaker_name and \
                re.fullmatch(rf"(?i:the)\s+{re.escape(qual)}\s+{re.escape(head)}", p.speaker_name.strip(), re.I):
            q.speaker_name = p.speaker_name
            return


_ITS = re.compile(r"[Ii]ts\s+([a-z]+)")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """A country's names and aliases (countries.tsv) -> its first adjective ("Israel" -> "Israeli")."""
    out = {}
    for row in rules.table("en", "countries"):
        if len(row) > 2 and row[2]:
            adj = row[2].split("|")[0]
            for name in [row[0]] + [a for a in row[1].split("|") if a]:
                out[name.lstrip("~")] = adj
    return out


def country_body(ctx, q) -> None:
    """"its military" when "its" is a country, the first subject of the sentence ("Israel launched pre-dawn air
    strikes …, its military announced"): the speaker is that country's body, named by the country's adjective ("the
    Israeli military"), which tells the reader whose. Not when the sentence's first subject is no country ("Hamas
    said its military wing …"), nor a body of another kind ("its spokesman")."""
    if q.speaker is not None or not q.speaker_span or not q.speaker_name:
        return
    m = _ITS.fullmatch(q.speaker_name.strip())
    if m is None or _kinds().get(m.group(1), ("",))[0] != "STATE":
        return
    lo = q.speaker_span[0]
    a, _ = ctx.sent(lo)
    subj = next((t for t in ctx.tokens(a, lo) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text), ("GPE",))
    adj = _demonyms().get(ctx.actors.entities[hit[2]].name) if hit is not None else None
    if adj is not None:
        q.speaker_name = f"the {adj} {m.group(1)}"
