"""understand.dates, round 33 (issue 18): clause cues found by the checklist of date forms (eval/data/dates-written/):
a supposition told in the present puts a "would" ahead of now (tense.py ``_real_condition``), and a state a present
perfect says holds now runs on to the end "until" names (attachment.py ``held_until``). The sentences are made up for
the tests; each rule has its near misses."""


def test_would_under_a_present_if_looks_ahead(dates_by_text):
    # written on Thursday 2024-03-14: Feb. 10 and January are ahead of a real condition, so next year's
    assert dates_by_text("If parliament agrees, the reform would start on Feb. 10.", "2024-03-14")[
        "Feb. 10"].value == "2025-02-10"
    assert dates_by_text("Unless the court objects, the merger would close in January.", "2024-03-14")[
        "January"].value == "2025-01"
    assert dates_by_text("The reform would start on Feb. 10 if parliament agrees.", "2024-03-14")[
        "Feb. 10"].value == "2025-02-10"


def test_near_misses_of_the_real_condition(dates_by_text):
    # a past supposition ("if it agreed") and a past perfect one ("if it had agreed ... would have") tell no time
    # ahead: the nearest day stays
    assert dates_by_text("If parliament agreed, the reform would start on Feb. 10.", "2024-03-14")[
        "Feb. 10"].value == "2024-02-10"
    assert dates_by_text("If parliament had agreed, the reform would have started on Feb. 10.", "2024-03-14")[
        "Feb. 10"].value == "2024-02-10"


def test_a_state_held_until_a_day_runs_ahead(dates_by_text):
    assert dates_by_text("The protest has been called off until Saturday.", "2024-03-14")[
        "Saturday"].value == "2024-03-16"
    assert dates_by_text("The border has been closed until Saturday.", "2024-03-14")["Saturday"].value == \
        "2024-03-16"
    assert dates_by_text("The road has been shut until March 30.", "2024-03-14")["March 30"].value == "2024-03-30"


def test_near_misses_of_held_until(dates_by_text):
    # a past state ended by the day, a past perfect, and "since": the day before publication
    assert dates_by_text("The school stayed closed until Saturday.", "2024-03-14")["Saturday"].value == "2024-03-09"
    assert dates_by_text("The border had been closed until Saturday.", "2024-03-14")["Saturday"].value == \
        "2024-03-09"
    assert dates_by_text("The border has been closed since Saturday.", "2024-03-14")["Saturday"].value == \
        "2024-03-09"
