"""understand.dates, round 29 review fixes (review29b, /tmp/try29/REVIEW2.md sections 3-5): a story's year carried over
paragraphs (narrative.told_on) and "ahead of" + a gerund (lang/en/dates_settings.tsv cue_future). The sentences are
made up for the tests."""


def test_a_later_time_in_the_background_paragraph_right_before_the_news_carries_nothing(dates_by_text):
    # the background paragraph tells two steps of its story; the next paragraph is the news (this year's)
    text = ("In April 2015, the mayor signed the budget. A week later, the council approved it.\n\n"
            "In June, the city reported a surplus.")
    assert dates_by_text(text, "2016-09-20")["June"].value == "2016-06"
    text = ("The bank opened its first branch in March 2012, and two months later it opened a second.\n\n"
            "On July 4, the bank said it would close both.")
    assert dates_by_text(text, "2016-09-20")["July 4"].value == "2016-07-04"


def test_a_later_time_in_a_paragraph_between_still_carries_the_year(dates_by_text):
    # must still fire: the link stands in a paragraph of its own between the anchor's and the date's
    text = ("In February 2010, the club hired a new coach.\n\nThree weeks later, the coach signed two strikers.\n\n"
            "In May, the team won the cup.")
    assert dates_by_text(text, "2016-01-10")["May"].value == "2010-05"


def test_a_link_that_leaves_the_anchor_year_carries_nothing(dates_by_text):
    # "A year later" moves the story out of the anchor's year: the anchor's year is no longer the story's
    text = ("In January 2012, the factory stopped production.\n\nTwo years later, a buyer made an offer.\n\n"
            "In April, the buyer walked away.")
    assert dates_by_text(text, "2016-09-20")["April"].value != "2012-04"
    # near miss: a link that stays in the year keeps carrying it
    text = ("In January 2012, the factory stopped production.\n\nA month later, a buyer made an offer.\n\n"
            "In April, the buyer walked away.")
    assert dates_by_text(text, "2016-09-20")["April"].value == "2012-04"


def test_ahead_of_a_name_or_a_thing_is_no_coming_happening(dates_by_text):
    # a capitalised word in -ing is a name (a club, a person, a city), not a gerund: the day is the act's, past
    text = "The Italian rider finished ahead of Browning on Saturday."
    assert dates_by_text(text, "2016-06-06")["Saturday"].value == "2016-06-04"
    text = "The delegation arrived ahead of Beijing on Friday."
    assert dates_by_text(text, "2016-06-06")["Friday"].value == "2016-06-03"
    # a word in -thing is no happening either
    text = "Safety came ahead of everything on Thursday."
    assert dates_by_text(text, "2016-06-06")["Thursday"].value == "2016-06-02"
    # still cued (must fire): a lower-case gerund, the happening ahead of the act
    text = "Volunteers knocked on doors across the county ahead of polling on Thursday."
    assert dates_by_text(text, "2016-06-06")["Thursday"].value == "2016-06-09"
