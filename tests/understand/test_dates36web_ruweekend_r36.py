"""understand.dates, round 36 (issue 18, real web pages as a development set): Russian forecasts. The second of two
joined weekdays takes the first one's preposition ("в субботу и воскресенье", ``weekday_joiners``); "в грядущие
выходные", "на предстоящих выходных" are the weekend at hand, as "в ближайшие выходные" (dates_relative.txt). The
sentences are made up for the tests; each form has its near miss."""


def test_second_of_two_joined_weekdays(dates_by_text):
    found = dates_by_text("В субботу и воскресенье в Казани ожидается до +30 градусов.", "2025-08-28", "ru")  # Thu
    assert found["субботу"].value == "2025-08-30"
    assert found["воскресенье"].value == "2025-08-31"


def test_near_miss_a_weekday_word_after_and_alone(dates_by_text):
    # "среда" after "и" with no weekday before it is "environment"
    found = dates_by_text("Экология и среда обитания пострадали от паводка.", "2025-08-28", "ru")
    assert not any(d.value for d in found.values())


def test_coming_weekend_words(dates_by_text):
    found = dates_by_text("Жара придет в грядущие выходные, сообщили синоптики.", "2025-08-28", "ru")
    assert found["в грядущие выходные"].span == "2025-08-30/2025-08-31"
    found = dates_by_text("На предстоящих выходных в парке пройдет ярмарка.", "2025-08-28", "ru")
    assert found["На предстоящих выходных"].span == "2025-08-30/2025-08-31"


def test_near_miss_coming_years_name_no_weekend(dates_by_text):
    found = dates_by_text("В грядущие годы город вырастет вдвое, считают урбанисты.", "2025-08-28", "ru")
    assert not any(d.value or d.span for d in found.values())


def test_joined_weekdays_of_a_past_clause(dates_by_text):
    found = dates_by_text("В субботу и воскресенье в городе прошли ярмарки.", "2025-09-01", "ru")  # a Monday
    assert found["субботу"].value == "2025-08-30"
    assert found["воскресенье"].value == "2025-08-31"
