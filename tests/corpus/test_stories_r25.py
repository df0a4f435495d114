"""Round 25 (issue 18, stories): a state's voting day is named with the state after the noun as often as before it
("the Democratic primary in Vermont", "the caucuses in Iowa"): the same event as "the Vermont primary"."""
from __future__ import annotations

from newsgraph.corpus import story_events as SE


def test_the_state_after_a_vote_noun_names_the_states_vote():
    assert SE.mentions("Ada Pell wins the Democratic primary in Vermont") == [("vote", "vote:vermont", False)]
    assert SE.mentions("the caucuses in the state of Iowa") == [("vote", "vote:iowa", False)]
    # the same event as the state named before the noun
    report = SE.event_term("Pell wins Democratic primary in Vermont",
                           "Ada Pell won the Democratic presidential primary in Vermont on Tuesday, her home state.")
    assert report == SE.event_term("Pell wins the Vermont primary", "Ada Pell won the Vermont primary on Tuesday.")
    assert report == "#event:vote:vermont"


def test_a_place_after_the_noun_that_is_no_state_names_no_states_vote():
    assert SE.mentions("the primary in Burlington on Tuesday") == [("vote", None, False)]
    assert SE.mentions("the primary, in Vermont's view, is over") == [("vote", None, False)]


def test_a_named_voting_day_holds_the_states_contests_of_that_day():
    # a running page of the night names the day and each state's result: it is about the day
    lead = ("The Latest on Super Tuesday: Ada Pell wins the Vermont primary. Tom Hallam wins the caucuses in Iowa "
            "and the Vermont primary count goes on. Super Tuesday results as they come in.")
    assert SE.event_term("The Latest: Pell wins Vermont primary", lead) == "#event:vote:super tuesday"
    # a state's contest alone stays the state's
    assert SE.event_term("Pell wins Vermont primary", "Ada Pell won the Vermont primary.") == "#event:vote:vermont"


def test_an_event_placed_in_another_month_or_year_is_not_the_happening_of_the_articles_days():
    # an April analysis of the delegate fight names the party's convention "in July" and a contested one of 1976:
    # neither is the happening of its days (a state party's convention that weekend is no national convention)
    lead = ("Ada Pell wants the Republican nomination before the party's convention in July, while her rival works "
            "the state conventions; an aide worked the Republican party's contested 1976 convention.")
    assert SE.event_term("Pell and Hallam wage delegate warfare", lead, "2016-04-15") is None
    # in the convention's own month the same words name it
    july = "Ada Pell spoke at the Republican convention in July, on its second night, to the Republican convention."
    assert SE.event_term("Pell speaks", july, "2016-07-20") == "#event:convention:republican"
    # an undated article places nothing
    assert SE.event_term("Pell speaks", lead) == "#event:convention:republican"


def test_a_past_years_event_recalled_does_not_hide_the_event_of_the_articles_days():
    lead = ("At the convention, Ada Pell revisited the speech she gave as the keynote speaker of the 2004 Democratic "
            "convention, and the Democratic convention cheered her on its last night.")
    assert SE.event_term("At convention, Pell revisits her promises", lead, "2016-07-29") == \
        "#event:convention:democratic"
