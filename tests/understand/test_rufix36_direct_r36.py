"""Round 36, rufix36: Russian direct speech that no verb of saying introduces, the classes that recur across the
web sets (issue 16). The sentences are written for the test (other names than any page's).

  - a quotation whose closing mark is never written: left open at its paragraph's end, or cut by the page's end
    (quotes/ru_open_ends.py);
  - a quotation paragraph after a paragraph that retells the same person's words (quotes/ru_retold.py);
  - interview turns run together in one paragraph, or a question glued to the answer before it
    (quotes/ru_inline_turns.py);
  - a plain question addressing the guest by name and patronymic asks the dash-led answer after it
    (quotes/ru_prompts.py ``NAMED_ADDRESS``).
"""
import pytest

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="rufix36", text=text, language="ru"))
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


def direct(got):
    return [(s, t) for k, s, t in got if k == "direct"]


CASES = [  # (what it shows, the text, the direct quotes wanted)
    ("a labelled quotation left open ends with its paragraph",
     "Жители поселка пожаловались на дороги.\n\nЕлена Короткова, жительница поселка Северный:\n\n«Каждую весну "
     "дорогу размывает, автобус до нас не доходит. Мы писали в администрацию трижды\n\nВ администрации обещали "
     "ремонт летом.\n",
     [("Елена Короткова", "Каждую весну дорогу размывает, автобус до нас не доходит. Мы писали в администрацию "
                          "трижды")]),
    ("a quotation cut by the page end is read to the cut",
     "Инженер Павел Глухов рассказал «Вечерним новостям», что ремонт моста затянется до зимы.\n«Подрядчик сорвал "
     "поставку балок. Мы ждем новую партию, а пока работы идут только на опорах, и",
     [("Павел Глухов", "Подрядчик сорвал поставку балок. Мы ждем новую партию, а пока работы идут только на опорах, "
                       "и")]),
    ("near miss: a lone mark inside a sentence is no quotation",
     "Компания «Северные сети объявила о повышении тарифов с июля.\n", []),
    ("a quotation paragraph after retold words is theirs",
     "Врач Ирина Лаптева говорит, что пациенты часто откладывают визит к врачу. Приходят уже с осложнениями. Лечить "
     "их сложнее и дольше.\n\n«Мы видим это каждую неделю. Если бы люди приходили раньше, половины операций можно "
     "было бы избежать».\n",
     [("Ирина Лаптева", "Мы видим это каждую неделю. Если бы люди приходили раньше, половины операций можно было бы "
                        "избежать")]),
    ("near miss: someone else named after the retelling",
     "Врач Ирина Лаптева говорит, что пациенты часто откладывают визит к врачу. Министр Олег Рябов с этим не "
     "согласен.\n\n«Записаться к врачу сегодня можно за один день.\n", []),
    ("inline turns of an exchange answer in the guest's words",
     "Пресс-конференция после матча\n\nИгорь Ведерников (главный тренер «Волги»): — Мы провели хороший матч. — "
     "Почему не вышел Смирнов? — У него травма колена. Вернется через неделю. — Довольны ли вы защитой? — Защита "
     "сыграла надежно.\n",
     [("Игорь Ведерников", "Мы провели хороший матч."),
      ("Игорь Ведерников", "У него травма колена. Вернется через неделю."),
      ("Игорь Ведерников", "Защита сыграла надежно.")]),
    ("a question glued to an answer is cut off it",
     "Игорь Ведерников, главный тренер «Волги»:\n- Команда выполнила установку. Ребята бились до конца.- Что "
     "скажете о судействе?\n- Судья работал ровно, претензий нет.\n",
     [("Игорь Ведерников", "Команда выполнила установку. Ребята бились до конца."),
      ("Игорь Ведерников", "Судья работал ровно, претензий нет.")]),
    ("a question addressing the guest by name and patronymic asks",
     "Губернатор Павел Зимин ответил на вопросы нашего корреспондента.\n\nПавел Сергеевич, с чего начнется ремонт "
     "дорог в области?\n- Сначала отремонтируем трассы между райцентрами, затем городские улицы.\n",
     [("Павел Зимин", "Сначала отремонтируем трассы между райцентрами, затем городские улицы.")]),
    ("near miss: a name and patronymic that addresses no one",
     "Губернатор Павел Зимин провел совещание.\n\nПавел Сергеевич Зимин родился в Омске. Когда он переехал в "
     "область?\n- Сначала отремонтируем трассы между райцентрами.\n", []),
]


@pytest.mark.parametrize("what,text,want", CASES, ids=[c[0] for c in CASES])
def test_direct_speech_without_a_verb(pipe, what, text, want):
    got = run(pipe, text)
    assert direct(got) == want, got


def test_near_miss_a_dash_before_the_writers_words_opens_no_turn(pipe):
    got = run(pipe, "— Куда вы едете? — спросил Андрей Ломов. — Домой.\n")
    assert len(direct(got)) == 1, got  # (one attributed turn, as before: "— спросил" is the writer's)


def test_near_miss_a_quotation_broken_by_a_dash_attribution_is_not_read_to_the_paragraph_end(pipe):
    got = run(pipe, "Мэр Анна Круглова осмотрела набережную. «Работы завершим к осени, — добавила она.\n")
    assert got and all("добавила" not in t and s == "Анна Круглова" for _, s, t in got), got
