"""Round 34, ru34d (issue 16): three Russian misreadings -- a speaker with a subject of his own who cites a source
("Со ссылкой на данные Росстата министр заявил"), a relative clause whose verb has no object of its own ("Рост цен,
который прогнозировали, начался"), and a pronoun after a sentence whose subject is an unnamed person or persons
("Депутаты наградили Петрова и Сидорова. Они заявили"). Sentences written for the test, each rule with near misses."""
import pytest

from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru34d", text=text, language="ru"))
    assert rec.validate() == []
    return [(q.text, q.speaker.name if q.speaker else None, [s.name for s in q.speakers],
             [o.name for o in q.reported_by]) for q in rec.quotes]


# -- "со ссылкой на X" before a sentence's own subject: the subject speaks -------------------------------------------

def test_a_subject_citing_data_is_the_speaker(pipe):
    got = run(pipe, "Со ссылкой на данные Росстата министр заявил, что инфляция замедлилась.\n")
    assert [(t, s) for t, s, _, _ in got] == [("инфляция замедлилась", "министр")], got


def test_a_subject_citing_with_the_gerund_is_the_speaker(pipe):
    got = run(pipe, "Министр, ссылаясь на данные Росстата, заявил, что инфляция замедлилась.\n")
    assert [s for _, s, _, _ in got] == ["Министр"], got


def test_a_named_subject_citing_a_source_is_the_speaker(pipe):
    got = run(pipe, "Со ссылкой на данные Росстата министр экономики Максим Решетников заявил, что инфляция "
                    "замедлилась.\n")
    assert [s for _, s, _, _ in got] == ["Максим Решетников"], got


def test_an_outlet_citing_sources_relays_them(pipe):  # near miss: the outlet's convention stays
    got = run(pipe, "«Фонтанка» со ссылкой на источники пишет, что губернатор уйдет в отставку.\n")
    assert ("губернатор уйдет в отставку", "источники", [], ["Фонтанка"]) in got, got
    assert any(s == "Фонтанка" for _, s, _, _ in got), got


def test_no_subject_leaves_the_cited_sources(pipe):  # near miss: an impersonal verb, the sources speak
    got = run(pipe, "Со ссылкой на источники сообщается, что губернатор уйдет в отставку.\n")
    assert [s for _, s, _, _ in got] == ["источники"], got


# -- a relative clause whose verb has no object: no report -----------------------------------------------------------

def test_a_relative_verb_with_no_object_reports_nothing(pipe):
    assert run(pipe, "Рост цен, который прогнозировали, начался в марте.\n") == []


def test_speech_in_a_relative_clause_is_still_read(pipe):  # near miss: the content inside the relative clause
    got = run(pipe, "Министр, который заявил, что инфляция замедлится, ушел в отставку.\n")
    assert [(t, s) for t, s, _, _ in got] == [("инфляция замедлится", "Министр")], got


def test_the_main_clause_after_a_relative_with_an_object_is_read(pipe):  # near miss: the main verb speaks
    got = run(pipe, "Эксперт, который прогнозировал рост цен, заявил, что инфляция ускорится.\n")
    assert [t for t, _, _, _ in got] == ["инфляция ускорится"], got
    assert got[0][1].startswith("Эксперт"), got


# -- a pronoun after a sentence whose subject is unnamed persons ----------------------------------------------------

def test_they_after_a_plural_subject_is_that_subject(pipe):
    got = run(pipe, "Депутаты наградили Петрова и Сидорова. Они заявили, что продолжат работу над проектом.\n")
    assert [(s, sp) for _, s, sp, _ in got] == [("Депутаты", [])], got


def test_they_after_a_single_subject_is_the_object_pair(pipe):  # near miss: ru34c's pair stays
    got = run(pipe, "Президент наградил Петрова и Сидорова. Они заявили, что продолжат работу над проектом.\n")
    assert sorted(got[0][2]) == ["Петров", "Сидоров"], got


def test_he_after_an_unnamed_singular_subject_is_that_subject(pipe):
    got = run(pipe, "Президент наградил Петрова и Сидорова. Он заявил, что продолжит работу над проектом.\n")
    assert [s for _, s, _, _ in got] == ["Президент"], got


@pytest.mark.parametrize("text, who", [
    ("Журналист спросил Петрова о планах компании. Он ответил, что компания выйдет на биржу.\n", "Петров"),
    ("Следователь допросил Сидорова. Он признался, что украл деньги.\n", "Сидоров"),
    ("Полицейский задержал Сидорова на вокзале. Он сказал, что ни в чем не виноват.\n", "Сидоров"),
])
def test_he_after_one_person_governed_is_that_person(pipe, text, who):  # near miss (lead r34): one object, not a pair
    got = run(pipe, text)
    assert got and got[-1][1] == who, got  # (the journalist's question before it is his own)


def test_he_after_a_named_subject_is_the_named(pipe):  # near miss: a named subject is the readers' own
    got = run(pipe, "Петров наградил Сидорова. Он заявил, что продолжит работу над проектом.\n")
    assert [s for _, s, _, _ in got] == ["Петров"], got


def test_he_resolved_before_the_previous_sentence_stays(pipe):  # near miss: the pronoun's person not named there
    got = run(pipe, "Министр финансов Антон Силуанов прилетел в Казань. Министр посетил завод. Он заявил, что "
                    "бюджет исполнен.\n")
    assert [s for _, s, _, _ in got] == ["Антон Силуанов"], got


def test_an_unnamed_outlet_citing_sources_relays_them(pipe):  # near miss: "издание" is an outlet noun
    got = run(pipe, "Издание со ссылкой на источники пишет, что губернатор уйдет в отставку.\n")
    assert [s for _, s, _, _ in got] == ["источники"], got


def test_he_after_a_subject_named_past_its_participle_is_the_named(pipe):  # near miss: the name before the verb
    got = run(pipe, "Бизнесмен, давший показания против чиновника, Андрей Гурьянов заключил соглашение со "
                    "следствием. Он рассказал, что деньги у него вымогали.\n")
    assert [s for _, s, _, _ in got] == ["Андрей Гурьянов"], got
