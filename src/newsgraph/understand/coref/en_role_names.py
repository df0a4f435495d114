"""A name right after a person's role or trade ("The engineer Summer Hale", "the nurse Ivy Long", "Mayor Rose
Castle") is a person's, whatever the tagger typed it: a given name it may read as a season, a flower or a word
("Summer", "Ivy", "Rose") makes an ORG of it, and the person then has no pronoun, no quote of an unlabelled interview
and no "she said". Retyped PERSON here, before the pronouns are resolved, when the name is a known given name and a
surname (two or three capitalised words, no organisation's word: names.not_person_head) and "the/a" + a role noun
(lang/en titles, role_heads, role_nouns) or a trade (words.tsv described_persons) stands right before one
of its mentions. "The company Summer Hill" (no person's noun) and "the engineer Summer Hill Partners" (an
organisation's word) stay as typed (round 30)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import Actors
from ..entities.en import lexicon

_BEFORE = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+$")


@lru_cache(maxsize=4)
def _person_nouns(lang: str) -> frozenset[str]:
    return frozenset(set(rules.words(lang, "titles")) | set(rules.words(lang, "role_heads")) |
                     {r[0].lower() for r in rules.table(lang, "role_nouns")} |
                     set(rules.wordset(lang, "described_persons")))


def _relative_subject(doc, start: int) -> bool:
    """The name at ``start`` is the subject of a relative clause on the role noun ("The analyst Morgan Stanley hired in
    March said …": the analyst is someone the firm hired; review r30 finding 10)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    # (only when the role noun has a verb of its own: "The analyst … said"; "The engineer Summer Hale has spent ten
    # years …" parses alike, the role noun left the root with no verb: the name is its subject)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("relcl", "acl"):
        return tok.head.head.dep_ in ("nsubj", "nsubjpass")
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None  # (or parsed as a participle on the name:
    return after is not None and after.tag_ in ("VBD", "VBN") and after.dep_ in ("acl", "relcl") and \
        after.head.i == tok.i and tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")
    # ("Morgan Stanley hired in March" read as "Morgan Stanley, hired in March", set beside the analyst)


def person_after_role(actors: Actors, doc, text: str, lang: str = "en") -> None:
    role_nouns = _person_nouns(lang)
    for ent in actors.entities:
        words = ent.name.split()
        if ent.type not in ("ORG", "GPE", "LOC", "FAC", "PRODUCT") or not 2 <= len(words) <= 3 or \
                not all(w[:1].isupper() for w in words) or not names.given_in_english(words[0]) or \
                names.not_person_head(ent.name) is not None:
            continue
        for m in ent.mentions:
            b = _BEFORE.search(text, max(0, m.start - 40), m.start)
            if b is not None and b.group(1) in role_nouns and m.text == ent.name and \
                    not _relative_subject(doc, m.start):
                ent.type = "PERSON"
                ent.gender = ent.gender or names.gender_of(words[0]) or None
                break


_ARTICLE = frozenset({"a", "an"})


def person_by_apposition(actors: Actors, doc, lang: str = "en") -> None:
    """A name the tagger typed a place or an organisation that a person's trade or role describes by apposition,
    as the subject of its sentence ("Nefzi, a chemistry professor and a member of the mosque's board, said …") is a
    person's: a place or an organisation is no professor, and typed so it takes no "he" and no quote of his
    (newuser34: "He said …" after his words went to a suicide bomber named in them). Only a name nothing else types
    (names.data_type, names.not_person_head: "Britain, a member of NATO," stays), of one to three capitalised words,
    and only "a/an" + an adjective or two + a person noun (lang/en titles, role_heads, role_nouns, words.tsv
    described_persons) whose head is that noun ("Acme, a maker of engines": a maker is no described person here).
    Not a known country, nor a role news says of states and institutions too (words.tsv shared_roles: "Harvard, a
    leader in medical research": enfix34, review34b)."""
    nouns = _person_nouns(lang) - rules.wordset(lang, "shared_roles")  # ("Poland, a close ally of …": enfix34)
    lex = lexicon(lang)
    for ent in actors.entities:
        words = ent.name.split()
        if ent.type not in ("ORG", "GPE", "LOC", "NORP") or not 1 <= len(words) <= 3 or \
                not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) or \
                names.data_type(ent.name) or names.not_person_head(ent.name) is not None or \
                lex.country(ent.name) and ent.name not in lex.ambiguous:  # a known country (not "~Washington")
            continue
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            if head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            appos = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
            if appos and appos[0].lower_ in nouns and appos[0].tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in _ARTICLE for c in appos[0].children):
                ent.type = "PERSON"
                ent.gender = ent.gender or (names.gender_of(words[0]) if len(words) > 1 else None) or None
                break
