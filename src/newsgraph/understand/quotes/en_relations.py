"""Roles and relations the text gives a person around the name (who is credited, English; issue 16, round 33).

A description may stand after a name as well as before it: "Senator Ann Vale, a longtime Clinton ally, said",
"Eric Trump, son of the former president, said". ``described_after`` reads those appositions (a lower-case noun
phrase set off by a comma right after a name and holding a person's role or relation noun), so that a headline's
"Clinton Ally Says" or "Trump's Son Says" finds the person the story names that way (``en_roles_lead.headline_role``).
``en_roles.role_phrases`` counts those appositions among a person's role words. ``words_before`` reads the words
before a name over a company's abbreviation ("Walt Disney Co. executive Kevin Mayer": "Co." ends no phrase), which
the role readers' split at every period loses; ``headline_role`` adds them.

``headline_relation`` keeps a headline's relation noun from passing for a name ("Biden Son Says …": the tagger's
person "Son"): the name before it and the noun are the speaker's description, resolved later or left as written.

``owner_anaphor``: a document owned by a definite organisation anaphor ("the company's notice to customers says")
speaks for the organisation that anaphor names; coreference leaves possessive anaphors alone, so the owner is the
one an earlier "the company" of the text was given, else the one company named before (``en_docs``)."""
from __future__ import annotations

import re

from .. import rules
from ..entities.en_lexicon import lexicon
from .en_roles import _data, _norm, person_words

# ", a longtime Clinton ally," / ", son of the former president," / ", the company's chief executive." after a name
# (a word of the phrase may hold a dot, "U.S.", but never ends a sentence: "Mary, then took the stage. The former
# senator said" holds no description of Mary)
_AFTER = re.compile(r",\s+((?:(?:a|an|the)\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+(?:\.[\w’'-]+)*(?:(?<=[A-Z])\.)?){0,6}?)"
                    r"\s*(?=[,;]|\.(?:\s|$)|\s+(?:said|says|told)\b)")
_NOT_DESC = frozenset({"who", "which", "that", "whose", "said", "says", "told", "and", "but", "or", "he", "she", "they",
                       "it", "according", "including", "as", "when", "while", "where", "if", "because"})
_ABBR_DOT = re.compile(r"(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<!\bSt)(?<!\bDr)(?<!\bU\.S)"
                       r"(?<!\bGov)(?<!\bSen)(?<!\bRep)\.")


def described_after(ctx, i: int) -> list[list[str]]:
    """The appositions set after a name of actor ``i`` that hold a person noun ("Ann Vale, a longtime Clinton ally,":
    [longtime, clinton, ally]), each as its normalised words; the article dropped."""
    abbr, heads = _data("en")[0], person_words("en")
    out = []
    for m in ctx.actors.entities[i].mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        g = _AFTER.match(ctx.text, m.end)
        if g is None:
            continue
        words = g.group(1).split()
        if words[0].lower() in _NOT_DESC:
            continue
        if words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        norm = _norm(words, abbr)
        if norm and any(w in heads for w in norm):
            out.append(norm)
    return out


def words_before(ctx, i: int) -> set[str]:
    """The words just before each name of actor ``i`` in its phrase, read over a company's abbreviation ("Walt
    Disney Co. executive Kevin Mayer": walt, disney, co., executive); normalised."""
    abbr = _data("en")[0]
    out: set[str] = set()
    for m in ctx.actors.entities[i].mentions:
        if m.kind in ("pronoun", "desc"):
            continue
        before = ctx.text[max(0, m.start - 60):m.start]
        before = re.split(r"[,;:!?()\"“”\n]|\b(?:and|or|by|of|to|with|said|says|that|who|which)\b", before)[-1]
        before = _ABBR_DOT.split(before)[-1]
        out |= {w.strip(".") for w in _norm(before.split()[-4:], abbr)}
    return out - {"the", "a", "an", ""}


def kin_name(ctx, i: int, need: set[str], have: set[str]) -> set[str]:
    """The family name of actor ``i`` when a kinship noun of ``need`` is among its role words ``have`` ("Eric Trump,
    son of the former president": "Trump's Son" names him by his family's name); else nothing."""
    if not need & have & set(rules.words("en", "kinship_words")):
        return set()
    words = ctx.actors.entities[i].name.split()
    return {words[-1].lower()} if len(words) > 1 else set()


def person_word(word: str) -> bool:
    """A noun of a person's role or relation, or its short form ("Exec": executive)."""
    w = word.lower()
    return w in person_words("en") or _data("en")[0].get(w) in person_words("en")


_CAP = re.compile(r"[A-Z][a-z]+(?:[’']s)?")


def headline_relation(ctx, lo: int, s: int, e: int, end_line: int) -> tuple[int, int] | None:
    """The span of a headline's "NAME WORD" description when the speaker span ``text[s:e]`` is one capitalised person
    noun ("Son", "Ally") with one or two capitalised words (a name, possibly possessive: "Trump's") before it from the
    line's start ``lo``: "Biden Son Says …"; else None."""
    t = ctx.text
    word = t[s:e]
    if not (_CAP.fullmatch(word) and word.lower() in person_words("en")) or e > end_line:
        return None
    pre = t[lo:s].split()
    if not 1 <= len(pre) <= 2 or not all(_CAP.fullmatch(w) for w in pre):
        return None
    return lo, e


def owner_anaphor(ctx, tok):
    """The organisation a possessive definite anaphor names ("the company's notice": the company), or None: the
    actor an earlier "the company" of the text was given (the same description, the same referent), else the only
    organisation named before that is no institution ("the company" is no college)."""
    if tok.lower_ not in _data("en")[2] or not any(c.lower_ == "the" for c in tok.children):
        return None
    phrase = f"the {tok.lower_}"
    ents = ctx.actors.entities
    best = None
    for k, ent in enumerate(ents):
        if ent.type not in ("ORG", "GROUP"):
            continue
        for m in ent.mentions:
            if m.end <= tok.idx and ctx.text[m.start:m.end].lower() == phrase and (best is None or m.start > best[0]):
                best = (m.start, m.end, k)
    if best is not None:
        return best
    inst = lexicon("en").institutions
    orgs = {k for k, ent in enumerate(ents) if ent.type == "ORG" and any(m.end <= tok.idx for m in ent.mentions)
            and not set(ent.name.lower().split()) & inst}
    if len(orgs) == 1:
        k = orgs.pop()
        m = max((m for m in ents[k].mentions if m.end <= tok.idx), key=lambda m: m.start)
        return m.start, m.end, k
    return None

