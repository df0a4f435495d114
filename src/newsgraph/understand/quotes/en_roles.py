"""A speaker named by a role ("the Indiana governor said", "the mayor said", "the retailer said") resolved to the
named actor of the article when exactly one fits: the description's head noun (a title, a role noun, a role head of
``lang/<code>/role_heads.txt`` or an organisation anaphor) and every word before it ("Indiana", "Republican
presidential") are among the actor's role words: its role, the title words of its mentions and the words written
just before its name ("Republican presidential nominee Donald Trump"), short forms read in full ("Gov." governor,
"GOP" Republican: ``role_abbreviations.tsv``). Two or more fitting, or none: the description stays as written."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .en_role_owner import another_owner, another_rank, office_terms, office_titles
from ..coref.en_gender import called
from .en_spk_org import body_nouns, given_nouns, organisation_fit
from .en_roles_office import holds_office, office_words

_DESC = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[A-Z][\w.-]*[’']s)\s+"
                   r"((?:[\w.’'-]+\s+){0,4}?)"
                   r"([\w-]+(?:\s+general)?)$")
# a description set before a name by a comma: "His lawyer, Sara Kemp, said", "The company's founder, Ed Price,"
_DESC_BEFORE = re.compile(r"(?:^|\b)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[A-Z][\w.-]*[’']s)\s+"
                          r"((?:[\w.’'-]+\s+){0,4}[\w.’'-]+),\s*$")
_PERSON_TYPES = ("PERSON",)
_ORG_TYPES = ("ORG", "GROUP", "MEDIA")


@lru_cache(maxsize=4)
def _data(lang: str):
    abbr = {r[0].lower(): r[1].lower() for r in rules.table(lang, "role_abbreviations")}
    person = set(rules.words(lang, "titles")) | set(rules.words(lang, "role_heads")) | \
        {r[0].lower() for r in rules.table(lang, "role_nouns")}
    try:  # a relation names a person as a role does: "the president's son", "the senator's wife"
        person |= set(rules.words(lang, "kinship_words"))
    except rules.RuleFileError:
        pass
    try:  # a part in a case or an incident: "The suspect, Ann Roe, …" … "the suspect said"
        person |= set(rules.wordset(lang, "case_roles"))
    except rules.RuleFileError:
        pass
    org = set(rules.words(lang, "org_anaphors"))
    return abbr, frozenset(person), frozenset(org)


@lru_cache(maxsize=4)
def person_words(lang: str = "en") -> frozenset[str]:
    """The nouns that name a person by a title, a role, a relation or a part in a case ("mayor", "wife", "suspect")."""
    return _data(lang)[1]


def _trades(lang: str) -> frozenset[str]:
    """A person's trade ("the retired banker", "the conductor": ``described_persons``): a description by it names the
    actor the text gave the trade ("Patricia Olumide, a retired banker,"); only that lexical fit here (the topic
    reading of a trade is en_topic's, which keeps trades apart from roles)."""
    try:
        return rules.wordset(lang, "described_persons")
    except rules.RuleFileError:
        return frozenset()


def _norm(words, abbr) -> list[str]:
    out = []
    for w in words:
        w = re.sub(r"[’']s$", "", w.lower()).strip(",;:()")
        out.extend(abbr.get(w, w).split())  # "CEO": chief, executive (as "Chief Executive Ann Roe" gives them)
    return out


def _apposition(ctx, lo: int, hi: int, name: tuple[int, int] | None = None) -> bool:
    """``text[lo:hi]`` is a noun phrase of its own set before a name ("His lawyer, Sara Kemp,"), not the object of a
    preposition ("Speaking after the mayor, Tom Reed", "Unlike the governor, Senator Ann Hall"), unless the name
    (``name``: its span) is closed by a comma and is not the clause's subject: the phrase follows a finite verb
    ("signed by the town's mayor at the time, Ed Lane, whose …") or the clause's own subject follows the name ("under
    questioning from her lawyer, Thomas Reilly, Sato said"); a fronted phrase ("Unlike the governor, Senator Ann
    Hall, a Democrat, said", "Arriving after the chairman, Lee Park, the treasurer, said") leaves the name the
    subject."""
    toks = list(ctx.tokens(lo, hi))
    if not toks:
        return False
    roots = [t for t in toks if t.head.i == t.i or not lo <= t.head.idx < hi]
    # (the phrase's noun, when the parse hung a trailing modifier outside it: "the town's mayor at the time")
    top = next((t for t in roots if t.pos_ in ("NOUN", "PROPN")), roots[-1])
    if top.dep_ == "pobj" or (top.head.pos_ == "ADP" and top.head.i < toks[0].i):
        close = ctx.text[name[1]:name[1] + 2].strip()[:1] if name is not None else ""
        finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in ctx.doc[toks[0].sent.start:toks[0].i])
        # (a name ending the sentence after a finite verb is no fronted phrase's subject: "… spoke to reporters
        # with her sister, Tamara.")
        return top.pos_ == "NOUN" and (close == "," and (finite or _own_subject_after(ctx, name[1]))
                                       or close in (".", ";") and finite)
    if top.pos_ not in ("NOUN", "PROPN"):
        return False  # a clause, not a description: "The mayor fired her deputy, Tom Reed," (her deputy is)
    first = toks[0]
    return first.i == 0 or ctx.doc[first.i - 1].pos_ != "ADP"


