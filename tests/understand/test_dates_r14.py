"""understand.dates, round 14 (issue 18): "last week" written on a Sunday. The sentences are made up for the
tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_last_week_written_on_a_sunday_is_the_week_just_lived(date_pipe):
    # Sunday 2016-03-20: the week starts on Sunday in US usage, so "last week" is Monday 14 to the anchor Sunday
    got = dates(date_pipe, "The governor vetoed the budget last week.", "2016-03-20")
    assert got["last week"].span == "2016-03-14/2016-03-20"
    # any other day: the Monday-Sunday week before the anchor's
    got = dates(date_pipe, "The governor vetoed the budget last week.", "2016-03-19")
    assert got["last week"].span == "2016-03-07/2016-03-13"
    # "last weekend" and a Russian "на прошлой неделе" (the week starts on Monday there) do not move
    got = dates(date_pipe, "The mayor resigned last weekend.", "2016-03-20")
    assert got["last weekend"].span == "2016-03-12/2016-03-13"
    got = dates(date_pipe, "Мэр ушёл в отставку на прошлой неделе.", "2016-03-20", "ru")
    assert next(d for t, d in got.items() if "недел" in t).span == "2016-03-07/2016-03-13"


def test_a_gerund_after_a_factive_preposition_tells_of_a_done_act(date_pipe):
    # "despite/after/since + -ing" presupposes the act done: its month is the last one, not the coming one
    got = dates(date_pipe, "The senator trails in the polls, despite carrying the county easily in February.",
                "2016-08-26")
    assert got["February"].value == "2016-02"
    got = dates(date_pipe, "After losing the runoff in March, the mayor is weighing a bid for governor.",
                "2016-08-26")
    assert got["March"].value == "2016-03"
    # unless the clause it hangs on is future; "before" presupposes nothing
    got = dates(date_pipe, "After winning Iowa on Monday, the senator will head to New Hampshire.", "2016-01-30")
    assert got["Monday"].value == "2016-02-01"
    got = dates(date_pipe, "She is expected to speak before voting in November.", "2016-08-26")
    assert got["November"].value == "2016-11"


def test_would_under_a_present_verb_of_thinking_looks_ahead(date_pipe):
    # "would" is the future of its governor's time: under a present "fears", "thinks", "worries" that is now
    got = dates(date_pipe, "The chairman fears the party would lose the Senate in November.", "2016-02-20")
    assert got["November"].value == "2016-11"
    got = dates(date_pipe, "She thinks the governor would beat him easily in the fall.", "2016-02-20")
    assert got["the fall"].span == "2016-09-01/2016-11-30"
    # under a past verb it stays open ("feared the party would lose in November" may be either side): no change here
    got = dates(date_pipe, "The Rams could not get going on Sunday night.", "2019-11-19")
    assert got["Sunday"].value == "2019-11-17"


def test_a_day_word_with_a_possessive_is_that_days(date_pipe):
    # at the very start of a text (a headline) the empty text before it is no opening quotation mark, and the
    # possessive's apostrophe closes no quotation
    got = dates(date_pipe, "Yesterday's vote was close, the clerk said.", "2019-11-19")
    assert got["Yesterday"].value == "2019-11-18"
    got = dates(date_pipe, "He wrote: “Today's hearing changes nothing.”", "2019-11-19")
    assert got["Today"].value == "2019-11-19"
    # after "of", a possessive that determines a happening or a record is of that day; an age stays an age
    got = dates(date_pipe, "The outcome of yesterday's hearing surprised them.", "2019-11-19")
    assert got["yesterday"].value == "2019-11-18"
    got = dates(date_pipe, "The anxieties of today's teenagers differ.", "2019-11-19")
    assert got["today"].value is None
    got = dates(date_pipe, "The leaders of tomorrow met in Paris.", "2019-11-19")
    assert got["tomorrow"].value is None
    # a show's name in quotation marks stays a name
    got = dates(date_pipe, "She appeared on NBC's “Today” to promote the book.", "2019-11-19")
    assert not any(d.value for d in got.values())


def test_a_planned_thing_lies_after_its_planning(date_pipe):
    # a noun with "planned", "upcoming", "scheduled" is ahead of the clause's time: under a past verb either side of
    # now (the nearest), under a present or none ahead
    got = dates(date_pipe, "The spokeswoman mentioned a planned rally on Saturday in Des Moines.", "2016-01-27")
    assert got["Saturday"].value == "2016-01-30"
    got = dates(date_pipe, "Most of the airtime reserved in December and January goes to super PACs.", "2015-11-27")
    assert got["December"].value == "2015-12" and got["January"].value == "2016-01"
    # no such word: a past clause keeps the past
    got = dates(date_pipe, "The spokeswoman mentioned a rally on Saturday in Des Moines.", "2016-01-27")
    assert got["Saturday"].value == "2016-01-23"


def test_a_weekday_in_direct_speech_counts_from_the_day_it_was_said(date_pipe):
    # Thursday 2016-03-10; the attribution names the Saturday before: the speaker's Tuesday is the one after it
    got = dates(date_pipe, "“We will carry this state on Tuesday,” the governor said at a rally on Saturday.",
                "2016-03-10")
    assert got["Tuesday"].value == "2016-03-08" and got["Saturday"].value == "2016-03-05"
    # no day of saying in the attribution: the publication date stays the anchor
    got = dates(date_pipe, "“We will carry this state on Tuesday,” the governor said.", "2016-03-10")
    assert got["Tuesday"].value == "2016-03-15"


def test_a_year_before_figures_or_sayings_dates_them(date_pipe):
    # "2014 numbers", "2013 comments": figures and sayings of that year, not a count of them ("2000 troops" is)
    got = dates(date_pipe, "Arrests doubled, compared with 2014 numbers, the police said.", "2016-01-07")
    assert got["2014"].value == "2014"
    got = dates(date_pipe, "The memo contradicts 2013 comments from the minister.", "2016-01-07")
    assert got["2013"].value == "2013"
    got = dates(date_pipe, "The Pentagon sent 2000 troops to the border.", "2016-01-07")
    assert not any(d.value for d in got.values())
