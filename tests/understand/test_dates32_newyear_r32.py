"""understand.dates, round 32 (issue 18): "the new year" is the year that begins at the turn nearest the anchor: written
in December the next one, in January the current one, in other months none (dates_relative.txt, dates_terms.tsv
``newyear``, relative.py). Not a holiday's name ("New Year's Eve", "the new year holiday"), nor "the new year of
classes". The sentences are made up for the tests."""


def test_the_new_year_at_the_turn_of_the_year(dates_by_text):
    text = "As we look back on this year, we look ahead to the new year with hope."
    assert dates_by_text(text, "2015-12-30")["the new year"].value == "2016"
    assert dates_by_text("Lawmakers returned after the new year to a full agenda.", "2016-01-06")[
        "the new year"].value == "2016"


def test_near_misses_of_the_new_year(dates_by_text):
    # far from the turn of the year: no calendar year
    found = dates_by_text("The coach said the team would start the new year stronger.", "2016-05-10")
    assert found.get("the new year") is None or found["the new year"].value is None
    # a holiday's name keeps its own day; a school's year is no calendar year
    assert dates_by_text("She was at a New Year's Eve party in Miami.", "2016-01-06")["New Year's Eve"].value == \
        "2015-12-31"
    found = dates_by_text("Pupils begin the new year of classes in a new building.", "2015-12-30")
    assert all(d.value is None for d in found.values())
    found = dates_by_text("Stores closed for the new year holiday.", "2015-12-30")
    assert all(d.value != "2016" for d in found.values())
