"""Round 25 second review: what the rules merged from ru25a, corpus25 and tryout25 over-read, each with sentences
written for these tests (ordinary news near-misses, none taken from a dev text). Marked xfail until the lead narrows
the rule; each reason names the rule and the narrowing suggested in /tmp/try25/REVIEW2.md. The quote, event and role cases pass
on main (7a521b97); the story and role-vote cases call the new ``when``/``n_docs`` arguments (main gave the state's
and the debate's key, and kept every voted role)."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.corpus import story_events as SE
from newsgraph.corpus.identity_choose import voted_role


def _quotes(text, published="2024-03-14"):
    rec = newsgraph.analyze(text, published=published)
    return [((q.speaker.name if q.speaker else None), q.text) for q in rec.quotes]


def test_a_famous_actor_keeps_its_role():
    # (revfixD: the store's vote reads a sample of ROLE_SAMPLE role rows; a full sample passes the count of the rows it
    # was drawn from, n_rows: 200 of 200 sampled from 30,000 stand for 30,000 of the 25,000 documents' rows)
    assert voted_role({"President": 200}, "President", 25000, 30000) == "President"
    # (counts that are all the rows: 200 documents of 25,000 calling him so are too few, as before)
    assert voted_role({"President": 200}, "President", 25000) is None


def test_a_state_primary_looking_ahead_to_super_tuesday_stays_the_states():
    title = "Sanders looks past New Hampshire primary to Super Tuesday"
    lead = ("Bernie Sanders won the New Hampshire primary on Tuesday. Sanders won the New Hampshire primary by 20 "
            "points and now looks ahead to Super Tuesday.")
    assert SE.event_term(title, lead, "2016-02-10") == "#event:vote:new hampshire"


def test_a_debate_days_away_in_the_next_month_is_not_far():
    title = "Republicans prepare for debate on March 3 in Detroit"
    lead = ("Republican candidates prepared on Monday for the Republican debate on March 3 in Detroit. The Republican "
            "debate will be hosted by Fox News.")
    assert SE.event_term(title, lead, "2016-02-29") == "#event:debate:republican"


@pytest.mark.parametrize("text", [
    "Когда стало известно, что завод закроют, рабочие вышли на улицу.",
    "Ему стало известно, что жена подала на развод, и он уехал из города.",
])
def test_learning_something_is_no_report(text):
    assert _quotes(text) == []


@pytest.mark.parametrize("text", [
    "Следователи вскрыли сейф, обнаружили материалы уголовного дела.",
    "Хакеры взломали сервер банка, выявили данные тысяч клиентов.",
])
def test_a_series_of_acts_is_no_finding(text):
    assert _quotes(text) == []


def test_a_complaint_of_pain_is_no_statement():
    assert _quotes("Пенсионерка обратилась в больницу с жалобой на боль в груди.") == []


def test_a_representative_in_a_company_keeps_the_company():
    got = _quotes("— Цены останутся прежними, — сообщил в «Магните» представитель сети.")
    assert got and got[0][0] is not None, got


@pytest.mark.parametrize("text, trigger", [
    ("President Obama ended his three-day visit to Cuba on Tuesday with a speech in Havana.", "visit"),
    ("The union ended its strike on Friday after the company raised wages.", "strike"),
])
def test_an_ended_act_happened(text, trigger):
    rec = newsgraph.analyze(text, published="2024-03-14")
    assert any(e.trigger == trigger for e in rec.events), [e.trigger for e in rec.events]


def test_an_indefinite_spokesman_keeps_his_role():
    rec = newsgraph.analyze("The attack was confirmed by a Pentagon spokesman John Kirby on Monday. Kirby said two "
                            "soldiers died.", published="2024-03-14")
    roles = {e.name: e.role for e in rec.entities if e.type == "PERSON"}
    assert roles.get("John Kirby"), roles


def test_a_year_of_something_else_before_the_convention_keeps_the_mention():
    got = SE.mentions("Obama, first elected in 2008, addressed the Democratic convention on Wednesday",
                      when="2016-07-28")
    assert [k for _, k, _ in got] == ["convention:democratic"], got


def test_a_source_confirming_the_information_keeps_the_source():
    got = _quotes("Министр подал в отставку, подтвердил информацию источник в правительстве.")
    assert got and got[0][0] == "источник в правительстве", got
