"""The words of an English speaker's phrase (quotes/en_ctx.py, en_attr.py, en_spk.py): what a descriptive subject
holds (``modifiers``: the clauses and post-nominal adjective phrases after its noun; a document's participle or venue
clause that says which document speaks), and the person an organisation or a title next to the cue stands for
(``person_of``, ``titled_person``, ``skip_parenthesis``)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import rules

if TYPE_CHECKING:
    from .en_ctx import Context


def _next_to(noun, part) -> bool:
    """Participle ``part`` follows ``noun`` right away or after its own adverbs ("guidelines recently issued by")."""
    return all(noun.doc[k].dep_ == "advmod" and noun.doc[k].head.i == part.i for k in range(noun.i + 1, part.i))


def _by(part) -> bool:
    """The participle names its agent ("released by the Department of Veterans Affairs last month"): a document
    is told apart by its maker, however long the maker's name."""
    return any(c.dep_ == "agent" for c in part.children)


def _venue(noun, rel) -> bool:
    """A relative clause that tells where or by whom a document was made public ("a 2014 study that appeared in
    the British Medical Journal", "a report that was released by the GAO") is part of the document's name, as the
    participle is ("a report released by the GAO"): it says which document speaks. Other relative clauses are not
    ("A spokesperson who did not wish to be named"). The nouns and verbs: document_nouns, document_verbs of
    lang/en/words.tsv."""
    if noun.lemma_.lower() not in rules.wordset("en", "document_nouns") or rel.right_edge.i - noun.left_edge.i >= 16:
        return False
    if rel.lemma_.lower() not in rules.wordset("en", "document_verbs") | {"appear"}:
        return False
    return not any(g.dep_ in ("relcl", "acl", "ccomp", "advcl", "conj") for g in rel.subtree if g is not rel)


# the links by which a clause or an adjective phrase modifies a noun ("Levine, who has given money to Marco Rubio,",
# "a source familiar with Cruz's thinking", "Walsh, speaking at a rally in Ohio,"): a name inside describes the noun
MODIFIER_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def postnominal(t) -> bool:
    """An adjective phrase after its noun: "a source familiar with Cruz's thinking", "officials close to Reed"."""
    return t.dep_ == "amod" and t.pos_ == "ADJ" and t.i > t.head.i and any(c.dep_ == "prep" for c in t.children)


def modifiers(head) -> list[tuple[int, int]]:
    """The character spans of the clauses and post-nominal adjective phrases that modify noun ``head`` (after it)."""
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in head.children
            if c.i > head.i and (c.dep_ in MODIFIER_CLAUSES or postnominal(c))]


TITLES = rules.words("en", "titles")
ROLE_HEADS = TITLES | rules.words("en", "role_heads")


def person_of(ctx: Context, hit, lo: int):
    """The person an organisation named before the cue qualifies: "Mr. Morgan of the Sierra Club said", "John Smith
    from the Brookings Institution said" -> the person, not the organisation."""
    if ctx.actors.entities[hit[2]].type == "PERSON":
        return hit
    m = re.search(r"(\S)\s+(?:of|at|from|with)\s+(?:the\s+)?$", ctx.text[max(lo, hit[0] - 80):hit[0]])
    if m is None:
        return hit
    end = max(lo, hit[0] - 80) + m.start(1)
    person = ctx.entity_at(end, end + 1, ("PERSON",))
    return person if person is not None and person[0] >= lo else hit


def titled_person(ctx: Context, hit, hi: int):
    """The person an organisation or place opens the title of: "said European Council President Donald Tusk",
    "said Russian Foreign Minister Sergei Lavrov", "said GOP strategist Keith Nahigian", "said Trump campaign manager
    Corey Lewandowski" -> the person (title words between, or words ending in a role noun; no comma); a person's
    role noun before another person's name gives the other ("said Ayotte campaign manager Jon Kohan")."""
    person = ctx.actors.entities[hit[2]].type == "PERSON"  # "said Ayotte campaign manager Jon Kohan": a role
    for s, e, i in ctx.actors.inside(hit[1], min(hi, hit[1] + 60)):  # noun between two people
        if ctx.actors.entities[i].type != "PERSON" or i == hit[2]:
            continue
        between = ctx.text[hit[1]:s].split()
        if len(between) <= 4 and ((not person and all(w[:1].isupper() or w.lower() in TITLES for w in between)) or
                                  (between and between[-1].lower() in ROLE_HEADS)) and \
                not any(c in ctx.text[hit[1]:s] for c in ",;:()"):
            return s, e, i
        break
    return hit


def skip_parenthesis(ctx: Context, j: int, lo: int) -> int:
    """The token before a parenthesis that ends at token ``j`` ("Sen. Claire McCaskill (D-Mo.) said": the party and
    state after a legislator's name), else ``j``."""
    if j < 0 or ctx.doc[j].text != ")":
        return j
    k = j - 1
    while k >= 0 and ctx.doc[k].idx >= lo and j - k <= 8 and ctx.doc[k].text != "(":
        k -= 1
    return k - 1 if k >= 0 and ctx.doc[k].text == "(" else j
