"""understand.dates, round 35 (issue 18, the second web date set): a weekday that is the time of a thing, not of
the clause's act, is the nearest such day (target_day.py): the bare object of "for"/"into" in a clause that is not
future ("flights already grounded for Sunday", "a hearing set for Thursday"), a thing a verb of moving in time takes
("decided not to delay Thursday's hearing"), a thing a future act follows ("Following Tuesday's vote, ... will");
a weekday range runs forward ("Friday afternoon through Tuesday evening"). Russian: "в нынешнем году", "в тот же
день", a year with a hyphened ending ("в 2025-м", "с 2022-го"). The sentences are made up for the tests; each rule
has its near misses."""


def test_a_bare_weekday_a_thing_is_for(dates_by_text):
    # written on a Saturday: the grounding is past, the flights are the next day's
    found = dates_by_text("Carriers scrapped 700 trips on Saturday, and 60 were already grounded for Sunday.",
                          "2025-11-29")
    assert found["Saturday"].value == "2025-11-29"
    assert found["Sunday"].value == "2025-11-30"
    # written on a Tuesday: a hearing set for Thursday is two days ahead
    found = dates_by_text("Court won't move a bribery hearing set for Thursday", "2020-02-18")
    assert found["Thursday"].value == "2020-02-20"
    # written on a Monday: the storm ran into the day before
    found = dates_by_text("The blizzard crept into Sunday and cut power to 4,000 homes.", "2025-12-01")
    assert found["Sunday"].value == "2025-11-30"


def test_near_misses_of_a_thing_is_for(dates_by_text):
    # a weekday of the act itself, and a possessive after "for" (the robbery's own day, by the tense), stay past
    found = dates_by_text("Crews closed the bridge on Sunday after the flood.", "2025-11-29")
    assert found["Sunday"].value == "2025-11-23"
    found = dates_by_text("He was charged on Monday for Thursday's robbery of a bank.", "2024-05-22")
    assert found["Thursday"].value == "2024-05-16"


def test_a_moved_thing_and_a_thing_a_future_act_follows(dates_by_text):
    found = dates_by_text("The judge decided not to delay Thursday's hearing for the banker.", "2020-02-18")
    assert found["Thursday"].value == "2020-02-20"
    found = dates_by_text("Following Tuesday's primaries, three counties will hold runoffs on July 9.", "2024-05-22")
    assert found["Tuesday"].value == "2024-05-21"
    # near miss: a future clause without such a phrase keeps the coming day
    found = dates_by_text("Three counties will hold runoffs on Tuesday.", "2024-05-22")
    assert found["Tuesday"].value == "2024-05-28"


def test_a_weekday_range_runs_forward(dates_by_text):
    found = dates_by_text("A frost warning has been issued for Friday afternoon through Tuesday evening.", "2021-06-23")
    assert found["Friday"].value == "2021-06-25"
    assert found["Tuesday"].value == "2021-06-29"
    # near miss: two days listed with "and" each keep their own reading
    found = dates_by_text("The museum was closed on Tuesday and Monday for repairs.", "2021-06-23")
    assert found["Tuesday"].value == "2021-06-22"
    assert found["Monday"].value == "2021-06-21"


def test_russian_this_year_same_day_and_hyphened_years(dates_by_text):
    found = dates_by_text("Таким образом, тарифы в нынешнем году росли дважды.", "2024-12-20", "ru")
    assert found["в нынешнем году"].value == "2024"
    found = dates_by_text("Напомним, что 3 мая 2024 года в Твери сгорел склад. В тот же день полиция задержала "
                          "сторожа.", "2025-10-18", "ru")
    assert found["В тот же день"].value == "2024-05-03"
    found = dates_by_text("В 2023-м клуб выиграл кубок, а с 2019-го не менял тренера.", "2025-12-25", "ru")
    assert found["2023-м"].value == "2023"
    assert found["2019-го"].value == "2019"


def test_near_misses_of_hyphened_years(dates_by_text):
    # a decade with "-х" stays a decade, not a year
    found = dates_by_text("В 1990-х годах завод закрыли.", "2025-12-25", "ru")
    assert found["1990-х"].span == "1990-01-01/1999-12-31"


def test_this_weekend_from_thursday_on_is_the_weeks_own(dates_by_text):
    # a perfect on a Friday: the weekend just past would be "last weekend"
    found = dates_by_text("Due to the heat expected this weekend, a watch has been issued for the county.", "2023-08-18")
    assert found["this weekend"].span == "2023-08-19/2023-08-20"
    # near misses: a bare "the weekend" in a past clause on a Friday is the one just past; on a Monday "this
    # weekend" in a past clause is the one just past
    found = dates_by_text("Police arrested him over the weekend, officials said.", "2023-08-18")
    assert found["over the weekend"].span == "2023-08-12/2023-08-13"
    found = dates_by_text("Thousands marched this weekend in the capital, police said.", "2023-08-14")
    assert found["this weekend"].span == "2023-08-12/2023-08-13"


def test_russian_term_end_after_a_past_act(dates_by_text):
    found = dates_by_text("В марте Петрова арестовали до 22 мая. Сегодня срок продлили до 22 августа.", "2024-05-16",
                          "ru")
    assert found["22 мая"].value == "2024-05-22"
    assert found["22 августа"].value == "2024-08-22"
    # near miss: "до" after a verb that sets no term is the end of a past act, not stated ahead of publication
    found = dates_by_text("Он работал на заводе до 22 мая, затем уехал.", "2024-05-16", "ru")
    assert not found["22 мая"].value
