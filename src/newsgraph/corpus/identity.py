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

import re
from dataclasses import dataclass, field

from ..understand import name_cues
from ..understand import names as N
from ..understand.name_keys import _CYRILLIC as CYRILLIC
from ..understand.name_scripts import crosses_scripts, romanised_alike, same_across_scripts, same_in_cyrillic
from .identity_choose import (ALPHA, CLEAR_AMONG_NAMED, IN_DOCUMENT, MAX_CO_ACTORS, MAX_TERM,  # noqa: F401
                              MIN_CO_DOCS, MIN_GIVEN_DOCS, MIN_POSTERIOR, RARE_CO_ACTOR, SHARED_CAST, Evidence,
                              _shared_cast, choose, co_actors_favour_another, known_by_given, role_match)
from .identity_text import (KIN_WORDS_BEFORE, coordinated_given, introduced_as_relative,  # noqa: F401
                            kin_positions, kinship_words, passing_namesakes, sentence_starts, speaks,
                            used_as_word)
from .name_kinds import (PERSON, PERSON_TYPES, TYPE_ALIASES, case_caption, head_in_text, norm_type,  # noqa: F401
                         not_actor, not_person_head, regnal_name, vote_type, without_regnal_number)

MAX_ALIAS_WORDS = 8

ESTABLISHED = 5  # documents after which a name used by one of them no longer vetoes a full name


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
    gender_one_sided: str = ""  # the titles' gender, else the pronouns' when none disagrees (name_cues)
    gender_by_pronouns: bool = False  # gender and hint come from pronouns alone, no Mr./Mrs. (name_cues)
    at: int = -1  # a person's first mention by name (not by pronoun) in the text; -1 unknown
    bare_at: list[int] = field(default_factory=list)  # every mention by the surname alone ("Miller")
    full_at: list[int] = field(default_factory=list)  # where the document names the person in full
    typed_by_data: bool = False  # its type comes from not_actors.tsv ("Moon": a place), never a given name
    attributive: bool = False  # every mention modifies a noun ("the Bush tax cuts", "a Bush-era official")
    era: bool = False  # ... and one of them an office's time ("the Bush administration", "the Clinton years")
    titled: bool = False  # some mention carries a title or honorific ("Sen. Paul", "Mr. Khan"): a surname then
    possessive: bool = False  # every mention spans a possessive ending ("Trader Joe's"): a company's name

    @property
    def keys(self) -> list[str]:
        """Keys of the names that identify the entity (the user's pins are looked up by these): its name and full
        names; a surname that is only another form of a full name is not one ("Bush" for Jeb Bush)."""
        names = [self.name] + [a for a, k in self.aliases if k in ("full", "name") or self.path == "surname"]
        return list(dict.fromkeys(k for k in (N.name_key(a) for a in names) if k))


def view(entity, lang: str = "en", own_quotes=(), text: str = "") -> View:
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
        if any(case_caption(n, lang) for n in cleaned):
            v.path = "skip"  # "Roe v. Wade", "Trump v. Trump": a court case, no person (nor a bearer of a surname)
            return v
        fix = not_person_head(name, lang) or head_in_text(name, text, lang)
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
        v.titled = any(N.strip_titles(t) != t for t in [*raw, *(m.text for m in entity.mentions)] if t)
        # the tagger ends a person's span before the possessive; a name it always spans with it is a shop's or a
        # company's ("Trader Joe's", "Papa John's")
        v.possessive = bool(entity.mentions) and all(m.text.endswith(("'s", "’s")) for m in entity.mentions)
        v = _person_view(v, cleaned, [m.text for m in heard] + raw)
        _positions(v, entity.mentions, text)
        v.attributive = bool(text) and v.path == "surname" and all(
            _modifies_noun(text, m) for m in entity.mentions if m.text[:1].isupper())
        v.era = v.attributive and any(_ERA_NOUN.match(text, m.end) for m in entity.mentions)
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


def given_alone(views: list[View]) -> frozenset[str]:
    """The given names (normalised) a document uses alone for a person it never names in full with them ("this is
    America, Chris" in a transcript whose host is labelled "WALLACE:"): evidence for a namesake of that given name
    (identity_choose.Evidence.given_alone)."""
    named = {N.norm_token(v.person.first_raw) for v in views if v.path == "full" and v.person and v.person.first_raw}
    return frozenset(N.norm_token(N.fold(v.name)) for v in views if v.type in PERSON_TYPES and v.path != "skip" and
                     " " not in v.name and N.is_given_name(v.name)) - named


