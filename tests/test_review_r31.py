"""Review of round 31 (review31): regressions found on the Russian branches r31-ru31a, r31-ru31b and r31-ru31c while
they were being made. Each test passes on main (5831aa08) and failed on the branch named in its reason when written;
they were marked xfail(strict=False) until the merge; every one passes on the merged tree (the last,
"выступал, будто …", after the lead's fix in quotes/ru_governing.py: a structural cue takes no "будто" clause), so
they are plain guards now. Every sentence
is written for the test (ordinary Russian news near misses of the new rules; /tmp/try31/REVIEW.md has main's and the
branch's outputs). Run them against a branch with ``--runxfail`` and PYTHONPATH=<branch>/src to see which fail.
"""
from __future__ import annotations

import pytest

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="review31", text=text, language="ru"))
    ents = {e.id: e for e in rec.entities}
    return [(q.text, ents[q.speaker.entity].name if q.speaker and q.speaker.entity in ents else None, q.cue)
            for q in rec.quotes]


# -- r31-ru31b, quotes/ru_verbless.py: the sentence before names who RECEIVED or READ the words -----------------------

@pytest.mark.parametrize("text,receiver", [
    ("Школьница Мария Иванова получила письмо от президента. «Желаю тебе успехов в учебе и верю, что ты станешь "
     "врачом».", "Мария Иванова"),
    ("Министр образования Сергей Кравцов получил вопрос от жителя поселка. «Когда у нас наконец построят школу?»",
     "Сергей Кравцов"),
    ("Депутат Андрей Лебедев зачитал письмо жителей. «Мы просим защитить наш парк от застройки».", "Андрей Лебедев"),
    ("Пенсионерка Нина Соколова нашла в почтовом ящике записку. «Если вы не заплатите долг, мы отключим газ».",
     "Нина Соколова"),
])
def test_words_received_are_not_the_receivers(quote_pipe, text, receiver):
    got = run(quote_pipe, text)
    assert not [q for q in got if q[1] == receiver], got


@pytest.mark.parametrize("text,person", [
    ("Пенсионер Иван Петров подошел к двери. «Открывайте, полиция, у нас ордер на обыск».", "Иван Петров"),
    ("Школьница Мария Иванова проснулась ночью. «Пожар, все на улицу, быстрее!»", "Мария Иванова"),
    ("Актер Иван Петров вышел на сцену в роли Гамлета. «Быть или не быть, вот в чем вопрос».", "Иван Петров"),
])
def test_a_scene_setting_verb_is_no_speaker(quote_pipe, text, person):
    got = run(quote_pipe, text)
    assert not [q for q in got if q[1] == person], got


def test_the_crowds_chant_is_not_the_coachs(quote_pipe):
    got = run(quote_pipe, "Главный тренер Мирослав Ромащенко вышел к болельщикам после матча. «Тренера в отставку, "
                          "нам нужен новый состав!»")
    assert not [q for q in got if q[1] == "Мирослав Ромащенко"], got


# -- r31-ru31b, quotes/ru_lead_nouns.py: a possessive inside the lead-in's complement is not the owner of the words ----

@pytest.mark.parametrize("text", [
    "Депутат Иван Петров направил запрос в прокуратуру.\n\nОтвет на его запрос: «Нарушений при строительстве не "
    "выявлено».",
    "Полиция разыскивает Ивана Петрова, 45 лет. Обращение к его родственникам: «Просим откликнуться всех, кто видел "
    "мужчину».",
])
def test_a_possessive_in_the_complement_is_not_the_owner(quote_pipe, text):
    got = run(quote_pipe, text)
    assert not [q for q in got if q[1] == "Иван Петров"], got


# -- r31-ru31b, quotes/ru_headline_titles.py: the same title of ANOTHER body is another person ----------------------

def test_the_other_teams_coach_is_not_the_headlines_speaker(quote_pipe):
    got = run(quote_pipe, "Главный тренер «Урала» после ничьей с «Факелом»: «Мы сами отдали два очка»\n\nГлавный "
                          "тренер «Факела» Олег Василенко остался доволен игрой. Наставник «Урала» Мирослав Ромащенко "
                          "пожаловался на судейство.")
    assert not [q for q in got if q[1] == "Олег Василенко"], got


# -- r31-ru31b, quotes/ru_pointed.py: a name in marks opening the sentence is not the quotation ----------------------

def test_a_name_in_marks_opening_the_pointed_sentence_is_not_the_content(quote_pipe):
    got = run(quote_pipe, "«Спартак» — лучший клуб страны, — заявил Иван Петров. Об этом он сказал в эфире "
                          "телеканала.")
    assert not [q for q in got if q[0].strip("«»") == "Спартак"], got


# -- r31-ru31b, quotes/ru_fronted_gerund.py: the gerund's subject, not the last name of the sentence -----------------

def test_a_fronted_gerunds_speaker_is_not_a_name_in_a_relative_clause(quote_pipe):
    got = run(quote_pipe, "Называя пенсионную реформу «грабежом», депутаты КПРФ выступили против законопроекта, "
                          "который внес Антон Силуанов.")
    assert not [q for q in got if q[1] == "Антон Силуанов"], got


# -- r31-ru31b, quotes/ru_headline_quotes.py: "«…»: X процитировал Y" -- the words are Y's, not X's ---------------

@pytest.mark.parametrize("text,citer", [
    ("«Нам нечего предложить, кроме крови, пота и слез»: Захарова процитировала Черчилля", "Захарова"),
    ("«Наше дело правое, победа будет за нами»: Путин напомнил слова Молотова", "Путин"),
    ("«Мы вас похороним»: историк Иван Петров объяснил смысл фразы Хрущева", "Иван Петров"),
    ("«Я устал, я ухожу»: Путин вспомнил слова Ельцина", "Путин"),
])
def test_a_headline_quoting_someone_elses_words_is_not_the_citers(quote_pipe, text, citer):
    got = run(quote_pipe, text)
    assert not [q for q in got if q[1] == citer and q[2] is None], got


