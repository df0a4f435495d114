"""One person, one actor: the rules that decide which corpus actor an entity of a document is. Plain functions over
plain values (an entity of a record, candidate actors read from the store), testable without a database; the
store's writer (store/writer.py) reads the candidates and writes what these functions decide.

How an entity of a document is resolved (``plan`` says which path, the writer follows it):

1. The user's decisions first: an alias pinned to a name (``newsgraph alias``/``merge``/``split``) goes to that
   name's actor; an ignored name is no actor.
2. Words that are no actor whatever the tagger said (corpus/name_kinds.py: ``lang/<lang>/not_actors.tsv``, platforms
   and products are organisations, months, contractions and function words are nothing; a name ending in an
   organisation, place or event word, ``not_person_heads.tsv``); royals and popes are known by title and given
   name ("Prince Harry").
3. A person named in full ("Donald Trump", "Donald J. Trump") joins the person actor whose every full name is
   compatible with it (names.compatible: same surname, same or short-form given name, no conflicting middle
   initial or suffix), never a different given name. Several compatible actors ("George Bush": George W. and
   George H.W.) are decided by evidence, else the entity stays unresolved; so is a full name whose spelled-out
   middle name fits someone ("Rafael Edward Cruz": Ted Cruz goes by Edward's short form). None: a new actor (or
   the one actor known so far only by this surname, which it completes, unless the document names two people of
   that surname in full).
4. A person named only by surname ("Trump") or given name ("Hillary"), when the document never names them in full,
   attaches to the person its own evidence supports (``choose``): the role the document gives, Mr./Mrs., and the
   actors it names beside them, compared with each candidate's record; with one candidate, absent contradiction;
   with several, only when the evidence clearly favours one. Never by popularity alone, never through another
   document's surname alias (no transitive merging). Otherwise it stays unresolved (a surname nobody is known by
   yet becomes a provisional actor of that surname).
5. Everything else (organisations, places, groups) joins the actor with the same name key, whatever type the
   tagger gave in each document; the actor's type is the vote of its documents (``vote_type``).

Canonical names come from the evidence too (``canonical_name``): the full name most documents use, in natural
case; never a span with a bracket, a handle, a verb or an insult (those are repaired or never registered).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..understand import name_cues
from ..understand import names as N
from .identity_text import (KIN_WORDS_BEFORE, introduced_as_relative, kin_positions,  # noqa: F401
                            kinship_words, passing_namesakes, sentence_starts)
from .name_kinds import (PERSON, PERSON_TYPES, TYPE_ALIASES, norm_type, not_actor, not_person_head,  # noqa: F401
                         regnal_name, vote_type, without_regnal_number)

MAX_ALIAS_WORDS = 8

# evidence (choose): the share of its documents in which a candidate appeared beside a co-actor is smoothed
# towards the co-actor's share of all documents with weight ALPHA (documents); a surname or given name attaches to
# the best candidate only when its posterior is at least MIN_POSTERIOR and some evidence (a shared co-actor or role)
# supports it
ALPHA = 1.0
MIN_POSTERIOR = 0.9
MAX_CO_ACTORS = 12
ESTABLISHED = 5  # documents after which a name used by one of them no longer vetoes a full name
IN_DOCUMENT = 5.0  # how much likelier a surname means a person the same document names in full
MIN_CO_DOCS = 2  # a co-actor counts as evidence once it is in this many documents
MIN_GIVEN_DOCS = 1  # documents that call a person by given name alone before a given name alone may mean them
MAX_TERM = 2.0  # the most one co-actor moves the log likelihood ratio
SHARED_CAST = 0.5  # the share of a namesake's documents that also name another for their co-actors to be one cast
CLEAR_AMONG_NAMED = 9.0  # how much likelier the corpus must find one of a document's namesakes to decide alone
# (posterior 0.9 between two, on evidence alone: the bar MIN_POSTERIOR sets for the general rule)


# -- one entity of a document --------------------------------------------------------------------------------------
@dataclass
class View:
    """What the corpus needs of one entity of a record."""
    entity: str  # the record's local id ("e3")
    name: str  # cleaned display name
    type: str
    role: str | None
    n_mentions: int
    aliases: list[tuple[str, str]]  # (cleaned alias, kind: full | surname | given | name)
    person: N.PersonName | None = None  # the best full or partial name of a person
    path: str = "name"  # full | surname (one word: a surname, or a given name) | regnal ("Prince Harry") | name | skip
    gender: str = ""
    gender_hint: str = ""  # a weaker gender (any majority of pronouns): it only vetoes a choice, see ``choose``
    at: int = -1  # a person's first mention by name (not by pronoun) in the text; -1 unknown
    full_at: list[int] = field(default_factory=list)  # where the document names the person in full
    typed_by_data: bool = False  # its type comes from not_actors.tsv ("Moon": a place), never a given name

    @property
    def keys(self) -> list[str]:
        """Keys of the names that identify the entity (the user's pins are looked up by these): its name and full
        names; a surname that is only another form of a full name is not one ("Bush" for Jeb Bush)."""
        names = [self.name] + [a for a, k in self.aliases if k in ("full", "name") or self.path == "surname"]
        return list(dict.fromkeys(k for k in (N.name_key(a) for a in names) if k))


def view(entity, lang: str = "en", own_quotes=()) -> View:
    """The corpus's view of a record entity: its cleaned name and aliases, and the path that resolves it.
    ``own_quotes``: the (start, end) spans of the entity's own words quoted directly; the pronouns coreference put
    inside them say nothing of the speaker's gender (in "Clinton said: 'She is better qualified'", she is someone
    else; in reported speech, "Obama said he would", he is the speaker)."""
    typ = norm_type(entity.type)
    raw = [entity.name, *(entity.aliases or [])]
    cleaned = [c for c in dict.fromkeys(N.clean_name(a) for a in raw if a) if c]
    name = N.clean_name(entity.name) or (cleaned[0] if cleaned else "")
    v = View(entity=entity.id, name=name, type=typ, role=entity.role, n_mentions=len(entity.mentions) or 1,
             aliases=[])
    fix = not_actor(name, typ, lang)
    if fix == "-" or not name or name[0].islower() or not name[0].isalnum():
        v.path = "skip"  # "n't", "pro-Clinton", "September": no actor
        return v
    if fix:
        v.type = typ = fix
        v.typed_by_data = True
    if typ in PERSON_TYPES:
        fix = not_person_head(name, lang)
        if fix == "-":
            v.path = "skip"  # "Milliarde Euro", "Davis Cup", "MacBook Pro": no person
            return v
        if fix:
            v.type = typ = fix  # "Dick Clark Productions", "Trump Tower"
            v.typed_by_data = True
    stripped = N.strip_titles(name)
    if typ not in PERSON_TYPES and stripped != name and N.parse(stripped).full and \
            N.is_given_name(stripped.split()[0]):
        v.type = typ = PERSON  # a person the tagger typed with the place or title before the name ("Ukraine Kurt
        # Volker" tagged ORG)
    if typ in PERSON_TYPES:
        regnal = regnal_name(cleaned)
        if regnal:  # "Prince Harry", "Pope Francis": the title and given name are the name across the corpus
            # numbered or not, one monarch ("King Charles III", "King Charles"); never another number (store)
            v.name, v.type, v.path = regnal, PERSON, "regnal"
            v.aliases = list(dict.fromkeys([(regnal, "name"), (without_regnal_number(regnal), "name")]))
            return v
        heard = [m for m in entity.mentions if not any(s <= m.start < e for s, e in own_quotes)]
        v = _person_view(v, cleaned, [m.text for m in heard] + raw)
        _positions(v, entity.mentions)
        return v
    v.aliases = [(a, "name") for a in cleaned if _good_alias(name, a)]
    return v


def given_in_document(views: list[View], chosen: dict[str, tuple[str, str]]) -> None:
    """A given name the tagger took for something else ("Melania" as an organisation) in a document that names
    exactly one person with it in full is that person."""
    firsts: dict[str, set[str]] = {}
    for v in views:
        if v.entity in chosen and v.path == "full" and v.person.first_raw:
            firsts.setdefault(N.fold(v.person.first_raw), set()).add(chosen[v.entity][0])
    for v in views:
        if v.entity in chosen and v.path == "name" and " " not in v.name and N.is_given_name(v.name) \
                and not v.typed_by_data:
            hit = firsts.get(N.fold(v.name), set())
            if len(hit) == 1:
                v.type = PERSON
                chosen[v.entity] = (next(iter(hit)), "given name, in document")


def _person_view(v: View, cleaned: list[str], raw: list[str]) -> View:
    cleaned = [c for c in dict.fromkeys(N.strip_titles(a) for a in cleaned) if c]
    v.name = N.strip_titles(v.name)
    parsed = [(a, N.parse(a)) for a in cleaned if len(a.split()) <= MAX_ALIAS_WORDS and _name_start(a[:1])]
    fulls = [(a, p) for a, p in parsed if p.full]
    main = N.parse(v.name)
    if not main.full and fulls:  # the entity's name is partial but the document names them in full
        main = max((p for _, p in fulls if _agrees(p, main)), key=lambda p: len(p.given) + len(p.surname),
                   default=main)
    if main.full:
        # full names that are this person: compatible with the main one (an in-document merge of two people,
        # an insult or a description never becomes a name of the actor)
        best = max((p for _, p in fulls if N.compatible(p, main)), key=lambda p: len(p.given), default=main)
        v.person, v.path = best, "full"
        for a, p in parsed:
            if p.suffix != best.suffix and not p.full:
                continue  # "Donald Jr" beside "Donald Trump": the son, merged in by coreference, not a name of his
            if p.full and N.compatible(p, best):
                v.aliases.append((a, "full"))
            elif not p.full and p.surname and p.surname == best.surname[-len(p.surname):]:
                v.aliases.append((a, "surname"))
            elif not p.full and p.first_raw and N.given_compatible(N.norm_token(p.first_raw), best.first):
                v.aliases.append((a, "given"))
        if not any(k == "full" for _, k in v.aliases):
            v.aliases.insert(0, (v.name, "full"))
    elif main.surname:  # one word: a surname, or a given name when nobody has it as a surname
        v.person, v.path = main, "surname"
        v.aliases = [(a, "surname") for a, p in parsed if not p.full and p.surname == main.surname and
                     p.suffix == main.suffix]
    else:
        v.path = "skip"
    by_text, v.gender_hint = name_cues.genders(raw)
    v.gender = by_text or (N.gender_of(v.person.first_raw) if v.person and v.person.first_raw and
                                           v.path == "full" else "")
    return v


def _positions(v: View, mentions) -> None:
    """Where the text names the person: the first mention by name (a surname, a titled or full name), and every
    mention in full (two words or more ending in the surname)."""
    if v.person is None or not v.person.surname or v.path == "skip":
        return
    last = v.person.last
    for m in mentions:
        p = N.parse(m.text)
        if p.last == last:
            if v.at < 0 or m.start < v.at:
                v.at = m.start
            if p.full:
                v.full_at.append(m.start)
    v.full_at.sort()


def _name_start(c: str) -> bool:
    """A name starts with a capital, or with a letter of a script without case (CJK, Arabic, Hebrew...)."""
    return c.isupper() or (c.isalpha() and not c.islower())


def _agrees(full: N.PersonName, part: N.PersonName) -> bool:
    return full.surname[-len(part.surname):] == part.surname or \
        (bool(part.first_raw) and N.given_compatible(N.norm_token(part.first_raw), full.first))


def _good_alias(name: str, alias: str) -> bool:
    """An alias of an organisation or place that names it across the whole corpus: the same key, an acronym, or a
    name made of the same words ("Moscow" for Russia or "the group" would merge wrong actors across a corpus)."""
    a = alias.strip()
    if not a or not (_name_start(a[0]) or a[0].isdigit()) or len(a.split()) > MAX_ALIAS_WORDS:
        return False
    ak, nk = N.name_key(a), N.name_key(name)
    if not ak:
        return False
    if ak == nk:
        return True
    at, nt = ak.split(), nk.split()
    if a.isupper() and 2 <= len(a) <= 8 and " " not in a:
        return True
    return set(at) <= set(nt) and len(at) >= 2 or set(nt) <= set(at) and len(at) <= len(nt) + 1


# -- full names: which actor ---------------------------------------------------------------------------------------
@dataclass
class Candidate:
    """A person actor that may be the entity, with the evidence the store holds about them."""
    id: str
    name: str
    n_docs: int = 0
    full_names: list[str] = field(default_factory=list)
    name_docs: dict[str, int] = field(default_factory=dict)  # full name -> documents that use it
    roles: dict[str, int] = field(default_factory=dict)  # role -> documents
    gender: str = ""
    cooc: dict[str, int] = field(default_factory=dict)  # co-actor id -> documents shared
    apart: bool = False  # a user decision keeps this entity's names away from this actor


def compatible_actor(person: N.PersonName, cand: Candidate) -> bool:
    """A full name joins an actor only when it is compatible with every full name the actor is known by: "George
    Bush" may be George W. Bush's actor while it holds no "George H.W. Bush"; a name never links two people through
    a third, shorter one. A name that only one of an established actor's documents used (a typo, a tagging slip)
    does not veto (ESTABLISHED documents or more)."""
    fulls = [(N.parse(n), cand.name_docs.get(n, 1)) for n in cand.full_names] or [(N.parse(cand.name), 1)]
    fulls = [(p, k) for p, k in fulls if p.full]
    if not fulls:
        return False
    strong = [p for p, k in fulls if k > 1 or cand.n_docs < ESTABLISHED] or [p for p, _ in fulls]
    return all(N.compatible(person, p) for p in strong) and any(N.compatible(person, p) for p, _ in fulls)


# the types an actor may be begun with (its id is made of one of them and its key)
ACTOR_ID_TYPES = ("ORG", "GPE", "LOC", "FAC", "NORP", "GROUP", "MEDIA", "PERSON", "EVENT", "PRODUCT")


def acronym(key: str, name: str) -> bool:
    """Whether a name key is an acronym the entity writes in capitals ("dnc" of "DNC")."""
    return " " not in key and 2 <= len(key) <= 6 and any(w.isupper() and w.lower() == key for w in name.split())


def exact(person: N.PersonName, cand: Candidate) -> bool:
    return any(N.parse(n).key == person.key for n in cand.full_names)


# -- evidence: which person a surname or given name means ---------------------------------------------------------
@dataclass
class Evidence:
    """What the document says about the person beside the name."""
    role: str | None = None
    gender: str = ""
    gender_hint: str = ""  # the pronouns' majority: too weak to choose among named namesakes, enough to doubt
    co_actors: list[str] = field(default_factory=list)  # actor ids the document names (most salient first)
    base: dict[str, float] = field(default_factory=dict)  # co-actor -> share of all documents that name it
    n_docs: int = 1  # documents of the corpus so far (the base rates' denominator)
    named: dict[str, list[int]] = field(default_factory=dict)  # actor id -> where the document names it in full
    at: int = -1  # where the document first uses the partial name
    sentence: dict[int, int] = field(default_factory=dict)  # a position in ``named`` -> where its sentence starts
    kin: set[int] = field(default_factory=set)  # positions in ``named`` introduced as a relative ("his wife X")
    family: frozenset[str] = frozenset()  # for a given name alone: the surnames the document gives people in full
    relative: bool = False  # the given name alone follows a kinship word ("his daughter Ivanka", "Trump's wife, Lara")
    in_headline: bool = False  # the partial name's first use is on the document's first line (its title)


def _role_words(role: str | None) -> set[str]:
    return {t for t in N.tokens(role or "") if len(t) > 2 and t not in {"the", "and", "for", "former"}}


def _role_match(role: str | None, roles: dict[str, int]) -> float:
    """Best word overlap (Jaccard) between the document's role and a role the candidate held."""
    a = _role_words(role)
    if not a:
        return 0.0
    best = 0.0
    for r in roles:
        b = _role_words(r)
        if b:
            best = max(best, len(a & b) / len(a | b))
    return best