def given_of_named(views: list[View]) -> dict[str, list[str]]:
    """One word, untitled, that is the given name of people the document names in full and the surname of none of
    them ("I like Paul" in an article naming Paul Ryan and Paul Nehlen): the writer means one of those people, never
    a namesake elsewhere in the corpus whose surname the word is (Rand Paul). {entity: the entities of the full names
    with that given name}: the word is one of their actors (``one_of_named``). A title makes the word a surname
    ("Sen. Paul"), so titled names are left to the general rule."""
    firsts: dict[str, list[str]] = {}
    lasts: set[str] = set()
    for v in views:
        if v.path == "full" and v.person:
            lasts.add(v.person.last)
            if v.person.first_raw:
                firsts.setdefault(N.fold(v.person.first_raw), []).append(v.entity)
    out: dict[str, list[str]] = {}
    for v in views:
        if v.path != "surname" or v.titled or not v.person or " " in v.name:
            continue
        hit = firsts.get(N.fold(v.name))
        if hit and v.person.last not in lasts and N.is_given_name(v.name):
            out[v.entity] = hit
    return out


def one_of_named(named: list[str], chosen: dict[str, tuple[str, str]], aid: str | None = None) -> str | None:
    """Given ``named`` (given_of_named's full-name entities for a word) and the actors decided so far: the one actor
    they are when ``aid`` is None (None while two people or an undecided full name share the given name); else
    ``aid`` if it is one of them (the general rule chose among the document's people), None if it is someone
    else."""
    actors = {chosen[e][0] if e in chosen else "?" + e for e in named}
    if aid is not None:
        return aid if aid in actors else None
    return next(iter(actors)) if len(actors) == 1 and not next(iter(actors)).startswith("?") else None


