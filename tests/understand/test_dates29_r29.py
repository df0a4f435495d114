"""understand.dates, round 29 (issue 18; the year of a month/day in a past story told over paragraphs: the narrative
classes of dev, dev-c and fresh20-29). The sentences are made up for the tests."""


def test_a_month_of_a_written_year_carries_its_year_over_paragraphs_to_a_later_month(dates_by_text):
    # a story told forward: "In June 2001 ... / ... / In August": every sentence between in the past
    text = ("In June 2001, the firm asked workers to take a pay cut, and thousands agreed. A month later it cut "
            "6,000 jobs.\n\nBut the chief believed she was running out of time. The firm was losing money.\n\n"
            "In August, she flew to Boston to tell the other board of her plan.")
    assert dates_by_text(text, "2016-01-20")["August"].value == "2001-08"
    text = ("On March 3, 2009, the mayor signed the order.\n\nTwo weeks later, the council voted to fight it.\n\n"
            "On May 12, the mayor resigned.")
    assert dates_by_text(text, "2016-02-19")["May 12"].value == "2009-05-12"
    # a time counted from the story's own ("earlier that month") in the paragraph between
    text = ("The adviser wrote in a June 10, 2009 email that she must seize the moment.\n\nThe message urged a speech "
            "after the address she gave in Cairo earlier that month.\n\nShe delivered the speech on July 15.")
    assert dates_by_text(text, "2016-02-19")["July 15"].value == "2009-07-15"


def test_near_misses_the_story_comes_back_to_now_or_goes_back(dates_by_text):
    # nothing between shows the story goes on: the later paragraph is the news (review r21)
    text = "The firm went public in May 2005.\n\nThe shares rose.\n\nIn August, the firm warned of losses."
    assert dates_by_text(text, "2016-09-14")["August"].value == "2016-08"
    # a bare year names a background fact: the later paragraph is the news
    text = "The company went public in 2005.\n\nIn August, the company warned of losses."
    assert dates_by_text(text, "2015-11-20")["August"].value == "2015-08"
    # a sentence told in the present between: the story is at now again
    text = ("In June 2001, the firm asked workers to take a pay cut.\n\nToday the firm employs 300,000 people.\n\n"
            "In August, she flew to Boston.")
    assert dates_by_text(text, "2016-01-20")["August"].value == "2015-08"
    # a month earlier in the year than the anchor: the story does not go back
    text = "In June 2001, the firm asked workers to take a pay cut.\n\nThe workers agreed.\n\nIn March, she flew to Boston."
    assert dates_by_text(text, "2016-06-20")["March"].value == "2016-03"
    # a day counted from now between ("last week") ends the story
    text = ("In June 2001, the firm asked workers to take a pay cut.\n\nLast week the firm said it lost money.\n\n"
            "In August, she flew to Boston.")
    assert dates_by_text(text, "2016-01-20")["August"].value == "2015-08"
    # a past clause about this year after a year was named, within its own paragraph, stays this year's
    text = "In 2012 he lost the race.\n\nOn March 3 he announced his new run."
    assert dates_by_text(text, "2016-04-10")["March 3"].value == "2016-03-03"
    # a month too far from the anchor's month
    text = "In January 2001, the firm cut pay.\n\nThe workers agreed.\n\nIn November, she flew to Boston."
    assert dates_by_text(text, "2016-01-20")["November"].value == "2015-11"



def test_a_day_after_ahead_of_and_a_happening_is_the_coming_one(dates_by_text):
    # "ahead of voting Tuesday": the day times the happening "ahead of" names, which lies after the clause's act
    text = "The senator campaigned across the state on Sunday ahead of voting Tuesday."
    assert dates_by_text(text, "2016-06-06")["Tuesday"].value == "2016-06-07"
    text = "Both candidates made a last push in the state ahead of the vote on Thursday."
    assert dates_by_text(text, "2016-06-06")["Thursday"].value == "2016-06-09"
    # near misses: "ahead of" placing the act itself; the day is the act's, past
    text = "The company finished the bridge ahead of schedule on Thursday."
    assert dates_by_text(text, "2016-06-06")["Thursday"].value == "2016-06-02"
    text = "She finished ahead of her rivals on Thursday."
    assert dates_by_text(text, "2016-06-06")["Thursday"].value == "2016-06-02"
