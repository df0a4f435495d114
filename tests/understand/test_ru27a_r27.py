"""Round 27 of Russian attribution, recall by cue breadth (helper ru27a): each form the readers already know works for
more cue words -- the other aspect of a listed verb, the -ся report, navec neighbours kept by reading
(lang/ru/cue_breadth.tsv), "по" with an adjective before a document noun, more "по <noun>" phrases (sentences written
for the test, not news)."""
import pytest

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru27a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


@pytest.mark.parametrize("text, content, speaker", [
    # the other aspect of a verb the list gives in one aspect (повторить -> повторяет, поделиться -> делится)
    ("Глава района Сергей Кравцов повторяет, что мост отремонтируют к осени.\n", "мост отремонтируют к осени",
     "Сергей Кравцов"),
    ("Мэрия уведомляет, что в субботу движение по проспекту будет перекрыто.\n",
     "в субботу движение по проспекту будет перекрыто", "Мэрия"),
    ("Суд постановляет, что ответчик обязан выплатить компенсацию.\n", "ответчик обязан выплатить компенсацию",
     "Суд"),
    # navec neighbours kept by reading
    ("Профессор Андрей Лебедев рассуждает, что рынок жилья ждет долгий застой.\n", "рынок жилья ждет долгий застой",
     "Андрей Лебедев"),
    ("Экономист Павел Гуров заподозрил, что цифры в отчете занижены.\n", "цифры в отчете занижены", "Павел Гуров"),
])
def test_a_wider_cue_verb_takes_a_that_clause(pipe, text, content, speaker):
    """entities/ru_rules.py ``_belief_forms`` with lang/ru/cue_breadth.tsv: every form of the added lemmas is a cue."""
    assert [(g[1], g[2]) for g in run(pipe, text)] == [(content, speaker)]


def test_a_reflexive_report_of_a_document(pipe):
    """ "В заявлении добавляется, что …": the -ся form of a speech verb reports what the document says."""
    got = run(pipe, "Компания «Северный ветер» выпустила заявление. В заявлении добавляется, что выплаты работникам "
                    "возобновятся в марте.\n")
    assert [g[1] for g in got] == ["выплаты работникам возобновятся в марте"], got


def test_a_participle_of_a_wider_cue(pipe):
    """quotes/ru_participles.py ``_cue_lemmas``: a participle of an added lemma ("повторявший, что …")."""
    got = run(pipe, "Бывший министр Олег Сомов, повторявший, что реформа провалится, покинул пост.\n")
    assert [(g[1], g[2]) for g in got] == [("реформа провалится", "Олег Сомов")], got


@pytest.mark.parametrize("text, content", [
    ("По заявлению МИД Франции, посол будет отозван для консультаций.\n", "посол будет отозван для консультаций"),
    ("По свидетельству очевидцев, пожар начался около полуночи.\n", "пожар начался около полуночи"),
    ("По заключению экспертов, здание не подлежит восстановлению.\n", "здание не подлежит восстановлению"),
    ("По наблюдениям синоптиков, зима в этом году будет теплее обычного.\n",
     "зима в этом году будет теплее обычного"),
])
def test_more_according_nouns(pipe, text, content):
    """lang/ru/attribution_phrases.txt (r27): "по заявлению / свидетельству / заключению / наблюдениям X, …"."""
    assert [g[1] for g in run(pipe, text)] == [content]


