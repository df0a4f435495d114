"""Round 25 of Russian attribution, recall (helper ru25a): forms the fresh batch w439-w444 missed, each fixed by its
class (sentences written for the test, not news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru25a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
            for q in rec.quotes]


def test_the_outlet_told_beside_the_body_is_no_speaker(pipe):
    """quotes/ru_asides.py ``addressed_body``: "Как сообщили «Вечернему Тагилу» в мэрии, …" (an outlet the entity
    model may take for an organisation, in quote marks before "в" and the body) and "Как пояснили в ведомстве
    агентству «Интерфакс», …" (the outlet after the body): the body said it; "Там" then stands for that body."""
    got = run(pipe, "Как сообщили «Вечернему Тагилу» в мэрии Нижнего Тагила, ремонт моста закончат в июне. Там "
                    "добавили, что движение по нему откроют в июле.\n")
    speakers = {g[1]: g[2] for g in got}
    assert speakers.get("ремонт моста закончат в июне", "").startswith("мэри"), got
    assert speakers.get("движение по нему откроют в июле", "").startswith("мэри"), got
    got = run(pipe, "Как уточнили в министерстве транспорта агентству «Интерфакс», новые правила вступят в силу "
                    "с марта.\n")
    assert [(g[1], g[2]) for g in got] == [("новые правила вступят в силу с марта", "министерство транспорта")], got


def test_a_singular_name_before_the_body_is_no_outlet_told(pipe):
    """A singular cue has its own subject: "Как сообщил «Газпром» в своем отчете, …" names the company, not a
    body after "в" (``addressed_body`` reads plural, indefinite-personal cues only)."""
    got = run(pipe, "Как сообщил «Газпром» в своем годовом отчете, добыча газа выросла на 4%.\n")
    assert [g[2] for g in got if "добыча" in g[1]] == ["Газпром"], got


def test_a_participle_standing_as_a_noun_is_the_speaker(pipe):
    """ru_subjects.py ``_nominal_participle``: "Опрошенные признались, что …", "Пострадавшие утверждают, что …":
    a participle in the nominative is the subject itself, those polled or hurt, as written."""
    got = run(pipe, "Опрошенные признались, что почти не читают бумажных газет.\n")
    assert [(g[1], g[2]) for g in got] == [("почти не читают бумажных газет", "Опрошенные")], got
    got = run(pipe, "Пострадавшие утверждают, что автобус ехал на красный свет.\n")
    assert [(g[1], g[2]) for g in got] == [("автобус ехал на красный свет", "Пострадавшие")], got


def test_a_finding_after_its_content(pipe):
    """ru_findings.py ``_found_after``: "…, показал опрос ВЦИОМ" -- what was found, then a verb of showing and its
    findings noun at the end of the sentence (a headline's, without a full stop, too). A verb of showing with no
    findings noun ("…, показало время") or a gerund ("…, показав пропуск") reports nothing."""
    got = run(pipe, "Треть россиян готова сменить работу ради удаленки, показал опрос ВЦИОМ\n\nОпрос проводился "
                    "в мае.\n")
    assert [(g[1], g[2]) for g in got] == [("Треть россиян готова сменить работу ради удаленки", "ВЦИОМ")], got
    got = run(pipe, "Продажи новых машин упали на 12%, показали данные Росстата.\n")
    assert [(g[1], g[2]) for g in got] == [("Продажи новых машин упали на 12%", "Росстат")], got
    assert run(pipe, "Дети стали меньше читать, показало время.\n") == []
    assert run(pipe, "Водитель проехал на территорию завода, показав пропуск охраннику.\n") == []


def test_what_became_known_is_a_report_with_no_speaker(pipe):
    """impersonal_cues.txt "стало известно": "Стало известно, что …", "Как стало известно, …" report with nobody
    named (the inventory's d-impersonal row); pointing back ("Об этом случае стало известно лишь в 90-х") or
    before another clause's "что" it reports nothing: a fact became public."""
    got = run(pipe, "Как стало известно, на линию вышли только 40 снегоуборочных машин.\n")
    assert [(g[1], g[2]) for g in got] == [("на линию вышли только 40 снегоуборочных машин", None)], got
    got = run(pipe, "Стало известно, что директор завода подал в отставку.\n")
    assert [(g[1], g[2]) for g in got] == [("директор завода подал в отставку", None)], got
    got = run(pipe, "Корабль сел в степи. Об этом случае стало известно лишь в 90-х годах, так как всё, что "
                    "касалось полетов, держали в тайне.\n")
    assert got == [], got


