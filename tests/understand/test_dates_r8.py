"""understand.dates, round 8 (issue 18): a happening counted from takes the day the text gives it elsewhere, "that
year" is the year just named, calendar words and rough counts come from each language's data. The sentences are
made up for the tests."""

from newsgraph.ingest.base import RawDocument
from newsgraph.understand.dates import date_rules
from newsgraph.understand.dates.lexical import rough_patterns


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_the_day_after_a_happening_dated_elsewhere_in_the_text(date_pipe):
    text = ("Voters waited for hours on March 22 during the state's primaries. The day after the primary, the "
            "governor called the lines a disgrace.")
    got = dates(date_pipe, text, "2016-04-15")
    assert got["The day after"].value == "2016-03-23"
    assert got["The day after"].anchor == "2016-03-22"


def test_a_happening_told_by_a_clause_is_dated_by_its_subject(date_pipe):
    text = ("The records list the donations to the fund on June 27, 2014. The owner sold the lot the day before the "
            "donations were made.")
    got = dates(date_pipe, text, "2016-08-24")
    assert got["the day before"].value == "2014-06-26"


def test_a_happening_dated_on_two_days_gives_no_date(date_pipe):
    text = ("The first debate was held on Sept. 26 and the second debate on Oct. 9. A day after the debate, the "
            "campaign changed its ads.")
    got = dates(date_pipe, text, "2016-10-20")
    assert got["A day after"].value is None


def test_a_person_is_no_happening(date_pipe):
    # the days a person did other things are not the day of the act counted from
    text = ("The senator met donors on Friday. Two days before the senator spoke in the capital, aides drafted "
            "the plan.")
    got = dates(date_pipe, text, "2016-06-14")
    assert got["Two days before"].value is None


def test_counted_from_a_clause_names_the_day_of_the_main_act(date_pipe):
    text = ("Three days before the storm hit the coast, she drove north, stopping at her sister's house on "
            "Saturday.")
    got = dates(date_pipe, text, "2016-06-14")
    assert got["Saturday"].value == "2016-06-11"
    assert got["Three days before"].value == "2016-06-11"


def test_that_year_is_the_year_just_named(date_pipe):
    got = dates(date_pipe, "The governor ran for the Senate in 2008. He lost the primary that year.", "2016-01-12")
    assert got["that year"].value == "2008"
    got = dates(date_pipe, "She said that year-end sales were strong.", "2016-01-12")
    assert "that year" not in got


def test_calendar_words_are_language_data():
    en = date_rules("en").calendar_words
    assert {"nov", "november", "summer", "christmas", "q3"} <= en
    ru = date_rules("ru").calendar_words
    assert "ноября" in ru and "christmas" not in ru


def test_a_year_after_a_calendar_word_is_a_date_after_a_name_is_not(date_pipe):
    got = dates(date_pipe, "Sales peaked at Christmas 2019. The studio released Football Manager 2020 early.",
                "2020-03-01")
    assert "Christmas 2019" in got  # kept as a date expression
    assert "2020" not in got or got["2020"].value is None


def test_rough_counts_use_the_languages_number_words(date_pipe):
    assert rough_patterns("en") is not None and rough_patterns("ru") is not None and rough_patterns("uk") is not None
    got = dates(date_pipe, "Wealthy donors handed over $25 million last month to an outside group.", "2016-03-20")
    assert got["last month"].value == "2016-02"  # "to an" is no rough count
    got = dates(date_pipe, "The factory closed six to eight weeks ago. It may reopen in a week or so.", "2019-11-18")
    assert got["eight weeks ago"].value is None
    ru = dates(date_pipe, "Завод закрыли два или три года назад.", "2019-11-18", lang="ru")
    assert all(d.value is None for d in ru.values())
    ru = dates(date_pipe, "Завод закрыли три года назад.", "2019-11-18", lang="ru")
    assert [d.value for d in ru.values()] == ["2016"]


def test_the_record_keeps_text_value_precision_and_anchor(date_pipe):
    got = dates(date_pipe, "The mayor was arrested in April.", "2019-11-19")
    d = got["April"]
    assert (d.text, d.value, d.precision, d.anchor) == ("April", "2019-04", "month", "2019-11-19")
    uk = dates(date_pipe, "Мера заарештували у квітні.", "2019-11-19", lang="uk")
    assert uk["квітні"].value == "2019-04" and uk["квітні"].anchor == "2019-11-19"


def test_the_future_of_a_recent_saying_lies_ahead(date_pipe):
    # sequence of tenses: "would" and "were likely to" under a past verb of saying or asking are the future of the
    # saying, and a reported saying is mostly recent: the coming November, not the one six months back
    got = dates(date_pipe, "Most voters in the state said they were much less likely to vote for the party in November.",
                "2016-05-05")
    assert got["November"].value == "2016-11"
    got = dates(date_pipe, "The host asked whether the party would be able to keep the House in November.", "2016-05-05")
    assert got["November"].value == "2016-11"
    got = dates(date_pipe, "He said the talks were held in November.", "2016-05-05")
    assert got["November"].value == "2015-11"


def test_a_year_that_names_a_thing_anchors_no_narrative(date_pipe):
    text = ("Activists want to overturn Roe v. Wade, the 1973 decision that legalized abortion. In March, the "
            "candidate said women should be punished.")
    got = dates(date_pipe, text, "2016-06-27")
    assert got["March"].value == "2016-03"
    got = dates(date_pipe, "In 2001 the company moved to Ohio. In March, it opened a plant.", "2016-06-27")
    assert got["March"].value == "2001-03"


