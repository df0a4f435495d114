"""understand.dates, round 31 (issue 18): month/day classes from the errors of dev, dev-c and fresh20-fresh31. The
sentences are made up for the tests; each rule has its near misses (where it must not fire)."""


def test_a_thing_drawing_near_lies_ahead_of_the_act(dates_by_text):
    # "with X looming", "as X neared": the date is ahead of the past act, the coming one unless just past
    for text in ("Finally, with the state's April 19 primary looming, the mayor stepped in on Monday.",
                 "With the April 19 vote approaching, the governor signed the bill.",
                 "With the April 19 deadline fast approaching, lawmakers scrambled to finish.",
                 "As the April 19 primary neared, the candidates crisscrossed the state."):
        assert dates_by_text(text, "2016-04-05")["April 19"].value == "2016-04-19", text
    assert dates_by_text("With the November election looming, Republicans are worried about the map.", "2016-04-05")[
        "November"].value == "2016-11"
    # (review2 r31) of a past act told months later: either side of now, the nearest
    assert dates_by_text("As the March 15 primary approached, Rubio's campaign ran out of money for television ads.",
                         "2016-06-10")["March 15"].value == "2016-03-15"
    assert dates_by_text("With the April 19 primary looming, Cruz spent heavily on television in upstate New York.",
                         "2016-06-10")["April 19"].value == "2016-04-19"
    assert dates_by_text("As the June 7 primary neared, Clinton shifted her attention to Trump.", "2016-10-01")[
        "June 7"].value == "2016-06-07"
    assert dates_by_text("As the June 7 primary neared, Clinton shifted her attention to Trump.", "2016-12-20")[
        "June 7"].value == "2016-06-07"
    assert dates_by_text("With the April 19 primary looming, Cruz spent heavily on television in upstate New York.",
                         "2016-11-15")["April 19"].value == "2016-04-19"
    # just past: the one of the story
    assert dates_by_text("With the March 15 primary looming, Rubio spent heavily in Florida.", "2016-03-20")[
        "March 15"].value == "2016-03-15"
    # near misses: a thing behind, a "with" of something else, a date of the verb of approach
    assert dates_by_text("With the March 1 primary behind him, he turned to Texas.", "2016-04-05")[
        "March 1"].value == "2016-03-01"
    assert dates_by_text("With the help of a donor in March, the group bought ads.", "2016-04-05")[
        "March"].value == "2016-03"
    assert dates_by_text("As the senator approached him on Monday, the reporter asked a question.", "2016-04-06")[
        "Monday"].value == "2016-04-04"
    found = dates_by_text("With the April 19 primary over, the campaign moved on.", "2016-04-05")
    assert found["April 19"].value is None  # (a past clause's day ahead of publication: flagged, as before)


def test_the_next_step_of_a_plan_from_a_written_year(dates_by_text):
    found = dates_by_text("That candidate would assume office in January 2017, run in a special election in "
                          "November, and then run again for a full term.", "2016-09-08")
    assert found["November"].value == "2017-11"
    assert dates_by_text("She will start the job in January 2017 and stand for election in November.",
                         "2016-09-08")["November"].value == "2017-11"
    assert dates_by_text("She will start the job in March 2017 and take her first trip abroad in May.",
                         "2016-09-08")["May"].value == "2017-05"
    # near misses: a month that says when ("after the vote in November", "if he wins in November"), a past act, a
    # year already past
    for text in ("He will take office in January 2017, after the vote in November.",
                 "He will take office in January 2017 if he wins in November."):
        assert dates_by_text(text, "2016-09-08")["November"].value == "2016-11", text
    assert dates_by_text("The law takes effect in January 2017, and the governor signed it in March.", "2016-09-08")[
        "March"].value == "2016-03"
    assert dates_by_text("He took office in January 2015 and faced voters in November.", "2016-09-08")[
        "November"].value == "2015-11"
    # (review2 r31) a deadline is the plan's end, not a step; a step of another subject
    assert dates_by_text("The city must repay the loan by December 2018 and will make its first payment in April.",
                         "2016-10-20")["April"].value == "2017-04"
    assert dates_by_text("The new stadium opens in August 2018, and tickets go on sale in March.", "2016-09-15")[
        "March"].value != "2019-03"


def test_a_happening_month_inside_another_nouns_phrase(dates_by_text):
    # the past verb tells the talk's or the platform's act: the convention keeps its own time, the coming one when near
    for text in ("Party leaders fought off talk of a coup at the convention in July.",
                 "Sanders fought off talk of a deal at the convention in July and vowed to stay in the race.",
                 "Aides have been pressing party officials for a significant role in drafting the platform for the "
                 "Democratic convention in July."):
        assert dates_by_text(text, "2016-04-26")["July"].value == "2016-07", text
    # near misses: the happening is the verb's own place or object; the coming one is far (last October's debate)
    for text in ("Officials spoke at the convention in July.", "The party held its convention in July."):
        assert dates_by_text(text, "2016-04-26")["July"].value == "2015-07", text
    assert dates_by_text("He was criticized for his answer at the debate in October.", "2016-04-26")[
        "October"].value == "2015-10"
    assert dates_by_text("The senator won the primary in March.", "2016-04-26")["March"].value == "2016-03"
    # (review2 r31) a noun of result or reaction: the happening came before the past act
    assert dates_by_text("His loss in the runoff in December ended a political career of three decades.",
                         "2016-11-20")["December"].value == "2015-12"
    assert dates_by_text("Trump drew criticism for his remarks at the debate in September, when he interrupted his "
                         "rivals 40 times.", "2016-08-25")["September"].value == "2015-09"