def _own_subject_after(ctx, end: int) -> bool:
    """The word after the comma that closes a name at ``end`` is a subject: "…, Thomas Reilly, Sato said"."""
    m = re.compile(r"\s*,\s*").match(ctx.text, end)
    if m is None:
        return False
    tok = ctx.token_at(m.end())
    if tok is None or tok.idx != m.end():
        return False
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:  # "Gwendolyn Sato said"
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _description_before(ctx, start: int, end: int | None = None) -> tuple[int, int] | None:
    """The longest noun phrase set by a comma directly before ``start`` ("His lawyer, Sara Kemp"; in "The mayor
    fired her deputy, Tom Reed" it is "her deputy", not the clause)."""
    base = max(0, start - 60)
    seg = ctx.text[base:start]
    pos = 0
    while (desc := _DESC_BEFORE.search(seg, pos)) is not None:
        lo, hi = base + desc.start(), base + desc.end(1)
        if not _SENT_END.search(desc.group(0)) and _apposition(ctx, lo, hi, (start, end) if end else None):
            return lo, hi
        pos = desc.start() + 1
    return None


# a sentence's end inside a description; not an abbreviation's point ("A spokeswoman for St. Brendan's, Ann Roe,")
_SENT_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs)[.]\s|[!?;:]\s")
_PLAIN_ROLE = re.compile(r"(?<=, )(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}$")


def _descriptions(ctx, ent):
    """(start, end) of each description set by a comma directly before a name of ``ent``: an apposition only."""
    out = []
    for m in ent.mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        span = _description_before(ctx, m.start, m.end)
        pre = _PLAIN_ROLE.search(ctx.text, max(0, m.start - 40), m.start) if span is None else None
        if pre is not None:  # two descriptions stacked: "Her first teacher at the institute, the violist Ed Lane,"
            span = _description_before(ctx, pre.start(), m.end)
        if span is not None:
            out.append(span)
    return out


def _role_words(ctx, i: int, abbr) -> set[str]:
    out = {w for phrase in role_phrases(ctx, i, abbr) for w in phrase}
    out |= {w[3:] for w in out if w.startswith("co-") and len(w) > 5}  # a co-founder is a founder, a co-chair a chair
    return out - {"the", "a", "an"}


def _title_role(before: str, abbr) -> list[str]:
    """The role a title before a name gives ("Mr Justice Saunders" is a judge: title_roles.tsv), not after a word of
    ``portfolio_links``, an office's portfolio: "Minister of Justice Olena Koval" (r35, enfix35)."""
    words = _norm(re.split(r"[,.;:!?()\"“”\n]", before)[-1].split(), abbr)
    role = rules.mapping("en", "title_roles").get(words[-1]) if words else None
    if role is None or (len(words) > 1 and words[-2] in rules.wordset("en", "portfolio_links")):
        return []
    return [role]


