"""understand.dates, round 28 (issue 18; the year of a month/day: classes of the fresh28 batch, fresh20-27, dev and
dev-c). The sentences are made up for the tests."""


def test_a_present_perfect_does_not_date_the_month_day_of_its_objects_noun(dates_by_text):
    # a present perfect takes no definite past time ("*has seen it on May 23"): a day in a phrase of a noun under it
    # is that thing's time, on either side of now: the nearest
    text = "The network said its chief has spoken to the candidate about a special airing on May 23."
    assert dates_by_text(text, "2016-04-13")["May 23"].value == "2016-05-23"
    text = "The chief has spoken to him a few times about appearing on a network special with the anchor airing on May 23."
    assert dates_by_text(text, "2016-04-13")["May 23"].value == "2016-05-23"
    text = "The league has talked to the owners about a meeting in early September."
    assert dates_by_text(text, "2016-04-13")["September"].value == "2016-09"
    # nearest, so a thing just past stays past
    text = "The board has spoken to the press about the auction on March 30."
    assert dates_by_text(text, "2016-04-13")["March 30"].value == "2016-03-30"
    text = "Ailes has spoken to Trump about appearing on a special with Kelly airing on May 23."
    assert dates_by_text(text, "2016-04-13")["May 23"].value == "2016-05-23"
    # a gerund the verb takes is that act's time: past under a perfect
    text = "The senator has admitted lying to investigators on Oct. 3."
    assert dates_by_text(text, "2016-04-20")["Oct. 3"].value == "2015-10-03"
    # a day the perfect verb itself takes (parsed on the verb) stays past
    text = "The senator has criticized the vote on Nov. 8 as a sham."
    assert dates_by_text(text, "2016-03-10")["Nov. 8"].value == "2015-11-08"


def test_a_weekday_after_a_place_name_of_several_words_is_the_day_of_the_act(dates_by_text):
    # news style puts the day right after the place: "arrived at Scheels Arena Sunday", "a rally in Des Moines Sunday"
    text = "They handed out sheets to activists as they arrived at Scheels Arena Sunday for the convention."
    assert dates_by_text(text, "2016-04-03")["Sunday"].value == "2016-04-03"
    text = "She held a rally in Des Moines Sunday."
    assert dates_by_text(text, "2016-04-06")["Sunday"].value == "2016-04-03"
    # a weekday's own name stays a name
    assert "Tuesday" not in dates_by_text("He won on Super Tuesday in Texas.", "2016-04-06")
    assert "Friday" not in dates_by_text("Shoppers lined up on Black Friday.", "2016-04-06")


def test_a_bare_ing_word_made_the_root_takes_the_tense_of_the_finite_verb_below_it(dates_by_text):
    # "Protesters marching on Jan. 20 were arrested": the parser may make "marching" the root and hang "were
    # arrested" under it; a bare participle is no finite verb, the clause is past
    text = "Protesters marching on Jan. 20 were arrested by police."
    assert dates_by_text(text, "2016-11-20")["Jan. 20"].value == "2016-01-20"
    # a participle on a subject of a future verb stays ahead
    assert dates_by_text("Fans waiting on Dec. 3 will get tickets.", "2016-11-20")["Dec. 3"].value == "2016-12-03"


def test_the_previous_or_following_weekend_of_a_day_of_the_text(dates_by_text):
    # "the previous weekend", "the following weekend" after a day the text names: the Saturday-Sunday just before or
    # after that day, as "last/next weekend" is from publication
    text = "The paper chided the president on Aug. 17 for staying on vacation after the floods of the previous weekend."
    assert dates_by_text(text, "2016-08-27")["the previous weekend"].span == "2016-08-13/2016-08-14"
    text = "The senator spoke in Ohio on Wednesday, Aug. 17. The following weekend, he flew to Iowa."
    assert dates_by_text(text, "2016-09-10")["The following weekend"].span == "2016-08-20/2016-08-21"
    # "last weekend" stays counted from publication
    text = "The senator spoke in Ohio on Aug. 17. Last weekend, he flew to Iowa."
    assert dates_by_text(text, "2016-09-07")["Last weekend"].span == "2016-09-03/2016-09-04"


def test_a_weekday_naming_a_days_thing_in_a_future_clause_is_the_nearest(dates_by_text):
    # "will use Monday's encounter": the future act does not move the day's thing; the nearest such day (before,
    # the latest one was taken)
    text = "Trump will probably use Monday's encounter to make some kind of news."
    assert dates_by_text(text, "2016-09-23")["Monday"].value == "2016-09-26"
    text = "The committee will review Monday's attack in a closed session."
    assert dates_by_text(text, "2016-09-21")["Monday"].value == "2016-09-19"


def test_a_participle_root_does_not_take_the_tense_of_a_quotation_below_it(dates_by_text):
    # "Marking the end ..., Trump told supporters Tuesday night that "we close one chapter"": the parser may make
    # "Marking" the root; the present of the quoted words below it is what was said, not the clause's time
    text = ('Marking the end of the primaries with a formal speech -- complete with teleprompter -- Trump told '
            'supporters Tuesday night that "we close one chapter in history and we begin another," and he vowed to '
            'carry the "mantle" of Republican leadership.')
    assert dates_by_text(text, "2016-06-09")["Tuesday"].value == "2016-06-07"
