"""understand.dates, round 36 differential review (diff36dates): a weekday in a present clause is the nearest such day
only when it owns its thing ("Sunday's forecast is ideal", dates36web's rule in clause_when). A day set beside a noun
is no thing's time: a letter citing the article it answers ("I stand with Romney (..., USATODAY.com, Thursday)", a
PolNeAR train letter) names the day the article ran, which is behind, not the nearest Thursday ahead. The sentences
are made up for the tests; the near miss is a possessive day under a present."""


def test_a_cited_day_beside_a_source_is_behind(dates_by_text):
    text = 'I stand with the senator ("Senator blasts rival as a fraud," The Daily Ledger, Thursday).'
    found = dates_by_text(text, "2016-03-07", "en")  # a Monday
    assert found["Thursday"].value == "2016-03-03"


def test_near_miss_a_day_owning_its_thing_is_the_nearest(dates_by_text):
    found = dates_by_text("Thursday's debate is the talk of the party.", "2016-03-07", "en")
    assert found["Thursday"].value == "2016-03-10"
