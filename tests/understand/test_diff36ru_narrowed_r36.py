"""Round 36, diff36ru: the round's Russian readers narrowed after a differential review (base 0bfcd07d against
r36-lead on ru-news, the r35/r36 web dev parts and written probes).

General reasons: a speaker's words open a sentence, so a dash line or a label's words that open lowercase are a list
the lead announces or a predicate going on from the name (ru_forms.opens_lowercase, used by ru_announced.py and
ru_speaker_labels.py); a coordination of nouns in marks is a title as a bare noun phrase is (ru_headline_teasers.py).
Each shape is tested with a sentence the reader must still read and a near miss. The sentences are written for the
test (names, places and words changed)."""
import pytest
from test_ruweb36b_labels_r36 import read  # (tests/understand is on the path, as test_ruweb36b_announced_r36 reads)

from newsgraph.understand.quotes.ru_forms import opens_lowercase


def test_opens_lowercase_past_dashes_and_marks():
    assert opens_lowercase("— ремонт дорог;", 0, 15)
    assert opens_lowercase("«концерт состоится»", 0, 19)
    assert not opens_lowercase("— Мы выиграли.", 0, 14)
    assert not opens_lowercase("— 3:1 — хороший счет.", 0, 21)


# (text, a quotation the reader must still give with its speaker or None, quotation openings it must not give)
CASES = {
    "announced remarks": (
        "Губернатор Павел Ермаков провел пресс-конференцию по итогам года.\n— Мы выполнили все обещания, данные "
        "жителям края.\n", ("Мы выполнили все обещания, данные жителям края.", "Павел Ермаков"), ()),
    "near miss: a list after a briefing lead": (
        "Мэр Игорь Садовский провел брифинг, на котором рассказал о планах на лето:\n— ремонт дорог в Заречном "
        "районе;\n— строительство двух детских садов;\n— благоустройство парка.\n\nРаботы начнутся в мае.\n",
        None, ("строительство", "благоустройство")),
    "a label's words": (
        "Матч завершился со счетом 2:1.\n\nАртем Гусев, главный тренер «Луча»: — Ребята сыграли достойно, но "
        "реализация подвела.\n", ("Ребята сыграли достойно, но реализация подвела.", "Артем Гусев"), ()),
    "near miss: a predicate below a name in brackets": (
        "Победители конкурса «Воспитатель года»:\n\nВера Лобанова (детский сад № 7, Пенза)\n— получила главный "
        "приз и поездку на море.\n\nНина Кротова (детский сад № 2, Кузнецк)\n— заняла второе место.\n",
        None, ("получила", "заняла")),
    "near miss: a listing after a role": (
        "Афиша на выходные.\n\nГлеб Осипов, виолончелист: концерт состоится в субботу в Малом зале "
        "филармонии.\n", None, ("концерт",)),
    "a headline teaser": (
        "«Мы не боимся трудностей». Интервью с Аркадием Зиминым\n\nДиректор завода Аркадий Зимин рассказал о "
        "планах на год.\n", ("Мы не боимся трудностей", "Аркадий Зимин"), ()),
    "near miss: a coordinated title and a role": (
        "«Старик и море». Режиссер о съемках\n\nРежиссер Марк Ветров признался, что работал над картиной четыре "
        "года.\n", None, ("Старик и море",)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_narrowed_readers(pipe, case):
    text, kept, gone = CASES[case]
    got = [(q.text, q.speaker.name if q.speaker else None) for q in read(pipe, text)]
    assert kept is None or kept in got, got
    assert not any(t.startswith(gone) for t, _ in got if gone), got
