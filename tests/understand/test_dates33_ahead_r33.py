"""understand.dates, round 33 (issue 18): cues that put a date ahead, found by the checklist's second batch
(eval/data/dates-written/, note 'written: b2'): "wants to" (wish_verbs, through the infinitive only), a present "be
to" (tense.py), "could" joined to a present root, Russian intentions in the present ("планирует", future_words) and
verbs that move a thing in time ("перенесли на", target_verbs; tense_natasha.py). The sentences are made up for the
tests; each rule has its near misses."""


def test_wants_to_and_be_to_look_ahead(dates_by_text):
    assert dates_by_text("The city wants to open the bridge by February.", "2024-03-14")["February"].value == "2025-02"
    assert dates_by_text("Ministers are to meet in February to settle the dispute.", "2024-03-14")[
        "February"].value == "2025-02"


def test_near_misses_of_wants_to_and_be_to(dates_by_text):
    # a past wish and a past arrangement: the nearest February, just past
    assert dates_by_text("The city wanted to open the bridge by February.", "2024-03-14")["February"].value == \
        "2024-02"
    assert dates_by_text("Ministers were to meet in February to settle the dispute.", "2024-03-14")[
        "February"].value == "2024-02"
    # "want" with no infinitive looks nowhere: a day of the saying stays past (a PolNeAR dev sentence's kind)
    found = dates_by_text("She denounced the attacks, saying her campaign doesn't want “that,” in an interview on "
                          "Sunday.", "2016-02-08")
    assert found["Sunday"].value == "2016-02-07"


def test_could_joined_to_a_present(dates_by_text):
    found = dates_by_text("The talks have stalled, but a deal could come on Tuesday.", "2024-03-14")
    assert found["Tuesday"].value == "2024-03-19"


def test_near_misses_of_could_joined(dates_by_text):
    # joined to a past, or denied: no possibility told of now
    assert dates_by_text("The talks stalled, but a deal could come on Tuesday.", "2024-03-14")["Tuesday"].value == \
        "2024-03-12"
    assert dates_by_text("The talks have stalled, and he could not come on Tuesday.", "2024-03-14")[
        "Tuesday"].value == "2024-03-12"


def test_russian_intention_and_new_time(dates_by_text):
    assert dates_by_text("Министр планирует посетить Вильнюс в среду.", "2024-03-14", "ru")["среду"].value == \
        "2024-03-20"
    assert dates_by_text("Компания намерена открыть завод в январе.", "2024-03-14", "ru")["январе"].value == "2025-01"
    assert dates_by_text("Концерт перенесли на 20 февраля.", "2024-03-14", "ru")["20 февраля"].value == "2025-02-20"
    assert dates_by_text("Заседание отложили до пятницы.", "2024-03-14", "ru")["пятницы"].value == "2024-03-15"


def test_near_misses_of_russian_intention_and_new_time(dates_by_text):
    # a past intention; a concert moved ON a day (no "на"): the act's own day, past
    assert dates_by_text("Министр планировал посетить Вильнюс в среду.", "2024-03-14", "ru")["среду"].value == \
        "2024-03-13"
    assert dates_by_text("Концерт перенесли 20 февраля.", "2024-03-14", "ru")["20 февраля"].value == "2024-02-20"
