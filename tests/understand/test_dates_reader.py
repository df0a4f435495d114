"""understand.dates read as a reader would (issue 18): the clause's tense and cue words choose the year, what is no
date gives none, a future date in a past-tense clause is flagged, periods carry their span."""
import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import Pipeline

PUB = "2019-11-19"  # a Tuesday


@pytest.fixture(scope="module")
def pipe():
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.dates"])


def dates(pipe, text, published=PUB):
    rec = pipe.run(RawDocument(source="test", text=text, published=published))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_a_past_tense_clause_takes_the_month_before_publication(pipe):
    got = dates(pipe, "He was arrested in April for the March 21 call. They met last February in Hanoi.")
    assert got["April"].value == "2019-04" and got["April"].tense == "past"
    assert got["March 21"].value == "2019-03-21"
    assert got["February"].value == "2019-02"
    assert got["April"].anchor == PUB  # what it was resolved against


def test_a_future_clause_takes_the_next_one(pipe):
    got = dates(pipe, "The court will rule in May. Sentencing is scheduled for Feb. 14. The show will air Wednesday "
                      "evening. He plans to visit in January.")
    assert got["May"].value == "2020-05"
    assert got["Feb. 14"].value == "2020-02-14"
    assert got["Wednesday"].value == "2019-11-20"
    assert got["January"].value == "2020-01"


def test_cue_words_decide_before_tense(pipe):
    got = dates(pipe, "Prices have risen since March. Next Tuesday the board meets. The talks stalled ahead of "
                      "Friday's vote.")
    assert got["March"].value == "2019-03"
    assert got["Tuesday"].value == "2019-11-26"  # next Tuesday: the one after publication
    assert got["Friday"].value == "2019-11-22"
    assert dates(pipe, "He spoke last Tuesday.")["Tuesday"].value == "2019-11-12"


def test_a_weekday_in_a_past_clause_is_the_one_before(pipe):
    got = dates(pipe, "The minister resigned on Friday.")
    assert got["Friday"].value == "2019-11-15" and got["Friday"].tense == "past"


def test_no_date_from_addresses_clock_times_outlets_or_models(pipe):
    text = ("Police searched a garage behind 2134 Caldwell Place at 6:30 a.m. the following morning, experts told "
            "USA TODAY. Sanders visited NBC's “Today” to talk. The RTX 2060 is fast, with a score of 2072. "
            "No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m.")
    got = dates(pipe, text)
    assert not {"2134", "6", "TODAY", "Today", "2060", "2072", "30"} & set(got)
    assert got["Aug. 9"].value == "2019-08-09"


def test_a_future_date_in_a_past_tense_clause_is_flagged_not_stated(pipe):
    got = dates(pipe, "He was born on May 5, 2031. The election will be held in 2020.")
    born = got["May 5, 2031"]
    assert born.value is None and born.flag and born.stated == "2031-05-05" and born.tense == "past"
    assert got["2020"].value == "2020" and got["2020"].flag is None


def test_periods_carry_their_span(pipe):
    got = dates(pipe, "It crashed last week and this summer, as in the 1990s. The show ran Oct. 5-7. "
                      "Earlier this month prices fell; a year ago they rose. Sales grew in the first half of 2018.")
    assert got["last week"].value is None and got["last week"].span == "2019-11-11/2019-11-17"
    assert got["this summer"].span == "2019-06-01/2019-08-31"
    assert got["1990s"].span == "1990-01-01/1999-12-31" and got["1990s"].precision == "decade"
    assert got["Oct. 5"].value == "2019-10-05" and got["Oct. 5"].span == "2019-10-05/2019-10-07"
    assert got["Earlier this month"].value == "2019-11"
    assert got["a year ago"].value == "2018-11" and got["a year ago"].precision == "month"
    assert got["first half of 2018"].span == "2018-01-01/2018-06-30"


def test_counted_from_a_date_of_the_text(pipe):
    got = dates(pipe, "He moved to Paris in July 2006. Two months later he died. A day before the attacks, he spoke.")
    assert got["Two months later"].value == "2006-09" and got["Two months later"].anchor == "2006-07"
    assert got["A day before"].value is None  # counted from a happening whose date the text does not give


def test_a_narrative_year_carries_its_months(pipe):
    got = dates(pipe, "In 2008, the campaign began airing ads in mid-September, a record.")
    assert got["September"].value == "2008-09" and got["September"].anchor == "2008"


def test_russian_and_ukrainian_tense(pipe):
    ru = dates(pipe, "Его задержали в апреле, а суд состоится в мае. В пятницу министр заявил о своей отставке. "
                     "На прошлой неделе прошли выборы.")
    assert ru["апреле"].value == "2019-04" and ru["мае"].value == "2020-05"
    assert ru["пятницу"].value == "2019-11-15"
    assert ru["На прошлой неделе"].span == "2019-11-11/2019-11-17"
    uk = dates(pipe, "Його затримали у квітні, а суд відбудеться у травні. Минулого тижня відбулися вибори.")
    assert uk["квітні"].value == "2019-04" and uk["травні"].value == "2020-05"
    assert uk["Минулого тижня"].span == "2019-11-11/2019-11-17"


