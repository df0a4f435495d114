"""understand.dates, round 10 (issue 18): classes of errors found on the benchmark pages, each with a general rule. A
fiscal year is the year it names (no flag: it mostly begins in the calendar year before); a year before a vehicle make
is a model year, no date; a named day in a present perfect clause is not pushed into the past (the perfect takes no
definite past time); a distal "that day" in a quotation does not point at the day of saying; "today" in an imperative
that opens its sentence outside quotation marks ("Sign up today") is the reader's day, no date; "the first nine months
of 2019" is January to September; a year between a determiner (an adjective at most) and a noun of a happening is
the time of that happening ("a crewed 2024 moon mission"); the year of a yearly happening's edition ("Milan Design
Week 2018") is that happening's; a year after "fiscal (year)" or "from at least" is a year. The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_a_fiscal_year_is_the_year_it_names(date_pipe):
    got = dates(date_pipe, "The chain now sees fiscal year 2019 sales growth of two percent.", "2019-11-19")
    assert [d.value for d in got.values()] == ["2019"]
    got = dates(date_pipe, "The agency said in October it would admit more students in fiscal 2016.", "2015-11-17")
    d = next(d for d in got.values() if "2016" in d.text)
    assert d.value == "2016" and d.flag is None


def test_a_year_in_a_capitalised_title_stays_without_value(date_pipe):
    got = dates(date_pipe, "The service offers Farming Simulator 2019, Final Fantasy XV and other games.", "2019-11-18")
    assert all(d.value != "2019" for d in got.values())


def test_a_model_year_is_no_date(date_pipe):
    got = dates(date_pipe, "Police said the driver of a 2014 Toyota Camry fled after the crash in 2018.", "2019-03-02")
    assert "2014" not in got or got["2014"].value is None
    assert got["2018"].value == "2018"
    got = dates(date_pipe, "Sales were weak in 2018 Ford said on Monday.", "2019-03-02")
    assert got["2018"].value == "2018"  # after a preposition the year is a date, whatever word follows


def test_a_named_day_in_a_present_perfect_is_the_one_at_hand(date_pipe):
    got = dates(date_pipe, "We haven't seen any sign of a discount on the console during Black Friday.", "2019-11-18")
    assert got["Black Friday"].value == "2019-11-29"
    got = dates(date_pipe, "Shoppers crowded the stores on Black Friday.", "2019-11-18")
    assert got["Black Friday"].value == "2018-11-23"  # a simple past: the one before


def test_that_day_in_a_quote_is_not_the_day_of_saying(date_pipe):
    text = 'The store opened on Friday, and crowds came. "We never saw demand like we saw that day," the manager ' \
           'said Wednesday.'
    got = dates(date_pipe, text, "2019-11-20")
    assert got["that day"].value == "2019-11-15"


def test_today_in_a_call_to_the_reader_is_no_date(date_pipe):
    for text in ("The clinic reopened after the storm. Call the front desk today for a free screening.",
                 "The paper covers the city council. Subscribe today and save 50 percent on your first year."):
        assert dates(date_pipe, text, "2019-11-19")["today"].value is None
    for text in ("The senator will sign the bill today.", "Sign the bill today, he urged.",
                 '"Go vote today," she wrote on Tuesday.'):
        assert dates(date_pipe, text, "2019-11-19")["today"].value == "2019-11-19"


def test_the_first_or_last_months_of_a_year_are_a_span(date_pipe):
    got = dates(date_pipe, "The chain's sales rose in the first nine months of 2019, its report said.", "2019-11-19")
    assert got["first nine months of 2019"].span == "2019-01-01/2019-09-30"
    got = dates(date_pipe, "The miner lost money in the last 6 months of 2017.", "2018-02-15")
    assert got["last 6 months of 2017"].span == "2017-07-01/2017-12-31"
    got = dates(date_pipe, "The league played the first 14 months of 2018 without a break.", "2019-02-15")
    assert all(d.span is None and d.value in (None, "2018") for d in got.values())  # no year has 14 months


def test_the_first_or_last_months_of_a_year_in_russian_and_ukrainian(date_pipe):
    got = dates(date_pipe, "За первые девять месяцев 2019 года выручка компании выросла на пять процентов.",
                "2019-11-19", "ru")
    assert got["первые девять месяцев 2019 года"].span == "2019-01-01/2019-09-30"
    got = dates(date_pipe, "За перші дев'ять місяців 2019 року виручка компанії зросла на п'ять відсотків.",
                "2019-11-19", "uk")
    assert got["перші дев'ять місяців 2019 року"].span == "2019-01-01/2019-09-30"


def test_a_year_before_a_happening_after_an_adjective(date_pipe):
    got = dates(date_pipe, "Congress asked whether a crewed 2024 lunar mission can still be funded.", "2019-11-19")
    assert got["2024"].value == "2024"
    got = dates(date_pipe, "The agency said its planned 2021 launch had slipped again.", "2019-11-19")
    assert got["2021"].value == "2021"


def test_the_year_of_a_yearly_happenings_edition(date_pipe):
    got = dates(date_pipe, "Designers showed new lamps at the Milan Design Week 2018 in the old town.", "2018-04-18")
    assert any(d.value == "2018" for d in got.values())
    got = dates(date_pipe, "The service offers Farming Simulator 2019 and other games.", "2019-11-18")
    assert all(d.value != "2019" for d in got.values())  # a title, no happening


def test_a_year_after_fiscal_or_a_hedged_preposition(date_pipe):
    got = dates(date_pipe, "The table sums up the value of the fiscal year 2019 seizures at the border.", "2019-11-18")
    assert got["2019"].value == "2019"
    got = dates(date_pipe, "The abuse went on at several homes from at least 2002 to 2005, prosecutors said.",
                "2019-11-19")
    assert got["2002"].value == "2002" and got["2005"].value == "2005"
