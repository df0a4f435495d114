"""understand.dates, round 35 (issue 18, real web pages): a plan's short participle and a forecast's present put
a Russian date ahead ("запланировано на", "намечены на", "прогнозируют ... в пятницу", "ожидается в пятницу";
future_words, tense_natasha.py); Sunday newspapers and the settlement modes of exchange trading hold a day word
that names no day (program_names, dates/keep.py). The sentences are made up for the tests; each rule has its near
misses."""


def test_planned_and_forecast_look_ahead(dates_by_text):
    assert dates_by_text("Заседание совета запланировано на 12 декабря.", "2025-11-20", "ru")[
        "12 декабря"].value == "2025-12-12"
    assert dates_by_text("Выборы мэра намечены на 14 сентября.", "2025-06-02", "ru")["14 сентября"].value == \
        "2025-09-14"
    assert dates_by_text("Экономисты прогнозируют снижение ставки в пятницу.", "2024-10-21", "ru")[
        "пятницу"].value == "2024-10-25"
    assert dates_by_text("Решение суда ожидается в четверг.", "2024-10-21", "ru")["четверг"].value == "2024-10-24"


def test_near_misses_of_plans(dates_by_text):
    # a plan of the past ("было запланировано"), an appointment made ("назначен"), a forecast made in the past
    assert dates_by_text("Заседание было запланировано на 12 декабря, но его отменили.", "2025-12-20", "ru")[
        "12 декабря"].value == "2025-12-12"
    assert dates_by_text("Петров назначен губернатором 5 мая.", "2025-06-02", "ru")["5 мая"].value == "2025-05-05"
    assert dates_by_text("Экономисты прогнозировали снижение ставки в пятницу.", "2024-10-21", "ru")[
        "пятницу"].value == "2024-10-18"


def test_sunday_papers_and_settlement_modes(dates_by_text):
    found = dates_by_text("Writing in the Mail on Sunday, the minister defended the plan.", "2024-11-28")
    assert not found.get("Sunday") or not found["Sunday"].value
    found = dates_by_text("Курс евро расчетами «завтра» на бирже снизился до 90 рублей.", "2024-02-12", "ru")
    assert not found.get("завтра") or not found["завтра"].value


def test_near_misses_of_names_with_a_day(dates_by_text):
    # the day itself, and the central bank's rate for tomorrow, stay dates
    assert dates_by_text("The minister will speak to the mail union on Sunday.", "2024-11-28")["Sunday"].value == \
        "2024-12-01"
    assert dates_by_text("Официальный курс евро на завтра составит 90 рублей.", "2024-02-12", "ru")[
        "завтра"].value == "2024-02-13"
