"""Round 33 (issue 18, stories a reader would recognise): the words of the season's famous names are one piece of
evidence, as their actor terms are.

Round 30 capped what the famous actors two documents share (their actor terms ``@<id>``) at ACTORS_CAP together. The
words of the same names ("sanders", "clinton", "obama") still added TERM_CAP each (twice that when bursting), so a
column on one candidate's prospects ("Game over. Will Sanders come down off the pique?") joined a report of the
president's endorsement of his rival on the three names alone (the mixed store of round 33). Now the words of names as
famous in the season as a famous actor (corpus/stories.py ``famous_actors`` with the document's name words) add at most
ACTORS_CAP together too (``famous_kind``, ``with_actors_cap``). The near miss, which must still join: the next day's
report of the same endorsement, which shares the happening's own words (endorsement, rally, Harbourtown). Every text
here is written for the test."""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402
from story_season import note as _note, stories as _stories  # noqa: E402

from newsgraph.corpus import stories as ST  # noqa: E402

PELL = ("Ada Pell", "PERSON", "Senator", ["Ada Pell", "Senator Pell", "Pell's", "Ms. Pell", "Pell"])
VARGA = ("Tomas Varga", "PERSON", "Governor", ["Tomas Varga", "Mr. Varga", "Varga's", "Varga"])
ORBAN = ("Lena Orban", "PERSON", "Mayor", ["Lena Orban", "Mayor Orban", "Orban"])
CALDER = ("Ruth Calder", "PERSON", "Senator", ["Ruth Calder", "Calder"])


def _doc(source, day, title, text):
    return make(text, source=source, title=title, published=day, site=source.split(".")[0].upper(),
                entities=[e for e in (PELL, VARGA, ORBAN, CALDER) if any(f in text for f in e[3])])


MONTH = [_doc(f"harbour{i}.example/{i}", str(date(2025, 1, 1) + timedelta(days=3 * i)), None, _note(i))
         for i in range(60)]
# the four politicians of the season, in the news every few days: famous, their names' words too
SEASON = [_doc(f"season{i}.example/{i}", str(date(2025, 3, 12) + timedelta(days=3 * i)), None,
               f"Ada Pell, Tomas Varga, Lena Orban and Ruth Calder campaigned. {_note(100 + i)}") for i in range(9)]

ENDORSE = _doc("a.example/1", "2025-04-10", "Varga endorses Pell at Harbourtown rally",
               "Tomas Varga endorsed Ada Pell at a rally in Harbourtown on Thursday, ending weeks of silence. Varga "
               "said Pell would win the nomination; Pell thanked Varga for the endorsement, and the rally cheered. "
               "Lena Orban and Ruth Calder, Pell's rivals, stayed away; Orban and Calder said nothing.")
ENDORSE_NEXT = _doc("b.example/1", "2025-04-11", "After the Harbourtown endorsement, Pell gains",
                    "The endorsement Tomas Varga gave Ada Pell at the Harbourtown rally lifted Pell's campaign, her "
                    "aides said on Friday; Varga will campaign for Pell, and Pell's donors returned after the rally.")
COLUMN = _doc("c.example/1", "2025-04-11", "Will Varga ever warm to Pell?",
              "Tomas Varga and Ada Pell have never liked each other. Varga thinks Pell is too cautious; Pell thinks "
              "Varga is too loud. Lena Orban and Ruth Calder know it: Orban has worked for Varga and Calder for "
              "Pell, and they say the same thing: Pell and Varga tolerate each other, no more, and Orban and Calder "
              "keep out of their way.")


def test_the_words_of_famous_names_add_at_most_actors_cap_together():
    parts = [(0.06, "name"), (0.06, "name"), (0.06, "name"), (0.05, "actor"), (0.05, "actor"), (0.05, None)]
    assert ST.with_actors_cap(parts) == pytest.approx(2 * ST.ACTORS_CAP + 0.05)
    assert ST.with_actors_cap([(0.05, True), (0.05, True)]) == pytest.approx(ST.ACTORS_CAP)  # (round 30's form)
    v = {"@a_pell": 0.4, "pell": 0.4, "harbourtown": 0.4, "endorsement": 0.4}
    base = {"@a_pell": 40, "pell": 40, "harbourtown": 40, "endorsement": 40}
    famous = ST.famous_actors(v, base, 200, {}, names={"pell", "harbourtown"})
    # a name's word is famous as its actor is; a place's name is no name here (name_words leaves places out), and a
    # word of the happening is no name however common
    assert famous == {"@a_pell", "pell", "harbourtown"}
    assert ST.famous_actors(v, base, 200, {}) == {"@a_pell"}
    assert [ST.famous_kind(w, famous) for w in ("@a_pell", "pell", "endorsement")] == ["actor", "name", None]


def test_a_column_sharing_only_famous_names_is_no_part_of_the_endorsement_story(tmp_path):
    got = _stories(tmp_path / "s.db", MONTH + SEASON + [ENDORSE, ENDORSE_NEXT, COLUMN])
    assert ("c.example/1",) in got
    assert ("a.example/1", "b.example/1") in got  # the near miss: the same endorsement, reported the next day


def test_the_same_stories_in_any_arrival_order(tmp_path):
    docs = MONTH[-20:] + SEASON + [ENDORSE, ENDORSE_NEXT, COLUMN]
    runs = [_stories(tmp_path / f"s{k}.db", order) for k, order in enumerate((docs, docs[::-1], docs[7:] + docs[:7]))]
    assert runs[0] == runs[1] == runs[2]