def role_phrases(ctx, i: int, abbr) -> list[list[str]]:
    """The phrases that give actor ``i`` a role, each as its words in order (normalised): its role, the descriptions
    set beside its names, a name's own title words, the words before a name in its phrase, a role after it."""
    ent, text = ctx.actors.entities[i], ctx.text
    name = {w.lower() for w in ent.name.split()}
    out = [_norm((ent.role or "").split(), abbr)]
    for lo, hi in _descriptions(ctx, ent):
        out.append(_norm(text[lo:hi].split()[1:], abbr))
    for m in ent.mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        out.append([w for w in _norm(m.text.split(), abbr) if w not in name])
        before = text[max(0, m.start - 60):m.start]
        # (a clause opened by "that"/"who" starts a new phrase: "told the judge that Pell had …" gives Pell no title)
        before = re.split(r"[,.;:!?()\"“”\n]|\b(?i:and|or|by|for|of|to|with|said|says|that|who|which)\b", before)[-1]
        out.append(_norm(before.split()[-4:], abbr))
        out.append(_title_role(text[max(0, m.start - 60):m.start], abbr))
        after = _AFTER.match(text, m.end)  # "Mike Johnson was elected speaker", "hired Ana Lopez as chief executive"
        if after is not None:
            out.append(_norm(after.group(1).split(), abbr))
    from .en_relations import described_after  # (r33: "Douglas Schoen, a former pollster for Bill Clinton,")
    return out + described_after(ctx, i)


_POSSESSIVE = {"his": "m", "her": "f", "their": "org", "its": "org"}
_OWNER = re.compile(r"\b(his|her|their|its)\s|([A-Z][\w.-]*)[’']s\s", re.I)


def _owner_fits(ctx, i: int, head: str, pron: str, lo: int, abbr) -> bool:
    """"his lawyer" is the actor when one of its descriptions owned by a matching possessor holds the head: the
    same pronoun ("His lawyer, Sara Kemp," … "his lawyer said"), a person of the pronoun's gender ("Jensen's
    lawyer, Sara Kemp," … "his lawyer said") or, for "their"/"its", the only organisation named before. Any other
    owner, or none ("the lawyer, Sara Kemp"), cannot be checked: the description stays."""
    want = _POSSESSIVE[pron]
    ent, text = ctx.actors.entities[i], ctx.text
    spans = _descriptions(ctx, ent)
    for m in ent.mentions:  # "Jensen's lawyer Sara Kemp": the words just before the name
        if m.kind not in ("pronoun", "desc"):
            seg = re.split(r"[,.;:!?()\"“”\n]", text[max(0, m.start - 60):m.start])[-1]
            spans.append((m.start - len(seg), m.start))
    for a, b in spans:
        if head not in _norm(text[a:b].split(), abbr):
            continue
        own = _OWNER.search(text, a, b)
        if own is None:
            continue
        if own.group(1):
            if own.group(1).lower() == pron:
                return True
            continue
        hit = [k for _, _, k in ctx.actors.covering(own.start(2), own.end(2))]
        if not hit:
            continue
        owner = ctx.actors.entities[hit[0]]
        if want in ("m", "f"):
            if owner.type == "PERSON" and (owner.gender or called(owner)) == want:
                return True
        elif owner.type in _ORG_TYPES:
            orgs = {k for k, e in enumerate(ctx.actors.entities) if e.type in _ORG_TYPES and e.mentions
                    and min(x.start for x in e.mentions) < lo}
            if orgs == {hit[0]}:
                return True
    return False


# the role a sentence gives right after a name: an apposition, "as …", "was (elected|named|appointed) …"
_AFTER = re.compile(r"(?:\s*,\s*(?:the|a|an)\s+|\s+as\s+(?:the\s+|a\s+|an\s+)?|\s+(?:was|is|has\s+been|had\s+been)\s+"
                    r"(?:(?:newly\s+)?(?:elected|named|appointed|chosen|confirmed)\s+(?:as\s+)?)(?:the\s+|a\s+|an\s+)?)"
                    r"((?:[A-Za-z-]+(?:[’']s)?\s+){0,3}[A-Za-z-]+)")
