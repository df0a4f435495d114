"""English persons of one document: PERSON mentions clustered into one entity per person (``_cluster_persons``:
full names by names.compatible, a surname or a given name alone to the one full name of the document it fits, two
namesakes left for the corpus to tell apart)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import Actors, WEntity
from .en_lexicon import FEMALE_TITLES, MALE_TITLES, lexicon


def _subj(subj: dict[int, int], s: int, e: int) -> int:
    return max((subj.get(k, 0) for k in range(s, e)), default=0) if subj else 0


# "the first President George Bush", "the elder Mr. Trump": the writer sets the name apart from a namesake
_SET_APART = re.compile(r"\b(?:the\s+)(?:first|elder|older|younger|senior|junior)\s+(?:(?:former|late|then|[A-Z][a-z]*"
                        r"\.?)\s+){0,2}$")


def _set_apart(text: str, s: int) -> bool:
    """A full name the writer sets apart from a namesake with "the first", "the elder", "the younger" ... ("the
    first President George Bush" in a text on George W. Bush), or introduces as someone's relative ("Mr. Bush's
    father, George Bush"; lang/en/kinship_words.txt): not merged in the document with another full name it is
    compatible with (the corpus decides on evidence, or leaves it unresolved)."""
    return bool(_SET_APART.search(text, max(0, s - 50), s) or _kin_before().search(text, max(0, s - 30), s))


@lru_cache(maxsize=1)
def _kin_before() -> re.Pattern:
    words = sorted(rules.words("en", "kinship_words"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r"),?\s+(?:the\s+late\s+)?$", re.I)


@lru_cache(maxsize=65536)
def _one_person(full: str, name: str) -> bool:
    """names.same_person / tail_of (pure) for a full name already clustered and a new one, computed once per pair:
    a person named often is compared with every full name of the document at each mention."""
    return names.same_person(full, name) or names.tail_of(name, full) or names.tail_of(full, name)


def _cluster_persons(actors: Actors, persons, subj, text: str) -> None:
    full: list[tuple[tuple[str, ...], int]] = []  # token tuple -> entity idx
    offices: dict[int, set[str]] = {}  # entity idx -> the offices written before its full name
    singles = []
    lasts = set()  # the surnames (keys) of the document's full names, an Arabic article dropped too
    for _, _, t in persons:
        if len(t.split()) >= 2 and not _surname_only(t):
            last = t.split()[-1]
            m = _ARTICLE.match(last)
            lasts |= {names.name_key(last), names.name_key(last[m.end():])} if m else {names.name_key(last)}
    listed = _listed_together(persons, text)
    for s, e, t in persons:
        toks = tuple(t.split())
        if len(toks) < 2 or (_surname_only(t) and names.name_key(toks[-1]) in lasts):
            # a surname alone, its particle too, when the document names someone in full by it ("bin Laden" of
            # "Osama bin Laden"); with no such full name it stays a name of its own ("de Herengracht", a canal)
            singles.append((s, e, t))
            continue
        idx = next((i for ft, i in full if ft == toks), None)  # the same name as written first ("George W. Bush")
        if idx is None and _honorific_gender(text, s):
            # a courtesy title puts the surname after it: "Mr. Peña Nieto" of "Enrique Peña Nieto" (a compound
            # surname whose first word is also a given name somewhere)
            idx = next((i for ft, i in full if len(ft) > len(toks) and ft[-len(toks):] == toks), None)
        for ft, i in ([] if idx is not None or _set_apart(text, s) else full):
            # one person: compatible full names ("Donald Trump" / "Donald J. Trump"; never "George W." and
            # "George H.W. Bush"), or the name without its first word ("Wasserman Schultz"); never two names one
            # list gives side by side ("Prescott Bush, George Bush and George W. Bush": the list names two people)
            if (ft == toks or _one_person(" ".join(ft), t)) and not _apart_in_list(listed, ft, toks):
                idx = i
                break
        if idx is None:
            gender = lexicon().first_names.get(toks[0]) or names.gender_of(toks[0]) or None
            idx = actors.add_entity(WEntity(type="PERSON", name=t, key=("PERSON", toks), gender=gender))
            full.append((toks, idx))
        ent = actors.entities[idx]
        offices.setdefault(idx, set()).update(_office_before(text, s))
        if len(t) > len(ent.name):
            ent.name = t
        actors.add_mention(idx, s, e, "name", _subj(subj, s, e))
    solo: dict[tuple[str, str], int] = {}
    # the honorifics a one-word name gets in the document: with both "Mr." and "Mrs." it is two people (each
    # honorific its own), else every use of the name is one person
    genders = [_honorific_gender(text, s) for s, _, _ in singles]
    seen: dict[str, set[str]] = {}
    for (_, _, t), g in zip(singles, genders):
        seen.setdefault(t, set()).add(g)
    both = {t for t, gs in seen.items() if gs >= {"m", "f"}}
    # a surname whose honorific contradicts the given name of a person named in full ("Mr. Obama" beside Michelle
    # Obama): the document has a second person of that name, so its uses without an honorific are ambiguous
    by_last_of = _by_last(full)
    other = {t for t, gs in seen.items() if any(
        _listed_gender(actors.entities[i].name) not in ("", g) for g in gs - {""} for i in by_last_of(t))}
    # a surname under an office the one person named in full never gets in the document ("former Secretary Clinton"
    # beside "President Bill Clinton" named once): another person of that name, for the corpus to decide
    titled: dict[str, set[str]] = {}
    for s, _, t in singles:
        titled.setdefault(t, set()).update(_office_before(text, s))
    other |= {t for t, os_ in titled.items() if os_ and any(
        offices.get(i) and not (offices[i] & os_) for i in by_last_of(t))}
    for (s, e, t), gender in zip(singles, genders):
        # the name before a suffix only under a courtesy title ("Mr. Biden" of Joseph R. Biden Jr.): a bare or
        # titled surname beside "Donald Trump Jr." is as often the father ("President Trump said his son ...")
        by_last = by_last_of(t, suffix=bool(gender))
        by_first = [i for ft, i in full if ft[0] == t]
        cands, kind = (by_last, "name") if by_last else (by_first, "first")
        if gender and kind == "name":
            # "Mr. Obama" is never Michelle Obama, "Ms. Trump" never Donald: an honorific that contradicts the given
            # name of the one person the document names in full is someone else (a spouse, a parent) the writer
            # names by surname; only given names our own list genders (ambiguous ones are not in it) veto
            cands = [i for i in cands if _listed_gender(actors.entities[i].name) in ("", gender)]
        elif t in other and kind == "name":
            cands = []  # "President Obama" beside "Mr. Obama" and Michelle Obama: for the corpus to decide
        if gender and kind == "name" and len(set(cands)) > 1:
            # "Mrs. Clinton" beside Bill and Hillary Clinton: the title tells the namesakes apart
            fit = {i for i in cands if actors.entities[i].gender == gender}
            unknown = any(actors.entities[i].gender is None for i in cands)  # "Mr. Khan" beside Khizr (a name
            # our list does not gender) and his son Humayun: the title cannot tell them apart
            cands = list(fit) if len(fit) == 1 and not unknown else cands
        if len(set(cands)) > 1:
            # two people of the document share the name ("Trump" beside Donald and Eric Trump): the document alone
            # cannot tell which (the nearest one before is often wrong: the son is introduced, the father is
            # "Trump"); it stays an entity of its own, for the corpus to decide on evidence
            cands = []
        if cands:
            actors.add_mention(cands[0], s, e, kind, _subj(subj, s, e))
            continue
        own = gender if t in both or t in other else ""  # "Mr. Clinton" and "Mrs. Clinton": two people
        idx = solo.get((t, own))
        if idx is None:
            idx = actors.add_entity(WEntity(type="PERSON", name=t, key=("PERSON", (t, own) if own else (t,)),
                                            gender=own or None))
            solo[(t, own)] = idx
        actors.add_mention(idx, s, e, "name", _subj(subj, s, e))


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")


def _listed_together(persons, text: str) -> dict[tuple, set[str]]:
    """Full name (token tuple) -> the full names the text writes next to it in one list ("A, B and C"): a list
    names different people."""
    out: dict[tuple, set[str]] = {}
    seq = sorted(persons)
    for (s1, e1, t1), (s2, e2, t2) in zip(seq, seq[1:]):
        if len(t1.split()) >= 2 and len(t2.split()) >= 2 and t1 != t2 and _LIST_SEP.fullmatch(text, e1, s2):
            out.setdefault(tuple(t1.split()), set()).add(t2)
            out.setdefault(tuple(t2.split()), set()).add(t1)
    return out


def _apart_in_list(listed: dict, ft: tuple, toks: tuple) -> bool:
    """Whether ``toks`` was listed beside the name ``ft`` or another spelling of it ("George Bush" beside "George
    W. Bush", which the text also writes "George W Bush"), or the other way round."""
    def same(a: str, b: str) -> bool:
        return a == b or names.name_key(a) == names.name_key(b)
    return any(same(" ".join(ft), p) for p in listed.get(toks, ())) or \
        any(same(" ".join(toks), p) for p in listed.get(ft, ()))


def _by_last(full: list):
    """A lookup: one-word name -> the entities of the document's full names that end in it (by key too: Zelenskyy);
    when none does and ``suffix`` (a courtesy title: "Mr. Biden" of "Joseph R. Biden Jr."), those whose surname it is
    before a generational suffix, never beside a full name without the suffix (Donald J. Trump is "Mr. Trump" in a
    document that also names Donald Trump Jr.)."""
    exact: dict[str, list[int]] = {}
    suffixed: dict[str, list[int]] = {}
    for ft, i in full:
        exact.setdefault(names.name_key(ft[-1]), []).append(i)
        m = _ARTICLE.match(ft[-1])
        if m:  # "Bashar al-Assad" is "Assad" (an Arabic article glued to the surname drops with the given name)
            exact.setdefault(names.name_key(ft[-1][m.end():]), []).append(i)
        if len(ft) > 2:
            p = names.parse(" ".join(ft))
            if p.suffix:
                suffixed.setdefault(names.name_key(p.last), []).append(i)

    def find(t: str, suffix: bool = True) -> list[int]:
        key = names.name_key(t.split()[-1]) if _surname_only(t) else names.name_key(t)
        return exact.get(key) or (suffixed.get(key, []) if suffix and len(t) > 1 else [])
    return find


_ARTICLE = re.compile(r"(?:al|el|Al|El)[-‐](?=[A-Z])")


def _surname_only(t: str) -> bool:
    """Two or three words that are a surname with its particles and no given name ("bin Laden", "Bin Laden", "de
    Blasio", "von der Leyen"): a particle first, and names.parse finds no given name in them (not "Queen
    Elizabeth", a title and a name)."""
    words = t.split()
    return len(words) > 1 and words[0].lower() in names.PARTICLES and not names.parse(t).given and \
        bool(names.parse(t).surname)


def _listed_gender(full: str) -> str:
    """The gender lang/en/first_names.tsv gives the first word of a full name ('' when unlisted or ambiguous)."""
    first = full.split()[0] if full.split() else ""
    return lexicon().first_names.get(first, "")


_HONORIFIC_BEFORE = re.compile(r"\b(Mrs|Ms|Miss|Mr|Madam|Madame|Lady|Sir|Lord)\.?\s+$")


def _honorific_gender(text: str, s: int) -> str:
    """'f' or 'm' when a gendered honorific stands right before the name ("Mrs. Clinton", "Mr Johnson"); else ''."""
    m = _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)
    if not m:
        return ""
    low = m.group(1).lower()
    return "f" if low in FEMALE_TITLES else "m" if low in MALE_TITLES else ""


_OFFICE_BEFORE = re.compile(r"\b(President|Secretary|Sen|Senator|Gov|Governor|Judge|Justice|Mayor|Rep|Representative|"
                            r"Congressman|Congresswoman|Gen|General)\.?(?:\s+of\s+State)?\s+$")
_OFFICES = {"sen": "senator", "gov": "governor", "rep": "representative", "congressman": "representative",
            "congresswoman": "representative", "gen": "general"}


def _office_before(text: str, s: int) -> set[str]:
    """The public office written right before a name ("President Bill Clinton", "former Secretary Clinton", "Sen.
    Cruz"), normalised ("Sen." = "Senator"); empty for none (courtesy titles are the honorific rule's)."""
    m = _OFFICE_BEFORE.search(text, max(0, s - 30), s)
    if not m:
        return set()
    w = m.group(1).lower()
    return {_OFFICES.get(w, w)}
