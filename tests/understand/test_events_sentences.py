"""A small held-out set of news sentences written for the events component (not taken from the PLOVER gold): each
must yield its event type with the right actor, and nothing of the listed wrong types."""
import pytest

import newsgraph
from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import _load_components

_load_components()

CASES = [
    # sentence, type, a word of an actor's name (None: no actor expected), factuality
    ("German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday.", "CONSULT", "Scholz",
     "asserted"),
    ("The Kremlin rejected the proposal for a ceasefire, spokesman Dmitry Peskov said.", "REJECT", "Russia",
     "asserted"),
    ("Thousands of farmers blocked roads across France to protest against new EU rules.", "PROTEST", "farmers",
     "asserted"),
    ("Turkey expelled ten Western ambassadors on Saturday.", "SANCTION", "Turkey", "asserted"),
    ("China warned that it would take firm measures if the US sold weapons to Taiwan.", "THREATEN", "China",
     "asserted"),
    ("Police arrested dozens of protesters outside parliament in Tbilisi.", "COERCE", "Police", "asserted"),
    ("Japan pledged $5 billion in aid to Ukraine.", "AGREE", "Japan", "asserted"),
    ("Indian and Chinese troops clashed along the disputed border.", "ASSAULT", "troops", "asserted"),
    ("The rebels released 12 hostages after talks mediated by Qatar.", "RETREAT", "rebels", "asserted"),
    ("Prime Minister Benjamin Netanyahu called on Hamas to release all the hostages.", "REQUEST", "Netanyahu",
     "asserted"),
    ("The foreign minister condemned the attack as a violation of international law.", "ACCUSE", "minister",
     "asserted"),
    ("North Korea fired two ballistic missiles into the sea.", "ASSAULT", "Korea", "asserted"),
    ("The court sentenced the journalist to five years in prison.", "SANCTION", "court", "asserted"),
    ("Moscow and Kyiv exchanged 100 prisoners of war on Tuesday.", "RETREAT", "Ukraine", "asserted"),
    ("The two governments signed an agreement on energy cooperation in Baku.", "SUPPORT", "governments",
     "asserted"),
    ("Brazil and Argentina will hold joint naval exercises next month.", "AGREE", "Brazil", "planned"),
    ("The minister resigned on Monday after the scandal.", "RETREAT", "minister", "asserted"),
    ("Serbia refused to recognize the election results.", "REJECT", "Serbia", "asserted"),
    ("Students staged a hunger strike outside the ministry.", "PROTEST", "Students", "asserted"),
    ("The army deployed tanks along the border with Lebanon.", "MOBILIZE", "army", "asserted"),
]


@pytest.fixture(scope="module")
def records():
    raws = [RawDocument(source=f"case{i}", text=c[0]) for i, c in enumerate(CASES)]
    return list(newsgraph.analyze_many(raws))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(records, i):
    sentence, typ, actor, fact = CASES[i]
    rec = records[i]
    got = [(v.type, [a.name for a in v.actors], v.factuality) for v in rec.events]
    hits = [v for v in rec.events if v.type == typ and (actor is None or any(
        actor.lower() in (a.name + " " + (a.mention.text if a.mention else "")).lower() for a in v.actors))]
    assert hits, got
    assert hits[0].factuality == fact, got


def test_not_events():
    texts = ["The company failed to meet its sales target this year.",
             "Gaming used to be so simple: we bought a game and played it.",
             "The original recipe called for three cups of sugar.",
             "Heavy rain hit the region on Sunday.",
             "Apple released a new laptop in May.",
             "The console's performance is promising.",
             "A New York man pleaded guilty to the charges on Friday.",
             "Bank stocks rallied on Tuesday."]
    for text, rec in zip(texts, newsgraph.analyze_many([RawDocument(source=t, text=t) for t in texts])):
        assert rec.events == [], (text, [(v.type, v.trigger) for v in rec.events])
