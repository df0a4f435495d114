"""Round 36, ruweb36b: a spokesman's title stands for the person the text has been quoting when the one it resolved
to was never introduced with it (quotes/ru_spokesman.py). The sentences are written for the test."""
from test_ruweb36b_labels_r36 import read  # (tests/understand is on the path, as test_lead35_lone_owner_r35 reads)


def run(pipe, text):
    return [(q.cue, q.speaker.name if q.speaker else None) for q in read(pipe, text)]


def test_the_spokesman_quoted_goes_on_past_the_one_he_speaks_for(pipe):
    got = run(pipe, "Козырев рассказал о графике губернатора Андрея Белова на неделю. Он отметил, что поездки "
                    "согласованы. Пресс-секретарь пояснил, что пресс-туры пройдут по пятницам.\n")
    assert got[-1] == ("пояснил", "Козырев"), got
    got = run(pipe, "Илья Козырев заявил, что вопросы на встрече Андрея Белова были жалобами.\nКак отметил "
                    "пресс-секретарь губернатора, часть вопросов не имела отношения к области.\n")
    assert got[-1] == ("как отметил", "Илья Козырев"), got


def test_near_miss_a_minister_or_a_woman_quoted_is_no_spokesman(pipe):
    got = run(pipe, "Министр Сергей Лавров заявил, что переговоры продолжатся. Владимир Путин встретится с "
                    "делегацией. Пресс-секретарь добавил, что встреча пройдет в Кремле.\n")
    assert got[-1][1] != "Сергей Лавров", got
    got = run(pipe, "Мария Захарова заявила, что переговоры продолжатся с участием Владимира Путина. "
                    "Пресс-секретарь добавил, что встреча пройдет в Кремле.\n")
    assert got[-1][1] != "Мария Захарова", got
