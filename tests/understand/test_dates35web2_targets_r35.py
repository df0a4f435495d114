"""understand.dates, round 35 (issue 18, the second web date set): a weekday that is the time of a thing, not of
the clause's act, is the nearest such day (target_day.py): the bare object of "for" in a clause that is not
future ("flights already grounded for Sunday", "a hearing set for Thursday"), a thing a verb of moving in time takes
("decided not to delay Thursday's hearing"), a thing a future act follows ("Following Tuesday's vote, ... will");
a weekday range runs forward ("Friday afternoon through Tuesday evening"). Russian: "в нынешнем году", "в тот же
день", a year with a hyphened ending ("в 2025-м", "с 2022-го"). The sentences are made up for the tests; each rule
has its near misses."""

# (text, publication day, language, expression, its value or span; None: no value)
RULES = (
    # a bare weekday a thing is for, in a past clause: the nearest (written on a Saturday, a Tuesday, a Monday)
    ("Carriers scrapped 700 trips on Saturday, and 60 were already grounded for Sunday.", "2025-11-29", "en",
     "Sunday", "2025-11-30"),
    ("Court won't move a bribery hearing set for Thursday", "2020-02-18", "en", "Thursday", "2020-02-20"),
    # a thing's own day keeps its reading beside a namesake a past verb settles (the last "Sunday" is read here)
    ("Storms hit the city on Sunday. About 80 flights were already grounded for Sunday.", "2025-11-29", "en", "Sunday",
     "2025-11-30"),
    # the object of a verb of moving in time; a thing a future act follows
    ("The judge decided not to delay Thursday's hearing for the banker.", "2020-02-18", "en", "Thursday", "2020-02-20"),
    ("Following Tuesday's primaries, three counties will hold runoffs on July 9.", "2024-05-22", "en", "Tuesday",
     "2024-05-21"),
    # a weekday range runs forward
    ("A frost warning has been issued for Friday afternoon through Tuesday evening.", "2021-06-23", "en", "Friday",
     "2021-06-25"),
    ("A frost warning has been issued for Friday afternoon through Tuesday evening.", "2021-06-23", "en", "Tuesday",
     "2021-06-29"),
    # "this weekend" from Thursday on, in a perfect: the week's own
    ("Due to the heat expected this weekend, a watch has been issued for the county.", "2023-08-18", "en",
     "this weekend", "2023-08-19/2023-08-20"),
    # Russian: "в нынешнем году", "в тот же день", hyphened years, a term's end after a past act
    ("Таким образом, тарифы в нынешнем году росли дважды.", "2024-12-20", "ru", "в нынешнем году", "2024"),
    ("Напомним, что 3 мая 2024 года в Твери сгорел склад. В тот же день полиция задержала сторожа.", "2025-10-18",
     "ru", "В тот же день", "2024-05-03"),
    ("В 2023-м клуб выиграл кубок, а с 2019-го не менял тренера.", "2025-12-25", "ru", "2023-м", "2023"),
    ("В 2023-м клуб выиграл кубок, а с 2019-го не менял тренера.", "2025-12-25", "ru", "2019-го", "2019"),
    ("В марте Петрова арестовали до 22 мая. Сегодня срок продлили до 22 августа.", "2024-05-16", "ru", "22 мая",
     "2024-05-22"),
    ("В марте Петрова арестовали до 22 мая. Сегодня срок продлили до 22 августа.", "2024-05-16", "ru", "22 августа",
     "2024-08-22"),
)

NEAR_MISSES = (
    # a weekday of the act itself, also after "into" (how long it ran); a possessive after "for" (the robbery's own
    # day, by the tense)
    ("The talks dragged into Friday before the deal was signed.", "2025-12-02", "en", "Friday", "2025-11-28"),
    ("Crews closed the bridge on Sunday after the flood.", "2025-11-29", "en", "Sunday", "2025-11-23"),
    ("He was charged on Monday for Thursday's robbery of a bank.", "2024-05-22", "en", "Thursday", "2024-05-16"),
    # a future clause without "following"/"after" keeps the coming day
    ("Three counties will hold runoffs on Tuesday.", "2024-05-22", "en", "Tuesday", "2024-05-28"),
    # two days listed with "and" keep their own readings
    ("The museum was closed on Tuesday and Monday for repairs.", "2021-06-23", "en", "Tuesday", "2021-06-22"),
    ("The museum was closed on Tuesday and Monday for repairs.", "2021-06-23", "en", "Monday", "2021-06-21"),
    # a bare "the weekend" in a past clause on a Friday, and "this weekend" in a past clause on a Monday: just past
    ("Police arrested him over the weekend, officials said.", "2023-08-18", "en", "over the weekend",
     "2023-08-12/2023-08-13"),
    ("Thousands marched this weekend in the capital, police said.", "2023-08-14", "en", "this weekend",
     "2023-08-12/2023-08-13"),
    # a decade with "-х" stays a decade; "до" after a verb that sets no term ends a past act (not stated ahead)
    ("В 1990-х годах завод закрыли.", "2025-12-25", "ru", "1990-х", "1990-01-01/1999-12-31"),
    ("Он работал на заводе до 22 мая, затем уехал.", "2024-05-16", "ru", "22 мая", None),
)


def _reading(dates_by_text, text, day, lang, expr):
    d = dates_by_text(text, day, lang)[expr]
    return d.value or d.span


def test_rules(dates_by_text):
    for text, day, lang, expr, want in RULES:
        assert _reading(dates_by_text, text, day, lang, expr) == want, (text, expr)


def test_near_misses(dates_by_text):
    for text, day, lang, expr, want in NEAR_MISSES:
        assert _reading(dates_by_text, text, day, lang, expr) == want, (text, expr)
