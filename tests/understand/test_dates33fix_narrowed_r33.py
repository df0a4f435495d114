"""understand.dates, round 33 fix (dates33fix): dates33's new rules narrowed after review33b's findings
(tests/test_review2_r33.py 4, 5, 9, 11, 14). The sentences are made up for these tests; each narrowing has the
sentence it now reads right and a near miss the rule still fires on."""

PUB = "2024-03-14"  # a Thursday


def test_be_to_idiom_is_no_arrangement(dates_by_text):
    # lang/en/dates_settings.tsv be_to_idioms: "is to blame" tells of fault now, the date keeps its nearest reading
    assert dates_by_text("The storm is to blame for the outage in January.", PUB)["January"].value == "2024-01"
    # near miss: a present "be to" of an act is an arrangement ahead
    assert dates_by_text("The board is to meet in January.", PUB)["January"].value == "2025-01"


def test_only_a_closure_state_held_until_runs_ahead(dates_by_text):
    # attachment.held_until: a closure state held "until" a day runs on to it
    assert dates_by_text("Ferries have been halted until Sunday.", PUB)["Sunday"].value == "2024-03-17"
    assert dates_by_text("Flights have been suspended until Friday, when the airline will review the ban.",
                         PUB)["Friday"].value == "2024-03-15"
    # near misses: a state that closes nothing, and a day a past "when" clause tells of
    assert dates_by_text("The coach has been in the job until Friday.", PUB)["Friday"].value == "2024-03-08"
    assert dates_by_text("The park has been shut until Tuesday, when it reopened.", PUB)["Tuesday"].value == \
        "2024-03-12"


def test_nth_alone_in_a_past_clause_is_never_after_the_anchor(dates_by_text):
    # calendar.nth_day: the day after publication has not come, so a past clause's "the 15th" is last month's
    assert dates_by_text("The ship sank on the 15th.", PUB)["the 15th"].value == "2024-02-15"
    # near misses: the anchor's own day, and a future clause
    assert dates_by_text("The ship sank on the 14th.", PUB)["the 14th"].value == "2024-03-14"
    assert dates_by_text("The ship will sail on the 15th.", PUB)["the 15th"].value == "2024-03-15"


def test_russian_moved_to_another_day_names_no_day(dates_by_text):
    # lang/ru/dates_settings.tsv unnamed_targets under target_verbs (tense_natasha.moved_to_unnamed_day)
    assert dates_by_text("Концерт перенесли на другой день.", PUB, "ru")["на другой день"].value is None
    # near misses: "на другой день" opening its own clause, and "на следующий день" after a verb of moving
    assert dates_by_text("Договор подписали 4 марта, а на другой день его расторгли.", PUB, "ru")[
        "на другой день"].value == "2024-03-05"
    assert dates_by_text("Заседание 4 марта отложили на следующий день.", PUB, "ru")["на следующий день"].value == \
        "2024-03-05"


def test_russian_intention_reaches_its_infinitive_only(dates_by_text):
    # (held on dates33 already: the relative clause's own past verb is read first)
    assert dates_by_text("Губернатор планирует стройку, о которой сообщил в среду.", PUB, "ru")["среду"].value == \
        "2024-03-13"
    # near miss: the intention's own infinitive looks ahead
    assert dates_by_text("Губернатор планирует посетить завод в среду.", PUB, "ru")["среду"].value == "2024-03-20"
