"""understand.dates, round 35 (issue 18, real web pages as a development set): date forms of agency datelines and
page furniture. Russian agencies write a three-letter month in their datelines ("КАЗАНЬ, 14 мар - РИА Новости");
pages print timestamps with a clock after a numeric day ("07.11.19 09:15", "Updated: 18-05-2023 11:40 IST"); a
template made for English writes the Russian month first ("Июль 9, 2021"); rate notes put a genitive weekday after
a clock ("на 10.30 мск среды"). The sentences are made up for the tests; each form has its near misses."""


AGENCY_DATELINES = (
    ("КАЗАНЬ, 14 мар - РИА Новости. Власти республики открыли новый мост.", "2025-03-14", "14 мар"),
    ("САМАРА, 3 сен - ПРАЙМ. Завод увеличил выпуск.", "2024-09-03", "3 сен"),
    ("ОМСК, 21 ноя - РИА Новости. Суд отложил дело.", "2023-11-21", "21 ноя"),
)


def test_short_months_of_agency_datelines(dates_by_text):
    for text, day, expr in AGENCY_DATELINES:
        assert dates_by_text(text, day, "ru")[expr].value == day


def test_near_misses_of_short_months(dates_by_text):
    # a name that is such a form, inside a sentence, and a word that begins with one are no months
    found = dates_by_text("Экономист Амартия Сен выступил в Казани. Марка стоила 12 марок.", "2025-03-14", "ru")
    assert not any(d.value for d in found.values())


def test_timestamps_with_a_clock(dates_by_text):
    found = dates_by_text("Экономика | 07.11.19 09:15 | Курс евро на бирже снизился до 70 рублей.", "2019-11-07", "ru")
    assert found["07.11.19"].value == "2019-11-07"
    found = dates_by_text("The minister met the farmers in Delhi. PTI | Created: 18-05-2023 11:40 IST | The talks went "
                          "on for hours.", "2023-05-18")
    assert found["18-05-2023"].value == "2023-05-18"


def test_near_misses_of_timestamps(dates_by_text):
    # no clock after it: a version number, a score; a day the month could be, in a language that writes the month
    # first, is left alone
    found = dates_by_text("Версия 07.11.19 вышла вчера вечером.", "2019-11-20", "ru")
    assert "07.11.19" not in found or not found["07.11.19"].value
    found = dates_by_text("The home side led 18-05 at half time. Posted 04-05-2023 10:00 by staff.", "2023-05-18")
    assert not any(d.value for t, d in found.items() if t in ("18-05", "04-05-2023"))


def test_month_first_in_a_russian_template(dates_by_text):
    found = dates_by_text("14:05 Июль 9, 2021\n\nПравительство утвердило новые правила.", "2021-07-09", "ru")
    assert found["Июль 9, 2021"].value == "2021-07-09"


def test_near_miss_of_month_first(dates_by_text):
    # without the comma and year it is a month and a count ("Июль 9 раз" is no day)
    found = dates_by_text("Июль 9 раз подряд оказался самым жарким.", "2021-08-02", "ru")
    assert not any(d.value == "2021-07-09" for d in found.values())


def test_weekday_after_a_clock(dates_by_text):
    found = dates_by_text("Курс доллара на 10.30 мск среды вырос на 40 копеек.", "2019-04-17", "ru")
    assert found["среды"].value == "2019-04-17"


def test_near_miss_of_weekday_after_a_clock(dates_by_text):
    # a weekday in the genitive without a clock before it is a noun's complement ("итоги среды" aside, "среды" is
    # also "of the environment")
    found = dates_by_text("Защита окружающей среды стоила 10.30 млн рублей.", "2019-04-17", "ru")
    assert not any(d.value for d in found.values())