def test_a_second_predicate_read_as_a_noun_shares_the_first_verbs_time(pipe):
    # "testifies" is tagged a plural noun; joined to "speaks", it is a verb of the same scheduled clause
    got = dates(pipe, "The mayor speaks to reporters on Wednesday and testifies before the council on Thursday.")
    assert got["Wednesday"].value == "2019-11-20"
    assert got["Thursday"].value == "2019-11-21"


def test_a_past_form_without_its_subject_is_past(pipe):
    # a verb in the past form tells of the past even where the parse gives it no subject of its own
    got = dates(pipe, "That's why the mayor quit giving paid speeches before launching her bid in December.")
    assert got["December"].value == "2018-12"


def test_a_named_day_that_recurs_takes_the_occurrence_around_publication(pipe):
    got = dates(pipe, "Candidates spent heavily before Super Tuesday.", published="2016-03-03")
    assert got["Super Tuesday"].value == "2016-03-01"
    got = dates(pipe, "The race will be decided on Super Tuesday.", published="2020-01-15")
    assert got["Super Tuesday"].value == "2020-03-03"


def test_a_date_naming_a_happening_follows_a_future_clause(pipe):
    # the election is a happening: in a future clause its month is the coming one; a report's month is the
    # period it covers and keeps its nearest reading
    got = dates(pipe, "Polls suggest the September election will be close.", published="2019-03-04")
    assert got["September"].value == "2019-09"
    got = dates(pipe, "Traders will study the February trade figures on Friday.", published="2019-03-04")
    assert got["February"].value == "2019-02"


def test_words_of_the_day_in_a_quotation_count_from_the_day_said(pipe):
    text = ("The ferry sank on Sunday. Anger grew on Monday as families waited at the pier. \"We came here "
            "yesterday and today nobody can tell us anything,\" one father said.")
    got = dates(pipe, text, published="2019-11-20")
    assert got["yesterday"].value == "2019-11-17" and got["today"].value == "2019-11-18"
    assert got["today"].anchor == "2019-11-18"
    # the attribution names the day; without a recent reported day the publication date stays the anchor
    got = dates(pipe, "\"We will not stop today,\" the union leader said on Monday.", published="2019-11-20")
    assert got["today"].value == "2019-11-18"
    got = dates(pipe, "\"The vote happens today,\" she said.", published="2019-11-20")
    assert got["today"].value == "2019-11-20"


def test_in_so_many_years_counts_ahead_only_in_a_future_clause(pipe):
    got = dates(pipe, "The bank reported its weakest quarter in 12 years. The bridge will reopen in two weeks.")
    assert got["in 12 years"].value is None  # a duration, not a date ahead
    assert got["in two weeks"].value == "2019-12-03"


def test_later_in_the_day_is_the_day_of_the_report(pipe):
    got = dates(pipe, "Shares slid on Friday but recovered later in the day. Officials met later that day.")
    assert got["later in the day"].value == "2019-11-15"
    assert got["later that day"].value == "2019-11-15"
    assert dates(pipe, "The index rose earlier in the day.")["earlier in the day"].value == PUB


def test_the_past_so_many_years_is_a_window(pipe):
    got = dates(pipe, "Only 900 permits were granted in the past three years.")
    assert got["in the past three years"].span == "2016-11-19/2019-11-19"


def test_a_date_something_is_due_is_ahead(pipe):
    got = dates(pipe, "The filings due Sunday night are expected to show a jump.")
    assert got["Sunday"].value == "2019-11-24"


def test_a_show_title_in_capitals_is_no_date(pipe):
    got = dates(pipe, "He told ABC’s “This Week.” that the plan stands. “Today,” she said, “we vote.”")
    assert "This Week" not in got
    assert got["Today"].value == PUB
    # a headline in title case: its capitals name nothing (read without a parse here)
    from newsgraph.understand.dates import extract_dates
    got = {d.text: d for d in extract_dates("Senate Votes On The Budget Next Week\nIt votes next week.", "en", PUB)}
    assert got["Next Week"].span == "2019-11-25/2019-12-01"


def test_a_period_of_something_is_no_date(pipe):
    got = dates(pipe, "She ran as a moderate in a year of voter anger. Sales fell in the last 6 months of 2018.")
    assert got["in a year"].value is None
    # not the six months before publication: the last six months of the year it names (round 10: its span)
    assert all(d.span in (None, "2018-07-01/2018-12-31") for d in got.values() if "last 6 months" in d.text)


def test_a_date_after_a_noun_by_a_preposition_is_when_it_happens(pipe):
    got = dates(pipe, "The twins will make their first appearance on Wednesday.")
    assert got["Wednesday"].value == "2019-11-20"


def test_counted_from_the_narratives_last_date_several_sentences_back(pipe):
    filler = "He kept writing letters to friends, and the letters grew shorter and stranger as the weeks went by. " * 5
    got = dates(pipe, "On July 27, 2006, the painter finished his last canvas. " + filler + "Two months later, he died.")
    assert got["Two months later"].value == "2006-09"


