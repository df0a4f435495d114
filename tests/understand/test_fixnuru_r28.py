"""Round 28, fixNUru: a Russian interview feature read as the new user met it (a guest named on a line, the
interviewer's questions as plain paragraphs, a short heading prompt put to every guest, dash-led answers), and a
phrase of "ни" taken as a speaker (quotes/ru_prompts.py, ru_turns.py). Sentences written for the test."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="fixnuru", text=text, language="ru"))
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


FEATURE = ("Мы попросили трех садоводов рассказать о своем хобби.\n\n"
           "Ирина Соколова, Тверь\n\n"
           "Когда вы начали выращивать томаты?\n\n"
           "— Лет десять назад, когда купила дачу под Тверью.\n\n"
           "Совет для начинающих.\n\n"
           "— Не бойтесь ошибок и поливайте теплой водой.\n\n"
           "Павел Егоров, Калуга\n\n"
           "Когда вы начали выращивать томаты?\n\n"
           "— Еще школьником помогал деду в теплице.\n\n"
           "Совет для начинающих.\n\n"
           "— Покупайте семена только у проверенных продавцов.\n")


def test_dash_answers_after_plain_questions_are_the_guests_words(pipe):
    """A plain question that addresses the guest ("Когда вы …?") asks the dash-led line after it: the guest named
    on the line above the exchange answers."""
    got = run(pipe, FEATURE)
    assert ("Лет десять назад, когда купила дачу под Тверью.", "Ирина Соколова") in got, got
    assert ("Еще школьником помогал деду в теплице.", "Павел Егоров") in got, got


def test_a_repeated_heading_prompt_is_no_quote_and_asks_the_next_answer(pipe):
    """The feature's short heading put to each guest ("Совет для начинающих.") is no one's words (it was read as the
    first guest's quote on every repetition); once the guest has answered, the dash line after it is theirs."""
    got = run(pipe, FEATURE)
    assert not [t for t, _ in got if t.startswith("Совет для")], got
    assert ("Не бойтесь ошибок и поливайте теплой водой.", "Ирина Соколова") in got, got
    assert ("Покупайте семена только у проверенных продавцов.", "Павел Егоров") in got, got


def test_a_rhetorical_question_before_a_dash_line_asks_no_one(pipe):
    """The author's own question ("Почему это важно?", addressing no one) is no interviewer's: the dash line after
    it is no answer of the person named before."""
    text = ("Инженер Олег Миронов возглавил завод в прошлом году.\n\nПочему это важно?\n\n"
            "— Завод дает работу трем тысячам жителей района.\n")
    assert not [q for q in run(pipe, text) if q[0].startswith("Завод дает")]


def test_plain_layout_interview_still_read(pipe):
    """An interview without dashes (question paragraph, answer paragraph: ru_turns.py) is read as before; only a
    dash-led line right after the question now leaves the pair to the dash-led reader."""
    text = ("В интервью нашему изданию фермер Николай Гусев рассказал о новом урожае.\n\n"
            "Сколько зерна вы собрали в этом году?\n\nБольше трех тысяч тонн, почти вдвое больше прошлого.\n\n"
            "Как вы справились с засухой?\n\nПомогли новые системы полива, которые мы поставили весной.\n")
    got = run(pipe, text)
    assert ("Больше трех тысяч тонн, почти вдвое больше прошлого.", "Николай Гусев") in got, got
    assert ("Помогли новые системы полива, которые мы поставили весной.", "Николай Гусев") in got, got


def test_a_phrase_of_ni_is_no_speaker(pipe):
    """ "ни минуты не жалел, что …", "ни один из депутатов не заявил, что …": a negated quantity names no one who
    spoke; no quote is credited to it."""
    for text in ("Переехав в деревню, он с тех пор ни минуты не жалел, что оставил город.\n",
                 "На заседании ни один из депутатов не заявил, что поддержит закон.\n"):
        assert not [q for q in run(pipe, text) if q[1] and q[1].lower().startswith("ни ")], run(pipe, text)
