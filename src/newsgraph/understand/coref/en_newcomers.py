"""Unnamed newcomers in English (coreference): a person the text brings in by "a", "an", "one" or "another" and a
common noun, covered by no actor ("one pastor", "a farmer in a seed cap"). A "he" or "she" that such a person says
or goes on with is that person, never one named before them (``unnamed_sayer``, read by ``coref.en._pronouns``;
``unnamed_person`` by the quote readers' pronoun carry, ``quotes/en_carry.py``). Out of coref/en.py (round 22)."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from ..actors import Actors
from ..entities.en import LANG


def unnamed_newcomer(actors: Actors, toks) -> bool:
    """Among ``toks``, a subject that is a singular common noun brought in by an indefinite article or "one" ("a
    farmer in a seed cap", "one voter") and covered by no actor: a new, unnamed referent."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and not actors.covering(t.idx, t.idx + 1)
               and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in t.children)
               for t in toks)


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns that name a person: roles and titles (role_nouns.tsv, titles.txt, role_heads.txt), relations
    (kinship_words.txt) and trades (words.tsv described_persons)."""
    roles = frozenset(r[0].lower() for r in rules.table(LANG, "role_nouns"))
    return roles | rules.words(LANG, "titles") | rules.words(LANG, "role_heads") | \
        rules.words(LANG, "kinship_words") | rules.wordset(LANG, "described_persons")


def unnamed_person(actors: Actors, toks) -> bool:
    """``unnamed_newcomer`` of a noun that names a person ("one pastor", "a farmer"; not "a review of records")."""
    return any(unnamed_newcomer(actors, [t]) and (t.lemma_.lower() in _person_nouns() or
                                                  t.lower_ in _person_nouns()) for t in toks)


def unnamed_sayer(actors: Actors, pron):
    """The unnamed newcomer ("one pastor", "a farmer": ``unnamed_newcomer``) who is the subject of the verb of
    saying or thinking whose clause has ``pron`` for its subject ("One pastor said he had phoned 100 colleagues"):
    the one the pronoun stands for, before anyone the text named earlier; so is the newcomer who is the main subject
    of the sentence before, for a main clause's pronoun subject ("One pastor said …. He has talked …, he said"); None
    otherwise ("A reporter asked whether he would return" asks about someone else)."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_ not in ("ask", "wonder"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < pron.i and unnamed_person(actors, [subj]):
            return subj
    if verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT":
        # the next sentence's main subject: "One pastor said …. He has talked about it since May, he said."
        first = pron.sent.start
        if first > 0 and not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                                 for t in pron.doc[first:pron.i]):
            root = pron.doc[first - 1].sent.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            same = {"he": ("he", "him", "his"), "she": ("she", "her", "hers")}.get(pron.lower_, ())
            if subj is not None and unnamed_person(actors, [subj]) and \
                    "\n" not in pron.doc.text[subj.idx:pron.idx] and \
                    any(t.lower_ in same for t in pron.doc[subj.i + 1:first]):  # (the newcomer was already "he" there:
                # "One pastor said he had phoned …"; not "One pastor said the crowd was large. She told …", review r22)
                return subj  # (in the same paragraph: a new paragraph may be the other side's reply)
    return None
