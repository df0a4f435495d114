"""understand.dates, round 27 (issue 18; classes of the fresh27 batch, fresh26, fresh25, dev and dev-c). The sentences are
made up for the tests."""


def test_a_two_digit_decade_with_an_apostrophe_after_the_article(dates_by_text):
    # "the 90's", "the late 80’s": older US copy writes the decade's apostrophe before the "s"
    found = dates_by_text("During the 90's the town grew fast; in the late 80’s it was poor.", "2016-10-04")
    assert found["90's"].span == "1990-01-01/1999-12-31"
    assert found["80’s"].span == "1980-01-01/1989-12-31"
    # a figure's range or an age is no decade
    assert "90's" not in dates_by_text("Highs will be in the 90's on Friday.", "2016-07-04")
    assert "70's" not in dates_by_text("She is in her 70's and still works.", "2016-07-04")


def test_the_modal_of_the_first_of_two_joined_verbs_governs_the_second(dates_by_text):
    # the tagger may read the second verb as a past ("cost", "set": spelled like the base form): under the first
    # verb's modal it is a bare verb
    text = "The scandal could backfire and cost her party seats in the state elections on March 13."
    assert dates_by_text(text, "2016-03-10")["March 13"].value == "2016-03-13"
    # a second verb with a subject of its own keeps its own tense
    text = "She may run again, and he decided on Friday to back her."
    assert dates_by_text(text, "2016-03-10")["Friday"].value == "2016-03-04"


def test_a_month_before_a_name_after_a_determiner_is_the_month_of_a_named_thing(dates_by_text):
    # "a September Gallup poll": the parser dates the month alone; the name that follows is another entity
    text = "In a September Gallup poll, most voters said the country was on the wrong track."
    assert dates_by_text(text, "2015-11-10")["September"].value == "2015-09"
    # a month that opens a name stays a name
    assert "June" not in dates_by_text("She played an old June Carter song at the rally.", "2015-11-10")
    assert "October" not in dates_by_text("The October Revolution changed Russia.", "2015-11-10")


def test_a_past_act_is_not_counted_from_a_day_still_ahead(dates_by_text):
    # "A day earlier, six were arrested": a past act counts from the day the story is at, not from the coming
    # Tuesday named in between
    text = ("As the senator spoke to supporters on Tuesday, a girl was hurt outside, ahead of next Tuesday's primary. "
            "A day earlier, six protesters were arrested at the hotel.")
    assert dates_by_text(text, "2016-03-30")["A day earlier"].value == "2016-03-28"
    # a count in a future clause may start from the coming day
    text = "The vote is set for next Tuesday. A day earlier, the board will meet."
    assert dates_by_text(text, "2016-03-30")["A day earlier"].value == "2016-04-04"


def test_a_month_after_a_cue_word_is_no_line_of_a_dated_list(dates_by_text):
    # a quoted paragraph after a heading line that ends with a year and a colon: "last November" is counted from now,
    # not the heading's year
    text = 'He listed what a nominee needs in 2016:\n\n"In the piece I wrote last November, I named several things.'
    assert dates_by_text(text, "2016-01-10")["November"].value == "2015-11"
    # a list's own lines keep the heading's year
    text = "Tour 2016 dates:\nMarch 3 - Austin\nNovember 12 - Boston"
    assert dates_by_text(text, "2016-01-10")["November 12"].value == "2016-11-12"


def test_the_next_week_of_a_day_of_the_text_is_the_calendar_week_after_its_week(dates_by_text):
    # "the following week", "the next week's primaries" after a named day: the Monday-Sunday week after that day's
    # week, as "next week" is from publication; "a week later" stays the day seven days on
    text = "The senator spoke on Tuesday, April 19. The following week, he flew to Ohio."
    assert dates_by_text(text, "2016-05-10")["The following week"].span == "2016-04-25/2016-05-01"
    text = "The senator spoke on Tuesday, April 19. A week later, he flew to Ohio."
    assert dates_by_text(text, "2016-05-10")["A week later"].value == "2016-04-26"


def test_a_level_in_the_nineties_is_no_decade(dates_by_text):
    # review 27b: "in the 90's" after a verb of a level or a measure is a range of figures, not the 1990s
    assert "90's" not in dates_by_text("Prices stayed in the 90's for most of the month.", "2016-07-04")
    assert "60's" not in dates_by_text("The team's scores were in the 60's all season.", "2016-07-04")
    # a decade told as a time stays one
    found = dates_by_text("He grew up in the 60's and moved to Ohio in the late 80’s.", "2016-07-04")
    assert found["60's"].span == "1960-01-01/1969-12-31"
