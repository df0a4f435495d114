"""Round 22 (issue 18, recall without mixing happenings): two reports of one unscheduled happening (a sinkhole, a
shooting) share its own rare words even when their leads share few words; a person's name is one piece of evidence,
not one per word of the name."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus import dedup  # noqa: E402
from newsgraph.corpus import stories as ST  # noqa: E402

SINKHOLE = ("A sinkhole opened under Kvarngatan in Lund on Tuesday and swallowed two parked cars; Ingrid Solvang, "
            "the city engineer, said the old culvert had collapsed.")


def test_the_words_of_a_name_are_no_rare_words_a_places_are():
    rec = make(SINKHOLE, source="a.example/1", entities=[
        ("Ingrid Solvang", "PERSON", None, ["Ingrid Solvang"]), ("Lund", "GPE", None, ["Lund"])])
    names = ST.name_words(rec.entities, dedup.words)
    assert {"ingrid", "solvang"} <= names and "lund" not in names and "sinkhole" not in names


def test_rare_words_are_the_corpus_rare_content_words():
    v = {"sinkhole": 0.5, "culvert": 0.4, "city": 0.5, "@a_1": 0.4, "#event:vote:iowa": 0.3, "lund": 0.2}
    df = {"sinkhole": 2, "culvert": 3, "city": 60, "lund": 1}
    assert ST.rare_words(v, df, 100) == {"sinkhole", "culvert", "lund"}
    # a corpus too small to tell a rare word (three in a hundred) has none
    assert ST.rare_words(v, df, 20) == set()


def test_two_shared_rare_words_with_a_modest_similarity_join_one_word_or_an_opinion_does_not():
    low = ST.SIGNATURE_SIMILARITY + 0.01
    assert low < ST.STORY_SIMILARITY
    assert ST.choose([("s1", low, 0.0, "d1", ST.SIGNATURE_TERMS)], opinion=False) == "s1"
    assert ST.choose([("s1", low, 0.0, "d1", ST.SIGNATURE_TERMS - 1)], opinion=False) is None
    assert ST.choose([("s1", ST.SIGNATURE_SIMILARITY - 0.01, 0.0, "d1", 5)], opinion=False) is None
    assert ST.choose([("s1", low, 0.0, "d1", 5)], opinion=True) is None  # an opinion piece joins by its content only
    # the story with the higher similarity wins, whichever way it qualified
    assert ST.choose([("s1", low, 0.0, "d1", 2), ("s2", 0.3, 0.0, "d2")], opinion=False) == "s2"
    assert ST.choose([("s1", low, 0.0, "d1")], opinion=False) is None  # (no count: the old four-field score)
