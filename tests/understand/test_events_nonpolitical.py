"""understand.events on non-political text: sports, markets, science, entertainment are not PLOVER events
(sentences from real pages of the article-extraction benchmark), while the political reading stays."""
import pytest

import newsgraph


@pytest.fixture(scope="session")
def events():
    cache = {}

    def run(text):
        if text not in cache:
            cache[text] = [e for e in newsgraph.analyze(text).events if e.factuality not in ("negated", "possible")]
        return cache[text]
    return run


@pytest.mark.parametrize("text", [
    "Zach Parise heating up, scores twice as Wild beat Sabres 4-1",
    "The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series 1-1 after Rublev had rallied "
    "to beat Roberto Bautista-Agut 3-6, 6-3, 7-6 (0) in the first match.",
    "Nelson won it when he fired a shot at Matt Murray that trickled to the goaltender's right.",
    "Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%.",
    "Oil prices fell sharply on Tuesday on oversupply concerns.",
    "WeWork declined to comment.",
    "Oza attributed the rally in bank stocks to the Supreme Court's ruling on the Essar Steel resolution.",
    "One member of the Browns' defense didn't hold back on Monday when asked about Thursday night's fight.",
    "Smith seized on something with a 6/8 feel, and they all decided to stay there.",
    "I fought to get the full script, because I just felt like I was looking at a small part of the story.",
    "But his health continued to decline over the next three months.",
    "Now ESA has investigated how real life crew hibernation would impact space mission design.",
    "Dubai's flagship carrier Emirates ordered 30 Boeing 787 jets on Wednesday.",
    "Epstein reportedly committed suicide in August while in custody in a US prison.",
    "The songstress allegedly hasn't been returning Braun's calls.",
    "Boudreau gave his players a pep talk Tuesday.",
])
def test_no_event(events, text):
    assert events(text) == [], [(e.type, e.trigger, [a.name for a in e.actors]) for e in events(text)]


def test_dateline_is_not_the_actor(events):
    evs = events("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of using "
                 "coercion and intimidation against smaller Asian nations.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and any("Esper" in a.name for a in acc[0].actors)


def test_possessor_of_release_is_no_actor(events):
    evs = events("The men were flown out of the region on US choppers. Their release came hours after the Afghan "
                 "government freed three Taliban prisoners and sent them to Qatar.")
    ret = [e for e in evs if e.type == "RETREAT"]
    assert len(ret) == 1 and "government" in ret[0].actors[0].name


def test_political_readings_stay(events):
    assert {e.type for e in events("Russian troops attacked the town of Avdiivka on Monday.")} == {"ASSAULT"}
    assert {e.type for e in events("Police fired tear gas at protesters in Santiago.")} == {"ASSAULT"}
    assert {e.type for e in events("The United States is seeking Assange's extradition from the UK.")} == {"REQUEST"}
    sen = events("Saraki and Melaye have dragged the Inspector-General of Police, Ibrahim Idris, to court.")
    assert [e.type for e in sen] == ["ACCUSE"]
    call = events("The Democrats allege that Trump's call with his Ukrainian counterpart was inappropriate.")
    assert "CONSULT" in {e.type for e in call}
    assert [e.type for e in events("Trump withheld US military aid to Ukraine.")] == ["SANCTION"]
    assert [e.type for e in events("The president ordered the army to withdraw from the city.")] == ["REQUEST"]
    thr = events("U.S. President Donald Trump said he would raise tariffs on Chinese imports.")
    assert [e.type for e in thr] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Donald Trump fired back at Hillary Clinton on Twitter on Monday.",
    "Marco Rubio attacked Ted Cruz over immigration during the debate.",
    "Donald Trump attacked Hillary Clinton and Marco Rubio.",
    "Sanders attacked Clinton's record on trade.",
])
def test_an_attack_in_words_is_criticism_not_assault(events, text):
    """Election news attacks with words: ACCUSE 'disapprove' (CAMEO 111), never ASSAULT."""
    evs = events(text)
    assert not any(e.type == "ASSAULT" for e in evs)
    assert any(e.type == "ACCUSE" and e.mode == "disapprove" for e in evs)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kabul, killing three officers.",
    "Troops fired back at the insurgents.",
    "Police in Ohio beat a protester, witnesses said.",
])
def test_an_attack_with_harm_stays_an_assault(events, text):
    assert any(e.type == "ASSAULT" for e in events(text))


def test_a_win_in_an_election_is_no_assault(events):
    assert not any(e.type == "ASSAULT" for e in events("Hillary Clinton beat Bernie Sanders in the New York primary."))


def test_met_with_a_reaction_is_no_meeting(events):
    """"was met with laughter / resistance": a reception of what someone said or did, no CONSULT; a person met by
    officials is still met."""
    assert not events("Her plan was met with fierce resistance from the unions in Brussels.")
    assert "CONSULT" in {e.type for e in events("The French minister was met by Chinese officials in Beijing.")}


def test_fighting_a_thing_is_no_assault(events):
    """"fighting dirty air", "battled the blaze": what is fought can be no one's; fighting rebels stays an ASSAULT."""
    assert not events("Paris has been fighting dirty air for decades.")
    assert not events("Firefighters battled the blaze for six hours in Malibu.")
    assert {e.type for e in events("The army is fighting the rebels in the north of Mali.")} == {"ASSAULT"}


def test_kinds_of_things_promises_of_things_and_parties_words(events):
    """"protest laws" and "attack ads" are kinds of things; "the promise of a console" what a thing seems to offer;
    "is promising" an adjective; a win over an incumbent an election; a party's attacks are words; dropping an
    investigation is not investigating."""
    assert not events("South Dakota repealed its pipeline protest laws after a lawsuit.")
    assert not events("The campaign released two new attack ads in Ohio.")
    assert not events("The promise of the new console: fast games streamed to your browser.")
    assert not events("Why the new vaccine trial is promising.")
    assert not events("Ohio Democrats beat the incumbent governor in a state Trump won by 8 points.")
    assert not events("Sweden drops rape investigation into the publisher.")
    assert {e.type for e in events("He deflected Republican attacks on his record as mayor.")} == {"ACCUSE"}
    assert events("Iran kept its promise to release the sailors.")  # a pledge with its act stays an event
