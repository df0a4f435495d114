"""Round 25, revfixD (the second review's story and role findings, /tmp/try25/REVIEW2.md items 1, 5, 6 and 7), on
sentences written for these tests: a famous actor keeps its role however many documents it has (the store's vote
reads a bounded sample and scales it to the rows it was drawn from; ingest and a refresh vote the same way); a named
voting day wins over a state's contest only when named as often; a dated mention is far by its date, not its month;
a year drops a mention only inside its noun phrase."""
from __future__ import annotations

from collections import Counter

from newsgraph.corpus import story_events as SE
from newsgraph.corpus.identity_choose import voted_role
from newsgraph.store.actor_sql import _sql
from newsgraph.store.actor_writes import ActorWrites


class _Conn:
    """The statement of the role vote, over ``rows`` role rows of one actor (round 26: every row counted per role)."""

    def __init__(self, rows):
        self.rows = rows

    def execute(self, stmt, params):
        assert stmt is _sql().role_counts
        return type("R", (), {"all": lambda _s: list(Counter(self.rows).items())})()


def _vote(rows, n_docs):
    w = ActorWrites()
    w.conn, w.q = _Conn(rows), _sql()
    return w._voted_role("a1", None, n_docs)


def test_a_role_every_sampled_row_gives_stands_for_an_actor_of_any_size():
    assert _vote(["Senator"] * 40_000, 30_000) == "Senator"
    # a handful among the rows is still a handful
    assert _vote(["Senator"] * 3, 3_000) is None
    assert voted_role({"Senator": 2, "Governor": 198}, None, 30_000, 40_000) == "Governor"
    assert voted_role({"Senator": 200}, None, 30_000, 250) is None  # 250 of 30,000 documents


def test_a_state_named_more_often_than_the_day_is_the_states():
    # a state's contest on another date that looks ahead to the day: the state's
    title = "South Carolina primary turnout breaks records"
    lead = ("South Carolina primary voters turned out in record numbers on Saturday, a week before Super Tuesday. "
            "The South Carolina primary was won by Clinton.")
    assert SE.event_term(title, lead, "2016-02-28") == "#event:vote:south carolina"
    # a state voting on the day, reported the day after: one of the day's contests
    title = "Minnesota caucuses draw record crowds"
    lead = ("Minnesota caucuses drew record crowds on Tuesday, one of the Super Tuesday contests. Minnesota caucuses "
            "were won by Sanders.")
    assert SE.event_term(title, lead, "2016-03-02") == "#event:vote:super tuesday"
    # named as often: the day
    title = "Super Tuesday: Minnesota caucuses draw record crowds"
    assert SE.event_term(title, "Voters turned out on Tuesday.", "2016-04-02") == "#event:vote:super tuesday"


def test_a_dated_mention_is_far_by_its_date():
    def far(text, when):
        return [f for _, _, f in SE.mentions(text, when=when)]
    assert far("the Democratic debate on January 14 in Charleston", "2015-12-30") == [False]  # (across the year)
    assert far("the Democratic debate on April 14 in Brooklyn", "2016-03-01") == [True]
    assert far("the Republican convention in July", "2016-06-28") == [False]
    assert far("the Republican convention in July", "2016-06-02") == [True]
    assert far("the Republican convention in July", "2016-04-20") == [True]


def test_a_year_drops_a_mention_only_inside_its_noun_phrase():
    assert SE.mentions("the 2012 Republican National Convention in Tampa", when="2016-07-20") == []
    assert SE.mentions("the contested 1976 convention", when="2016-07-20") == []
    got = SE.mentions("Romney, nominated in 2012, spoke at the Republican convention", when="2016-07-20")
    assert [k for _, k, _ in got] == ["convention:republican"]
