"""Round 25, revfixC: the second review's Russian recall over-reads (REVIEW2.md items 2, 3, 8, 9), each narrowed by
its class; sentences written for these tests, not news."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="revfixC", text=text, language="ru"))
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_findings_noun_as_object_of_a_second_act_is_no_finding(pipe):
    """ru_findings._finds: "…, обнаружили улики" is a second act of the same subject, its findings noun an object."""
    assert run(pipe, "Полицейские задержали водителя, обнаружили данные о поддельных номерах.\n") == []
    assert run(pipe, "Ревизоры проверили склад, выявили информацию о недостаче.\n") == []


def test_a_finding_after_its_content_is_still_read(pipe):
    """The subject after the verb (parsed as such, or agreeing with it and not shared with the clause before)."""
    got = run(pipe, "Спрос на новое жилье упал на треть, показало исследование компании «Циан».\n")
    assert [g[1] for g in got] == ["Циан"], got
    got = run(pipe, "Число туристов в регионе выросло вдвое, выявило исследование.\n")
    assert got == [("Число туристов в регионе выросло вдвое", None)], got


def test_learning_in_a_subordinate_clause_or_by_someone_is_no_report(pipe):
    """ru_known: "стало известно" after "когда"/"после того как", or with a dative experiencer not an outlet."""
    assert run(pipe, "После того как стало известно, что мост закроют, водители выбрали объезд.\n") == []
    assert run(pipe, "Соседям стало известно, что депутат продал квартиру.\n") == []
    got = run(pipe, "Изданию стало известно, что депутат продал квартиру.\n")  # (an outlet that learnt it reports)
    assert [g[0] for g in got] == ["депутат продал квартиру"], got
    got = run(pipe, "Ранее стало известно, что мост закроют на ремонт.\n")
    assert got == [("мост закроют на ремонт", None)], got


def test_a_company_spoken_for_is_no_medium(pipe):
    """ru_medium._speaks_for: "сообщил в «X» сотрудник компании" speaks for X; a platform stays a medium."""
    got = run(pipe, "— Скидки продлятся до конца месяца, — рассказал в «Ленте» представитель компании.\n")
    assert got and got[0][1] is not None, got
    got = run(pipe, "— Двор не убирают с осени, — написал во «ВКонтакте» житель дома.\n")
    assert got and got[0][1] is None, got


def test_a_complaint_goes_to_an_authority(pipe):
    """ru_demands._to_authority: a patient's complaint to a clinic is no statement; one to the prosecutors is."""
    assert run(pipe, "Мужчина пришел в поликлинику с жалобой на головную боль.\n") == []
    got = run(pipe, "Родители обратились в прокуратуру с жалобой на директора школы.\n")
    assert got == [("директора школы", "Родители")], got
