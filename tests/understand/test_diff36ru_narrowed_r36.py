"""Round 36, diff36ru: the round's Russian readers narrowed after a differential review (base 0bfcd07d against
r36-lead on ru-news, the r35/r36 web dev parts and written probes).

General reasons: a speaker's words open a sentence, so a dash line or a label's words that open lowercase are a list
the lead announces or a predicate going on from the name (ru_forms.opens_lowercase, used by ru_announced.py and
ru_speaker_labels.py); a coordination of nouns in marks is a title as a bare noun phrase is (ru_headline_teasers.py).
Each shape is tested with a sentence the reader must still read and a near miss. The sentences are written for the
test (names, places and words changed)."""
from test_ruweb36b_labels_r36 import read  # (tests/understand is on the path, as test_ruweb36b_announced_r36 reads)

from newsgraph.understand.quotes.ru_forms import opens_lowercase


def run(pipe, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in read(pipe, text)]


def test_opens_lowercase_past_dashes_and_marks():
    assert opens_lowercase("— ремонт дорог;", 0, 15)
    assert opens_lowercase("«концерт состоится»", 0, 19)
    assert not opens_lowercase("— Мы выиграли.", 0, 14)
    assert not opens_lowercase("— 3:1 — хороший счет.", 0, 21)


def test_announced_remarks_still_read(pipe):
    got = run(pipe, "Губернатор Павел Ермаков провел пресс-конференцию по итогам года.\n— Мы выполнили все "
                    "обещания, данные жителям края.\n")
    assert got == [("Мы выполнили все обещания, данные жителям края.", "Павел Ермаков")], got


def test_near_miss_a_list_after_a_briefing_lead(pipe):
    got = run(pipe, "Мэр Игорь Садовский провел брифинг, на котором рассказал о планах на лето:\n— ремонт дорог "
                    "в Заречном районе;\n— строительство двух детских садов;\n— благоустройство парка.\n\n"
                    "Работы начнутся в мае.\n")
    assert not any(t.startswith(("строительство", "благоустройство")) for t, _ in got), got


def test_label_words_still_read(pipe):
    got = run(pipe, "Матч завершился со счетом 2:1.\n\nАртем Гусев, главный тренер «Луча»: — Ребята сыграли "
                    "достойно, но реализация подвела.\n")
    assert got == [("Ребята сыграли достойно, но реализация подвела.", "Артем Гусев")], got


def test_near_miss_a_predicate_below_a_name_in_brackets(pipe):
    got = run(pipe, "Победители конкурса «Воспитатель года»:\n\nВера Лобанова (детский сад № 7, Пенза)\n— получила "
                    "главный приз и поездку на море.\n\nНина Кротова (детский сад № 2, Кузнецк)\n— заняла второе "
                    "место.\n")
    assert got == [], got


def test_near_miss_a_listing_after_a_role(pipe):
    got = run(pipe, "Афиша на выходные.\n\nГлеб Осипов, виолончелист: концерт состоится в субботу в Малом зале "
                    "филармонии.\n")
    assert got == [], got


def test_headline_teaser_still_read(pipe):
    got = run(pipe, "«Мы не боимся трудностей». Интервью с Аркадием Зиминым\n\nДиректор завода Аркадий Зимин "
                    "рассказал о планах на год.\n")
    assert ("Мы не боимся трудностей", "Аркадий Зимин") in got, got


def test_near_miss_a_coordinated_title_and_a_role(pipe):
    got = run(pipe, "«Старик и море». Режиссер о съемках\n\nРежиссер Марк Ветров признался, что работал над "
                    "картиной четыре года.\n")
    assert not any(t == "Старик и море" for t, _ in got), got