@pytest.mark.parametrize("text, content, speaker", [
    ("По последним сведениям Минздрава, число заболевших выросло на 12%.\n", "число заболевших выросло на 12%",
     "Министерство здравоохранения"),
    ("По самым скромным оценкам аналитиков Сбербанка, инфляция превысит 8%.\n", "инфляция превысит 8%", "Сбербанк"),
])
def test_an_adjective_before_a_document_noun(pipe, text, content, speaker):
    """quotes/ru_documents.py ``_ADJ_GAP``: one or two dative adjectives between "по" and a listed document noun."""
    assert [(g[1], g[2]) for g in run(pipe, text)] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "По нашим данным, строительство будет завершено в июне.\n",  # the author's own voice
    "По заявлению потерпевшей возбуждено уголовное дело.\n",  # "upon her complaint": no comma, no report
    "Пенсионерка Мария Ивановна улыбается и показывает новый забор.\n",  # a smile, nothing said
])
def test_no_report(pipe, text):
    assert run(pipe, text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Министр Андрей Павлов пришел к заключению, что реформу придется отложить.\n", "реформу придется отложить",
     "Андрей Павлов"),
    ("Министр Андрей Павлов выдвинул версию, что пожар стал результатом поджога.\n",
     "пожар стал результатом поджога", "Андрей Павлов"),
    ("Ученые Андрей Ершов и Ольга Титова приходят к выводу, что климат меняется быстрее прогнозов.\n",
     "климат меняется быстрее прогнозов", None),
])
def test_every_form_of_a_light_verb_phrase(pipe, text, content, speaker):
    """entities/ru_rules.py ``_phrase_forms``: a several-word cue names its verb's every form ("приходят к выводу")."""
    got = run(pipe, text)
    assert [g[1] for g in got] == [content], got
    if speaker:
        assert got[0][2] == speaker, got


@pytest.mark.parametrize("text, content, speaker", [
    ("Как ранее сообщал министр Андрей Павлов, ремонт завершится в мае.\n", "ремонт завершится в мае",
     "Андрей Павлов"),
    ("Как неоднократно подчеркивал президент Владимир Путин, санкции не сработают.\n", "санкции не сработают",
     "Владимир Путин"),
    ("Как не раз заявлял министр Андрей Павлов, повышения налогов не будет.\n", "повышения налогов не будет",
     "Андрей Павлов"),
    ("Новый терминал, как уже сообщал губернатор Иван Петров, откроется в мае.\n", "Новый терминал откроется в мае",
     "Иван Петров"),
])
def test_adverbs_between_as_and_the_cue(pipe, text, content, speaker):
    """quotes/ru_asides.py ``adverbs_end``: "Как ранее сообщал X, …" -- adverbs between "как" and its cue verb."""
    assert [(g[1], g[2]) for g in run(pipe, text)] == [(content, speaker)]


def test_as_known_is_no_report(pipe):
    assert run(pipe, "Как известно, выборы пройдут в сентябре.\n") == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Заявив, что компания не будет платить штраф, директор Олег Маслов покинул зал суда.\n",
     "компания не будет платить штраф", "Олег Маслов"),
    ("Подчеркнув, что решение окончательное, судья Анна Белова закрыла заседание.\n", "решение окончательное",
     "Анна Белова"),
])
def test_a_gerund_opening_the_sentence(pipe, text, content, speaker):
    """quotes/ru_subjects.py ``lead_gerund_end``: "Заявив, что …, X покинул зал" -- the gerund's clause is the
    content, the main verb's subject after it the speaker."""
    assert [(g[1], g[2]) for g in run(pipe, text)] == [(content, speaker)]


def test_a_gerund_of_circumstance_reports_nothing(pipe):
    assert run(pipe, "Узнав, что завод закрывается, рабочие вышли на митинг.\n") == []


def test_a_point_of_view(pipe):
    """document_phrases.txt (r27): "С точки зрения X, …" with an actor named; not a law or a field."""
    got = run(pipe, "С точки зрения аналитиков банка «Восток», рубль продолжит дешеветь.\n")
    assert [g[1] for g in got] == ["рубль продолжит дешеветь"], got
    assert run(pipe, "С точки зрения закона, такая сделка является нарушением.\n") == []
    assert run(pipe, "На первый взгляд, проект выглядит привлекательно.\n") == []
    got = run(pipe, "Экономист Павел Гуров выступил на форуме. На его взгляд, реформа запоздала.\n")
    assert [(g[1], g[2]) for g in got] == [("реформа запоздала", "Павел Гуров")], got


@pytest.mark.parametrize("adverb", ["ранее ", "не раз ", ""])
def test_a_participle_after_an_adverb(pipe, adverb):
    """quotes/ru_participles.py ``_mistagged_participle``: adverbs between the comma and the participle ("…, ранее
    заявлявший, что …"); the content ends before the main clause's short participle ("теперь настроен")."""
    got = run(pipe, f"Экономист Вячеслав Ротарь, {adverb}повторявший, что мост окупится за десять лет, теперь "
                    "настроен осторожнее.\n")
    assert [(g[1], g[2]) for g in got] == [("мост окупится за десять лет", "Вячеслав Ротарь")], got
