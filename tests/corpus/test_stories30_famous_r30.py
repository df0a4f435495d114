"""Round 30 (issue 18, stories a reader would recognise): a story is a happening, not the season's famous people.

Two pieces that share only the famous actors of the season (an analysis of the delegate race and a report of a
forum, both about the same two candidates) are two stories: the famous actors two documents share add at most
ACTORS_CAP (corpus/stories.py ``famous_actors``: judged by the documents of the season around the document's date,
never a name bursting this week). The near misses, which must stay one story each: two reports of one forum, a speech
and the reaction to it the next day, two speeches of one convention by different speakers, a senator's criticism of
an accord and an analysis of it as a governor's win. Every text here is written for the test."""
from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402
from story_season import note as _note, stories as _stories  # noqa: E402

from newsgraph.corpus import stories as ST  # noqa: E402

PELL = ("Ada Pell", "PERSON", "Senator", ["Ada Pell", "Senator Pell", "Pell's", "Ms. Pell"])
VARGA = ("Tomas Varga", "PERSON", "Governor", ["Tomas Varga", "Mr. Varga", "Varga said", "Varga's", "the governor"])
ORBAN = ("Lena Orban", "PERSON", "Mayor", ["Lena Orban", "Mayor Orban", "Orban said"])


def _doc(source, day, title, text, ents=(PELL, VARGA, ORBAN)):
    return make(text, source=source, title=title, published=day, site=source.split(".")[0].upper(),
                entities=[e for e in ents if any(f in text for f in e[3])])


DONORS_PELL = _doc(
    "a.example/1", "2025-03-20", "Wealthy donors flocked to super PAC backing Pell",
    "Wealthy donors gave millions of dollars to the super PAC backing Ada Pell, new election commission filings show. "
    "The group raised the money from donors who had previously backed Senator Pell in her state races, and Pell's "
    "campaign ended last week despite the millions.")
DONORS_VARGA = _doc(
    "b.example/1", "2025-03-22", "Wealthy donors unite in super PAC against Varga",
    "Wealthy donors who previously gave millions of dollars to other campaigns are backing a super PAC group that "
    "raised money against Tomas Varga, new election commission filings show. Mr. Varga dismissed the donors; Varga "
    "said the group was wasting its millions.")

SPEECH = _doc(
    "c.example/1", "2025-05-12", "Pell lays out plan to rebuild Millbrook reservoir dam",
    "Ada Pell laid out a plan to rebuild the cracked Millbrook reservoir dam in a speech on Monday. Senator Pell said "
    "the dam would be rebuilt within four years; Pell's plan would cost the state two billion dollars, raised through "
    "a water bond.")
REACTION = _doc(
    "d.example/1", "2025-05-13", "Varga attacks the reservoir dam plan",
    "Tomas Varga attacked the plan to rebuild the Millbrook reservoir dam that Ada Pell laid out in her speech, "
    "calling the water bond too costly. Mr. Varga said the dam could be repaired for a fraction of two billion "
    "dollars; Varga's aides said the state had no money for the bond, and the governor promised a veto.")

RACE = _doc(
    "e.example/1", "2025-03-08", "Why the race between Pell and Varga hinges on two states",
    "Ada Pell leads Tomas Varga by ninety delegates, and the arithmetic of the remaining contests favours the "
    "front-runner unless her rival wins the two largest states outright; the lead is narrow, advisers and pollsters "
    "agree.")
FORUM = _doc(
    "f.example/1", "2025-03-10", "Pell and Varga hold back at the Millbrook forum",
    "Ada Pell and Tomas Varga avoided the insults of past weeks at the Millbrook forum on Thursday, speaking about "
    "visas for farm workers and tariffs on steel; aides said the calm was planned, and the two shook hands.")
FORUM2 = _doc(
    "g.example/1", "2025-03-11", "A calm Millbrook forum: Pell and Varga shake hands",
    "No insults at the Millbrook forum: Ada Pell talked about visas for farm workers and Tomas Varga about steel "
    "tariffs, and Ms. Pell and Mr. Varga shook hands at the end, their aides said.")

# a season of other news, so that the two candidates' names are not in every document of the store (an actor is
# famous in more than FAMOUS_DF of the documents, a word rare in at most SIGNATURE_DF; a store of a few documents is
# too small to tell either)
MONTH = [_doc(f"harbour{i}.example/{i}", str(date(2025, 1, 1) + timedelta(days=4 * i)), None, _note(i))
         for i in range(70)]
# the two candidates of the season, in the news every other week (famous: in more than FAMOUS_DF of the documents)
SEASON = [_doc(f"season{i}.example/{i}", str(date(2025, 1, 3) + timedelta(days=15 * i)), None,
               f"Ada Pell and Tomas Varga campaigned: {_note(100 + i)}") for i in range(5)]