def known_by_given(c: Candidate, given_docs: int, family, co: list[str]) -> bool:
    """Whether a given name alone may mean ``c`` across documents: writers call a person by given name alone when
    the reader knows whom they mean: someone known so (``given_docs``: documents that name ``c`` in full and then
    call them by that given name alone, the alias kind "given": "Hillary", "Jeb"; at least MIN_GIVEN_DOCS), a
    relative of someone named in full (``family``: the surnames the document gives in full), or someone the
    document itself names (``co``). Otherwise a lone "Robin" in a death notice or "Sylvia's in Harlem" is not the
    only Robin or Sylvia the corpus has met."""
    return given_docs >= MIN_GIVEN_DOCS or c.id in co or N.parse(c.name).last in family


def _score(c: Candidate, co: list[str], ev: Evidence) -> tuple[float, int]:
    """The log likelihood ratio of the document's evidence under candidate ``c`` against a stranger, and how many
    pieces of evidence support ``c`` (see ``choose``)."""
    n = max(c.n_docs, 0)
    lr = 0.0
    support = 0
    for a in co:
        p = ev.base.get(a)
        if p is None or p * ev.n_docs < MIN_CO_DOCS:
            continue  # an actor seen in too few documents says nothing about who is beside it
        p = min(max(p, 1e-3), 0.999)
        k = c.cooc.get(a, 0)
        support += k > 0
        # the share of the candidate's documents that name the co-actor, smoothed towards the co-actor's share
        # of all documents (a candidate with few documents is not believed to share everything or nothing),
        # against that share; one co-actor alone moves the ratio by a bounded factor
        lr += min(max(math.log((k + ALPHA * p) / (n + ALPHA)) - math.log(p), -MAX_TERM), MAX_TERM)
    if c.id in ev.co_actors:  # the document names this person in full elsewhere (a namesake would be too)
        lr += math.log(IN_DOCUMENT)
        support += 1
    elif ev.family and N.parse(c.name).last in ev.family:
        # a given name alone beside someone of the candidate's surname in full: a family the writer names by given
        # names ("Melania" in an article on Donald Trump, "Chelsea" beside Hillary Clinton)
        lr += math.log(IN_DOCUMENT)
        support += 1
    rm = _role_match(ev.role, c.roles)
    if rm >= 0.5:
        lr += math.log(20)
        support += 2
    elif ev.role and c.roles and rm == 0:
        lr += math.log(0.5)
    return lr, support


