"""understand.dates, round 21 (issue 18; classes from the fresh21 batch, fresh20 and dev-c): one day per weekday name
both ways (a day the text's settled mentions place ahead brings an unsettled one forward, and "that day" follows);
a cue word settles a happening's weekday ("in the lead up to Tuesday's primary"); an ahead adjective on the thing a
month times ("the looming showdown in July") is ahead whatever the verb; a season with a written year anchors a
narrative, and a month after it takes the first year from the season's start. The sentences are made up for the
tests."""


def test_an_unsettled_weekday_follows_its_namesakes_ahead(dates_by_text):
    text = ("The caucuses will open on Monday at seven. "
            "What could start this process is a surprisingly strong finish by Rubio here Monday. "
            "He is hoping for two things that day.")
    got = dates_by_text(text, "2016-01-31")  # a Sunday
    assert got["that day"].value == "2016-02-01"
    # its settled namesake is the Monday past: the unsettled one stays there
    text = "The governor spoke in Ames on Monday. What could change the race is a strong finish here Monday."
    got = dates_by_text(text, "2016-01-31")
    assert got["Monday"].value == "2016-01-25"


def test_a_cue_word_settles_a_happenings_weekday(dates_by_text):
    text = ("Updates in the lead up to Tuesday's state primary. Aides say the plan rests on the governor winning "
            "most delegates in Tuesday's state primary.")
    got = dates_by_text(text, "2016-04-14")  # a Thursday
    assert got["Tuesday"].value == "2016-04-19"  # both mentions name the primary ahead


def test_an_ahead_adjective_on_the_thing_a_month_times(dates_by_text):
    got = dates_by_text("But the senator was not hopeful about the looming showdown in July.", "2016-04-17")
    assert got["July"].value == "2016-07"
    got = dates_by_text("Officials were preparing for the impending vote in March.", "2015-12-10")
    assert got["March"].value == "2016-03"
    # without one, a past clause keeps the month before
    got = dates_by_text("But the senator was not hopeful about the showdown in July.", "2016-04-17")
    assert got["July"].value == "2015-07"


def test_a_season_with_a_year_anchors_a_narrative(dates_by_text):
    text = ("In the fall of 2007, the senator held a wide lead among older voters. By Jan. 18, her rival was "
            "winning them by ten points.")
    got = dates_by_text(text, "2016-02-01")
    assert got["Jan. 18"].value == "2008-01-18"  # the narrative moved on from the fall: January 2008
    got = dates_by_text("In the summer of 2012, the firm hired him. In September, he moved to Ohio.", "2016-02-01")
    assert got["September"].value == "2012-09"


def test_a_cue_ahead_in_a_past_clause_does_not_settle_the_day(dates_by_text):
    text = ("Leaders gathered Friday to discuss the crisis. Ahead of Friday's meeting, two ministers unveiled a plan "
            "for a joint command.")
    got = dates_by_text(text, "2016-09-18")  # a Sunday: the meeting was two days before
    assert got["Friday"].value == "2016-09-16"


def test_a_present_at_the_root_schedules_when_the_parser_loses_its_subject(dates_by_text):
    text = ("On Tuesday, voters go to the polls in three states; on Saturday, Alaska, Hawaii and Washington hold "
            "caucuses with 142 delegates at stake.")
    got = dates_by_text(text, "2016-03-21")  # a Monday
    assert got["Tuesday"].value == "2016-03-22"
    assert got["Saturday"].value == "2016-03-26"  # not the Saturday just past


def test_a_day_written_after_the_named_day_it_falls_on(dates_by_text):
    text = "That has not happened, and it probably will not until after Super Tuesday on March 1."
    got = dates_by_text(text, "2016-01-31")
    assert got["March 1"].value == "2016-03-01"  # the named day's, not the March 1 before
    got = dates_by_text('He sent paid staff to all 11 of the "Super Tuesday" March 1 states.', "2016-01-31")
    assert got["March 1"].value == "2016-03-01"
    # a day that is not the named day's keeps its own reading
    got = dates_by_text("Aides met after Super Tuesday on March 3 to plan the next month.", "2016-01-31")
    assert got["March 3"].value != "2016-03-01"


def test_a_wished_month_half_a_year_off_looks_ahead(dates_by_text):
    text = "The spokesman refused to answer questions on who the minister would like to see win in November."
    got = dates_by_text(text, "2016-05-16")
    assert got["November"].value == "2016-11"
    # a month told in the past stays before
    got = dates_by_text("The minister won a vote in November.", "2016-05-16")
    assert got["November"].value == "2015-11"


def test_a_season_under_a_modal_is_the_nearest(dates_by_text):
    text = "Some Democrats fear that the long primary could make it more difficult to unite in the summer."
    got = dates_by_text(text, "2016-05-24")
    assert got["the summer"].span == "2016-06-01/2016-08-31"
    got = dates_by_text("Bears sleep in the winter.", "2016-05-24")
    assert got["the winter"].span is None  # a habit: no season


def test_a_new_paragraph_opening_on_a_month_is_of_the_texts_own_time(dates_by_text):
    """Review r21: background paragraphs before the news are common; a month opening the next paragraph is the
    text's own time, not the background's year."""
    text = "The company went public in May 2005.\n\nIn August, the company warned that sales would fall."
    got = dates_by_text(text, "2016-09-14")
    assert got["August"].value == "2016-08"


def test_a_count_dateparser_reads_from_now_is_no_future_fact(dates_by_text):
    text = "The merger closed in May 2002. And a decade later, the company remains a firm in search of a strategy."
    got = dates_by_text(text, "2016-01-20")
    assert got["a decade later"].value is None  # never 2026
    got = dates_by_text("The merger closed in May 2002. A decade later, the company was still struggling.",
                        "2016-01-20")
    assert got["A decade later"].value is None


def test_a_forecast_a_figure_is_compared_with_was_made_before(dates_by_text):
    text = "The fund expects the economy to grow by 1.6 percent, half a point less than forecast in July."
    got = dates_by_text(text, "2016-10-05")
    assert got["July"].value == "2016-07"  # the July forecast, not July of next year


def test_a_score_and_a_crop_are_no_dates(dates_by_text):
    got = dates_by_text("The new laptop ran the game at 86.6 frames per second and earned a 2182 score.", "2019-11-18")
    assert not any(d.value or d.span for d in got.values())
    got = dates_by_text("Kansas winter wheat was rated 52% good to excellent, and a winter storm hit Texas.",
                        "2019-11-18")
    assert not any(d.value or d.span for d in got.values())
    # a season a cue places, and the season itself, stay dates
    got = dates_by_text("This summer's tour sold out, and the band will rest in the winter.", "2019-11-18")
    assert got["This summer"].span == "2019-06-01/2019-08-31"
    assert got["the winter"].span == "2019-12-01/2020-02-29"
