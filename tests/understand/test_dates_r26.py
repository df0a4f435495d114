"""understand.dates, round 26 (issue 18; classes of the fresh26 batch, fresh25, fresh24, dev and dev-c). The sentences are
made up for the tests."""


def test_a_quoted_verb_does_not_time_a_date_outside_the_quotation(dates_by_text):
    # the parser may hang a date on the verb of a quoted title or of another's words: their tense is not the date's
    text = "In the senator's column on Aug. 10, \u201cThe piling on must stop,\u201d he seems to blame the press."
    assert dates_by_text(text, "2016-08-16")["Aug. 10"].value == "2016-08-10"
    text = "In her speech on Friday, \u201cWe will never stop,\u201d the mayor told the crowd."
    assert dates_by_text(text, "2016-08-16")["Friday"].value == "2016-08-12"
    # a date inside the quotation keeps the quoted tense
    text = "\u201cWe will win on Friday,\u201d the mayor said."
    assert dates_by_text(text, "2016-08-16")["Friday"].value == "2016-08-19"


def test_doubled_apostrophes_open_a_quotation_as_a_mark_does(dates_by_text):
    # typewriter copy quotes with '' ... '': a capitalised "Today" that opens the quotation is the word of the day
    text = "The senator smiled and said, ''Today, you proved them wrong.''"
    assert dates_by_text(text, "2016-04-19")["Today"].value == "2016-04-19"
    # the show's name in such marks stays a name
    assert "Today" not in dates_by_text("She told NBC's ''Today'' show she would run.", "2016-04-19")
    assert "Today" not in dates_by_text("He has landed a job on ''Today,'' the network said.", "2016-04-19")


def test_a_season_one_heads_into_is_ahead(dates_by_text):
    # "heading into the fall", "going into the summer": the season one moves towards, the next one not over
    text = "The party wants to be in a strong position heading into the fall."
    assert dates_by_text(text, "2016-06-09")["the fall"].span == "2016-09-01/2016-11-30"
    text = "Democrats are going into the winter with a lead, the poll shows."
    assert dates_by_text(text, "2016-06-09")["the winter"].span == "2016-12-01/2017-02-28"
    # not the fall of something
    assert "the fall" not in dates_by_text("The company is heading into the fall of its fortunes.", "2016-06-09")