def test_a_when_clause_after_the_date_tells_its_time(pipe):
    got = dates(pipe, "The row recalls a dispute in June when the mayor attacked a judge.", published="2019-08-01")
    assert got["June"].value == "2019-06"


def test_a_purpose_lies_after_its_act(pipe):
    # "to sway" is a purpose: the vote it names is not moved into the past by "planted"
    got = dates(pipe, "Investigators said agents planted the stories to sway the Nov. 3 vote.", published="2020-08-01")
    assert got["Nov. 3"].value == "2020-11-03"


def test_a_curly_contraction_of_will_is_future(pipe):
    got = dates(pipe, "“I’ll be back in March,” he said.", published="2019-11-19")
    assert got["March"].value == "2020-03"


def test_come_before_a_month_looks_ahead(pipe):
    got = dates(pipe, "Those are the voters she needs come September.", published="2019-03-04")
    assert got["September"].value == "2019-09"


def test_a_date_after_its_noun_in_a_present_clause_is_scheduled(pipe):
    got = dates(pipe, "If she follows up with a clear victory in Ohio on Saturday, the race tightens.")
    assert got["Saturday"].value == "2019-11-23"


def test_a_persons_last_year_is_no_year_before_publication(pipe):
    got = dates(pipe, "He opened 12 schools in 2008, his last year in office.", published="2015-12-14")
    assert got["last year"].value is None


def test_a_season_follows_the_clauses_time(pipe):
    assert dates(pipe, "The film will be released in the summer.", published="2015-10-10")["the summer"].span == \
        "2016-06-01/2016-08-31"
    assert dates(pipe, "The dam was finished in the summer.", published="2015-10-10")["the summer"].span == \
        "2015-06-01/2015-08-31"


def test_a_schedule_told_in_the_past_takes_the_nearest_day(pipe):
    # "was scheduled to", "had been scheduled", a participle "slated for" with no tense: the day may lie on either
    # side of publication, so the nearest one (a weekday otherwise looks back)
    got = dates(pipe, "The mayor was scheduled to open the bridge on Thursday.", published="2019-11-19")
    assert got["Thursday"].value == "2019-11-21"
    got = dates(pipe, "The mayor was scheduled to open the bridge on Sunday.", published="2019-11-19")
    assert got["Sunday"].value == "2019-11-17"
    got = dates(pipe, "She canceled a march slated for Friday in the capital.", published="2019-11-19")
    assert got["Friday"].value == "2019-11-22"


def test_the_first_end_of_a_range_takes_the_year_of_the_other(pipe):
    got = dates(pipe, "The survey counted the birds from October to December 2014.", published="2016-02-08")
    assert got["October"].value == "2014-10"
    got = dates(pipe, "The count ran between November and February 2015.", published="2016-02-08")
    assert got["November"].value == "2014-11"


def test_a_year_after_since_anchors_no_narrative(pipe):
    # "since June 2014" runs to the present: a later "in November" is the last one, not November 2014
    got = dates(pipe, "The town has grown since June 2014, and faster since the floods in November.",
                published="2016-02-08")
    assert got["November"].value == "2015-11"
    got = dates(pipe, "In June 2014 the mill closed. In November the owner died.", published="2016-02-08")
    assert got["November"].value == "2014-11"


def test_a_year_described_by_a_clause_is_no_date(pipe):
    got = dates(pipe, "She leads the party in a year that already looks kind to it.", published="2016-06-10")
    assert got["in a year"].value is None


def test_in_so_many_years_after_a_superlative_is_a_duration(pipe):
    got = dates(pipe, "The jobless rate is its lowest in 33 years.", published="2016-06-10")
    assert got["in 33 years"].value is None
    got = dates(pipe, "The navy is hiring for the first time in 25 years.", published="2016-06-10")
    assert got["in 25 years"].value is None
    got = dates(pipe, "Both parties turn to the primary in Ohio in two weeks.", published="2016-06-10")
    assert got["in two weeks"].value == "2016-06-24"
    got = dates(pipe, "The plant is expected to close in two years.", published="2016-06-10")
    assert got["in two years"].value == "2018"


def test_a_weekday_that_recurs_is_no_date(pipe):
    got = dates(pipe, "The club meets every Tuesday. On any given Sunday the park is full. He left on Friday.")
    assert "Tuesday" not in got and "Sunday" not in got
    assert got["Friday"].value == "2019-11-15"


def test_a_recurring_named_day_is_of_the_cycle_at_hand(pipe):
    # a past clause a month before Super Tuesday: not the one four years earlier
    got = dates(pipe, "The campaign has bought airtime in five Super Tuesday states.", published="2016-02-09")
    assert got["Super Tuesday"].value == "2016-03-01"


