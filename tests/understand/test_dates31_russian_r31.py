"""understand.dates, round 31 (issue 18): Russian forms found on the first Russian gold (fresh31ru, ru-news texts with
a reader's publication date). The sentences are made up for the tests; each rule has its near misses."""


def test_russian_s_is_from_not_since(dates_by_text):
    # "с 20 апреля будут продаваться": the coming April 20 (a future clause); past or untimed: the past one
    found = dates_by_text("С 20 апреля по 15 июня имена будут продаваться с аукциона.", "2009-11-25", "ru")
    assert found["20 апреля"].value == "2010-04-20" and found["15 июня"].value == "2010-06-15"
    assert dates_by_text("Новые правила будут действовать с 1 марта.", "2009-11-25", "ru")[
        "1 марта"].value == "2010-03-01"
    # near misses: a past clause after "с"
    assert dates_by_text("С марта цены выросли вдвое.", "2009-11-25", "ru")["марта"].value == "2009-03"
    assert dates_by_text("С 1 марта он работал в министерстве.", "2009-11-25", "ru")["1 марта"].value == "2009-03-01"


def test_russian_duty_lies_ahead(dates_by_text):
    assert dates_by_text("В понедельник делегация, состоящая из 30 членов, должна прояснить все вопросы.",
                         "2006-05-05", "ru")["понедельник"].value == "2006-05-08"
    assert dates_by_text("Комиссия должна опубликовать заключение в понедельник.", "2006-05-05", "ru")[
        "понедельник"].value == "2006-05-08"
    # near misses: a duty of the past ("должна была"), a plain past
    assert dates_by_text("В понедельник делегация, состоящая из 30 членов, должна была прояснить все вопросы.",
                         "2006-05-05", "ru")["понедельник"].value == "2006-05-01"
    assert dates_by_text("В понедельник делегация прояснила все вопросы.", "2006-05-05", "ru")[
        "понедельник"].value == "2006-05-01"


def test_russian_background_year_anchors_no_narrative(dates_by_text):
    # a year in a participle's phrase or in a reminder ("напомним") is background: the later day is the news's
    found = dates_by_text("Это инициатива президента, впервые озвученная в 2009 году. «Я принял решение», — сказал "
                          "президент 8 февраля на встрече с учёными.", "2011-02-09", "ru")
    assert found["8 февраля"].value == "2011-02-08"
    found = dates_by_text("Компания, напомним, купила фирму в 2008 году. В конце декабря комиссия закончила "
                          "расследование.", "2010-01-10", "ru")
    assert found["декабря"].value == "2009-12"
    # near misses: a narrative told in its year
    found = dates_by_text("В 2008 году компания купила фирму. В конце декабря комиссия закончила расследование.",
                          "2010-01-10", "ru")
    assert found["декабря"].value == "2008-12"
    found = dates_by_text("В 2009 году президент выступил с обращением. 8 февраля он подписал указ.", "2011-02-09",
                          "ru")
    assert found["8 февраля"].value == "2009-02-08"


def test_russian_seasons_of_a_year_named_relatively(dates_by_text):
    assert dates_by_text("Весной нынешнего года в магазине появилась новая игра.", "2011-06-25", "ru")[
        "Весной нынешнего года"].span == "2011-03-01/2011-05-31"
    assert dates_by_text("Начиная с осени текущего года часы переводить не будут.", "2011-02-09", "ru")[
        "осени текущего года"].span == "2011-09-01/2011-11-30"
    assert dates_by_text("Летом прошлого года цены выросли.", "2011-06-25", "ru")[
        "Летом прошлого года"].span == "2010-06-01/2010-08-31"
    assert dates_by_text("Зимой этого года выпало много снега.", "2011-06-25", "ru")[
        "Зимой этого года"].span == "2010-12-01/2011-02-28"
    assert dates_by_text("The plant closed in the summer of last year.", "2011-06-25")[
        "summer of last year"].span == "2010-06-01/2010-08-31"
    # near miss: a season with a written year stays as it was
    assert dates_by_text("Осенью 2009 года доля достигла 5%.", "2011-06-25", "ru")[
        "Осенью 2009 года"].span == "2009-09-01/2009-11-30"


def test_russian_nakanune_alone_is_the_day_before(dates_by_text):
    found = dates_by_text("Сенатор прибыл в воскресенье вечером в Пакистан. Накануне парламент Пакистана проголосовал "
                          "за резолюцию.", "2011-05-16", "ru")
    assert found["Накануне"].value == "2011-05-14"
    assert dates_by_text("Накануне парламент проголосовал за резолюцию.", "2011-05-16", "ru")[
        "Накануне"].value == "2011-05-15"
    # the story's day, not a thing's date between ("после ликвидации 2 мая": the killing's day)
    found = dates_by_text("Сенатор прибыл в воскресенье вечером в Пакистан. Он первый, кто посещает страну после "
                          "ликвидации 2 мая лидера Аль-Кайды. Накануне парламент проголосовал за резолюцию.",
                          "2011-05-16", "ru")
    assert found["Накануне"].value == "2011-05-14"
    assert dates_by_text("2 мая спецназ ликвидировал лидера. Накануне разведка получила данные.", "2011-05-16", "ru")[
        "Накануне"].value == "2011-05-01"
    # near misses: the eve of a thing ("накануне визита", "накануне Нового года"): no day of its own
    for text in ("Премьер накануне визита в Москву пообещал настаивать на своём.", "Накануне Нового года цены выросли."):
        assert "накануне" not in {k.lower() for k in dates_by_text(text, "2011-05-16", "ru")}, text