def test_the_famous_actors_two_documents_share_add_at_most_actors_cap():
    parts = [(0.05, True), (0.05, True), (0.05, True), (0.05, False)]
    assert ST.with_actors_cap(parts) == pytest.approx(ST.ACTORS_CAP + 0.05)
    assert ST.with_actors_cap([(0.06, False)] * 4) == pytest.approx(0.24)  # the happening's own words are not capped
    # famous: an actor term among the strongest terms of more than FAMOUS_DF of the season's documents, and not
    # bursting this week; not a little-known singer, not a name's word
    v = {"@a_pell": 0.4, "pell": 0.4, "@a_varga": 0.4, "@a_swift": 0.4, "forum": 0.4, "millbrook": 0.4}
    base = {"@a_pell": 40, "pell": 35, "@a_varga": 30, "@a_swift": 2, "forum": 50, "millbrook": 2}
    famous = ST.famous_actors(v, base, 200, {"@a_varga": 1.2})
    assert famous == {"@a_pell", "@a_varga"}
    assert ST.famous_actors(v, base, 200, {"@a_varga": ST.BURST_CAP}) == {"@a_pell"}  # this week's news: no cap
    assert ST.famous_actors(v, base, 12, {}) == frozenset()  # a season too thin to tell
    # a document to a story's members: the same cap
    total = dict.fromkeys(v, 1.0)
    assert ST.to_sum(v, total) == pytest.approx(6 * ST.TERM_CAP)  # (no actors told: as before)
    assert ST.to_sum(v, total, famous=famous) == pytest.approx(4 * ST.TERM_CAP + ST.ACTORS_CAP)


def test_a_speech_and_the_reaction_to_it_the_next_day_are_one_story(tmp_path):
    """The near miss: the reaction is about its speaker (Varga), and names the one it answers (Pell)."""
    assert _stories(tmp_path / "s.db", [SPEECH, REACTION]) == [("c.example/1", "d.example/1")]


def test_pieces_sharing_only_famous_actors_are_two_stories_and_two_reports_of_one_forum_one(tmp_path):
    got = _stories(tmp_path / "a.db", MONTH + SEASON + [RACE, FORUM, FORUM2])
    assert ("e.example/1",) in got  # the delegate arithmetic: only the candidates' names in common with the forum
    assert ("f.example/1", "g.example/1") in got  # the forum's own words: Millbrook, visas, tariffs, handshake



def test_two_speeches_of_one_convention_by_different_speakers_are_one_story(tmp_path):
    """A scheduled event both centre on: its speakers are different people, the happening is one."""
    a = _doc("h.example/1", "2025-07-25", "Pell rallies the Democratic National Convention",
             "Ada Pell opened the Democratic National Convention in Harbourtown with a speech on water and jobs. "
             "Senator Pell told the Democratic National Convention that Pell's state had rebuilt its dams.")
    b = _doc("i.example/1", "2025-07-26", "Orban speaks on day two of the Democratic National Convention",
             "Lena Orban told the Democratic National Convention on its second night that cities need money for "
             "schools. Mayor Orban was cheered in the hall of the Democratic National Convention; Orban said the "
             "party had found its voice.")
    assert _stories(tmp_path / "s.db", [a, b]) == [("h.example/1", "i.example/1")]


def test_the_same_stories_in_any_arrival_order(tmp_path):
    docs = MONTH + [DONORS_PELL, DONORS_VARGA, SPEECH, REACTION, RACE, FORUM, FORUM2]
    runs = [_stories(tmp_path / f"s{k}.db", order) for k, order in enumerate((docs, docs[::-1],
                                                                              docs[5:] + docs[:5]))]
    assert runs[0] == runs[1] == runs[2]


def test_two_pieces_about_different_people_sharing_the_happenings_rare_words_are_one_story(tmp_path):
    """The near miss of the subjects rule: one senator's criticism of an accord and an analysis of it as the governor's
    win name different people, and share the accord's own rare words (Kelvhaven, emissions, turbines)."""
    critic = _doc("j.example/1", "2025-06-14", "Pell is not impressed by the Kelvhaven accord",
                  "Ada Pell said the Kelvhaven accord on emissions does too little: Senator Pell wants the offshore "
                  "turbines built sooner, and Pell's aides called the emissions targets timid.")
    win = _doc("k.example/1", "2025-06-15", "The Kelvhaven accord is a big win for Varga",
               "The Kelvhaven accord caps emissions and pays for offshore turbines: a win for Tomas Varga, who "
               "negotiated it for two years. Mr. Varga said the turbines would be running by 2030, and the governor "
               "thanked the unions.")
    got = _stories(tmp_path / "s.db", MONTH + [critic, win])
    assert ("j.example/1", "k.example/1") in got
