"""Who can own words (round 33, review33b's point on en33's readers): the one check of an owner's kind the readers of
a view, a comment clause, a commitment's maker and a noun's sender share, in place of lists of things that own none.

Words have a maker: a person, a body or a group, or a document that speaks for its maker ("the report"). A noun
phrase of anything else names what the words are about or where they came from, not who said them: "In the
assessment of the damage" (what was assessed), "In the telling of the story", "As the old joke puts it", "Reports
from Kyiv" (a place the reports came from). An owner is

- a pronoun (resolved or not by the reader that asks, as "according to him" is);
- a name: a proper noun the entity reader typed PERSON, ORG or NORP, or left untyped; a place (GPE) only where the
  caller lets a place speak for its government ("In the view of Washington", not "Reports from Kyiv"), never a
  location, a building, a work or a law;
- a common noun of a person (en_clauses.a_person, titles and role heads, words.tsv speaking_persons: "the mayor",
  "one trader"), of a body or a group
  (en_makers.described_maker: "the union", "rebels", "voters") or of a document (words.tsv document_nouns: "the
  report", "the ruling"), or one the entity reader typed PERSON, ORG or NORP.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rules

_SPEAKING_ENTITIES = ("PERSON", "ORG", "NORP")


def speaking_owner(tok, places: bool = True, ctx=None) -> bool:
    """``tok`` (the head of a noun phrase) can own words: see the module's docstring. ``places``: a GPE name speaks
    ("As Beijing put it"); off where a place is where words came from ("a warning from Kyiv that …"). ``ctx``: the
    entity reader's type of a name the parser left untyped."""
    ent = tok.ent_type_ or _actor_type(tok, ctx)
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("this", "that", "which", "what")  # ("In its view": a body's, as "its statement")
    if ent in _SPEAKING_ENTITIES or ent == "GPE" and places:
        return True
    if tok.pos_ == "PROPN":
        return ent == ""
    if tok.pos_ != "NOUN":
        return False
    from .en_clauses import a_person  # (en_clauses reads en_rec, which reads this module)
    from .en_makers import described_maker
    lemma = tok.lemma_.lower()
    return a_person(tok) or described_maker(lemma) or lemma in _person_nouns()


def _actor_type(tok, ctx) -> str:
    hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text)) if ctx is not None else None
    return ctx.actors.entities[hit[2]].type if hit is not None else ""


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    from .en_ctx import ROLE_HEADS
    sets = ("document_nouns", "speaking_persons", "described_persons", "plain_persons", "case_roles")
    return ROLE_HEADS.union(*(rules.wordset("en", n) for n in sets))
