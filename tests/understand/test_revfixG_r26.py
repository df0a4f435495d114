"""Round 26 fixes of review2's findings on ru26c's direct-speech rules (helper revfixG). Every passage here is
written for the test, not taken from news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def test_a_continuation_in_the_first_person_singular_is_still_read(pipe):
    """ru_continued.py: "я"/"мне"/a 1sg verb after a retold person is still that person's words."""
    _, got = run(pipe, "Фермер Сергей Волков рассказал, что урожай погиб из-за засухи. Я потерял почти все, что "
                       "вложил в этот год.\n")
    assert ("Я потерял почти все, что вложил в этот год.", "Сергей Волков") in [g[:2] for g in got], got


def test_we_goes_to_a_person_speaking_for_a_group_only(pipe):
    """ru_continued.py: "мы" after a retold person is the newsroom's unless the retold clause itself speaks as "мы";
    even after the head of a body it is left unread (round 22's decision, test_ru_r22: "Губернатор сообщил, что … .
    Мы будем следить за развитием событий." is the outlet's), and a sentence naming the newsroom ("наш корреспондент")
    is never the person's."""
    _, got = run(pipe, "Директор приюта Мария Козлова рассказала, что собак стало вдвое больше. Мы уже не справляемся "
                       "без помощи волонтеров.\n")
    assert not any(g[0].startswith("Мы уже") for g in got), got
    for text in ("Жительница Самары Анна Белова рассказала, что лифт не работает месяц. Мы попросили прокомментировать "
                 "ситуацию управляющую компанию.\n",
                 "Турист Петр Зайцев рассказал, что я бы туда не поехал. Наш корреспондент проверил это утром.\n"):
        _, got = run(pipe, text)
        assert not [g for g in got if g[0].startswith(("Мы попросили", "Наш корреспондент"))], (text, got)


def test_a_colon_lead_in_naming_a_text_or_another_sayer_is_not_the_last_speakers(pipe):
    """ru_colon_quotes.py: "Его соперник считает иначе:" (an animate noun), "На двери надпись:" (a text) name
    someone or something else; a writer's own lead-in still goes to the last speaker."""
    for text in ("«Завод будет работать», — сказал директор Павел Громов.\nЕго заместитель настроен скептически: "
                 "«Завод закроют до конца года, денег на ремонт нет».\n",
                 "«Мы открыты для всех», — сказала хозяйка кафе Елена Рыбакова.\nНа двери кафе висит надпись: «Вход "
                 "с животными запрещен, просим нас понять».\n"):
        _, got = run(pipe, text)
        assert not [g for g in got if g[0].startswith(("Завод закроют", "Вход с")) and g[1] in ("Павел Громов",
                                                                                              "Елена Рыбакова")], got


def test_a_colon_paragraph_of_questions_is_not_the_answerers(pipe):
    """ru_colon_quotes.py: "ответил на письма жителей:" introduces what they wrote; a question paragraph is asked."""
    for text in ("Мэр Иван Соколов ответил на письма жителей:\n\nПочему во дворе до сих пор не убран снег и кто за "
                 "это отвечает.\n",
                 "Министр Олег Дронов заявил в эфире:\n\nКто заплатит за ремонт дорог после зимы в нашем городе?\n"):
        _, got = run(pipe, text)
        assert got == [], (text, got)


def test_a_headline_naming_a_work_quotes_its_title(pipe):
    """ru_headline_quotes.py: "«…»: Певица о своем новом альбоме" prints the album's title, not her words."""
    for text in ("«Мы будем жить вечно»: Алла Пугачева о своем новом альбоме\n",
                 "«Ты не один»: режиссер Петр Буслов о фильме про войну\n"):
        _, got = run(pipe, text)
        assert got == [], (text, got)
    _, got = run(pipe, "«Мы не отступим»: Лавров о переговорах с Западом\n")
    assert got and got[0][1] == "Лавров", got


def test_a_group_role_inside_the_retold_clause_does_not_make_the_person_speak_for_it(pipe):
    """ru_continued.py: the role must introduce the speaker ("Директор … рассказала"), not be the clause's topic."""
    _, got = run(pipe, "Пенсионер Николай Лосев рассказал, что глава района так и не ответил ему. Мы направили "
                       "запрос в администрацию района.\n")
    assert not [g for g in got if g[0].startswith("Мы направили")], got