def another_first_word(name: str, cand: Candidate) -> bool:
    """Whether a name of two words or more that the parser read as a surname alone ("Magic Johnson": no listed given
    name) opens with a word none of the candidate's full names opens with: a nickname or an unlisted given name is
    still a first name, and another one than the candidate's ("Magic Johnson" is not Boris Johnson). A common word
    before the surname is a tagging slip, not a name ("Certainly Johnson"), and decides nothing."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or N.is_common_word(words[0]):
        return False
    first = N.fold(words[0]).strip(".")
    if any(first in N.fold(f).split()[1:] for f in cand.full_names):
        return False  # a middle name or the first of two surnames ("Hawk Sawyer" of Kathleen Hawk Sawyer)
    firsts = {N.fold(N.parse(f).first_raw or "") for f in cand.full_names}
    return bool(firsts) and not any(f and (N.given_compatible(f, first) or f.startswith(first))
                                    for f in firsts)


def completes_surname(role: str | None, surname_roles: dict[str, int]) -> bool | None:
    """Whether a full name completes an actor known so far by its surname alone. A bare surname with a role is a
    particular person ("Judge Berman", "Chairman Schiff"): a full name whose document gives another role is someone
    else (False); one whose document gives none is that person only on the corpus's evidence (None: see
    ``shares_rare_co_actor``; "Judge Berman" of a sentencing is not the lobbyist Wayne Berman of a campaign story,
    "Chairman Schiff" of an impeachment hearing is the Adam Schiff of the next one). A surname actor without a role,
    or a full name with the same role, is completed (True: "Varga", then "Senator Tom Varga")."""
    if not surname_roles or role_match(role, surname_roles) >= 0.5:
        return True
    return False if role else None




def shares_rare_co_actor(cand: Candidate, co: list[str], base: dict[str, float]) -> bool:
    """Whether the document names an actor the candidate's documents named too and few documents name (not Hillary
    Clinton in an election corpus, who is beside everyone): the evidence that completes a titled surname actor."""
    return any(cand.cooc.get(a, 0) > 0 and base.get(a, 1.0) < RARE_CO_ACTOR for a in co if a != cand.id)


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
    v.gender_one_sided = name_cues.one_sided_gender(raw)
    v.gender_by_pronouns = name_cues.by_pronouns_only(raw)
    v.gender = by_text or (N.gender_of(v.person.first_raw) if v.person and v.person.first_raw and
                                           v.path == "full" else "")
    return v


def _positions(v: View, mentions, text: str = "") -> None:
    """Where the text names the person: the first mention by name (a surname, a titled or full name), and every
    mention in full (two words or more ending in the surname, or the given name of a couple or siblings named with
    one surname: "Khizr and Ghazala Khan" names Khizr Khan in full)."""
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
            elif not (text and _modifies_noun(text, m)):  # ("the Trump campaign": nobody's words or acts)
                v.bare_at.append(m.start)
        elif v.path == "full" and text and coordinated_given(text, m.start, m.text, v.person):
            v.full_at.append(m.start)
            if v.at < 0 or m.start < v.at:
                v.at = m.start
    v.full_at.sort()
    v.bare_at.sort()


_MODIFIED = re.compile(r"(?:-[a-z]|[ \t]+[a-z]{3,})")


def _modifies_noun(text: str, m) -> bool:
    """A name written as a noun's modifier: "the Bush tax cuts", "a Bush-era official" (after "the"/"a" or
    hyphenated), not a person who acts ("Bush said"): an era or an administration, whose bearer the reader knows."""
    if not _MODIFIED.match(text, m.end):
        return False
    return text[m.end:m.end + 1] == "-" or text[max(0, m.start - 4):m.start].lower().rstrip().endswith(("the", " a"))


# the nouns of an office's time a surname modifies ("the Bush administration", "a Clinton-era law"), and the
# offices that have one: whose they are, the corpus's most named bearer does not say when another held such an office
_ERA_NOUN = re.compile(r"[ -](?:administration|era|years|presidency|White House|tax cuts|doctrine|cabinet|"
                       r"government|premiership|governorship|mayoralty)\b")
_ERA_OFFICE = re.compile(r"\b(?:president|governor|prime minister|premier|chancellor|mayor|king|queen)\b", re.I)


def _held_office(c: Candidate) -> bool:
    return any(_ERA_OFFICE.search(r) for r in c.roles)


def attributive_only(v: View, cands: list[Candidate], named_in_full: bool) -> bool:
    """A surname the document uses only as a modifier ("the Bush tax cuts") and never gives a bearer of in full,
    with several people of that surname in the corpus: which one's era it is, the text does not say (the one most
    talked about in the corpus, Jeb Bush in 2016, is seldom the one whose tax cuts they were). Unless one bearer
    holds the surname practically alone (SURNAME_HOLDER times the documents of all the others: "the Obama
    administration" beside a Michelle Obama the corpus names ten times)."""
    if not v.attributive or len(cands) < 2 or named_in_full:
        return False
    docs = sorted((c.n_docs for c in cands), reverse=True)
    return docs[0] < SURNAME_HOLDER * sum(docs[1:])


SURNAME_HOLDER = 10
HOLDER_SHARE = 0.1  # the share of all documents that name the bearer a modifier means without other evidence


def attributive_holder(v: View, cands: list[Candidate], named_in_full: bool, n_docs: int,
                       ev: Evidence | None = None) -> Candidate | None:
    """The bearer a surname used only as a modifier means ("the Obama administration", "the Trump campaign") when one
    bearer holds the surname practically alone (SURNAME_HOLDER times the documents of all the others) and the corpus
    is about them (named in HOLDER_SHARE of its documents or more): the writer counts on the reader knowing whose it
    is, so the document's co-actors need not single them out (beside Trump and Clinton, whom every document names,
    they say nothing either way). Never against the document's own word (a role, pronouns of the other gender), nor
    when the document names a bearer in full (the general rule decides then), nor against the document's co-actors
    (``ev``): when they fit another bearer better ("the Clinton administration" beside Al Gore is Bill's, however
    often an election corpus names Hillary), the general rule decides; nor for an office's time ("the Bush
    administration", ``View.era``) when another bearer held such an office."""
    if not v.attributive or named_in_full or not cands or v.role:
        return None
    ranked = sorted(cands, key=lambda c: (-c.n_docs, c.id))
    top, rest = ranked[0], sum(c.n_docs for c in ranked[1:])
    g = v.gender or v.gender_hint
    if top.apart or top.n_docs < SURNAME_HOLDER * rest or top.n_docs < HOLDER_SHARE * n_docs or \
            (g and top.gender and g != top.gender):
        return None
    if ev is not None and co_actors_favour_another(top, ranked[1:], ev):
        return None
    if v.era and any(_held_office(c) for c in ranked[1:] if not c.apart):
        return None  # "the Bush administration" in 2016 is seldom Jeb's
    return top


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


def compatible_actor(person: N.PersonName, cand: Candidate, written: str = "") -> bool:
    """A full name joins an actor only when it is compatible with every full name the actor is known by: "George
    Bush" may be George W. Bush's actor while it holds no "George H.W. Bush"; a name never links two people through
    a third, shorter one. A name that only one of an established actor's documents used (a typo, a tagging slip)
    does not veto (ESTABLISHED documents or more). Given the name as ``written``, the actor's names in the other
    script (Cyrillic / Latin letters) are judged by the key both share (name_scripts.same_across_scripts: "Дмитрий
    Песков" and "Dmitry Peskov", never "Василий Песков"); two Cyrillic names names.compatible does not join, as
    Russian and Ukrainian spellings (same_in_cyrillic); two Latin ones, as romanisations of a Cyrillic name the
    actor holds ("Alexei" and "Aleksei Navalny" of "Алексей Навальный") or as the press's two forms of one Russian
    given name ("Alexander" / "Aleksandr Lukashenko", name_scripts.romanised_alike)."""
    cyr = bool(CYRILLIC.search(written)) if written else None
    cyrillic = [n for n in cand.full_names if CYRILLIC.search(n)] if written and not cyr else []

    def agree(name: str, p: N.PersonName) -> bool | None:
        if cyr is None:
            return N.compatible(person, p)
        if bool(CYRILLIC.search(name)) != cyr:
            # (the actor's Cyrillic name in a case form, "Алексея Навального", is judged by no Latin name: it
            # neither vetoes nor supports one)
            return None if cyr is False and not crosses_scripts(name) else same_across_scripts(written, name)
        if N.compatible(person, p):
            return True
        if cyr:  # Russian and Ukrainian spellings ("Александр Сырский" / "Олександр Сирський")
            return same_in_cyrillic(written, name)
        # two romanisations of the name the actor holds in Cyrillic ("Alexei" / "Aleksei" Navalny, both
        # "Алексей Навальный"): one name's spellings, judged through the original
        return romanised_alike(written, name) or \
            any(same_across_scripts(written, c) and same_across_scripts(name, c) for c in cyrillic)

    fulls = [(n, N.parse(n), cand.name_docs.get(n, 1)) for n in cand.full_names] or [(cand.name, N.parse(cand.name), 1)]
    fulls = [(n, p, k) for n, p, k in fulls if p.full]
    if not fulls:
        return False
    strong = [(n, p) for n, p, k in fulls if k > 1 or cand.n_docs < ESTABLISHED] or [(n, p) for n, p, _ in fulls]
    return all(agree(n, p) is not False for n, p in strong) and any(agree(n, p) for n, p, _ in fulls)


# the types an actor may be begun with (its id is made of one of them and its key)
ACTOR_ID_TYPES = ("ORG", "GPE", "LOC", "FAC", "NORP", "GROUP", "MEDIA", "PERSON", "EVENT", "PRODUCT")


def acronym(key: str, name: str) -> bool:
    """Whether a name key is an acronym the entity writes in capitals ("dnc" of "DNC")."""
    return " " not in key and 2 <= len(key) <= 6 and any(w.isupper() and w.lower() == key for w in name.split())


def exact(person: N.PersonName, cand: Candidate) -> bool:
    return any(N.parse(n).key == person.key for n in cand.full_names)


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


def becomes_bearer(n_docs: int, had_role: bool, v: View, name: str, typ: str) -> bool:
    """Whether a person known by a full name becomes, with this document (``v``; the actor had ``n_docs``
    documents, a role or not), a bearer of the surname that names already resolved must be judged against again
    (store/settle.py). A bearer must be a person: one span typed PERSON once, without a title or a role, is too
    often a tagger's slip (a company, a product, a headline fragment) to unsettle a surname many documents
    resolve; it counts from its second document, or from a document that gives it a role. A span always taken
    with a possessive ending ("Trader Joe's") is a company's name: no document of it counts."""
    if typ not in PERSON_TYPES or v.possessive or v.person is None or v.path != "full" or not N.parse(name).full:
        return False
    before = n_docs >= 2 or (n_docs >= 1 and had_role)
    after = n_docs + 1 >= 2 or had_role or bool(v.role) or v.titled
    return after and not before
