"""understand.dates, round 32 (issue 18): a Russian season named with a demonstrative or "прошлый/минувший/следующий"
and no year ("этим летом", "минувшим летом"), found on fresh32ru ("на предстоящем этим летом чемпионате мира"), read
like the English "this summer" / "last summer" (lang/ru/dates_relative.txt, dates_terms.tsv). Made-up sentences."""


SEASONS = [  # (sentence, publication date, expression, its span)
    ("Этим летом в Германии пройдет чемпионат мира.", "2006-04-07", "Этим летом", "2006-06-01/2006-08-31"),
    ("Минувшим летом в регионе была сильная жара.", "2011-01-12", "Минувшим летом", "2010-06-01/2010-08-31"),
    ("Прошлой зимой выпало много снега.", "2011-06-25", "Прошлой зимой", "2010-12-01/2011-02-28"),
    ("Следующей весной откроется новая линия метро.", "2011-06-25", "Следующей весной", "2012-03-01/2012-05-31"),
]


def test_season_with_a_demonstrative(dates_by_text):
    for sentence, published, expression, span in SEASONS:
        assert dates_by_text(sentence, published, "ru")[expression].span == span, sentence


def test_bare_season_and_other_demonstratives_stay_as_they_were(dates_by_text):
    # near misses: a season alone is a habit or a time of year, no single season; "этим" before another noun
    found = dates_by_text("Зимой здесь всегда холодно.", "2011-06-25", "ru")
    assert all(d.value is None and d.span is None for d in found.values())
    assert not dates_by_text("Он гордится этим летним домом.", "2011-06-25", "ru")
