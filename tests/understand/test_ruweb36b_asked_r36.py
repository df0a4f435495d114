"""Round 36, ruweb36b: the yes-no question put to a speaker ("отвечая на вопрос журналистов, могут ли …") is what he
was asked, not what he said (quotes/ru_questions.py ``question_put``); his answer's own cue governs the content. The
sentences are written for the test."""
from test_ruweb36b_labels_r36 import read  # (tests/understand is on the path, as test_lead35_lone_owner_r35 reads)


def run(pipe, text):
    return [(q.cue, q.text, q.speaker.name if q.speaker else None) for q in read(pipe, text)]


def test_the_question_asked_is_no_content_the_answer_is(pipe):
    got = run(pipe, "Глава фонда Игорь Лаптев, отвечая на вопрос журналистов, могут ли новые пошлины повлиять на "
                    "цены, подчеркнул, что в правительстве призывают сохранять спокойствие.\n")
    assert got == [("подчеркнул", "в правительстве призывают сохранять спокойствие", "Игорь Лаптев")], got
    got = run(pipe, "«Этот вопрос рассматривается», - сказал Лаптев в интервью агентству, отвечая на вопрос, "
                    "рассматриваются ли варианты возвращения прессы на заседания.\n")
    assert [c for c, _, _ in got] == ["сказал"], got


def test_near_miss_an_answer_with_что_and_a_question_asked_by_the_speaker(pipe):
    got = run(pipe, "Лаптев ответил на вопрос журналиста, что проект будет завершен весной.\n")
    assert [(c, t) for c, t, _ in got] == [("ответил", "проект будет завершен весной")], got
    got = run(pipe, "Депутат спросил министра, будет ли построен мост.\n")
    assert [t for _, t, _ in got] == ["будет ли построен мост"], got
