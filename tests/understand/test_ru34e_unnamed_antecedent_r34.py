"""Round 34, ru34e (issue 16): a pronoun speaker ("Он заявил", "По его словам") after a sentence whose subject is an
unnamed role or group ("Президент посетил завод", "Депутаты встретились с министром") goes on with that description
(quotes/ru_unnamed_antecedent.py); no quote was read before. Sentences written for the test, with near misses: a thing
as the antecedent, a noun of a man's own for "она", a pronoun inside quoted words, the named holder kept."""
import pytest

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru34e", text=text, language="ru"))
    assert rec.validate() == []
    return [(q.text, q.speaker.name if q.speaker else None, [s.name for s in q.speakers]) for q in rec.quotes]


@pytest.mark.parametrize("text, content, who", [
    ("Президент посетил завод в Туле. Он заявил, что предприятие получит новые заказы.\n",
     "предприятие получит новые заказы", "Президент"),
    ("Депутаты встретились с министром. Они заявили, что закон нужно доработать.\n",
     "закон нужно доработать", "Депутаты"),
    ("Губернатор провел совещание. По его словам, ремонт дорог завершат к осени.\n",
     "ремонт дорог завершат к осени", "Губернатор"),
    ("Жители города вышли на митинг. Они заявили, что не согласны с решением властей.\n",
     "не согласны с решением властей", "Жители города"),
    ("Новый министр финансов области посетил завод. Он заявил, что бюджет исполнен.\n",
     "бюджет исполнен", "Новый министр финансов области"),
])
def test_a_pronoun_after_an_unnamed_subject_is_that_subject(pipe, text, content, who):
    assert run(pipe, text) == [(content, who, [])]


def test_a_title_names_a_woman_too(pipe):  # the noun and its verb masculine, the pronoun feminine: a title agrees
    got = run(pipe, "Глава региона осмотрел новую больницу. Она сказала, что больница откроется в мае.\n")
    assert [(t, s) for t, s, _ in got] == [("больница откроется в мае", "Глава региона")], got


def test_a_woman_minister_by_her_verb(pipe):
    got = run(pipe, "Министр провела совещание. Она заявила, что бюджет исполнен.\n")
    assert [s for _, s, _ in got] == ["Министр"], got


def test_a_chain_of_pronouns_goes_back_to_the_subject(pipe):
    got = run(pipe, "Президент провел совещание. Он осмотрел цех. Он заявил, что предприятие получит новые "
                    "заказы.\n")
    assert [s for _, s, _ in got] == ["Президент"], got


def test_a_companion_with_a_preposition_is_not_in_the_name(pipe):
    got = run(pipe, "Президент с супругой посетил завод. Он заявил, что бюджет исполнен.\n")
    assert [s for _, s, _ in got] == ["Президент"], got


# -- near misses -------------------------------------------------------------------------------------------------------

def test_a_thing_is_no_speaker(pipe):  # an inanimate subject: no speaker, and no quote without a speech verb
    assert run(pipe, "Завод открылся в 1950 году. Он выпускает тракторы.\n") == []
    assert run(pipe, "Завод открылся в 1950 году. Он заявил, что выпускает тракторы.\n") == []
    assert run(pipe, "Завод открылся в 1950 году. По его словам, предприятие получит новые заказы.\n") == []


@pytest.mark.parametrize("text", [
    "Мужчина осмотрел новую больницу. Она сказала, что больница откроется в мае.\n",  # a man's own noun
    "Медсестра осмотрела больного. Он сказал, что чувствует себя хорошо.\n",  # the patient is the object
])
def test_a_pronoun_that_disagrees_takes_no_subject(pipe, text):
    assert all(s not in ("Мужчина", "Медсестра") for _, s, _ in run(pipe, text))


def test_a_pronoun_inside_quoted_words_is_the_quotations(pipe):
    got = run(pipe, "«Президент посетил завод. Он заявил, что предприятие получит новые заказы», — рассказал "
                    "источник.\n")
    assert all(s != "Президент" for _, s, _ in got), got


def test_the_named_holder_stays(pipe):  # the text named the governor: the pronoun is his
    got = run(pipe, "Губернатор Иван Петров прилетел в Тулу. Губернатор провел совещание. Он заявил, что ремонт "
                    "дорог завершат к осени.\n")
    assert [s for _, s, _ in got] == ["Иван Петров"], got


def test_a_named_subject_before_is_coreferences(pipe):
    got = run(pipe, "Помощник президента Петров посетил завод. Он заявил, что предприятие получит новые заказы.\n")
    assert [s for _, s, _ in got] == ["Петров"], got


@pytest.mark.parametrize("text, who", [
    ("Журналист спросил Петрова о планах компании. Он ответил, что компания выйдет на биржу.\n", "Петров"),
    ("Следователь допросил Сидорова. Он признался, что украл деньги.\n", "Сидоров"),
])
def test_one_person_governed_stays(pipe, text, who):  # the readings of ru34d / the lead stay
    assert run(pipe, text)[-1][1] == who


def test_a_pair_governed_stays(pipe):
    got = run(pipe, "Президент наградил Петрова и Сидорова. Они заявили, что продолжат работу над проектом.\n")
    assert sorted(got[0][2]) == ["Петров", "Сидоров"], got
