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


@pytest.mark.parametrize("text, who", [
    # a title names a woman too (the noun and its verb masculine, the pronoun feminine)
    ("Глава региона осмотрел новую больницу. Она сказала, что больница откроется в мае.\n", "Глава региона"),
    ("Министр провела совещание. Она заявила, что бюджет исполнен.\n", "Министр"),  # a woman minister, by her verb
    ("Президент провел совещание. Он осмотрел цех. Он заявил, что предприятие получит новые заказы.\n",
     "Президент"),  # a chain of pronouns goes back to the subject
    ("Президент с супругой посетил завод. Он заявил, что бюджет исполнен.\n", "Президент"),  # (no companion)
    # the subject of an adverbial clause before the pronoun in its own sentence
    ("Когда министр провела совещание, она заявила, что бюджет исполнен.\n", "Министр"),
    # near misses: the named holder stays, a named subject is coreference's
    ("Губернатор Иван Петров прилетел в Тулу. Губернатор провел совещание. Он заявил, что ремонт дорог завершат к "
     "осени.\n", "Иван Петров"),
    ("Помощник президента Петров посетил завод. Он заявил, что предприятие получит новые заказы.\n", "Петров"),
])
def test_the_one_speaker(pipe, text, who):
    got = run(pipe, text)
    assert [s for _, s, _ in got] == [who], got


# -- near misses -------------------------------------------------------------------------------------------------------

def test_a_thing_is_no_speaker(pipe):  # an inanimate subject: no speaker, and no quote without a speech verb
    assert run(pipe, "Завод открылся в 1950 году. Он выпускает тракторы.\n") == []
    assert run(pipe, "Завод открылся в 1950 году. Он заявил, что выпускает тракторы.\n") == []
    assert run(pipe, "Завод открылся в 1950 году. По его словам, предприятие получит новые заказы.\n") == []
    assert run(pipe, "Когда завод открылся, он заявил, что предприятие получит новые заказы.\n") == []


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


@pytest.mark.parametrize("text, who", [
    ("Журналист спросил Петрова о планах компании. Он ответил, что компания выйдет на биржу.\n", "Петров"),
    ("Следователь допросил Сидорова. Он признался, что украл деньги.\n", "Сидоров"),
])
def test_one_person_governed_stays(pipe, text, who):  # the readings of ru34d / the lead stay
    assert run(pipe, text)[-1][1] == who


def test_a_pair_governed_stays(pipe):
    got = run(pipe, "Президент наградил Петрова и Сидорова. Они заявили, что продолжат работу над проектом.\n")
    assert sorted(got[0][2]) == ["Петров", "Сидоров"], got