# words before a role noun that say when, not which: "the new speaker"
_NOT_RESTRICTIVE = frozenset({"new", "newly"})


@lru_cache(maxsize=4)
def _soft(lang: str) -> frozenset[str]:
    """Words before a role noun that say how long or how old, once the role is given (``role_soft_words``): "the
    former mayor", "the old teacher", "the retired judge" are the mayor, teacher, judge the text named; they are
    dropped only when no actor fits with them."""
    try:
        return rules.words(lang, "role_soft_words")
    except rules.RuleFileError:
        return frozenset()



def role_actor(ctx, lo: int, hi: int, lang: str):
    """The one actor the description ``text[lo:hi]`` fits, as (start, end, entity index), else None."""
    actors, text = ctx.actors, ctx.text
    m = _DESC.match(text[lo:hi].strip())
    if m is None:
        return None
    abbr, person_heads, org_heads = _data(lang)
    head = m.group(2).lower()
    mods = [w for w in _norm(m.group(1).split(), abbr) if w not in _NOT_RESTRICTIVE]
    if head in person_heads or head in _trades(lang) or abbr.get(head) in person_heads:
        types = _PERSON_TYPES
    elif head in org_heads:
        types = _ORG_TYPES
    else:
        return None
    need = set(mods) | set(_norm(head.split(), abbr))
    pron = m.group(0).split()[0].lower()
    # "a …" and "Austria's …" are first mentions: only a name after them may be theirs
    later_only = pron in ("a", "an") or pron.endswith(("'s", "’s"))
    fits = [] if later_only else _fits_before(ctx, types, need, pron, head, lo, abbr)
    office = office_words(ctx, lo, hi, lambda ws: _norm(ws, abbr))  # "a U.S. District Court judge" (newuser33)
    soft = _soft(lang) | (office_terms() if head in office_titles() else frozenset())  # "the first-term senator"
    if not fits and not later_only and need & soft:
        fits = _fits_before(ctx, types, need - soft, pron, head, lo, abbr)
    if not fits and not later_only and types == _PERSON_TYPES and (bodies := need & (body_nouns(lang) | given_nouns(
            ctx, lo, lambda i: _role_words(ctx, i, abbr), person_heads))):
        # "the union president", "the company spokesman": the kind of body the text may give by its name only
        # ("Its president, Ann Roe"), a person of a body the noun fits (en_spk_org)
        fits = organisation_fit(ctx, _fits_before(ctx, types, need - bodies, pron, head, lo, abbr), bodies,
                                _norm([head], abbr)[0], lo, lang, lambda i: _role_words(ctx, i, abbr))
    if not fits and pron not in _POSSESSIVE and not _refers_back(ctx, pron, types, lo):
        # named only after it ("A transit chief says … . Transit chief Ed Alvarez told …", "Austria's interior
        # minister said … . Interior Minister Wolfgang Peschorn …"): news names a source a sentence or a paragraph
        # after describing it; the naming drops the place or the nationality (capitalised words of the description)
        later_need = set(_norm([w for w in m.group(1).split() if not w[:1].isupper()], abbr)) - _NOT_RESTRICTIVE
        later_need |= set(_norm(head.split(), abbr))
        far = hi + _LATER * (3 if len(later_need) > 1 else 1)  # ("the university's president": a lead's two words)
        fits = [i for i, ent in enumerate(actors.entities)
                if ent.type in types and ent.mentions and hi < min(x.start for x in ent.mentions) < far
                and later_need <= (r := _role_words(ctx, i, abbr)) and holds_office(office, r) and
                not another_rank(later_need, role_phrases(ctx, i, abbr))]
    if not fits and later_only and types == _PERSON_TYPES:
        # the naming may put the office for the lead's plain words ("A California transit chief says … . Interim
        # BART Police Chief Ed Alvarez told …", "A hospital spokeswoman said … . Mercy General spokeswoman …"): the
        # role noun is kept, so one person named with it right after is the one described
        near = [i for i, ent in enumerate(actors.entities)
                if ent.type in types and ent.mentions and hi < min(x.start for x in ent.mentions) < hi + _LATER]
        fits = [i for i in near if set(_norm(head.split(), abbr)) <= (r := _role_words(ctx, i, abbr)) and
                holds_office(office, r)]
        if not fits and pron in ("a", "an"):  # "A former nurse testified … . Carla Simmons told jurors …"
            from .en_spk_named_next import named_next  # (it reads en_topic, which reads this module)
            nxt = named_next(ctx, lo, hi, lambda i: _role_words(ctx, i, abbr))
            fits = [nxt] if nxt is not None and holds_office(office, _role_words(ctx, nxt, abbr)) else []
    if fits and (later_only or pron not in _POSSESSIVE):  # "Kenya's health minister" is not Uganda's
        fits = [i for i in fits if min(x.start for x in actors.entities[i].mentions) < lo or
                not another_owner(ctx, text[lo:hi], i)]
    if len(fits) > 1 and not later_only:
        fits = _nearest(ctx, fits, lo)
    return (lo, hi, fits[0]) if len(fits) == 1 else None


