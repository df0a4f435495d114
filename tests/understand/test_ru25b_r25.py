"""Round 25 of Russian attribution (helper ru25b): a naming verb that judges its object without quote marks
(quotes/ru_judging.py) and known wrong speakers; every sentence here is written for the test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def test_a_naming_verb_judging_its_object_is_an_attribution(pipe):
    """ru_judging.py ``judged_name``: "назвал X Y" with a common predicate in the instrumental, or "охарактеризовал /
    квалифицировал X как Y", is the subject's evaluation without quote marks too (the ru-news gold and PolNeAR count
    it): content the object and its predicate, speaker the subject, a person or a body."""
    _, got = run(pipe, "Мэр города Олег Быков назвал решение суда несправедливым.\n")
    assert [g[:2] for g in got] == [("решение суда несправедливым", "Олег Быков")], got
    _, got = run(pipe, "Правозащитники назвали приговор активисту политически мотивированным.\n")
    assert [g[0] for g in got] == ["приговор активисту политически мотивированным"], got
    _, got = run(pipe, "Депутат Сергей Локтев охарактеризовал ситуацию в регионе как критическую.\n")
    assert [g[:2] for g in got] == [("ситуацию в регионе как критическую", "Сергей Локтев")], got
    _, got = run(pipe, "В Кремле назвали заявление Вашингтона провокационным.\n")
    assert [g[0] for g in got] == ["заявление Вашингтона провокационным"], got
    _, got = run(pipe, "Профсоюз назвал сокращение штата незаконным и пообещал обратиться в суд.\n")
    assert [g[0] for g in got] == ["сокращение штата незаконным", "обратиться в суд"], got


def test_a_name_given_or_a_designation_judges_nothing(pipe):
    """ru_judging.py: a capitalised predicate (a name given), a designation or a title ("основным вратарем",
    "кандидатом", words.tsv ``designations``, titles.txt), "в честь", a naming of facts ("назвал причины", "назвал
    дату"), a list after "такие …, как", an instrumental of time or under a preposition, a predicate before its
    object (the object fronted: "Эти меры называют самыми жесткими") and "так называемый" are no attribution."""
    for text in ("Родители назвали сына Александром.", "Жители называют этот район Нахаловкой.",
                 "Тренер Андрей Шаров назвал Илью Котова основным вратарем команды.",
                 "Президент назвал Павла Орлова кандидатом на пост премьера.",
                 "Губернатор назвал своим преемником вице-губернатора Павла Орлова.",
                 "Ученые назвали новый вид жука в честь известного натуралиста.",
                 "Улицу назвали именем первого космонавта.", "Министр Иван Лосев назвал причины отставки.",
                 "Директор школы назвал дату выпускного вечера.", "Мэр назвал сроки встречи с жителями.",
                 "Оргкомитет назвал имена судей, которые будут работать летом на турнире.",
                 "Эти меры называют самыми жесткими за последние десять лет.",
                 "Так называемый налог на роскошь отменят в следующем году."):
        _, got = run(pipe, text + "\n")
        assert got == [], (text, got)


def test_a_state_body_named_bare_is_the_story_states(pipe):
    """ru_state_bodies.py ``state_body``: a government, ministry or embassy named bare in a story about one state is
    that state's ("Правительство Боливии"); an embassy is the state of the ambassador named before, not the host's;
    two states in the lead, an owner in the phrase or a local body leave the phrase as it is."""
    _, got = run(pipe, "По всей Боливии проходят забастовки шахтеров. Профсоюзы требуют повышения зарплат. "
                       "Правительство заявило, что денег на повышение нет.\n")
    assert got[-1][1] == "Правительство Боливии", got
    _, got = run(pipe, "Посол Канады в Мексике отозван для консультаций. Источники в посольстве сообщили, что посол "
                       "вернется через неделю.\n")
    assert got[-1][1] == "Источники в посольстве Канады", got
    _, got = run(pipe, "Чили и Перу не договорились о границе. Переговоры прервались. Правительство заявило, что "
                       "диалог продолжится.\n")
    assert got[-1][1] == "Правительство", got
    _, got = run(pipe, "В Тверской области закрыли мост. Региональное министерство транспорта сообщило, что ремонт "
                       "займет месяц.\n")
    assert "Тверской" in got[-1][1], got  # (a local body: ru_local.py names it)


def test_a_body_named_before_with_its_places_adjective(pipe):
    """ru_state_bodies.py ``_place_body_before``: "Лондонская полиция …, Полиция считает" is the police of London
    when the text names London; no place named, the phrase stays as written."""
    _, got = run(pipe, "Лондонская полиция в среду задержала двух подозреваемых. Полиция считает, что они причастны к "
                       "ограблению банка. Об этом заявил комиссар полиции Лондона Джон Смит.\n")
    police = [g for g in got if g[0] == "они причастны к ограблению банка"]  # (r28: the pointer's report of the
    assert police and police[0][1] == "полиция Лондона", got  # sentence is a record of its own too, ru_kept.py)
    _, got = run(pipe, "Берлинская прокуратура предъявила обвинение бывшему мэру. Прокуратура считает, что он брал "
                       "взятки.\n")
    assert got[0][1] == "Прокуратура", got