def choose(cands: list[Candidate], ev: Evidence, strict: bool = False) -> tuple[str | None, str]:
    """The candidate a partial name (surname or given name) means, and why; (None, reason) when the evidence does
    not decide. For each candidate, the likelihood of the document's other actors under the candidate (the
    smoothed share of its documents that also name each of them) against their likelihood for someone the corpus
    does not know yet (their share of all documents), times a role factor and an in-document factor (the document
    names the candidate in full elsewhere). A candidate is taken only when that ratio is at least 1 (the document
    fits them at least as well as a stranger: "Kelly" beside Trump and Fox News is not the one Kelly the corpus
    knew from a court report); among several, the posterior (with P(c) from the candidate's documents) must
    reach MIN_POSTERIOR, and something beside popularity must support the winner (``strict``: even a single
    candidate needs such support). A surname shared by several people the document names in full is one of
    them (``_among_named``); when the document names one of the candidates in full, the corpus's co-actors and
    popularity alone never give the surname to another (only the document's own role for them does)."""
    live = [c for c in cands if not c.apart and not (ev.gender and c.gender and ev.gender != c.gender)]
    if not live:
        return None, "no compatible candidate" if cands else "no candidate"
    ids = {c.id for c in live}
    co = [a for a in ev.co_actors if a not in ids][:MAX_CO_ACTORS]
    if sum(c.id in ev.named for c in cands) >= 2 and any(c.id in ev.named for c in live):
        live = [c for c in live if c.id in ev.named]
        hit = _among_named(live, [(*_score(c, co, ev), c) for c in live], ev)
        if hit:
            return hit
        if len(live) > 1 and _shared_cast(live):
            # a couple or a family the document names in full, and the text gives no antecedent: their co-actors are
            # the same cast, so whatever the corpus says beyond that is popularity
            return None, f"the document names {' and '.join(c.name for c in live)}; nothing tells which"
    # outside the document's own namesakes, the pronouns' majority also rules people out ("Williams ... her" is not
    # John Williams): at worst the name stays unresolved, never given to a namesake the pronouns merely favour
    hint = ev.gender_hint
    fit = [c for c in live if not (hint and c.gender and hint != c.gender)]
    if not fit:
        return None, "no candidate fits the document's pronouns"
    if len(fit) < len(live):
        strict = True  # a stray pronoun only rules out: who is left still needs the document's support
    live = fit
    kin = [c for c in live if ev.relative and N.parse(c.name).last in ev.family]
    if len(kin) == 1:
        # a given name the text introduces as a relative ("Mr. Trump's daughter Ivanka", "his son Eric") of a family
        # it names in full: the one person of that family with the name, whatever else the document is about
        return kin[0].id, "a relative the document names by given name beside the family"
    scored = []
    for c in live:
        lr, support = _score(c, co, ev)
        scored.append((math.log(max(c.n_docs, 0) + 1) + lr, lr, support, c))
    scored.sort(key=lambda x: (-x[0], x[3].id))
    s, lr, support, c = scored[0]
    named = [x for x in live if x.id in ev.named]
    if named and c.id not in ev.named and _role_match(ev.role, c.roles) < 0.5:
        # the document names a namesake in full and nothing of its own (a role) points elsewhere: the corpus's
        # co-actors and popularity do not take the surname away from the person the writer introduced
        return None, f"the document names {named[0].name}; only the corpus points to {c.name}"
    if lr < 0:
        return None, f"the document fits no known {c.name.split()[-1]} better than a stranger"
    if len(scored) == 1:
        if strict and support == 0:
            return None, "nothing in the document supports the only candidate"
        return c.id, "the only person of that name"
    z = sum(math.exp(x[0] - s) for x in scored)
    post = 1.0 / z
    # popularity alone decides nothing: the winner must also be the best by the document's evidence alone
    by_evidence = lr >= max(x[1] for x in scored[1:])
    if post >= MIN_POSTERIOR and support > 0 and by_evidence:
        return c.id, f"evidence ({post:.2f})"
    return None, f"ambiguous: {', '.join(x[3].name for x in scored[:4])}"


