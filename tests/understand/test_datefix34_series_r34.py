"""understand.dates, round 34 (datefix34, review34b's finding): a verbless series of words of time names no day only
as a slogan (ages.in_series): its items repeat their words, it holds forever (``series_always_words``), it runs to
three items, or a placard, a banner or a chant bears it (``slogan_bearers``). A two-item series of different words is
a forecast or a schedule and names its days. The sentences are made up for the tests; each rule has its near
misses."""

PUB = "2016-04-28"


def _no_day(found, word):
    return word not in found or (found[word].value is None and found[word].span is None)


def test_a_forecast_or_a_schedule_names_its_days(dates_by_text):
    found = dates_by_text("Outlook for the county: sleet today, sunshine tomorrow.", PUB)
    assert found["today"].value == "2016-04-28" and found["tomorrow"].value == "2016-04-29"
    found = dates_by_text("On the docket: jury selection today, opening statements tomorrow.", PUB)
    assert found["today"].value == "2016-04-28" and found["tomorrow"].value == "2016-04-29"
    # one sign on a door is a notice, not a crowd's slogan
    found = dates_by_text('The sign on the bakery door read "Shut today, open tomorrow."', PUB)
    assert found["today"].value == "2016-04-28" and found["tomorrow"].value == "2016-04-29"


def test_near_misses_a_slogan_names_no_day(dates_by_text):
    # the items repeat their words
    found = dates_by_text("The crowd's answer was plain: justice now, justice tomorrow.", PUB)
    assert _no_day(found, "now") and _no_day(found, "tomorrow")
    # two items of different words, but a banner bears them
    found = dates_by_text('Marchers held up banners reading "Cuts today, closures tomorrow."', PUB)
    assert _no_day(found, "today") and _no_day(found, "tomorrow")
    found = dates_by_text('Workers lined the road carrying signs saying, "Layoffs today, ruin tomorrow."', PUB)
    assert _no_day(found, "today") and _no_day(found, "tomorrow")
    # two items of different words that hold forever
    found = dates_by_text("Their pledge to the club: loyal today, loyal always.", PUB)
    assert _no_day(found, "today")