def test_an_imperative_looks_ahead(pipe):
    got = dates(pipe, "The senator turned to the crowd and shouted: “Let’s beat them in November.”",
                published="2016-07-21")
    assert got["November"].value == "2016-11"
    got = dates(pipe, "\"Call me on Monday,\" she told the clerk.", published="2016-07-21")
    assert got["Monday"].value == "2016-07-25"


def test_a_present_after_if_or_until_tells_of_the_future(pipe):
    got = dates(pipe, "The party may lose its majority if the November election goes badly.",
                published="2016-03-05")
    assert got["November"].value == "2016-11"


def test_an_infinitive_of_a_noun_or_purpose_takes_a_future_not_a_past(pipe):
    got = dates(pipe, "Voters will have a chance to make their choice known on Tuesday.", published="2016-03-10")
    assert got["Tuesday"].value == "2016-03-15"
    got = dates(pipe, "The governor will fly to Ohio to campaign on Monday.", published="2016-03-10")
    assert got["Monday"].value == "2016-03-14"


def test_a_headlines_present_reports_the_past(pipe):
    got = dates(pipe, "The Senate Passes The Budget Bill On Tuesday\nThe vote was close.", published="2016-07-21")
    assert got["Tuesday"].value == "2016-07-19"


def test_a_present_that_describes_schedules_no_month(pipe):
    # a progressive or "be" tells no timetable: the nearest reading, not the next year's
    got = dates(pipe, "The governor is touting his narrow win on Feb. 1 as proof of strength.",
                published="2016-02-20")
    assert got["Feb. 1"].value == "2016-02-01"
    # a simple present of an act still schedules ("the tour stops there on July 22")
    got = dates(pipe, "The band plays in Denver on July 22.", published="2019-11-19")
    assert got["July 22"].value == "2020-07-22"


def test_a_happening_named_in_a_clause_not_past_is_the_nearest(pipe):
    # "Tuesday's primary" three days ahead rather than four days back
    got = dates(pipe, "The senator badly needs a win in Tuesday's primary.", published="2016-04-30")
    assert got["Tuesday"].value == "2016-05-03"
    got = dates(pipe, "The senator draws strength from his win in Tuesday's primary.", published="2016-04-07")
    assert got["Tuesday"].value == "2016-04-05"


def test_a_possibility_lies_ahead(pipe):
    got = dates(pipe, "The new ads may reach voters on Monday.", published="2016-03-12")
    assert got["Monday"].value == "2016-03-14"
    got = dates(pipe, "He may have met the envoy on Monday.", published="2016-03-12")
    assert got["Monday"].value == "2016-03-07"


def test_counted_from_the_day_of_the_happening_named_after_it(pipe):
    got = dates(pipe, "Four days after the mayor's Oct. 2 speech, the strike ended.", published="2019-11-19")
    assert got["Four days after"].value == "2019-10-06"
    assert dates(pipe, "A week before the strike, he resigned.")["A week before"].value is None


def test_the_stretch_ahead_is_no_single_date(pipe):
    got = dates(pipe, "The factory opened in 1950. About 300 jobs are expected to go over the next year.")
    assert got["over the next year"].value is None and got["over the next year"].span is None
    got = dates(pipe, "He moved to Paris in 1950. The next year he opened a shop.")
    assert got["The next year"].value == "1951"


def test_a_present_perfect_tells_its_own_past_not_the_happening_it_names(pipe):
    # a month or a day only: "has won the caucuses on Saturday" stays the Saturday before
    got = dates(pipe, "The union has spent months lobbying delegates to the July convention.", published="2016-04-21")
    assert got["July"].value == "2016-07"  # the coming convention
    got = dates(pipe, "The union has criticized the July report.", published="2016-04-21")
    assert got["July"].value == "2015-07"
    got = dates(pipe, "The senator has won eight contests, including the caucuses on Saturday.",
                published="2016-04-14")
    assert got["Saturday"].value == "2016-04-09"


def test_a_perfect_after_after_or_until_is_ahead(pipe):
    got = dates(pipe, "Nobody knows what happens after the votes have been counted in November.",
                published="2016-04-21")
    assert got["November"].value == "2016-11"


def test_a_present_naming_a_month_just_past_describes_it(pipe):
    got = dates(pipe, "The numbers represent a reversal from the survey in early April.", published="2016-05-12")
    assert got["April"].value == "2016-04"
    got = dates(pipe, "Analysts are upbeat about his chances of winning in November.", published="2016-01-19")
    assert got["November"].value == "2016-11"


def test_a_full_month_ending_a_sentence_takes_no_day_from_the_next(pipe):
    got = dates(pipe, "He was interviewed by a host in October. 12 anchors voiced fears.", published="2016-04-21")
    assert "October. 12" not in got and got["October"].value == "2015-10"


def test_a_date_naming_a_thing_is_no_part_of_a_past_narrative(pipe):
    got = dates(pipe, "He is accused of plotting two robberies, in 2011 and 2012, that never happened. He died in a "
                      "shootout after the Dec. 2 attack.", published="2015-12-22")
    assert got["Dec. 2"].value == "2015-12-02"
    got = dates(pipe, "In 2012 he moved to Ohio. In August he bought a farm.", published="2015-12-22")
    assert got["August"].value == "2012-08"