def test_a_word_of_the_day_after_of_names_an_age(date_pipe):
    got = dates(date_pipe, "We back the leaders of tomorrow and reject the rhetoric of yesterday. As of today, the office "
                      "is closed.", "2016-05-05")
    assert got["tomorrow"].value is None and got["yesterday"].value is None
    assert got["today"].value == "2016-05-05"


def test_what_one_has_been_invited_to_do_lies_ahead(date_pipe):
    # a present perfect runs up to now: what follows the inviting lies ahead; a past one may lie either side
    got = dates(date_pipe, "The speaker has invited the nominee to meet with party leaders on Thursday morning.",
                "2016-05-06")
    assert got["Thursday"].value == "2016-05-12"
    # an infinitive of purpose under a perfect is not moved ahead
    got = dates(date_pipe, "Fans have taken to social media to complain about the actor attending the convention on "
                      "Wednesday in Philadelphia.", "2016-07-29")
    assert got["Wednesday"].value == "2016-07-27"


def test_the_walk_to_the_verb_passes_a_long_noun_chain(date_pipe):
    got = dates(date_pipe, "The senator said it in response to a question from a reporter ahead of his fourth event of "
                      "the day on Monday in Illinois.", "2016-03-15")
    assert got["Monday"].value == "2016-03-14"


def test_a_weekday_after_an_indefinite_article_is_any_such_day(date_pipe):
    got = dates(date_pipe, "He also hosts a Sunday talk show.", "2016-06-08")
    assert "Sunday" not in got
    # a past act at "a Sunday service" was on that Sunday
    got = dates(date_pipe, "His brother has taken center stage at a Sunday worship service at the church.", "2016-06-05")
    assert got["Sunday"].value == "2016-06-05"
    # a record or a happening dated by the weekday is that day's
    got = dates(date_pipe, "The senator has no spine, reads a Wednesday editorial. She spoke at a Tuesday night rally.",
                "2016-06-08")
    assert got["Wednesday"].value == "2016-06-08" and got["Tuesday"].value == "2016-06-07"


def test_a_named_day_that_recurs_with_its_year_written(date_pipe):
    got = dates(date_pipe, "Sales on Black Friday 2018 beat all records. Black Friday deals start soon.", "2019-11-20")
    assert got["Black Friday 2018"].value == "2018-11-23"
    assert got["Black Friday"].value == "2019-11-29"


def test_yesterday_for_what_is_not_yet_done_means_at_once(date_pipe):
    got = dates(date_pipe, "Editors say we had all better find new readers, and find them yesterday. I want the report "
                      "on my desk yesterday.", "2016-04-18")
    assert all(d.value is None for d in got.values())
    for text in ("The minister resigned yesterday.", "He says he met her yesterday.",
                 "Just yesterday, can you believe it, he urged them to act.", "The talks were scheduled to end "
                 "yesterday."):
        assert dates(date_pipe, text, "2016-04-18")["yesterday"].value == "2016-04-17", text


def test_that_year_points_at_a_written_year_and_gives_it_to_the_month_before_it(date_pipe):
    text = ("Her husband came out of a tough race in 1992. He turned his image around between the end of the "
            "primaries in early June of that year and the convention.")
    got = dates(date_pipe, text, "2016-04-20")
    assert got["that year"].value == "1992"
    assert got["June"].value == "1992-06"


def test_the_sept_11_attacks_are_of_2001(date_pipe):
    got = dates(date_pipe, "Since the September 11th terrorist attacks, the agency grew. The Sept. 11 attack in Benghazi "
                      "killed four.", "2016-03-18")
    assert got["September 11th terrorist attacks"].value == "2001-09-11"
    assert got["Sept. 11"].value != "2001-09-11"  # the singular is not listed (Benghazi, 2012)


def test_that_night_and_later_that_night_are_the_day_just_named(date_pipe):
    got = dates(date_pipe, "The mayor proposed a debate on the evening of April 4, but the final would be played later "
                      "that night. She left that morning.", "2016-04-05")
    assert got["later that night"].value == "2016-04-04"
    assert got["that morning"].value == "2016-04-04"


def test_what_one_offered_or_proposed_to_do_may_lie_ahead(date_pipe):
    got = dates(date_pipe, "The governor offered to debate April 14 in Brooklyn.", "2016-04-05")
    assert got["April 14"].value == "2016-04-14"


def test_counted_from_a_happening_for_an_act_told_in_the_present_is_now(date_pipe):
    got = dates(date_pipe, "The criticism comes a day before the governor faces his rival in the only debate.",
                "2016-10-03")
    assert got["a day before"].value == "2016-10-03"
    got = dates(date_pipe, "Ten years after the city built the bridge, engineers are ready to replace it.", "2015-11-30")
    assert got["Ten years after"].value == "2015"
    # a past act, or a present inside a quotation, places nothing
    assert dates(date_pipe, "The mayor resigned a day before the council met.", "2016-10-03")["a day before"].value is None
    assert dates(date_pipe, "“It comes a day before the vote,” he said.", "2016-10-03")["a day before"].value is None


def test_a_happening_named_by_another_name_is_another_happening(date_pipe):
    text = ("The Fox News poll was conducted between February 15 and 17. Its results came out one day after a "
            "CNN poll showed a tie.")
    got = dates(date_pipe, text, "2016-02-18")
    assert got["one day after"].value != "2016-02-16"
