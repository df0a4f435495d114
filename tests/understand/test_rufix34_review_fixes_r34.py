"""rufix34: review34a's Russian findings fixed on the merged round-34 code (tests/test_review_r34.py holds the
reviewer's sentences). Each rule here with a sentence written for it and a near miss it must not fire on; none copied
from ../shared."""
from __future__ import annotations

import pytest

from newsgraph.ingest.base import RawDocument


@pytest.fixture(scope="module")
def pipe(quote_pipe):
    return quote_pipe


def run(pipe, text):
    rec = pipe.run(RawDocument(source="rufix34", text=text, language="ru"))
    ents = {e.id: e for e in rec.entities}

    def name(r):
        return ents[r.entity].name if r is not None and r.entity in ents else (r.name if r is not None else None)
    return [(q.text, name(q.speaker)) for q in rec.quotes]


# quotes/ru_far_cue.py: a subordinate clause (words.tsv subordinate_openers) between a cue and its "что"

def test_an_if_clause_between_cue_and_que_keeps_the_que(pipe):
    got = run(pipe, "Директор сообщил, если верить источникам, что завод закроют.\n")
    assert ("завод закроют", "Директор") in got, got


def test_a_clause_whose_own_verb_takes_the_que_is_no_insertion(pipe):  # near miss (words.tsv knowing_predicates)
    got = run(pipe, "Министр сообщил о новых мерах, когда выяснилось, что денег нет.\n")
    assert ("денег нет", "Министр") not in got, got


# quotes/ru_far_cue.py: a "что" that is the subject of a neuter past is the writer's relative, not the cue's

def test_a_relative_que_after_a_gerund_is_not_the_cues(pipe):
    got = run(pipe, "Губернатор сообщил, выступая перед жителями, о закрытии больницы, что стало неожиданностью.\n")
    assert not any(t.startswith("стало") for t, _ in got), got


def test_a_que_clause_in_the_past_with_its_own_subject_is_the_cues(pipe):  # near miss
    got = run(pipe, "Мэр заявил, отвечая на вопрос журналистов, что решение было принято давно.\n")
    assert ("решение было принято давно", "Мэр") in got, got


# quotes/ru_far_cue.py ``apposed_holder``: a name that goes on with a participle is the content's fronted object

def test_a_fronted_object_going_on_with_a_relative_is_the_content(pipe):
    got = run(pipe, "По словам следователя, водителя Петра Орлова, который скрылся с места аварии, задержали.\n")
    assert [s for t, s in got if "задержали" in t] == ["следователь"], got


def test_an_apposition_closed_by_its_name_is_the_speaker(pipe):  # near miss
    got = run(pipe, "По словам губернатора Тульской области, секретаря генсовета партии Алексея Дюмина, школу "
                    "откроют к сентябрю.\n")
    assert got[:1] == [("школу откроют к сентябрю", "Алексей Дюмин")], got


# quotes/ru_more.py ``_manner_cut``: the "о" topic ends before a closing manner adverb

def test_two_manner_adverbs_are_no_part_of_the_topic(pipe):
    got = run(pipe, "Мэр высказался о строительстве моста резко негативно.\n")
    assert got == [("строительстве моста", "Мэр")], got


def test_an_adverb_after_a_preposition_is_the_topics(pipe):  # near miss
    got = run(pipe, "Министр рассказал о планах на завтра.\n")
    assert got == [("планах на завтра", "Министр")], got


# quotes/ru_role_of.py: a participle or adjective before the owner's calling is stepped over

def test_a_wife_of_a_well_known_man_is_not_him(pipe):
    got = run(pipe, "Жена известного бизнесмена Ивана Петрова заявила, что продаст акции.\n")
    assert got and got[0][1] not in (None, "Иван Петров"), got


def test_a_participle_before_a_titled_name_in_the_nominative_is_himself(pipe):  # near miss
    got = run(pipe, "Убитый журналист Иван Петров заявлял, что ему угрожают.\n")
    assert got and got[0][1] == "Иван Петров", got


# quotes/ru_relative.py: the antecedent of "который"

def test_a_name_in_apposition_to_the_antecedent_is_stepped_over(pipe):
    got = run(pipe, "Глава района встретился с жителями села Михайловка, которые пожаловались, что дорогу не "
                    "ремонтируют.\n")
    q = [s for t, s in got if t.startswith("дорогу не ремонтируют")]
    assert q and q[0] not in (None, "Глава района", "Михайловка"), got


def test_a_relative_of_a_wife_that_is_masculine_is_her_husband(pipe):  # near miss (gender disagrees with the role)
    got = run(pipe, "Журналисты встретились с женой министра Ивана Петрова, который заявил, что уйдет в отставку.\n")
    assert ("уйдет в отставку", "Иван Петров") in got, got


def test_a_relative_after_a_widow_is_the_widow(pipe):
    got = run(pipe, "Вдова летчика Сергея Орлова, которая заявила, что муж не виноват, подала иск.\n")
    q = [s for t, s in got if t.startswith("муж не виноват")]
    assert q and q[0] != "Сергей Орлов", got


# quotes/ru_relays.py ``outlet_as_subject``: an outlet that is the cue's subject and cites its source relays it

def test_an_outlet_citing_a_body_relays_it(pipe):
    got = run(pipe, "ТАСС со ссылкой на Минобороны сообщает, что учения завершены.\n")
    assert sorted(s for t, s in got if t == "учения завершены")[-1:] == ["ТАСС"] and len(got) == 2, got


def test_an_outlets_bare_report_is_no_quote(pipe):  # near miss (quotes-ru-dev neg-outlet-reports)
    assert run(pipe, "ТАСС сообщает, что министр уйдет в отставку.\n") == []


def test_an_outlet_a_speaker_was_interviewed_by_is_no_speaker(pipe):  # near miss
    got = run(pipe, "Министр заявил в интервью РБК, что уйдет в отставку.\n")
    assert got == [("уйдет в отставку", "Министр")], got
