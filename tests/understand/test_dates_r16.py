"""understand.dates, round 16 (issue 18): one day per weekday name in a text, the second of two joined decades or
two-digit years, a weekday that is a first name, "the day before" said again and a day-anaphor that skips a month or a
year named in between. The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def run(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return rec.dates


def dates(date_pipe, text, published, lang=None):
    return {d.text: d for d in run(date_pipe, text, published, lang)}


def test_one_day_per_weekday_name(date_pipe):
    # 2016-09-29 is a Thursday; the settled mention (a past verb) gives the others their day: the modal of a
    # happening and a verbless phrase under a present do not move "Monday" to the coming week
    text = ("Monday's vote may not change many minds. The mayor did not need a big win on Monday. "
            "For all the cheers at the town hall Monday night, the mayor still has work to do.")
    got = [d for d in run(date_pipe, text, "2016-09-29") if d.text == "Monday"]
    assert len(got) == 3 and {d.value for d in got} == {"2016-09-26"}


def test_weekday_names_that_disagree_are_left_alone(date_pipe):
    # two Tuesdays told by their verbs, the past one and the coming one: each keeps its own
    text = "The council voted on Tuesday. It will vote again on Tuesday, the clerk said."
    got = [d.value for d in run(date_pipe, text, "2016-09-29") if d.text == "Tuesday"]
    assert got == ["2016-09-27", "2016-10-04"]
    # an infinitive looks ahead by itself: its day is not brought back to the past one of the text
    text = "The senator spoke on Monday. He is on pace to finish the tour on Monday afternoon, before the vote."
    got = [d.value for d in run(date_pipe, text, "2016-01-27") if d.text == "Monday"]
    assert got == ["2016-01-25", "2016-02-01"]
    # a day a past verb places is not moved ahead by a settled coming namesake
    text = "He won Tuesday's contests. Voters will go to the polls again next Tuesday."
    got = [d.value for d in run(date_pipe, text, "2016-03-10") if "Tuesday" in d.text]
    assert got == ["2016-03-08", "2016-03-15"]


def test_the_second_of_two_joined_decades_and_two_digit_years(date_pipe):
    got = dates(date_pipe, "She won titles in the 1960s and 70s and campaigned in ’08 and ’12.", "2016-07-08")
    assert got["1960s"].span == "1960-01-01/1969-12-31"
    assert got["70s"].span == "1970-01-01/1979-12-31"
    assert got["’08"].value == "2008" and got["’12"].value == "2012"
    # an age is no decade
    got = dates(date_pipe, "He was in his early 20s when he moved.", "2016-07-08")
    assert not any(d.value or d.span for d in got.values())


def test_a_weekday_that_is_a_first_name(date_pipe):
    got = dates(date_pipe, "The critic pointed to a memoir by Wednesday Martin about life on the Upper East Side.",
                "2016-02-01")
    assert "Wednesday" not in got or got["Wednesday"].value is None
    # a weekday before the subject of a clause stays a day
    got = dates(date_pipe, "On Monday Clinton said she would win the state.", "2016-02-03")
    assert got["Monday"].value == "2016-02-01"


def test_the_day_before_said_again_and_a_day_anaphor_past_a_year(date_pipe):
    # 2016-07-30 is a Saturday: the report's day is Friday; "a year ago" in between names no day, and the second
    # "the day before" counts from the same day as the first, not from it
    text = ("Stocks ended higher on Friday. Profits fell from a year ago. The oil company climbed after being "
            "down earlier in the day. The yield fell to 1.45 percent from 1.51 percent the day before. "
            "The euro rose to $1.12 from $1.11 the day before.")
    got = run(date_pipe, text, "2016-07-30")
    assert [d.value for d in got if d.text == "earlier in the day"] == ["2016-07-29"]
    assert [d.value for d in got if d.text == "the day before"] == ["2016-07-28", "2016-07-28"]
    # a narrative of days still counts on: "the day before that" names its own day
    got = dates(date_pipe, "He left on Friday. The day before, he had packed.", "2016-07-30")
    assert got["The day before"].value == "2016-07-28"


def test_earlier_in_the_day_far_from_any_day_is_the_day_of_the_news(date_pipe):
    # 2016-07-30 is a Saturday; the report opens with its Friday and says "earlier in the day" paragraphs later
    filler = " ".join(["Traders watched the shares of the bank, which moved little in thin trading."] * 14)
    text = f"Stocks ended higher on Friday.\n\n{filler}\n\nThe oil company climbed after being down earlier in the day."
    got = dates(date_pipe, text, "2016-07-30")
    assert got["earlier in the day"].value == "2016-07-29"
    # without a day in the opening, the publication day stays
    text = f"Stocks ended higher.\n\n{filler}\n\nThe oil company climbed after being down earlier in the day."
    assert dates(date_pipe, text, "2016-07-30")["earlier in the day"].value == "2016-07-30"



def test_a_year_counted_from_a_day_is_a_month(date_pipe):
    # as "a year ago" is the month a year before publication, "a year earlier" than a day the text names is that
    # month a year before; a year counted from a year, and a count of years, stay years
    got = dates(date_pipe, "Sales rose on Friday, up 31 percent from a year earlier.", "2016-07-30")
    assert got["a year earlier"].value == "2015-07"
    got = dates(date_pipe, "In 2012 he left the firm; a year later he returned.", "2016-07-30")
    assert got["a year later"].value == "2013"
    got = dates(date_pipe, "In June 2012 he left the firm; two years later he returned.", "2016-07-30")
    assert got["two years later"].value == "2014"


def test_ukrainian_perfective_future_is_no_past(date_pipe):
    # natasha's Russian models tag the Ukrainian perfective future ("відбудеться", "пройде") as a past; 2016-09-28 is
    # a Wednesday: the meeting is the coming Friday, the speech told in the past the Friday before
    got = dates(date_pipe, "Зустріч відбудеться в п'ятницю.", "2016-09-28", "uk")
    assert got["п'ятницю"].value == "2016-09-30"
    got = dates(date_pipe, "Засідання пройде в п'ятницю.", "2016-09-28", "uk")
    assert got["п'ятницю"].value == "2016-09-30"
    got = dates(date_pipe, "Міністр виступив у п'ятницю.", "2016-09-28", "uk")
    assert got["п'ятницю"].value == "2016-09-23"
    # a perfective future the parse takes for a present or a noun: pymorphy2's Ukrainian dictionary tells the form
    got = dates(date_pipe, "Законопроект про бюджет депутати розглянуть у четвер, повідомили у Верховній Раді.",
                "2016-09-28", "uk")
    assert got["четвер"].value == "2016-09-29"
    got = dates(date_pipe, "Міністр виступить у п'ятницю.", "2016-09-28", "uk")
    assert got["п'ятницю"].value == "2016-09-30"
    got = dates(date_pipe, "Законопроект розглянули у вівторок.", "2016-09-28", "uk")
    assert got["вівторок"].value == "2016-09-27"
    # Russian, natasha's own language, keeps its tags
    assert [d.value for d in run(date_pipe, "Встреча состоится в пятницу.", "2016-09-28", "ru")] == ["2016-09-30"]


def test_a_present_verb_of_the_body_keeps_its_weekday_ahead():
    """Review r16: "The House votes on it on Tuesday" after "passed the bill on Tuesday" was pulled back to the past
    Tuesday by the one-day-per-weekday rule; a present verb of the body tells of a scheduled day ahead."""
    import newsgraph
    for text, ahead in (("The Senate passed the bill on Tuesday. The House votes on it on Tuesday.", "2024-06-18"),
                        ("The team lost on Saturday. The team plays Chelsea on Saturday.", "2024-06-15")):
        rec = newsgraph.analyze(text, published="2024-06-13")
        assert [d.value for d in rec.dates][-1] == ahead, text
