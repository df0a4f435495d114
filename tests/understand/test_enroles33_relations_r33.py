"""Issue 16, round 33 (enroles33): English speakers named by a relation or a role, resolved to the named actor.

Every sentence here is written for these tests. Each rule has a case it fires on and a near miss it must not fire on.
"""
from __future__ import annotations

import newsgraph


def _speakers(text, before=None):
    return [q.speaker.name if q.speaker else None for q in newsgraph.analyze(text).quotes
            if before is None or q.start < before]


# -- a headline's relation noun is no name ---------------------------------------------------------------------------

def test_headline_relation_noun_is_no_name():
    """"Biden Son Says": the tagger's person "Son" is the relation; the story never says whose son Hunter is, so the
    description stays as written (near miss of the resolution below)."""
    text = "Biden Son Says He Will Testify\n\nHunter Biden said on Tuesday he would testify before the committee."
    assert _speakers(text, 31) == ["Biden Son"]


def test_headline_relation_resolved_by_apposition():
    """"Trump's Son Says" over "Eric Trump, son of the former president,": the son the story names."""
    text = ("Trump's Son Says Father Will Win\n\nEric Trump, son of the former president, said on Monday that his "
            "father would win the state.")
    assert _speakers(text, 33) == ["Eric Trump"]


def test_headline_relation_never_goes_to_the_holder():
    """Near miss: "Trump's Son Says" when only the father is named: never Donald Trump, the one whose son it is."""
    text = ("Trump's Son Says Campaign Is Strong\n\nDonald Trump held a rally in Ohio on Monday, and his son told the "
            "crowd that the campaign was strong.")
    assert all(s != "Donald Trump" for s in _speakers(text, 35))


# -- a headline's role found in an apposition after the name -----------------------------------------------------------

def test_headline_role_in_apposition_after_name():
    text = ("Clinton Ally Says Sanders Should Quit\n\nSenator Ann Vale, a longtime Clinton ally, said on Friday that "
            "Bernie Sanders should leave the race.")
    assert _speakers(text, 40) == ["Ann Vale"]


def test_headline_role_apposition_of_another_owner():
    """Near miss: "a longtime Obama ally" is no Clinton ally: the headline's description stays."""
    text = ("Clinton Ally Says Sanders Should Quit\n\nSenator Ann Vale, a longtime Obama ally, said on Friday that "
            "Bernie Sanders should leave the race.")
    assert _speakers(text, 40) == ["Clinton Ally"]


def test_headline_exec_is_an_executive():
    """"Disney Exec Says" over "Walt Disney Co. executive Kevin Mayer": an abbreviation's period ends no phrase."""
    text = ("Disney Exec Says Streaming Will Grow\n\nWalt Disney Co. executive Kevin Mayer said on Tuesday that "
            "streaming would grow fast.")
    assert _speakers(text, 40) == ["Kevin Mayer"]


def test_headline_exec_of_another_company():
    """Near miss: an executive of another company is not the Disney executive."""
    text = ("Disney Exec Says Streaming Will Grow\n\nNetflix executive Kevin Mayer said on Tuesday that streaming would "
            "grow fast.")
    assert _speakers(text, 40) != ["Kevin Mayer"]


def test_body_role_through_headline_and_apposition():
    """"The former pollster said" after "Douglas Schoen, a former pollster for Bill Clinton,": Schoen; the headline's
    "Clinton" after "Says" takes no role from the words before the cue, nor Bill Clinton from "pollster for"."""
    text = ("Former Clinton Pollster Says Clinton Is In Trouble\n\nDouglas Schoen, a former pollster for Bill Clinton, "
            "warned on Sunday that Hillary Clinton faces a tough race.\n\nThe former pollster said voters were tired.")
    assert _speakers(text) == ["Douglas Schoen"] * 3


# -- "his son said" after "His son Eric" -------------------------------------------------------------------------------

def test_his_son_named_before():
    text = ('Donald Trump spoke in Ohio on Monday. His son Eric Trump joined him on stage. "We are going to win," '
            'his son said.')
    assert _speakers(text) == ["Eric Trump"]


def test_her_daughter_named_before():
    text = 'Lena Ortiz spoke in Ohio on Monday. Her daughter Maria joined her. "We will stay," her daughter said.'
    assert _speakers(text) == ["Maria"]


def test_his_son_never_named():
    """Near miss: a son the text never names stays the description."""
    text = "Mark Hale spoke in Ohio on Monday. His son said the family would stay in the state."
    assert _speakers(text) and all(s != "Mark Hale" and "Hale" in (s or "") for s in _speakers(text))


def test_possessed_son_named_as_son_of():
    """"Trump's son said" after "Eric Trump, son of Donald Trump,": Eric, never Donald."""
    text = ("Donald Trump spoke in Ohio on Monday. Eric Trump, son of Donald Trump, spoke next. Later, Trump's son "
            "said the campaign would win.")
    assert _speakers(text) == ["Eric Trump"]


# -- a document owned by "the company" -------------------------------------------------------------------------------

def test_company_notice_speaks_for_the_company():
    text = ("Brightwater Utilities raised its rates in March. Rates will rise again in July, the company's notice to "
            "customers says.")
    assert _speakers(text) == ["Brightwater Utilities"]


def test_company_notice_with_no_company_named():
    """Near miss: no organisation named before: the description stays as written."""
    text = "Rates will rise again in July, the company's notice to customers says."
    assert _speakers(text) == ["the company's notice to customers"]