def _among_named(live: list[Candidate], scored: list[tuple[float, int, Candidate]],
                 ev: Evidence) -> tuple[str, str] | None:
    """A surname ("Clinton") in a document that names several people of that surname in full ("Bill Clinton",
    "Hillary Clinton"): a writer who names two Clintons does not write "Clinton" for a third, so it is one of them.
    Their gender decides first (the others are already gone from ``live``); then the corpus, only when its evidence
    (co-actors, role) clearly favours one (by CLEAR_AMONG_NAMED: the document's other actors are the cast of both
    people, and a person the corpus barely knows has no record to compare, so a small lead is popularity); then the
    text: the person named in full nearest before the surname's first use (the writer's antecedent: "Chelsea
    Clinton announced ... Clinton, 35, the daughter of ..."). None: the general rule (``choose``) decides."""
    if len(live) == 1:
        return live[0].id, "the one person of the document with that name and gender"
    by_role = [c for c in live if _role_match(ev.role, c.roles) >= 0.5]
    if len(by_role) == 1:  # "President Obama" beside Barack and Michelle Obama: the title the document gives
        return by_role[0].id, "the role the document gives"
    passing = passing_namesakes(live, ev)
    if passing and len(live) - len(passing) == 1:
        return next(c for c in live if c not in passing).id, "the nearest full name before"  # the other: in passing
    ranked = sorted(scored, key=lambda x: (-x[0], x[2].id))
    if ranked[0][0] - ranked[1][0] >= math.log(CLEAR_AMONG_NAMED) and not _shared_cast(live):
        return ranked[0][2].id, "evidence among the document's namesakes"
    if ev.at >= 0:
        before = []
        for c in live:
            # a namesake named after another in the same sentence is that person's relative or foil ("Tony
            # Podesta, brother of John Podesta, ..."; "Joe Biden, whose son Beau Biden ..."): not the antecedent
            # (unless that other one is introduced as the relative: "for his wife Hillary Clinton, former president
            # Bill Clinton said"); one introduced as a relative is never the antecedent ("brother of John Podesta")
            ps = [p for p in ev.named[c.id] if p < ev.at and p not in ev.kin and not any(
                ev.sentence.get(p, -1) <= q < p for o in live if o is not c for q in ev.named[o.id]
                if q not in ev.kin)]
            if ps:
                before.append((max(ps), c))
        if before:
            return max(before, key=lambda x: x[0])[1].id, "the nearest full name before"
        if _shared_cast(live) and ev.in_headline:
            # the surname is in the headline, before any full name: the person the article then names first. A
            # surname in the body before any full name ("From Reagan to Clinton and Obama") is no such title: the
            # writer gave no antecedent, so it stays unresolved rather than go to whoever is named first
            first = sorted((min(ev.named[c.id]), c.id) for c in live if ev.named.get(c.id))
            if first:
                return first[0][1], "the first full name of the document"
    return None


