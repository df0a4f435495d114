"""Round 36, ruweb36b: speaker labels with a role before the words (quotes/ru_speaker_labels.py). Post-match press
conferences and briefings print "Name, role:" or "Name (role)" before each speaker's words instead of a cue verb.
The sentences are written for the test (names, clubs and words changed)."""
from newsgraph.ingest.base import RawDocument


def read(pipe, text):
    """The quotes of a Russian text, shared by the ruweb36b tests."""
    return pipe.run(RawDocument(source="ruweb36b", text=text, language="ru")).quotes


def run(pipe, text):
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in read(pipe, text)]


def test_bracketed_role_alone_then_a_dash_answer(pipe):
    got = run(pipe, "Матч завершился вничью. Послематчевая пресс-конференция.\n\nВиктор Громов (главный тренер "
                    "«Торпедо»)\n\n- Первый тайм мы провели плохо, но после перерыва команда заиграла иначе.\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Виктор Громов")], got
    assert got[0][1].startswith("Первый тайм мы провели плохо"), got


def test_label_and_words_on_one_line_end_at_the_inline_turn(pipe):
    got = run(pipe, "Матч завершился вничью.\nВиктор Громов (главный тренер «Торпедо»): — Первый тайм мы провели "
                    "плохо, но после перерыва команда заиграла иначе. — Почему не вышел Панов? — Он травмирован.\n")
    assert [(k, s) for k, _, s in got][:1] == [("direct", "Виктор Громов")], got
    assert "Почему" not in got[0][1], got


def test_comma_role_and_plain_words(pipe):
    got = run(pipe, "Совещание прошло в мэрии.\nОльга Синицына, министр транспорта области: Новые автобусы выйдут "
                    "на маршруты уже в марте.\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Ольга Синицына")], got


def test_label_paragraph_then_a_quotation(pipe):
    got = run(pipe, "Матч завершился вничью.\n\nВиктор Громов, главный тренер «Торпедо»:\n\n«Первый тайм мы провели "
                    "плохо, но после перерыва команда заиграла иначе».\n")
    assert [(k, s) for k, _, s in got] == [("direct", "Виктор Громов")], got


def test_near_misses_a_profile_a_question_a_list_a_clause(pipe):
    assert run(pipe, "Состав сборной на турнир.\nВиктор Громов (32 года): нападающий «Торпедо», женат.\n") == []
    assert run(pipe, "Матч завершился вничью.\nВиктор Громов, главный тренер «Торпедо»:\n- Почему команда так "
                     "плохо провела первый тайм?\n") == []
    assert run(pipe, "Список участников.\nВиктор Громов (Россия)\n- 1-е место, 245 очков.\n") == []
    assert run(pipe, "Виктор Громов (главный тренер «Торпедо») подал в отставку после матча.\n- Это решение давно "
                     "назрело.\n") == []
