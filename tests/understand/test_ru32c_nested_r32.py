"""Round 32, helper ru32c: Russian quotes whose content swallows a cue and its speaker. A new-user trial found
"В российском министерстве финансов утверждают, что …" and "Соседи считают, что …" inside stored contents; both are
the ru-attr convention (an outlet's or a pointer's report of an attribution is a second attribution whose content is
the relayed one, gold "# E<n> reports: E<m>"), and the speaker's own quote is read beside it. Two real faults were
found on the readable dev texts and are fixed here: the relayed attribution opened on a bare locative ("российском
министерстве …", its "В" lost), and a cue inside a question put to the speaker ("На вопрос, как он считает, …")
took the sentence, the answer's cue and speaker inside its content. Sentences written for the test, not news."""
import pytest

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru32c", text=text, language="ru"))
    return [(q.cue, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
            for q in rec.quotes]


@pytest.mark.parametrize("text, relayed, inner_speaker", [
    ("В областном министерстве здравоохранения утверждают, что вакцины хватит всем, передает «Интерфакс».\n",
     "В областном министерстве здравоохранения утверждают, что вакцины хватит всем", "министерство здравоохранения"),
    ("В Кремле считают, что новые пошлины не сработают, сообщает ТАСС.\n",
     "В Кремле считают, что новые пошлины не сработают", "Кремль"),
])
def test_relayed_indefinite_personal_keeps_its_preposition(pipe, text, relayed, inner_speaker):
    qs = run(pipe, text)
    outer = [q for q in qs if q[1].startswith("В ")]
    assert [q[1] for q in outer] == [relayed]
    inner = [q for q in qs if q is not outer[0]]
    assert len(inner) == 1 and inner_speaker.lower() in (inner[0][2] or "").lower()
    assert inner[0][3]  # the outlet stays the speaker's reported_by
    assert "утвержда" not in inner[0][1] and "счита" not in inner[0][1]


def test_relayed_subject_near_miss(pipe):
    """A subject before the cue has no preposition: the relayed attribution opens on it, as before."""
    qs = run(pipe, "Министерство финансов заявило, что кредит не предоставлялся, передает «Интерфакс».\n")
    assert sorted(q[1] for q in qs) == ["Министерство финансов заявило, что кредит не предоставлялся",
                                        "кредит не предоставлялся"]


def test_place_inside_content_near_miss(pipe):
    """ "в" before a speaker's name inside the content is no preposition of the source."""
    qs = run(pipe, "Губернатор заявил, что в Тамбове откроют новую больницу, сообщает ТАСС.\n")
    assert any(q[1] == "в Тамбове откроют новую больницу" and q[2] and "губернатор" in q[2].lower() for q in qs)
    assert not any(q[1].startswith("В ") or q[1].startswith("в Тамбове откроют новую больницу, ") for q in qs)


def test_cue_in_the_question_asked_is_not_the_answer(pipe):
    qs = run(pipe, "Фил Гордон приехал в Белград.\n\nНа вопрос, как он считает, должно ли правительство уйти, "
                   "Гордон сказал, что ЕС сам решит.\n")
    assert [(q[0], q[1], q[2]) for q in qs] == [("сказал", "ЕС сам решит", "Фил Гордон")]


def test_question_with_what_he_thinks(pipe):
    qs = run(pipe, "Министр приехал в Тулу.\n\nНа вопрос, что он думает о реформе, министр ответил, что она "
                   "провалилась.\n")
    assert [(q[0], q[1]) for q in qs] == [("ответил", "она провалилась")]


@pytest.mark.parametrize("text, cue, content", [
    # near misses: a cue after no question is the speaker's own ("Эксперт считает, что …"); the asking verb's own
    # question is still read
    ("Эксперт считает, что рынок вырастет к осени.\n", "считает", "рынок вырастет к осени"),
    ("Журналисты спросили губернатора, как он оценивает итоги года.\n", "спросили", "как он оценивает итоги года"),
])
def test_question_near_misses(pipe, text, cue, content):
    assert [(q[0], q[1]) for q in run(pipe, text)] == [(cue, content)]
