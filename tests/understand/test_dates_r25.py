"""understand.dates, round 25 (issue 18; classes of the fresh25 batch, fresh24, dev and dev-c). The sentences are made up
for the tests."""


def test_a_national_day_of_another_country_is_its_day(dates_by_text):
    # Bastille Day, Canada Day, Australia Day, Anzac Day: fixed days news names without a year
    text = "Two weeks after a driver hit a crowd celebrating Bastille Day, the town reopened its beach."
    assert dates_by_text(text, "2016-08-03")["Bastille Day"].value == "2016-07-14"
    text = "The band will play in Ottawa on Canada Day."
    assert dates_by_text(text, "2016-05-10")["Canada Day"].value == "2016-07-01"
    text = "Thousands marched in Sydney on Australia Day."
    assert dates_by_text(text, "2017-02-02")["Australia Day"].value == "2017-01-26"


def test_that_years_possessive_is_the_year_the_text_named(dates_by_text):
    text = "The governor ran in 1994, and he lost that year's primary to a newcomer."
    assert dates_by_text(text, "2016-04-28")["that year"].value == "1994"
    text = "The debate was held on Oct. 9. That night's audience was the largest of the campaign."
    assert dates_by_text(text, "2016-11-02")["That night"].value == "2016-10-09"
    # a compound is no day of the text
    found = dates_by_text("The mayor left that day-to-day work to her deputy in 2012.", "2016-04-28")
    assert "that day" not in found


def test_this_election_year_is_the_year_at_hand(dates_by_text):
    found = dates_by_text("\u201cVoters are angry in this election year,\u201d the senator said.", "2016-07-14")
    assert found["this election year"].value == "2016"
    # "the last election year" is the one before, not last year: no value from these words
    found = dates_by_text("The last election year was calmer, the senator said.", "2016-07-14")
    assert all(not (d.value or d.span) for d in found.values())


def test_a_known_unforeseen_happening_is_past_under_any_tense(dates_by_text):
    # "the slaying", "the bombing", "the attack": a happening nobody schedules, made definite, has happened
    text = "He said voters will back him because of the slaying in Detroit on Friday of a young father."
    assert dates_by_text(text, "2016-08-28")["Friday"].value == "2016-08-26"
    text = "Security will be tighter after the bombing at the stadium on Tuesday, the mayor said."
    assert dates_by_text(text, "2016-03-24")["Tuesday"].value == "2016-03-22"
    # an indefinite one may be feared, and a planned one is ahead
    text = "Police will be ready for a riot on Saturday, the chief said."
    assert dates_by_text(text, "2016-03-24")["Saturday"].value == "2016-03-26"
    text = "Police are preparing for the planned attack on Friday."
    assert dates_by_text(text, "2016-03-24")["Friday"].value == "2016-03-25"
    # a happening that is scheduled keeps its clause's time
    text = "The trial over the shooting will open on Friday."
    assert dates_by_text(text, "2016-03-24")["Friday"].value == "2016-03-25"


def test_a_named_day_in_figures_after_a_title_word_is_a_works_name(dates_by_text):
    # a film, a book named with the figures of a day ("Fahrenheit 9/11"): no date
    found = dates_by_text("The director, who made Fahrenheit 9/11, backed the senator.", "2015-12-19")
    assert "9/11" not in found
    # the day stays after a preposition, before a noun it dates, and after a place
    assert dates_by_text("The city has changed since 9/11.", "2015-12-19")["9/11"].value == "2001-09-11"
    assert dates_by_text("The 9/11 Commission met again.", "2015-12-19")["9/11"].value == "2001-09-11"
    found = dates_by_text("New York 9/11 victims were honored.", "2015-12-19")
    assert found["9/11"].value == "2001-09-11"


def test_a_weekday_in_an_infinitive_after_a_past_act_is_the_nearest(dates_by_text):
    # a noun's or a purpose's to-infinitive, active or passive, lies after the act: either side of now, the nearest
    text = "The governor was rewriting her speech, to be delivered Wednesday at the capitol."
    assert dates_by_text(text, "2015-11-17")["Wednesday"].value == "2015-11-18"
    text = "The board called a vote to take place Thursday."
    assert dates_by_text(text, "2015-11-17")["Thursday"].value == "2015-11-19"
    # the nearest may be the one just past
    text = "He flew to Iowa to campaign on Saturday."
    assert dates_by_text(text, "2015-11-16")["Saturday"].value == "2015-11-14"
    # an infinitive that is the past act's own content stays past ("was forced to resign")
    text = "The chairman was forced to resign on Friday."
    assert dates_by_text(text, "2015-11-17")["Friday"].value == "2015-11-13"
    # a "for X to ..." clause of asking may take the asking's day: left to the past act
    text = "The captain, who lobbied for the league to suspend the player on Thursday night, did not respond."
    assert dates_by_text(text, "2019-11-18")["Thursday"].value == "2019-11-14"
