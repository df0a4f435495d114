"""understand.dates, round 7 (issue 18): general readings a careful reader gives -- "this Tuesday" in the clause's
direction, a day written in full once and named again, February 29, "earlier that month", both ends of "between 2008
and 2016". The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_this_weekday_follows_the_clause(date_pipe):
    # written on a Friday: a clause that looks ahead means the coming Tuesday, a past one the Tuesday just gone
    got = dates(date_pipe, "The mayor hopes to win the vote this Tuesday.", "2016-03-04")
    assert got["Tuesday"].value == "2016-03-08"
    got = dates(date_pipe, "The mayor lost the vote this Tuesday.", "2016-03-04")
    assert got["Tuesday"].value == "2016-03-01"


def test_a_day_written_in_full_once_keeps_its_year(date_pipe):
    text = ("The memorial honours the victims of the flood of May 3, 1999. Survivors recalled how the May 3 flood "
            "changed the town.")
    got = dates(date_pipe, text, "2016-02-17")
    assert got["May 3"].value == "1999-05-03"
    assert got["May 3"].anchor == "1999"


def test_february_29_takes_a_leap_year(date_pipe):
    got = dates(date_pipe, "The agency was told to finish the work by Feb. 29.", "2016-02-19")
    assert got["Feb. 29"].value == "2016-02-29" or got["Feb. 29"].value == "2012-02-29"
    assert got["Feb. 29"].precision == "day"
    got = dates(date_pipe, "The office reopened on Feb. 29.", "2017-06-01")
    assert got["Feb. 29"].value == "2016-02-29"


def test_earlier_that_month_is_the_month_of_the_date_just_named(date_pipe):
    got = dates(date_pipe, "The adviser wrote to her on June 10, 2009, about a speech she gave earlier that month. "
                      "Later that year, she left.", "2016-02-19")
    assert got["earlier that month"].value == "2009-06"
    assert got["Later that year"].value == "2009"


def test_both_years_between(date_pipe):
    got = dates(date_pipe, "The study followed 5,000 people between 2008 and 2016.", "2019-11-13")
    assert got["2008"].value == "2008" and got["2016"].value == "2016"


def test_what_one_was_asked_or_ordered_to_do_may_lie_ahead(date_pipe):
    got = dates(date_pipe, "The host asked the governor to lay out his path to becoming the nominee in July.",
                "2016-03-04")
    assert got["July"].value == "2016-07"
    got = dates(date_pipe, "A judge ordered the agency to release the files by the end of January.", "2016-02-19")
    assert got["January"].value == "2016-01"


def test_a_projection_is_not_a_past_fact(date_pipe):
    got = dates(date_pipe, "The number of retirees was projected to swell to 65 million in 2025.", "2016-02-03")
    assert got["2025"].value == "2025" and got["2025"].flag is None


def test_a_year_in_a_name_or_a_title_is_no_date(date_pipe):
    got = dates(date_pipe, "She played Football Manager 2020 and watched Blade Runner 2049 on a Windows 2000 machine. "
                      "The film “1917” is about the war. He has led the company since 2015.", "2019-11-19")
    assert not {"2020", "2049", "2000", "1917"} & {k for k, d in got.items() if d.value}
    assert got["2015"].value == "2015"


def test_a_date_right_after_a_verb_of_saying_tells_when_it_was_said(date_pipe):
    # published on a Tuesday: "said on Wednesday it expects" is the Wednesday before, not the coming one
    got = dates(date_pipe, "The company said on Wednesday it expects to close the deal by the end of the year.",
                "2019-11-19")
    assert got["Wednesday"].value == "2019-11-13"
    got = dates(date_pipe, "The company said it expects the deal to close on Wednesday.", "2019-11-19")
    assert got["Wednesday"].value == "2019-11-20"


def test_a_past_the_tagger_reads_as_a_participle_is_a_past(date_pipe):
    got = dates(date_pipe, "The Oct. 1 deadline passed.", "2019-11-19")
    assert got["Oct. 1"].value == "2019-10-01"


def test_counted_from_a_happening_names_the_day_of_its_act(date_pipe):
    got = dates(date_pipe, "Police arrested the suspect on Saturday, three days after the shooting.", "2019-11-19")
    assert got["three days after"].value == "2019-11-16"
    got = dates(date_pipe, "The debate came three days before the caucuses.", "2019-11-19")
    assert got["three days before"].value is None  # the day of the caucuses is not known here


def test_holidays_are_read_as_days(date_pipe):
    got = dates(date_pipe, "Stores will close on Thanksgiving and reopen the day after Thanksgiving. The film opens on "
                      "Christmas Day.", "2019-11-19")
    assert got["Thanksgiving"].value == "2019-11-28"
    assert got["Christmas Day"].value == "2019-12-25"
    got = dates(date_pipe, "Voters went to the polls on Election Day.", "2016-11-10")
    assert got["Election Day"].value == "2016-11-08"


def test_a_date_glued_to_page_furniture_is_found(date_pipe):
    got = dates(date_pipe, "Newest | OldestJane Doe 5ptsFeaturedFebruary 6, 2016 11:19PMCandidates spar on taxes",
                "2016-02-07")
    assert got["February 6, 2016"].value == "2016-02-06"
    got = dates(date_pipe, "The summit in McMay Hall ended.", "2016-02-07")
    assert not any(d.value for d in got.values())


def test_a_rough_count_is_no_number(date_pipe):
    got = dates(date_pipe, "Buyers will feel the difference in two-three years. The plant will open in twenty-five years.",
                "2019-11-18")
    assert got["in two-three years"].value is None
    assert got["in twenty-five years"].value == "2044"


def test_no_date_from_scores_quantities_numbers_or_page_furniture(date_pipe):
    text = ("The Ravens won 24-17 and improved to 10-2. The company sold 2,019 units and shipped 2020 trucks. "
            "Call 1-800-555-2019 for tickets. Page 2 of 3. Updated 4:15 PM EST. Doors open at noon and the show "
            "ends at 11pm. The bill passed 52-48.")
    got = dates(date_pipe, text, "2019-11-19")
    assert not [d for d in got.values() if d.value or d.span]


def test_this_season_outside_it_follows_the_clause(date_pipe):
    got = dates(date_pipe, "The couple are expecting their second child this summer.", "2015-12-22")
    assert got["this summer"].span == "2016-06-01/2016-08-31"
    got = dates(date_pipe, "The couple had their first child this summer.", "2015-12-22")
    assert got["this summer"].span == "2015-06-01/2015-08-31"


def test_a_part_of_a_season_is_the_season(date_pipe):
    got = dates(date_pipe, "By late summer, the candidate looked vulnerable.", "2015-12-23")
    assert got["late summer"].span == "2015-06-01/2015-08-31"


def test_a_range_of_counts_ago_is_vague(date_pipe):
    got = dates(date_pipe, "The speech would have been drafted six to eight weeks ago. He left two weeks ago.", "2016-07-20")
    assert got["eight weeks ago"].value is None and got["two weeks ago"].value == "2016-07-06"


def test_a_possibility_or_a_likelihood_looks_ahead(date_pipe):
    got = dates(date_pipe, "That dislike could have big consequences in November.", "2016-03-10")
    assert got["November"].value == "2016-11"
    got = dates(date_pipe, "Voters said they were less likely to vote for the party in November.", "2016-08-10")
    assert got["November"].value == "2016-11"  # a likelihood told in the past: the nearest, not the past one


def test_fall_as_a_noun_is_no_season(date_pipe):
    got = dates(date_pipe, "After this fall in prices, the indicators will improve. He campaigned this fall in Iowa.",
                "2015-12-17")
    assert got["this fall"].span == "2015-09-01/2015-11-30"  # the second, the season
    rec = date_pipe.run(RawDocument(source="test", text="After this fall in prices, the indicators will improve.",
                               published="2015-12-17"))
    assert not [d for d in rec.dates if d.value or d.span]


def test_a_future_year_of_a_thing_in_a_past_clause_is_not_flagged(date_pipe):
    got = dates(date_pipe, "He has been mentioned as a potential candidate for governor in 2018.", "2016-07-06")
    assert got["2018"].value == "2018" and got["2018"].flag is None
    got = dates(date_pipe, "He was arrested in 2018.", "2016-07-06")
    assert got["2018"].flag is not None


def test_the_march_on_washington_is_no_month(date_pipe):
    got = dates(date_pipe, "Sanders took part in the 1963 March on Washington as a student.", "2016-02-17")
    assert not [d for d in got.values() if d.value and d.value.startswith("1963-03")]


def test_results_of_a_coming_month_lie_ahead(date_pipe):
    got = dates(date_pipe, "What matters is what happens after the November results have been tallied.", "2016-06-10")
    assert got["November"].value == "2016-11"


def test_a_range_aimed_at_in_a_past_clause_is_not_flagged(date_pipe):
    got = dates(date_pipe, "Congress only voted for a two-year delay, from 2018 to 2020.", "2015-12-22")
    assert got["2018"].value == "2018" and got["2018"].flag is None


def test_a_year_described_is_no_date(date_pipe):
    got = dates(date_pipe, "Besides, in a year this wacky, his stunt does not stand out.", "2016-04-28")
    assert not [d for d in got.values() if d.value or d.span]


def test_every_month_is_no_date(date_pipe):
    got = dates(date_pipe, "Every December, the magazine names its person of the year.", "2016-05-02")
    assert not [d for d in got.values() if d.value]


def test_a_matchup_or_a_run_off_named_by_its_month_is_a_happening(date_pipe):
    got = dates(date_pipe, "Democrats will blow a November matchup against him only if they lose Ohio.", "2016-03-16")
    assert got["November"].value == "2016-11"
    got = dates(date_pipe, "Polls see her making it to an early May run-off in the presidential election.", "2016-08-31")
    assert got["May"].value == "2017-05"


def test_a_number_counting_a_modified_noun_is_no_year(date_pipe):
    got = dates(date_pipe, "The poll of 2047 registered voters was released Wednesday. The war ended in 1945.", "2015-12-10")
    assert "2047" not in got or got["2047"].value is None
    assert got["1945"].value == "1945"


def test_words_of_the_day_in_a_live_blog_entry_count_from_its_stamp(date_pipe):
    text = ("Live updates on the debate. Newest | OldestJane Doe 5ptsFeaturedFebruary 6, 2016 9:26PMThe candidates "
            "spar on taxes. \"He wants to be a tough guy tonight,\" the rival said. Voters will choose today, aides said. "
            "Earlier this week, the president proposed new funds.")
    rec = date_pipe.run(RawDocument(source="test", text=text, published="2016-02-07"))
    got = {d.text: d for d in rec.dates}
    assert got["tonight"].value == "2016-02-06" and got["today"].value == "2016-02-06"
    assert got["Earlier this week"].span == "2016-02-01/2016-02-06"
    got = dates(date_pipe, "The council met on February 6, 2016. Today the mayor spoke.", "2016-02-07")
    assert got["Today"].value == "2016-02-07"  # a date without a clock stamp is no entry


def test_a_year_before_a_modified_plural_after_a_preposition_stays_a_year(date_pipe):
    got = dates(date_pipe, "Turnout fell in 2016 presidential primaries. Profits rose in Q3 2019.", "2019-11-19")
    assert got["2016"].value == "2016"