@pytest.mark.parametrize("text,citer", [
    ("«Мы вас похороним»: Песков процитировал советского лидера", "Песков"),
    ("«Москва не сразу строилась»: Собянин вспомнил поговорку", "Собянин"),
])
def test_a_quoting_verb_in_a_headline_is_no_speakers_cue(quote_pipe, text, citer):
    got = run(quote_pipe, text)
    assert not [q for q in got if q[1] == citer and q[2] is None], got


# -- r31-ru31b, quotes/ru_owner_after.py: "«…» — эти слова <verb> X": X hears or reacts, the owner is not named -----

@pytest.mark.parametrize("text", [
    "«Мы не будем повышать налоги» — эти слова вызвали возмущение депутата Ивана Петрова.",
    "«Ты справишься, сынок» — эти слова Иван Петров услышал от матери перед операцией.",
])
def test_who_heard_or_resented_the_words_is_not_their_owner(quote_pipe, text):
    got = run(quote_pipe, text)
    assert not [q for q in got if q[1] == "Иван Петров"], got


# -- r31-ru31b, quotes/ru_quotation.py text_named_before: "— в своей статье пишет X" is an attribution -------------

@pytest.mark.parametrize("text,speaker", [
    ("«Инфляция останется высокой», — в своей статье для «Ведомостей» пишет экономист Иван Петров.", "Иван Петров"),
    ("«Мы будем бороться до конца», — под заголовком интервью пишет журналист Иван Петров.", "Иван Петров"),
])
def test_words_written_in_an_article_keep_their_writer(quote_pipe, text, speaker):
    got = run(quote_pipe, text)
    assert [q[1] for q in got] == [speaker], got


@pytest.mark.parametrize("text,own", [
    ("Называя реформу «грабежом», депутат Иван Петров назвал ее авторов «врагами пенсионеров».",
     "ее авторов «врагами пенсионеров»"),
    ("Называя мост «самым длинным в Европе», губернатор Игорь Руденя назвал сроки стройки «реальными».",
     "сроки стройки «реальными»"),
])
def test_a_fronted_gerund_keeps_the_main_verbs_own_quote(quote_pipe, text, own):
    got = run(quote_pipe, text)
    assert own in [q[0] for q in got] and not [q for q in got if "назвал" in q[0]], got


# -- r31-ru31c, quotes/ru_title_after.py: a second official of the same kind in the next paragraph ------------------

def test_the_deputy_who_disagrees_is_not_the_one_quoted(quote_pipe):
    got = run(quote_pipe, "«Бюджет города этого не выдержит», — сказал депутат городской думы.\n\nДепутат городской "
                          "думы Алексей Кузнецов с ним не согласился и предложил перенести голосование.")
    assert [q[1] for q in got if q[0].startswith("Бюджет")] != ["Алексей Кузнецов"], got


@pytest.mark.parametrize("second", [
    "Депутат Саратовской городской думы Алексей Кузнецов поддержал коллегу и предложил перенести голосование.",
    "Депутат Саратовской городской думы Алексей Кузнецов тоже выступил против законопроекта.",
])
def test_a_deputy_who_agrees_too_is_another_deputy(quote_pipe, second):
    got = run(quote_pipe, "«Бюджет города этого не выдержит», — сказал депутат городской думы.\n\n" + second)
    assert [q[1] for q in got if q[0].startswith("Бюджет")] != ["Алексей Кузнецов"], got


# -- r31-ru31c, coref/ru_complements.py: the same body named by its kind ---------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Ректор Томского государственного университета Эдуард Галажинский заявил, что набор увеличат. Ректор вуза "
     "добавил, что общежитие построят к осени.", "Эдуард Галажинский"),
    ("Глава сельского поселения Мария Соколова сообщила, что воду дадут вечером. Глава села уточнила, что трубы "
     "заменят летом.", "Мария Соколова"),
    ("Главный врач областной больницы Иван Петров заявил, что коек хватает. Главврач медучреждения добавил, что "
     "врачей не хватает.", "Иван Петров"),
])
def test_the_same_body_by_its_kind_keeps_the_holder(quote_pipe, text, name):
    got = run(quote_pipe, text)
    assert [q[1] for q in got] == [name, name], got


# -- r31-ru31a, quotes/ru_governing.py + governing_allow.tsv: grief and a smile before "что" are no statement ---------

@pytest.mark.parametrize("text", [
    "Мария Соколова горевала, что не успела попрощаться с отцом.",
    "Спортсменка Мария Соколова горевала, что проиграла финал.",
    "Сосед Петрова улыбнулся, что наконец дождался тишины.",
])
def test_grief_and_a_smile_are_no_statement(quote_pipe, text):
    assert run(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Врач Иван Петров выявил, что у мальчика сотрясение мозга, и отправил его в больницу.",
    "Механик Сергей Иванов выявил, что тормоза неисправны, и снял автобус с рейса.",
    "Покупательница Мария Соколова сравнивала, что дешевле, и выбрала отечественный сыр.",
    "Инспектор Иван Петров фиксировал, что водители превышают скорость, и выписывал штрафы.",
])
def test_finding_out_and_comparing_are_no_statement(quote_pipe, text):
    assert run(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    "Министр Антон Силуанов выступал, будто ничего не произошло.",
    "Депутат Андрей Лебедев выступил, будто находился на предвыборном митинге.",
])
def test_as_if_after_a_performance_is_no_statement(quote_pipe, text):
    assert run(quote_pipe, text) == []