def test_a_happening_after_before_is_not_placed_in_the_past_by_the_act(pipe):
    got = dates(pipe, "The debate came 15 days before the Iowa caucuses on Feb. 1, a key test.", published="2016-01-18")
    assert got["Feb. 1"].value == "2016-02-01" and got["15 days before"].value == "2016-01-17"
    got = dates(pipe, "He left before March. He won the caucuses on Feb. 1.", published="2016-01-18")
    assert got["March"].value == "2015-03" and got["Feb. 1"].value == "2015-02-01"


def test_a_happening_named_in_a_past_clause_is_the_nearest(pipe):
    # the past verb tells another act: the nominee's saying, not the election
    got = dates(pipe, "The nominee for the Nov. 8 election later said he was joking.", published="2016-07-31")
    assert got["Nov. 8"].value == "2016-11-08"
    got = dates(pipe, "She won the March 1 primary by a wide margin.", published="2016-03-10")
    assert got["March 1"].value == "2016-03-01"


def test_a_happening_ahead_of_which_one_acted_is_not_past(pipe):
    got = dates(pipe, "Both campaigned in the state ahead of the state's June 7 primary.", published="2016-05-24")
    assert got["June 7"].value == "2016-06-07"
    # "before" a body, not a happening: the act's past holds
    got = dates(pipe, "She lied while testifying before the committee's investigators in October.",
                published="2016-07-11")
    assert got["October"].value == "2015-10"


def test_a_year_of_a_relative_clause_anchors_no_narrative(pipe):
    got = dates(pipe, "A contractor who vanished in Iran in 2007 was not freed. A businessman was arrested in Tehran "
                      "in October.", published="2016-01-20")
    assert got["October"].value == "2015-10"
    got = dates(pipe, "In 2008 the union stayed neutral. The board endorsed him in October.", published="2016-04-06")
    assert got["October"].value == "2008-10"
    # a happening the past verb tells of stays past
    got = dates(pipe, "At the first debate in August, the moderator staged an ambush.", published="2016-04-07")
    assert got["August"].value == "2015-08"


def test_an_abbreviated_month_without_a_space_before_its_day(pipe):
    got = dates(pipe, "The towers fell on Sept.11, 2001, and the city changed.", published="2016-06-30")
    assert got["Sept.11, 2001"].value == "2001-09-11"


def test_a_stretch_of_counted_units_ahead_gives_no_date(pipe):
    got = dates(pipe, "She said he phoned her office over the next six months. Talks will go on in the coming "
                      "two weeks.", published="2016-01-18")
    assert got["over the next six months"].value is None and got["over the next six months"].span is None
    assert got["in the coming two weeks"].value is None


def test_a_future_told_in_the_past_lies_either_side(pipe):
    # published on a Thursday: "was going to ... on Wednesday" is the day before, not the coming Wednesday
    got = dates(pipe, "He said that he was going to fly back to Ohio on Wednesday morning.", published="2016-04-21")
    assert got["Wednesday"].value == "2016-04-20"
    got = dates(pipe, "He is going to fly back to Ohio on Wednesday.", published="2016-04-21")
    assert got["Wednesday"].value == "2016-04-27"


def test_a_present_joined_to_a_perfect_keeps_its_own_tense(pipe):
    # published on a Monday: the happening in the present clause is the coming Tuesday
    got = dates(pipe, "The mayor has painted his rivals as insiders and holds a wide lead in Tuesday's primary.",
                published="2016-02-08")
    assert got["Tuesday"].value == "2016-02-09"


def test_a_record_named_by_its_date_is_made_by_publication(pipe):
    got = dates(pipe, "Many farmers back the bill, according to a February survey by the state university.",
                published="2016-08-26")
    assert got["February"].value == "2016-02"
    # published on a Monday: the interview was the day before
    got = dates(pipe, "The governor says her campaign does not want that money, in an interview with the local "
                      "paper on Sunday.", published="2016-02-08")
    assert got["Sunday"].value == "2016-02-07"
    # a record to come keeps the future
    got = dates(pipe, "The governor will give a speech on Sunday.", published="2016-02-08")
    assert got["Sunday"].value == "2016-02-14"


def test_a_happening_a_participle_looks_ahead_to_is_the_coming_one(pipe):
    got = dates(pipe, "The senator won the nomination on Tuesday, teeing up the November showdown with the governor.",
                published="2016-07-27")
    assert got["November"].value == "2016-11"


def test_a_quoted_title_that_runs_on_is_a_name(pipe):
    got = dates(pipe, 'The mayor said on the talk show "This Week With Anna Park" that she would run.',
                published="2016-01-18")
    assert "This Week" not in got or got["This Week"].value is None and got["This Week"].span is None


def test_an_announcement_named_by_its_month_is_made_by_publication(pipe):
    got = dates(pipe, "The only such figure is an announcement in September by the foreign minister.",
                published="2015-11-17")
    assert got["September"].value == "2015-09"


