"""Round 36, ruweb36b: remarks a lead announces (a press conference, a briefing, a comment) printed as dash-led lines
right below it, with no question before the first (quotes/ru_announced.py). The sentences are written for the test."""
from test_ruweb36b_labels_r36 import read  # (tests/understand is on the path, as test_lead35_lone_owner_r35 reads)


def run(pipe, text):
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in read(pipe, text)]


def test_a_named_coach_comments_then_a_dash_line(pipe):
    got = run(pipe, "Главный тренер «Ротора» Игорь Лазарев прокомментировал поражение от «Сокола».\n- Это был "
                    "тяжелый матч для нас. Соперник хорошо сыграл в обороне.\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Игорь Лазарев")], got


def test_a_described_coach_and_his_answers_after_questions(pipe):
    got = run(pipe, "Главный тренер «Ротора» провел краткую пресс-конференцию после матча с «Соколом».\n– Я не хочу "
                    "много говорить. Мы проиграли заслуженно.\n– Почему не вышел Панов?\n– Не хочу говорить, "
                    "извините.\n")
    assert [(t, s) for _, t, s in got] == [("Я не хочу много говорить. Мы проиграли заслуженно.",
                                            "Главный тренер «Ротора»"),
                                           ("Не хочу говорить, извините.", "Главный тренер «Ротора»")], got


def test_near_miss_a_lead_that_announces_no_remarks(pipe):
    assert run(pipe, "Главный тренер «Ротора» поблагодарил болельщиков за поддержку.\n— Вы не представляете, как "
                     "важна была ваша поддержка.\n") == []
    assert run(pipe, "Главный тренер «Ротора» провел пресс-конференцию после матча.\n— Почему команда проиграла?\n"
                     ) == []
