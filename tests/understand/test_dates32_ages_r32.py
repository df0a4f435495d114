"""understand.dates, round 32 (issue 18): words of the day set against each other as ages ("Yesterday, America was a
land of slavery. And tomorrow, it will be a land of camps"): a copula with an indefinite noun, answered by another
word of the day told the same way, names no day (ages.py). The sentences are made up for the tests."""


def test_a_pair_of_ages_names_no_day(dates_by_text):
    found = dates_by_text("The cleric lectured: “Yesterday, America was a land of slavery and segregation. And "
                          "tomorrow, it will be a land of concentration camps.”", "2016-01-02")
    assert found["Yesterday"].value is None
    assert found["tomorrow"].value is None
    found = dates_by_text("Today, this town is a place of hope. Yesterday, it was a place of despair.", "2016-01-02")
    assert found["Today"].value is None and found["Yesterday"].value is None


def test_near_misses_real_days(dates_by_text):
    # a clause of place, not of what something is
    found = dates_by_text("Yesterday, the senator was in Iowa. Tomorrow, he will be in New Hampshire.", "2016-01-02")
    assert found["Yesterday"].value == "2016-01-01"
    assert found["Tomorrow"].value == "2016-01-03"
    # one such clause alone keeps its day
    found = dates_by_text("Yesterday, it was a quiet town. The police came at noon.", "2016-01-02")
    assert found["Yesterday"].value == "2016-01-01"
    # a deed, answered by another deed
    found = dates_by_text("Yesterday, the mayor signed a bill. Tomorrow, he will sign another.", "2016-01-02")
    assert found["Yesterday"].value == "2016-01-01" and found["Tomorrow"].value == "2016-01-03"