def test_later_or_earlier_before_a_weekday_is_the_day_of_the_report(pipe):
    # published on a Tuesday (the report of a Monday evening): "later Monday" is the day before
    got = dates(pipe, "The senator may face a hostile crowd when she speaks later Monday.", published="2016-03-22")
    assert got["Monday"].value == "2016-03-21"
    got = dates(pipe, "Earlier Tuesday, the mayor met the union.", published="2016-03-22")
    assert got["Tuesday"].value == "2016-03-22"


def test_a_present_weekday_of_the_day_before_is_that_day(pipe):
    # published on a Wednesday: a present tells of Tuesday night's results, not of the coming Tuesday
    got = dates(pipe, "With mixed results on Tuesday night, the party looks to the west.", published="2016-03-23")
    assert got["Tuesday"].value == "2016-03-22"
    got = dates(pipe, "The council meets on Friday.", published="2016-03-23")
    assert got["Friday"].value == "2016-03-25"


def test_a_happening_ahead_of_which_a_perfect_or_present_runs_is_to_come(pipe):
    # published on a Friday
    got = dates(pipe, "The race has turned nasty ahead of the state's Tuesday primary.", published="2016-04-15")
    assert got["Tuesday"].value == "2016-04-19"
    # a past act: the nearest (unchanged)
    got = dates(pipe, "The debate came 15 days before the Iowa caucuses on Feb. 1.", published="2016-01-18")
    assert got["Feb. 1"].value == "2016-02-01"


def test_a_present_does_not_move_the_weekend_ahead(pipe):
    # published on a Tuesday: the weekend just over
    got = dates(pipe, "The fighting goes on, with rebels making gains over the weekend.", published="2016-09-06")
    assert got["over the weekend"].span == "2016-09-03/2016-09-04"
    got = dates(pipe, "The rebels will attack over the weekend.", published="2016-09-06")
    assert got["over the weekend"].span == "2016-09-10/2016-09-11"


def test_can_looks_ahead_but_cannot_does_not(pipe):
    got = dates(pipe, "The mood will change if it looks like the governor can win in November.",
                published="2016-04-09")
    assert got["November"].value == "2016-11"
    got = dates(pipe, "You can't insult voters in February and then court them in April.", published="2016-05-05")
    assert got["February"].value == "2016-02"


def test_a_record_described_by_a_participle_is_made_by_publication(pipe):
    got = dates(pipe, "A report praising ethanol in May still angers farmers.", published="2015-11-24")
    assert got["May"].value == "2015-05"


def test_a_date_inside_a_since_phrase_lies_before_publication(pipe):
    got = dates(pipe, "Since the senator's op-ed supporting ethanol in May, she's moved to the left.",
                published="2015-11-24")
    assert got["May"].value == "2015-05"
    got = dates(pipe, "The plant has been quiet since the owners shut it in June.", published="2016-01-10")
    assert got["June"].value == "2015-06"


def test_past_alone_is_a_preposition_this_past_a_cue(pipe):
    got = dates(pipe, "The candidate looked way past November to a time when such fights are over.",
                published="2016-06-08")
    assert got["November"].value == "2016-11"
    got = dates(pipe, "He spoke this past Tuesday.", published="2016-06-08")
    assert got["Tuesday"].value == "2016-06-07"


def test_the_past_year_is_the_twelve_months_up_to_publication(pipe):
    got = dates(pipe, "She has spent much of the past year fighting the rule. He left last year.", published="2016-05-18")
    assert got["the past year"].span == "2015-05-18/2016-05-18"
    assert got["last year"].value == "2015"


def test_black_friday_and_cyber_monday_are_named_days(pipe):
    got = dates(pipe, "Stores expect crowds on Black Friday and deals through Cyber Monday.", published="2019-11-19")
    assert got["Black Friday"].value == "2019-11-29"
    assert got["Cyber Monday"].value == "2019-12-02"
    got = dates(pipe, "Sales rose on Black Friday.", published="2018-12-03")
    assert got["Black Friday"].value == "2018-11-23"


def test_a_date_joined_to_another_shares_its_role(pipe):
    # published on a Wednesday: both days of "Wednesday or Thursday" lie ahead in a future clause
    got = dates(pipe, "We will see a rally Wednesday or Thursday.", published="2015-12-16")
    assert got["Wednesday"].value == "2015-12-16" and got["Thursday"].value == "2015-12-17"


def test_a_past_after_if_is_a_supposition(pipe):
    got = dates(pipe, "He was asked how ties would fare if he won the election on Nov. 8.", published="2016-05-16")
    assert got["Nov. 8"].value == "2016-11-08"


def test_counting_past_publication_in_a_clause_not_ahead_gives_no_date(pipe):
    got = dates(pipe, "The founders met in Philadelphia. They wrote the rules we still live under today, more than "
                      "200 years later.", published="2016-07-28")
    assert got["200 years later"].value is None
    got = dates(pipe, "The bill passed on March 3. Two days later, the governor signed it.", published="2016-07-28")
    assert got["Two days later"].value == "2016-03-05"
    got = dates(pipe, "The show opens Sept. 9. It will close two weeks later.", published="2016-08-05")
    assert got["two weeks later"].value == "2016-09-23"


