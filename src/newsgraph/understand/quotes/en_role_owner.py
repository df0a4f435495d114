"""Whose office a role description names (who is credited, English; round 28).

A role owned by someone ("Kenya's health minister", "the union's president") describes the holder of THAT owner's
office. The readers that link such a description to a person named after it (en_roles.role_actor's later naming,
en_roles_lead.delayed_naming, en_roles_forward.role_named_later) match the role word only; news often names, right
after, the same office of another owner: "Kenya's health minister said … . Uganda's health minister, Jane Aceng,
said …" (a neighbour's minister), "The union's president said … . President Joe Biden had urged …" (the state's
president). ``another_owner`` tells such a person apart:

- a named owner (a possessive name, "Kenya's"; "of Kenya"): the person is named with another possessive name or
  another place or nationality in the words that give the role ("Uganda's health minister, Jane Aceng",
  "Ugandan Health Minister Jane Aceng");
- an owner given by a noun that is no polity ("the union's", "the company's", "the university's"): the person is
  named with a title of public office directly before the name ("President Joe Biden", "Sen. Ann Hale":
  public_office_titles.txt, from the Phoenix agents dictionary) and nothing ties them to that noun. A polity's office
  ("the state's governor" … "Gov. Brad Little") is the same office.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ..entities.en_lexicon import LANG, lexicon

_OWNED = re.compile(r"(?:^|\s)(?:the\s+)?([A-Za-z][\w.-]*)[’']s\s|\bof\s+(?:the\s+)?([A-Z][\w-]*)", re.I)
# nouns of a polity: its office is the one a title of public office names ("the state's governor")
_POLITIES = frozenset("state city county country nation province town region district village island kingdom "
                      "republic territory commonwealth".split())
# the end of the phrase before a name (not an abbreviation's point: "Sen. Ann Hale", "Gov. Brad Little")
_SEG = re.compile(r"[,;:!?()\"“”\n]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.|"
                  r"\b(?:and|or|by|to|with|said|says|that|who|which)\b")


@lru_cache(maxsize=1)
def _office_titles() -> tuple[str, ...]:
    return tuple(sorted(rules.words("en", "public_office_titles"), key=len, reverse=True))


def office_titles() -> frozenset[str]:
    """The titles of public office (public_office_titles.txt), lower-case."""
    return rules.words("en", "public_office_titles")


def office_terms() -> frozenset[str]:
    """Words that say how long someone has held a public office ("the first-term senator", "the freshman
    congresswoman": ``office_terms`` in words.tsv); en_roles.role_actor drops them as it drops "former" when no actor
    fits with them, for an office only (a "first-term Democrat" is no office: the topic reads it)."""
    return rules.wordset("en", "office_terms")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w for t in rules.words("en", "titles") for w in t.split())


def owner_of(desc: str) -> str | None:
    """The owner a description names: "Kenya" of "Kenya's health minister", "union" of "the union's president"."""
    m = _OWNED.search(desc)
    if m is None:
        return None
    return m.group(1) or m.group(2)


def _naming_spans(ctx, i: int) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """((start, end) of the words before the name in its phrase, the apposed description's span or None) for each
    name mention of person ``i``."""
    from .en_roles import _description_before
    out = []
    for m in ctx.actors.entities[i].mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        base = max(0, m.start - 60)
        cut = max((x.end() for x in _SEG.finditer(ctx.text, base, m.start)), default=base)
        out.append(((cut, m.start), _description_before(ctx, m.start, m.end)))
    return out


def _country(word: str) -> str | None:
    """The country (lang/en/countries.tsv) a name, alias or demonym names: "Britain", "U.K.", "British" -> "United
    Kingdom"."""
    lex = lexicon(LANG)
    return lex.country_of.get(word) or lex.demonym.get(word.lower())


def _same_place(a: str, b: str) -> bool:
    """"Kenya" and "Kenyan", "Britain" and "British" or "U.K.": one place (countries.tsv's names, aliases and
    demonyms; else a nationality is its country's stem)."""
    ca, cb = _country(a), _country(b)
    if ca and cb:
        return ca == cb
    a, b = a.lower(), b.lower()
    n = min(len(a), len(b), 5)
    return a[:n] == b[:n] if n >= 4 else a == b


def _other_place(ctx, lo: int, hi: int, owner: str) -> bool:
    """text[lo:hi] names a possessor, a place or a nationality other than ``owner``."""
    for m in re.finditer(r"\b([A-Z][\w-]+)[’']s\s", ctx.text[lo:hi] + " "):
        if not _same_place(m.group(1), owner):
            return True
    # (the small model types a nationality before a title an organisation's: "Ugandan Health Minister")
    return any(t.text[:1].isupper() and not _same_place(t.text, owner) and (t.ent_type_ in ("GPE", "NORP") or
               t.ent_type_ == "ORG" and t.ent_iob_ == "B" and t.lower_ not in _title_words())
               for t in ctx.tokens(lo, hi))


def another_owner(ctx, desc: str, i: int) -> bool:
    """Person ``i`` holds the office ``desc`` names for another owner (module doc)."""
    owner = owner_of(desc)
    if owner is None:
        return False
    spans = _naming_spans(ctx, i)
    if owner[:1].isupper():
        return any(_other_place(ctx, a, b, owner) for before, appos in spans for a, b in (before, appos or (0, 0)))
    if owner.lower() in _POLITIES:
        return False
    text = ctx.text
    words = {re.sub(r"[’']s$", "", w.lower()).strip(",;:()") for before, appos in spans
             for w in (text[before[0]:before[1]] + " " + (text[appos[0]:appos[1]] if appos else "")).split()}
    if owner.lower() in words:
        return False
    titles = _office_titles()
    for (a, b), _ in spans:
        seg = " ".join(text[a:b].split())
        title = next((t for t in titles if seg.lower() == t or seg.lower().endswith(" " + t)), None)
        if seg[:1].isupper() and title and not (title in _shared_titles() and _of_organisation(ctx, i)):
            return True
    return False


@lru_cache(maxsize=1)
def _shared_titles() -> frozenset[str]:
    return rules.wordset("en", "office_titles_shared")


_OF_ORG = re.compile(r"\s*,?\s*of\s+(?:the\s+)?[A-Z]")


def _of_organisation(ctx, i: int) -> bool:
    """Person ``i`` is named as an organisation's officer ("President Sara Nelson of the Association of Flight
    Attendants"): a title organisations also give (``office_titles_shared``: president, chancellor, governor) is
    then theirs, not the state's. A place after "of" is a polity's ("President Emmanuel Macron of France")."""
    for m in ctx.actors.entities[i].mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        of = _OF_ORG.match(ctx.text, m.end)
        if of is None:
            continue
        tk = ctx.tokens(of.end() - 1, of.end() + 1)
        if len(tk) and tk[0].ent_type_ == "ORG" and _country(tk[0].text) is None:
            return True
    return False


_POSSESSOR = re.compile(r"\b([A-Z][\w.&-]*)(?:[’']s|s[’'])\s+$")  # "Labour's Rachel Green", "The Greens' Tom Alder"


def named_for_an_owner(ctx, desc: str, i: int) -> bool:
    """A role with no owner ("The minister said") is not person ``i`` when the text names ``i`` as someone's
    ("Labour's Rachel Green called the plan …", "Acme's Jane Roe"): a possessive name right before the name ties the
    person to an organisation or a party the description does not give (round 29: a party's voice read as the
    minister of the lead). A country's or a place's possessive ("France's Jean-Noel Barrot", "Ohio's Sherrod Brown")
    is the office's own owner, as wire copy names the minister of its lead (review r29 H). A description with an
    owner is ``another_owner``'s."""
    if owner_of(desc) is not None:
        return False
    for m in ctx.actors.entities[i].mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        own = _POSSESSOR.search(ctx.text, max(0, m.start - 40), m.start)
        if own is not None and not _a_place(ctx, own.start(1), own.end(1)):
            return True
    return False


def _a_place(ctx, lo: int, hi: int) -> bool:
    """text[lo:hi] names a country (countries.tsv's names and aliases) or a place the tagger types GPE."""
    word = ctx.text[lo:hi]
    return bool(lexicon(LANG).country_of.get(word)) or \
        any(t.ent_type_ == "GPE" for t in ctx.tokens(lo, hi))


def another_rank(need: set[str], phrases: list[list[str]]) -> bool:
    """A person given a rank the description lacks (``office_ranks``: "shadow", "deputy", "vice"...) before the
    office it names holds another office: "The health secretary said …" is not "Labour's Rachel Green, the shadow
    health secretary", named after it, nor "the president" Vice President Ann Hale (r29). The rank counts only
    before a word of that office (``phrases``: en_roles.role_phrases, the words of each phrase giving a role, up to
    three after the rank): "Sen. Ann Hale, the deputy majority leader" is still "the senator" (review r29 H2)."""
    ranks = rules.wordset("en", "office_ranks") - need
    office = need - {"the", "a", "an"}
    return any(w in ranks and office & set(p[k + 1:k + 4]) for p in phrases for k, w in enumerate(p))
