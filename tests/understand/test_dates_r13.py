"""understand.dates, round 13 (issue 18): decades with an elided century ("the '90s") and Russian and Ukrainian
decades in words or with a case ending, year-first numeric dates ("2018.04.05"), movable feasts (Diwali, Easter,
the Lunar New Year). The sentences are made up for the tests."""

from newsgraph.eval.dates import language_of
from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_a_decade_with_its_century_elided(date_pipe):
    got = dates(date_pipe, "The coach told a story from the '90s about a player he grew up with in the mid-’80s.",
                "2019-11-19")
    assert got["'90s"].span == "1990-01-01/1999-12-31"
    assert got["’80s"].span == "1980-01-01/1989-12-31"
    # "'20s" may be the 1920s or the 2020s; a temperature or an age without the apostrophe is no decade
    got = dates(date_pipe, "Prices rose in the '20s. Temperatures stayed in the 90s and she is in her 80s.",
                "2019-11-19")
    assert not any(d.value or d.span for d in got.values())


def test_russian_and_ukrainian_decades(date_pipe):
    got = dates(date_pipe, "В восьмидесятых годах певица стала известной. В девяностые страна пережила кризис, "
                           "а в 1990-х годах цены росли.", "2018-10-11", "ru")
    assert got["восьмидесятых"].span == "1980-01-01/1989-12-31"
    assert got["девяностые"].span == "1990-01-01/1999-12-31"
    assert got["1990-х"].span == "1990-01-01/1999-12-31"
    # an ordinal that is no decade: "90-е место", "на восьмидесятых минутах"
    got = dates(date_pipe, "Команда заняла 90-е место. На восьмидесятых минутах забили гол.", "2018-10-11", "ru")
    assert not any(d.value or d.span for d in got.values())
    got = dates(date_pipe, "У вісімдесятих роках вона стала відомою, а у 80-х роках виїхала.", "2018-10-11", "uk")
    assert got["вісімдесятих"].span == "1980-01-01/1989-12-31"
    assert got["80-х"].span == "1980-01-01/1989-12-31"


def test_a_year_first_numeric_date(date_pipe):
    got = dates(date_pipe, "The play opened 2018.04.05 and the last show is on 2018/12/30.", "2018-10-15")
    assert got["2018.04.05"].value == "2018-04-05"
    assert got["2018/12/30"].value == "2018-12-30"
    got = dates(date_pipe, "Install version 2018.04.051 of the driver.", "2018-10-15")
    assert not any(d.value for d in got.values())


def test_movable_feasts_take_their_occurrence(date_pipe):
    got = dates(date_pipe, "Since Diwali, the air in the capital has been hazardous.", "2019-11-19")
    assert got["Diwali"].value == "2019-10-27"
    got = dates(date_pipe, "The shops will close on Good Friday and reopen after Easter Monday.", "2019-11-19")
    assert got["Good Friday"].value == "2020-04-10" and got["Easter Monday"].value == "2020-04-13"
    got = dates(date_pipe, "Millions travelled home for the Lunar New Year, officials said.", "2019-11-19")
    assert got["Lunar New Year"].value == "2019-02-05"
    assert not dates(date_pipe, "The children hunted for Easter eggs.", "2019-11-19")


def test_the_eval_reads_a_page_in_its_language():
    assert language_of("В восьмидесятых годах чешская красавица заявила о себе на весь мир.") == "ru"
    assert language_of("The coach told a story from the nineties about a player.") == "en"


def test_russian_and_ukrainian_counts_from_what_follows(date_pipe):
    # "через N ... после X" counts from X, not from publication: from a date named there, else no date
    got = dates(date_pipe, "Спор продолжается до сих пор, через 65 лет после окончания войны.", "2016-06-01", "ru")
    assert got["через 65 лет после"].value is None
    got = dates(date_pipe, "Он уехал через два дня после 5 мая.", "2016-06-01", "ru")
    assert got["через два дня после"].value == "2016-05-07"
    got = dates(date_pipe, "За неделю до выборов кандидат снялся с гонки.", "2016-06-01", "ru")
    assert got["За неделю до"].value is None
    got = dates(date_pipe, "Через два дня мы вернемся домой.", "2016-06-01", "ru")
    assert got["Через два дня"].value == "2016-06-03"
    got = dates(date_pipe, "Він поїхав через два дні після 5 травня.", "2016-06-01", "uk")
    assert got["через два дні після"].value == "2016-05-07"


def test_russian_two_digit_decades_after_a_preposition(date_pipe):
    got = dates(date_pipe, "В конце 80-х в городе шли митинги.", "2016-06-01", "ru")
    assert got["80-х"].span == "1980-01-01/1989-12-31"


def test_a_day_with_a_year_named_relatively_keeps_its_day(date_pipe):
    got = dates(date_pipe, "Соглашение подписано 12 мая этого года, а закон принят 3 марта прошлого года.",
                "2016-06-01", "ru")
    assert got["12 мая этого года"].value == "2016-05-12"
    assert got["3 марта прошлого года"].value == "2015-03-03"
    got = dates(date_pipe, "Палестинцы попросят ООН о признании в сентябре с.г., сообщил посол.", "2016-06-01", "ru")
    assert got["сентябре с.г."].value == "2016-09"
    got = dates(date_pipe, "Угоду підписали 12 травня цього року.", "2016-06-01", "uk")
    assert got["12 травня цього року"].value == "2016-05-12"
    got = dates(date_pipe, "He was elected on 4 September last year.", "2019-11-19")
    assert got["4 September last year"].value == "2018-09-04"


def test_more_named_days(date_pipe):
    got = dates(date_pipe, "Alibaba's sales on Singles Day topped $38 billion.", "2019-11-19")
    assert got["Singles Day"].value == "2019-11-11"
    got = dates(date_pipe, "Shops expect crowds on Small Business Saturday and Giving Tuesday.", "2019-11-19")
    assert got["Small Business Saturday"].value == "2019-11-30" and got["Giving Tuesday"].value == "2019-12-03"
    got = dates(date_pipe, "Stores will open early on Boxing Day.", "2019-11-19")
    assert got["Boxing Day"].value == "2019-12-26"


def test_a_version_number_is_no_date(date_pipe):
    # review r13: "Version 2018.04.05 of the software" was read as 2018-04-05
    got = dates(date_pipe, "Version 2018.04.05 of the software was released on Tuesday.", "2019-11-19")
    assert "2018.04.05" not in got
    got = dates(date_pipe, "The law took effect on 2018.04.05 in Seoul.", "2019-11-19")
    assert got["2018.04.05"].value == "2018-04-05"
