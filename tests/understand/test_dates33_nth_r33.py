"""understand.dates, round 33 (issue 18): a day of the month named by its number alone after "on" ("the accident
happened on the 2nd", "the finals are on the 23rd"; lang/en/dates_settings.tsv ``nth_alone_prepositions``,
calendar.nth_day): of the anchor's month, or of the month the clause's tense reaches when that day is already past
(a future clause) or still ahead (a past one). Found by the checklist's second batch (eval/data/dates-written/). The
sentences are made up for the tests; each rule has its near misses."""


def test_the_nth_alone_by_the_clause(dates_by_text):
    assert dates_by_text("The crash happened on the 2nd, police said.", "2024-03-14")["the 2nd"].value == "2024-03-02"
    assert dates_by_text("The semifinals are on the 23rd at the arena.", "2024-03-14")["the 23rd"].value == \
        "2024-03-23"
    # a day not yet come in a past clause is last month's; one gone in a future clause next month's
    assert dates_by_text("The store opened on the 28th.", "2024-03-14")["the 28th"].value == "2024-02-28"
    assert dates_by_text("The store will open on the 2nd.", "2024-03-14")["the 2nd"].value == "2024-04-02"


def test_near_misses_of_the_nth_alone(dates_by_text):
    # before a noun it is a rank or a name, not a day
    for text in ("She lives on the 2nd floor.", "They met on the 5th anniversary of the attack.",
                 "He finished 5th on the 23rd hole."):
        assert all(d.value is None for d in dates_by_text(text, "2024-03-14").values())
