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
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="rufix36", text=text, language="ru"))
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


def direct(got):
    return [(s, t) for k, s, t in got if k == "direct"]


def test_a_labelled_quotation_left_open_ends_with_its_paragraph(pipe):
    got = run(pipe, "Жители поселка пожаловались на дороги.\n\nЕлена Короткова, жительница поселка Северный:\n\n"
                    "«Каждую весну дорогу размывает, автобус до нас не доходит. Мы писали в администрацию трижды\n\n"
                    "В администрации обещали ремонт летом.\n")
    assert direct(got) == [("Елена Короткова", "Каждую весну дорогу размывает, автобус до нас не доходит. Мы писали "
                                               "в администрацию трижды")], got


def test_a_quotation_cut_by_the_page_end_is_read_to_the_cut(pipe):
    got = run(pipe, "Инженер Павел Глухов рассказал «Вечерним новостям», что ремонт моста затянется до зимы.\n"
                    "«Подрядчик сорвал поставку балок. Мы ждем новую партию, а пока работы идут только на опорах, и")
    assert direct(got) == [("Павел Глухов", "Подрядчик сорвал поставку балок. Мы ждем новую партию, а пока работы "
                                            "идут только на опорах, и")], got


def test_near_miss_a_lone_mark_inside_a_sentence_is_no_quotation(pipe):
    got = run(pipe, "Компания «Северные сети объявила о повышении тарифов с июля.\n")
    assert direct(got) == [], got


def test_a_quotation_paragraph_after_retold_words_is_theirs(pipe):
    got = run(pipe, "Врач Ирина Лаптева говорит, что пациенты часто откладывают визит к врачу. Приходят уже с "
                    "осложнениями. Лечить их сложнее и дольше.\n\n«Мы видим это каждую неделю. Если бы люди приходили "
                    "раньше, половины операций можно было бы избежать».\n")
    assert direct(got) == [("Ирина Лаптева", "Мы видим это каждую неделю. Если бы люди приходили раньше, половины "
                                             "операций можно было бы избежать")], got


def test_near_miss_someone_else_named_after_the_retelling(pipe):
    got = run(pipe, "Врач Ирина Лаптева говорит, что пациенты часто откладывают визит к врачу. Министр Олег Рябов с "
                    "этим не согласен.\n\n«Записаться к врачу сегодня можно за один день.\n")
    assert direct(got) == [], got


def test_inline_turns_of_an_exchange_answer_in_the_guests_words(pipe):
    got = run(pipe, "Пресс-конференция после матча\n\nИгорь Ведерников (главный тренер «Волги»): — Мы провели хороший "
                    "матч. — Почему не вышел Смирнов? — У него травма колена. Вернется через неделю. — Довольны ли вы "
                    "защитой? — Защита сыграла надежно.\n")
    assert direct(got) == [("Игорь Ведерников", "Мы провели хороший матч."),
                           ("Игорь Ведерников", "У него травма колена. Вернется через неделю."),
                           ("Игорь Ведерников", "Защита сыграла надежно.")], got


def test_a_question_glued_to_an_answer_is_cut_off_it(pipe):
    got = run(pipe, "Игорь Ведерников, главный тренер «Волги»:\n- Команда выполнила установку. Ребята бились до "
                    "конца.- Что скажете о судействе?\n- Судья работал ровно, претензий нет.\n")
    assert direct(got) == [("Игорь Ведерников", "Команда выполнила установку. Ребята бились до конца."),
                           ("Игорь Ведерников", "Судья работал ровно, претензий нет.")], got


def test_near_miss_a_dash_before_the_writers_words_opens_no_turn(pipe):
    got = run(pipe, "— Куда вы едете? — спросил Андрей Ломов. — Домой.\n")
    assert len(direct(got)) == 1, got  # (one attributed turn, as before: "— спросил" is the writer's)


def test_a_question_addressing_the_guest_by_name_and_patronymic_asks(pipe):
    got = run(pipe, "Губернатор Павел Зимин ответил на вопросы нашего корреспондента.\n\nПавел Сергеевич, с чего "
                    "начнется ремонт дорог в области?\n- Сначала отремонтируем трассы между райцентрами, затем "
                    "городские улицы.\n")
    assert direct(got) == [("Павел Зимин", "Сначала отремонтируем трассы между райцентрами, затем городские "
                                           "улицы.")], got


def test_near_miss_a_name_and_patronymic_that_addresses_no_one(pipe):
    got = run(pipe, "Губернатор Павел Зимин провел совещание.\n\nПавел Сергеевич Зимин родился в Омске. Когда он "
                    "переехал в область?\n- Сначала отремонтируем трассы между райцентрами.\n")
    assert direct(got) == [], got