def test_a_complaint_is_about_what_follows_na(pipe):
    """words.tsv complaint_nouns, ru_demands.py: "обратились в прокуратуру с жалобой на управляющую компанию" --
    a complaint carried by a noun after "с" states what it is about, after "на" (a whole clause after "на то,
    что"), as "пожаловались на …" does; a complaint held, not made ("с жалобой в руках"), states nothing."""
    got = run(pipe, "Пенсионеры обратились в прокуратуру с жалобой на управляющую компанию.\n")
    assert [(g[1], g[2]) for g in got] == [("управляющую компанию", "Пенсионеры")], got
    got = run(pipe, "Жильцы обратились к мэру с жалобой на то, что во дворе третий месяц не вывозят мусор.\n")
    assert [(g[1], g[2]) for g in got] == [("во дворе третий месяц не вывозят мусор", "Жильцы")], got
    assert run(pipe, "Он вышел из кабинета с жалобой в руках.\n") == []


def test_a_finding_after_a_colon(pipe):
    """ru_findings.py ``_THAT``: "Опрос показал: …", "Исследование также выявило: …" -- a colon right after the
    verb of showing opens what was found, as ", что" does; words between the verb and the colon ("показал
    следующие результаты: …") are no finding's opening."""
    got = run(pipe, "Опрос показал: 60% жителей довольны работой мэра.\n")
    assert [g[1] for g in got] == ["60% жителей довольны работой мэра"], got
    assert run(pipe, "Опрос показал следующие результаты: 40% за, 60% против.\n") == []


def test_the_medium_the_words_went_out_in_is_no_speaker(pipe):
    """quotes/ru_medium.py ``spoken_in``, words.tsv speaking_media: an outlet or a platform after "в эфире
    телеканала", "в интервью", or right after "во" behind a singular cue ("— написала во «ВКонтакте» жительница")
    is where the words went out, never their speaker; a person after "В интервью" still speaks."""
    got = run(pipe, "«Третий день сидим взаперти», — написала во «ВКонтакте» жительница улицы Лесной.\n")
    assert [g[1] for g in got] == ["Третий день сидим взаперти"] and got[0][2] != "ВКонтакте", got
    got = run(pipe, "Как заявил в эфире телеканала «Россия 24» министр, выплаты начнутся в июне.\n")
    assert got and "Россия" not in (got[0][2] or ""), got
    got = run(pipe, "В интервью Олег Петров заявил, что уходит из политики.\n")
    assert [(g[1], g[2]) for g in got] == [("уходит из политики", "Олег Петров")], got


def test_a_pointer_after_a_dash(pipe):
    """ru_more.py ``_trailing``: "… — об этом сообщил X." -- what was said, a dash and a pointer back with its cue
    and speaker, as "…, об этом сообщил X."; a dash opening no pointer ("… — сообщил X" after no comma) is left to
    the readers of quotations."""
    got = run(pipe, "Мост через Каму закроют на ремонт в июле — об этом сообщил глава города Олег Рябов.\n")
    assert [(g[1], g[2]) for g in got] == [("Мост через Каму закроют на ремонт в июле", "Олег Рябов")], got
    got = run(pipe, "Школы района перейдут на дистанционное обучение — об этом сообщили в управлении образования.\n")
    assert [g[1] for g in got] == ["Школы района перейдут на дистанционное обучение"], got



def test_an_admission_put_as_a_negation(pipe):
    """speech_verbs.txt (r25): "не стал скрывать, что …" is an admission, as "не стал отрицать" and "не скрывал"."""
    got = run(pipe, "Тренер не стал скрывать, что команда устала.\n")
    assert [(g[1], g[2]) for g in got] == [("команда устала", "Тренер")], got
