"""Round 23 (tryout): a multi-word institution's name put into the nominative inflects its head only; the words
after a preposition keep their case, also when the tagger took the capitalised head for a proper noun (the store
showed "Организация по безопасности и сотрудничеству в Европа"). Tokens written for the test, as natasha gives them."""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.understand.entities.ru_phrase import org_nominative


@dataclass
class Tok:
    text: str
    pos: str
    feats: dict = field(default_factory=dict)
    start: int = 0
    stop: int = 0


def _tokens(text, tags):
    out, at = [], 0
    for word, (pos, feats) in zip(text.split(), tags):
        s = text.index(word, at)
        out.append(Tok(word, pos, feats, s, s + len(word)))
        at = s + len(word)
    return out


GEN = {"Case": "Gen", "Number": "Sing", "Gender": "Fem"}


def test_a_proper_tagged_head_is_inflected_alone():
    text = "Комиссии по защите прав потребителей в Азии"
    tags = [("PROPN", GEN), ("ADP", {}), ("NOUN", {"Case": "Dat"}), ("NOUN", {"Case": "Gen"}),
            ("NOUN", {"Case": "Gen"}), ("ADP", {}), ("PROPN", {"Case": "Loc"})]
    natasha = "Комиссия по защите права потребитель в Азия"  # (its word-by-word normal form)
    assert org_nominative(_tokens(text, tags), text, 0, natasha) == (0, "Комиссия по защите прав потребителей в Азии")


def test_a_proper_name_head_keeps_the_given_form():
    text = "Газпрома нефти"  # (pymorphy2 knows "газпром" as an organisation's name, no common noun)
    tags = [("PROPN", {"Case": "Gen", "Number": "Sing", "Gender": "Masc"}), ("NOUN", {"Case": "Gen"})]
    assert org_nominative(_tokens(text, tags), text, 0, "Газпром нефть") == (0, "Газпром нефть")