def _shared_cast(live: list[Candidate]) -> bool:
    """Whether the namesakes are mostly named together (a couple, a parent and child, a dynasty: "Bill" and
    "Hillary Clinton"): the corpus then knows them from the same documents, so their co-actors cannot tell them
    apart and only the text can. True when some candidate shares SHARED_CAST of its documents with another."""
    for c in live:
        if c.n_docs >= MIN_CO_DOCS and any(c.cooc.get(o.id, 0) >= SHARED_CAST * c.n_docs for o in live if o is not c):
            return True
    return False


# -- the actor's own name and type ---------------------------------------------------------------------------------
_BAD_NAME = re.compile(r"[\[\]{}()<>@#|]|https?:|www\.")


def canonical_name(alias_docs: dict[tuple[str, str], int], current: str, person: bool) -> str:
    """The actor's name from its aliases' document counts {(alias, kind): documents}: for a person the full name
    most documents use (natural case, no bracket or handle); otherwise the name most documents use that is not a
    person's partial name (a given name or surname alone), the longer one on a tie (the expansion before its
    acronym)."""
    def ok(a: str) -> bool:
        return bool(a) and not _BAD_NAME.search(a) and a == N.clean_name(a)

    # a given name or a surname alone ("Latino" of a pollster first typed PERSON) is no organisation's name
    pool = [(a, n) for (a, k), n in alias_docs.items() if ok(a) and (k == "full" if person else
                                                                      k not in ("given", "surname"))]
    if not pool:
        pool = [(a, n) for (a, k), n in alias_docs.items() if ok(a)]
    if not pool:
        return current
    caps = [(a, n) for a, n in pool if not a.isupper() or len(a) <= 4]
    pool = caps or pool
    # most documents; on a tie the name the actor has now (stable), then natural case, then the longer
    return max(pool, key=lambda x: (x[1], x[0] == current, not x[0].isupper(), len(x[0]), x[0]))[0]