def test_a_day_with_a_year_named_relatively(pipe):
    got = dates(pipe, "He would be in charge from January 20 next year. The rule took effect on March 23 of last "
                      "year.", published="2016-05-16")
    assert got["January 20 next year"].value == "2017-01-20"
    assert got["March 23 of last year"].value == "2015-03-23"


def test_a_present_describes_a_month_six_weeks_past(pipe):
    got = dates(pipe, "That number follows 292,000 in June and pleases the markets.", published="2016-08-10")
    assert got["June"].value == "2016-06"


def test_what_follows_a_happening_does_not_date_it(pipe):
    # published on a Thursday: Tuesday's primaries were two days before
    got = dates(pipe, "The results of Tuesday's five primaries will almost certainly decide the race.",
                published="2016-04-28")
    assert got["Tuesday"].value == "2016-04-26"


def test_the_lead_up_to_a_happening_looks_ahead(pipe):
    got = dates(pipe, "The Latest on the campaign in the lead up to Tuesday's New York primary.",
                published="2016-04-14")
    assert got["Tuesday"].value == "2016-04-19"


def test_would_under_a_present_looks_ahead_but_a_vow_told_stays_either_side(pipe):
    # published on a Friday: the agreement is being reached now, the endorsement is the coming Tuesday
    got = dates(pipe, "The two rivals are nearing a deal that would see him endorse her in Concord on Tuesday.",
                published="2016-07-08")
    assert got["Tuesday"].value == "2016-07-12"
    got = dates(pipe, "The premier is under fire for failing to deliver on his often-repeated vow that the country "
                      "would leave the bloc on Oct. 31.", published="2019-11-20")
    assert got["Oct. 31"].value == "2019-10-31"


def test_must_looks_ahead(pipe):
    got = dates(pipe, "The senator must not only win in November, but win big.", published="2016-03-04")
    assert got["November"].value == "2016-11"


def test_seeking_looks_ahead_to_what_it_names(pipe):
    got = dates(pipe, "Entering the forum, the two governors -- seeking strong showings in the state primary Feb. 9 -- "
                      "faced sharp attacks from rivals.", published="2016-01-15")
    assert got["Feb. 9"].value == "2016-02-09"


def test_an_appearance_is_a_happening(pipe):
    # published on a Friday: a protest planned against the coming Monday's appearance
    got = dates(pipe, "About 40 rabbis have said that they plan to join the protest of the candidate's appearance "
                      "Monday at the annual conference.", published="2016-03-18")
    assert got["Monday"].value == "2016-03-21"


def test_a_year_after_a_hyphened_prefix(pipe):
    got = dates(pipe, "The mall opens mid-2020.", published="2019-11-19")
    assert got["2020"].value == "2020"


def test_a_span_of_years_gives_no_day(pipe):
    got = dates(pipe, "The 2019-20 budget passed.", published="2019-11-19")
    assert not any(d.value == "2019-11-20" for d in got.values())


def test_the_verb_reporting_a_quotation_does_not_date_its_words(pipe):
    got = dates(pipe, "The attack was motivated, he said. “With an eye to February 20th, Carolina,” he said.",
                published="2016-02-06")
    assert got["February 20th"].value == "2016-02-20"
    got = dates(pipe, "“We will win on Tuesday,” she said.", published="2016-04-14")
    assert got["Tuesday"].value == "2016-04-19"


def test_a_happening_before_which_one_acted_in_the_past_is_the_nearest(pipe):
    # published on a Wednesday: what she said before Monday night's appearance
    got = dates(pipe, "The statement conflicted with what she told a network before her appearance Monday night.",
                published="2016-07-20")
    assert got["Monday"].value == "2016-07-18"


def test_a_ballot_is_a_happening(pipe):
    got = dates(pipe, "The bill would put a measure on the November ballot.", published="2016-03-10")
    assert got["November"].value == "2016-11"


def test_last_as_a_verb_is_a_duration(pipe):
    got = dates(pipe, "The tentative deal, announced Friday, would last four years.", published="2016-05-29")
    assert not any("four years" in k for k in got)


def test_a_century_named_relatively_is_no_date(pipe):
    got = dates(pipe, "The first part of this century saw the parties sort themselves out.", published="2016-07-27")
    assert got["this century"].value is None and got["this century"].span is None


def test_the_next_counted_units_run_from_publication(pipe):
    got = dates(pipe, "Ads are targeted for next two months.", published="2015-11-27")
    assert got["next two months"].span == "2015-11-27/2016-01-27"


def test_would_under_a_present_saying_looks_ahead(pipe):
    got = dates(pipe, "Democrats say they would be satisfied with her as the party's nominee in November.",
                published="2016-03-16")
    assert got["November"].value == "2016-11"


