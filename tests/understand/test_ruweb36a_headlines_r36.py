"""ruweb36a: headline and teaser quotations the verbless headline reader left (quotes/ru_headline_teasers.py).

General reason: news pages, portal lists and aggregators head a story with the quotation and then, after a full stop
or a colon, who said it: an interview teaser ("Интервью с X", "Поговорили с X о …", also in a numbered list), a short
quotation without a verb and a person, or a role ("аналитик", "капитан «X»") that the story names. The reader took
only three-word quotations with a verb and a name. Near misses: an organisation after the quotation (a title and its
theatre), a plural role, a bare noun phrase in marks (a name) with no verb of saying after its speaker. Our own
sentences.
"""
import newsgraph


def _heads(text, line_end=None):
    end = text.index("\n") if line_end is None else line_end
    out = []
    for q in newsgraph.analyze(text).quotes:
        if q.start < end:
            out.append((q.text, q.speaker.name if q.speaker else None))
    return out


def test_interview_teaser_after_a_full_stop():
    text = ("«Только вперёд и никак иначе». Интервью с Петром Ивановым\n"
            "Бывший капитан сборной рассказал о своей карьере. Иванов провёл в команде двенадцать лет.")
    assert _heads(text) == [("Только вперёд и никак иначе", "Петр Иванов")]


def test_teaser_in_a_numbered_list_with_a_role():
    text = "Новости дня:\n  3. «Снега будет очень много». Поговорили с директором парка о зиме\nВ парке готовят трассы."
    assert _heads(text, text.index("\nВ")) == [("Снега будет очень много", "директором парка")]


def test_short_verbless_quotation_and_a_person():
    text = ("«Совсем не страшно»: Сидорова про новые правила\n"
            "Министр образования Анна Сидорова прокомментировала изменения в правилах экзамена.")
    assert _heads(text) == [("Совсем не страшно", "Анна Сидорова")]


def test_role_resolved_to_the_one_named_in_the_story():
    text = ("«Новая эра»: аналитик предсказал рост рынка\n"
            "Ведущий аналитик компании «Финам» Олег Петров поделился с журналистами прогнозом.")
    assert ("Новая эра", "Олег Петров") in _heads(text)


def test_near_miss_an_organisation_after_the_quotation():
    assert _heads("«Лебединое озеро». Большой театр о премьере\nТеатр покажет новую постановку в мае.") == []


def test_near_miss_a_plural_role():
    assert _heads("«Новая волна». Интервью с организаторами фестиваля\nФестиваль пройдёт в Сочи.") == []


def test_near_miss_a_name_in_marks_without_a_verb_of_saying():
    text = "«Северный поток»: Миллер о сроках\nГлава «Газпрома» Алексей Миллер рассказал о сроках."
    assert _heads(text) == []


def test_role_resolved_to_the_one_the_story_names_with_it():
    text = "«Всё решит финал». Капитан «Торпедо» о сезоне\nКапитан «Торпедо» Иван Кузьмин подвёл итоги сезона."
    assert _heads(text) == [("Всё решит финал", "Иван Кузьмин")]


def test_near_miss_a_person_named_with_another_role_is_not_the_holder():
    text = "«Всё решит финал». Капитан «Торпедо» о сезоне\nНападающий Иван Кузьмин подвёл итоги сезона."
    assert _heads(text) == [("Всё решит финал", "Капитан «Торпедо»")]