def _refers_back(ctx, pron: str, types, lo: int) -> bool:
    """A definite description after a person of its kind has been named refers back, to someone the text already
    has ("Senator Ann Hale … . The Ohio Democrat said …" is none of those named afterwards: "Later, Senator Sherrod
    Brown, a Democrat, …"); news names a source after describing it only while introducing its cast."""
    return pron in ("the", "this", "that") and any(
        ent.type in types and ent.first < lo for ent in ctx.actors.entities)


def _nearest(ctx, fits: list[int], lo: int) -> list[int]:
    """Of several actors a description fits ("Police Chief Ana Ruiz … Fire Chief Tom Lee … Ruiz said … . The chief
    said"), the one mentioned last before it, when that mention is recent (``_LATER`` characters), names it again
    (not its first mention) and is in a later sentence than any other's: a definite description picks up the
    nearest fitting antecedent, as a pronoun does. Else all of them (it stays as written: "Sen. Smith and Sen. Jones
    met … . The senator said")."""
    ents = ctx.actors.entities
    last = {i: max((m.start for m in ents[i].mentions if m.start < lo), default=-1) for i in fits}
    best = max(fits, key=lambda i: last[i])
    second = max((last[i] for i in fits if i != best), default=-1)
    if last[best] < 0 or lo - last[best] > _LATER or last[best] == ents[best].first or \
            (second >= 0 and ctx.sent(second)[0] == ctx.sent(last[best])[0]):
        return fits  # (only just brought in: "The suspect, Paul Hardy, … . A second suspect, Dean Moss, …")
    return [best]


def _fits_before(ctx, types, need: set[str], pron: str, head: str, lo: int, abbr) -> list[int]:
    """The actors of ``types`` named before ``lo`` whose role words hold ``need`` (and, for "his …", whose owner
    fits)."""
    return [i for i, ent in enumerate(ctx.actors.entities)
            if ent.type in types and ent.mentions and min(x.start for x in ent.mentions) < lo
            and _holds(need, head, _role_words(ctx, i, abbr))
            and (pron not in _POSSESSIVE or _owner_fits(ctx, i, _norm([head], abbr)[0], pron, lo, abbr))]


def _holds(need: set[str], head: str, words: set[str]) -> bool:
    """The role words ``words`` hold the description's words ``need``; its head noun may be held by one of the
    titles it stands for (``role_nouns.tsv``: "the union leader" is the union's general secretary)."""
    if need <= words:
        return True
    titles = _role_titles().get(head, ())
    return need - {head} <= words and any(t != "*" and set(t.split()) <= words for t in titles)


@lru_cache(maxsize=1)
def _role_titles() -> dict[str, tuple[str, ...]]:
    return {r[0].lower(): tuple(x.strip().lower() for x in r[1].split("|")) for r in rules.table("en", "role_nouns")}


_LATER = 600  # characters after a description in which the one it describes may be named (a paragraph or two)