def test_a_present_joined_to_a_past_and_read_as_a_noun_keeps_its_tense(pipe):
    # published on a Tuesday: "returns Thursday" is the coming Thursday
    got = dates(pipe, "The envoy testified last week and returns Thursday.", published="2019-11-19")
    assert got["Thursday"].value == "2019-11-21"


def test_a_happening_that_is_the_subject_takes_its_verb_s_time(pipe):
    # published on a Monday
    got = dates(pipe, "Friday's deadline looms.", published="2019-11-18")
    assert got["Friday"].value == "2019-11-22"
    got = dates(pipe, "The results of Friday's vote will decide the race.", published="2019-11-18")
    assert got["Friday"].value == "2019-11-15"


def test_a_rough_stretch_is_no_date(pipe):
    got = dates(pipe, "It will happen in a year or two.", published="2019-11-19")
    assert got["in a year"].value is None


def test_earlier_in_the_year_is_as_earlier_this_year(pipe):
    got = dates(pipe, "Earlier in the year, he quit. Later in the month, the board meets.", published="2019-11-19")
    assert got["Earlier in the year"].value == "2019"
    assert got["Later in the month"].value == "2019-11"


def test_a_year_in_the_name_of_a_happening_is_a_date(pipe):
    got = dates(pipe, "The border was drawn after the 1948 war and moved again in the 1967 Six-Day War.")
    assert got["1948"].value == "1948" and got["1967"].value == "1967"


def test_a_month_that_is_also_a_word_counts_where_the_parser_reads_a_date(pipe):
    got = dates(pipe, "Sales in July were twice those of the spring, compared with March, when stores were shut.",
                published="2019-11-19")
    assert got["March"].value == "2019-03"
    got = dates(pipe, "March with us to the city hall. June Carter sang. The group March for Fair Rents met.",
                published="2019-11-19")
    assert "March" not in got and "June" not in got


def test_a_year_that_names_a_thing_is_not_flagged_in_a_past_clause(pipe):
    got = dates(pipe, "The columnist mocked the 2016 hopefuls. He was arrested on May 5, 2031.",
                published="2015-11-21")
    assert got["2016"].value == "2016" and got["2016"].flag is None
    assert got["May 5, 2031"].value is None and got["May 5, 2031"].flag


def test_a_named_day_that_names_a_thing_is_the_nearest_one(pipe):
    got = dates(pipe, "Prices have already dropped to Black Friday levels.", published="2019-11-18")
    assert got["Black Friday"].value == "2019-11-29"
    got = dates(pipe, "Sales rose five percent on Black Friday.", published="2019-11-18")
    assert got["Black Friday"].value == "2018-11-23"  # the day of a past act: the one before


def test_a_time_aimed_at_in_a_past_clause_is_not_flagged(pipe):
    got = dates(pipe, "Delays have pushed back the first launch to at least late 2021. The board extended the "
                      "deadline to March 3, 2020.", published="2019-11-18")
    assert got["2021"].value == "2021" and got["2021"].flag is None
    assert got["March 3, 2020"].value == "2020-03-03"


def test_a_frequency_is_no_date(pipe):
    got = dates(pipe, "Divide the total by 52 weeks in a year to get the weekly figure.", published="2019-11-18")
    assert got["in a year"].value is None
    got = dates(pipe, "The mill will reopen in a year.", published="2019-11-18")
    assert got["in a year"].value == "2020-11"


def test_a_date_a_thing_is_moved_to_lies_ahead(pipe):
    got = dates(pipe, "The council vote was postponed to Dec. 5. The museum pushed its opening back to March. The "
                      "trial was delayed until Thursday.", published="2019-11-18")
    assert got["Dec. 5"].value == "2019-12-05" and got["March"].value == "2020-03"
    assert got["Thursday"].value == "2019-11-21"
    got = dates(pipe, "She stayed in Oslo until January. They moved to Bergen in March.", published="2019-11-18")
    assert got["January"].value == "2019-01" and got["March"].value == "2019-03"


def test_a_when_clause_does_not_turn_a_future_into_a_past(pipe):
    got = dates(pipe, "She will reach the number on Tuesday, when voters cast ballots in six states.",
                published="2016-06-03")
    assert got["Tuesday"].value == "2016-06-07"
    got = dates(pipe, "The party has called a referendum for June 5, 2016 on the plan.", published="2016-03-21")
    assert got["June 5, 2016"].value == "2016-06-05" and got["June 5, 2016"].flag is None


def test_a_weekday_before_a_plural_part_of_the_day_recurs(pipe):
    got = dates(pipe, "They hold the debates on Saturday evenings. The next one was moved to Sunday.",
                published="2016-05-27")
    assert "Saturday" not in got and got["Sunday"].value == "2016-05-29"


def test_a_happening_a_past_saying_is_about_is_the_nearest(pipe):
    got = dates(pipe, "The speechwriter called November's general election a test of citizenship.",
                published="2016-08-17")
    assert got["November"].value == "2016-11"
    got = dates(pipe, "Voters chose a new mayor in the November election.", published="2016-08-17")
    assert got["November"].value == "2015-11"
