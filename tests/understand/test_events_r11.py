"""A candidate's rally is a campaign event, not a PLOVER PROTEST ("demonstrations ... carried out as protests against
the recipient"), and an attack in words is criticism (ACCUSE), not ASSAULT: a tryout found 108 of 169 PROTEST events
of the PolNeAR store were campaign rallies, and 203 of 424 ASSAULT events attacks and fights in words."""
import pytest

from newsgraph import analyze


@pytest.mark.parametrize("text", [
    "Donald Trump held a campaign rally in Greensboro on Tuesday.",
    "Bernie Sanders, the presidential candidate, held a rally in Mason City on Wednesday night.",
])
def test_a_campaign_rally_is_no_protest(text):
    assert [e.type for e in analyze(text, published="2016-06-15").events if e.type == "PROTEST"] == []


@pytest.mark.parametrize("text", [
    "Pat Moore told a Virginia rally on Tuesday that the vote would be rigged.",
    "Speaking to a rally of supporters in Toledo, Ann Reyes said the plant would reopen.",
    "Governor Lee addressed a rally in Knoxville on Monday.",
])
def test_a_rally_spoken_to_is_an_audience_not_a_protest(text):
    # the gathering is the object or addressee of a speech verb: the speaker's audience (review r12)
    assert [e.type for e in analyze(text, published="2016-06-15").events if e.type == "PROTEST"] == []


def test_a_rally_against_something_is_a_protest():
    text = "Klein organised a rally against the Iran nuclear deal in September."
    assert [e.type for e in analyze(text, published="2016-06-15").events] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Hillary Clinton shot back at Donald Trump on Monday.",  # a retort: the trigger itself is a word of harm
    "Hillary Clinton aggressively attacked Donald Trump as a fraud and a scam artist.",  # a label
])
def test_an_attack_in_words_is_criticism_not_assault(text):
    types = [e.type for e in analyze(text, published="2016-06-15").events]
    assert "ASSAULT" not in types and "ACCUSE" in types


def test_who_is_under_attack_is_never_the_attacker():
    """"he is under political attack": he undergoes it (round 15: was ACCUSE with Sanders as its actor)."""
    for e in analyze("Bernie Sanders said he is under political attack because of his rise in the polls.",
                     published="2016-06-15").events:
        assert e.type != "ASSAULT" and not any("Sanders" in a.name for a in e.actors)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kabul, killing five officers.",
    "John Smith, a homeowner, shot back at the burglar.",  # no named person or organisation shot at (review r11)
])
def test_an_armed_attack_stays_an_assault(text):
    assert "ASSAULT" in [e.type for e in analyze(text, published="2016-06-15").events]


@pytest.mark.parametrize("text", [
    "The NAACP held a rally in Ferguson on Monday over race and policing.",  # an organisation demonstrates
    "Teachers unions held a rally at the state capitol on Monday ahead of the vote on the budget.",
])
def test_a_rally_of_an_organisation_or_a_crowd_stays_a_protest(text):
    assert "PROTEST" in [e.type for e in analyze(text, published="2016-06-15").events]


def test_an_affirming_idiom_with_no_is_no_denial():
    text = "Erdogan made no secret of his intention to attack the Kurds in Syria."
    assert all(e.factuality != "negated" for e in analyze(text, published="2019-11-19").events)


def test_an_event_whose_noun_is_denied_is_negated():
    # "no knowledge of any efforts to urge": the urging is not stated as a fact
    text = "Volker testified that he had no knowledge of any efforts to urge Ukraine to investigate Joe Biden."
    evs = [e for e in analyze(text, published="2019-11-19").events if e.type == "REQUEST"]
    assert evs and all(e.factuality == "negated" for e in evs)


@pytest.mark.parametrize("text", [
    "A senior aide to Governor Hale, who requested anonymity to speak candidly, said the plan was dead.",
    "Senator Ruiz asked for anonymity because he was not authorized to discuss the talks.",
    "The Hale campaign did not respond to interview requests on Monday.",
    "A spokesman for Senator Ruiz did not respond to a request for comment.",
])
def test_a_newsrooms_sourcing_is_no_request(text):
    # anonymity, comment and interviews asked for or answered are how a story was reported, not a REQUEST (r12)
    assert "REQUEST" not in [e.type for e in analyze(text, published="2016-06-15").events]


def test_a_political_request_stays_one():
    text = "Governor Hale requested that Congress approve emergency funds for the flooded counties."
    assert "REQUEST" in [e.type for e in analyze(text, published="2016-06-15").events]


@pytest.mark.parametrize("text", [
    "If the talks fail, Russia sends troops to the border with Ukraine.",
    "Unless Iran complies, the United States imposes new sanctions on Tehran.",
])
def test_the_consequent_of_a_condition_is_no_fact(text):
    # an "if"/"unless" clause on the event's own clause: told in the present, still not asserted (tryout r12)
    evs = analyze(text, published="2016-06-15").events
    assert evs and all(e.factuality != "asserted" for e in evs)


@pytest.mark.parametrize("text", [
    "Democrats in Ohio will mobilize voters before the November election.",
    "The Hale campaign deployed volunteers across Iowa on Saturday.",
])
def test_a_campaign_turning_out_people_is_no_mobilization(text):
    # PLOVER MOBILIZE is forces made ready; voters and volunteers are a campaign's turnout (tryout r12)
    assert "MOBILIZE" not in [e.type for e in analyze(text, published="2016-06-15").events]


def test_forces_deployed_stay_a_mobilization():
    text = "Russia deployed warships and troops to the Black Sea on Monday."
    assert "MOBILIZE" in [e.type for e in analyze(text, published="2016-06-15").events]


@pytest.mark.parametrize("text, typ", [
    ("Russia ignored Ukraine's requests for a prisoner exchange.", "REQUEST"),  # an owned request (review r12)
    ("The European Commission requested comment from Hungary on the new media law.", "REQUEST"),
    ("Protest leaders told a rally of 10,000 people outside parliament that the government must resign.", "PROTEST"),
    ("North Korea deployed volunteers and troops to the border.", "MOBILIZE"),  # one object is a force
])
def test_political_acts_the_sourcing_audience_and_turnout_rules_must_keep(text, typ):
    assert typ in [e.type for e in analyze(text, published="2016-06-15").events]


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv on Monday, even if Moscow denied targeting civilians.",
    "The army shelled the village on Monday as if it were a military target.",
])
def test_a_concession_or_a_comparison_is_no_condition(text):
    evs = [e for e in analyze(text, published="2022-06-15").events if e.type == "ASSAULT"]
    assert evs and evs[0].factuality == "asserted"
