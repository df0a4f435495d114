"""Round 34, ru34c (issue 16): Russian speakers a demanding user met -- a statement named as the fronted object of
another's denial (both reports, no junk quote of the subject after the verb), "они" after a pair the main verb
governs, a relative described through her husband's calling and name ("Жена бизнесмена Ивана Петрова"), and an
outlet's own report when its source is cited before it ("Со ссылкой на источники «Фонтанка» пишет"). Sentences
written for the test, each rule with a near miss."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru34c", text=text, language="ru"))
    return [(q.text, q.speaker.name if q.speaker else None, [s.name for s in q.speakers],
             [o.name for o in q.reported_by]) for q in rec.quotes]


# -- a statement noun fronted as the object of another's verb: two reports -----------------------------------------
# "Заявление Минфина о том, что …, опровергла Счетная палата": the chamber denies, the ministry stated; the subject
# standing after the verb ("Счетная палата") is who speaks, never what was said.

def test_a_fronted_statement_is_its_owners_and_the_denial_the_subjects(pipe):
    got = run(pipe, "Заявление Минфина о том, что бюджет будет исполнен с профицитом, опровергла Счетная палата.\n")
    by_text = {t: s for t, s, _, _ in got}
    assert by_text.get("бюджет будет исполнен с профицитом") == "Министерство финансов", got
    assert by_text.get("Заявление Минфина о том, что бюджет будет исполнен с профицитом") == "Счетная палата", got
    assert "Счетная палата" not in by_text, got  # (the subject after the verb is no content)


def test_a_statement_noun_after_the_verb_with_no_clause_is_one_denial(pipe):  # near miss: no "о том, что"
    got = run(pipe, "Счетная палата опровергла заявление Минфина о профиците бюджета.\n")
    assert [s for _, s, _, _ in got] == ["Счетная палата"], got


def test_an_adjective_opening_a_real_object_keeps_it(pipe):  # near miss of the subject-after-the-verb check
    got = run(pipe, "Счетная палата опровергла официальные данные Минфина о профиците бюджета.\n")
    assert any(t.startswith("официальные данные") and s == "Счетная палата" for t, s, _, _ in got), got


# -- "они" after the pair the main verb governs ----------------------------------------------------------------------

def test_they_after_a_pair_of_objects_is_both(pipe):
    got = run(pipe, "Президент наградил Петрова и Сидорова. Они заявили, что продолжат работу над проектом.\n")
    assert sorted(got[0][2]) == ["Петров", "Сидоров"], got


def test_they_after_a_plural_subject_is_not_the_object_pair(pipe):  # near miss: the deputies may be meant
    got = run(pipe, "Депутаты наградили Петрова и Сидорова. Они заявили, что продолжат работу над проектом.\n")
    assert sorted(got[0][2]) != ["Петров", "Сидоров"], got


# -- a relative described through the calling and name of the one she is related to ----------------------------------

def test_the_wife_of_a_named_businessman_is_not_him(pipe):
    got = run(pipe, "Жена бизнесмена Ивана Петрова заявила, что не знала о сделке.\n")
    assert got[0][1] != "Иван Петров" and got[0][1].lower().startswith("жена"), got


def test_a_businessman_named_in_the_nominative_is_himself(pipe):  # near miss: apposition, his own name
    got = run(pipe, "Бизнесмен Иван Петров заявил, что не знал о сделке.\n")
    assert got[0][1] == "Иван Петров", got


# -- an outlet whose source is cited before it: its own report too ----------------------------------------------------

def test_a_fronted_citing_phrase_keeps_the_outlets_own_report(pipe):
    got = run(pipe, "Со ссылкой на источники «Фонтанка» пишет, что губернатор уйдет в отставку.\n")
    speakers = sorted(s for t, s, _, _ in got if t == "губернатор уйдет в отставку")
    assert speakers == ["Фонтанка", "источники"], got


def test_the_outlet_citing_after_its_verb_keeps_its_own_report(pipe):
    got = run(pipe, "«Фонтанка» пишет со ссылкой на источники, что губернатор уйдет в отставку.\n")
    assert "Фонтанка" in [s for t, s, _, _ in got if t == "губернатор уйдет в отставку"], got


def test_an_outlet_that_was_told_makes_no_report_of_its_own(pipe):  # near miss: no source cited, the outlet told
    got = run(pipe, "Губернатор сообщил «Фонтанке», что уйдет в отставку.\n")
    assert [s for _, s, _, _ in got] == ["Губернатор"] or all(s != "Фонтанка" for _, s, _, _ in got), got


# -- the one asked in the accusative of an indefinite-personal question -----------------------------------------------
# "Понтеса спросили о снах": unnamed askers put the question (a plural verb with no subject); he was asked.

def test_the_person_asked_by_no_one_named_is_no_speaker_of_the_question(pipe):
    got = run(pipe, "Понтеса спросили о снах, которые он видит на станции. Он ответил, что во сне он просто "
                    "летает.\n")
    assert all(s != "Маркос Понтес" and s != "Понтес" for t, s, _, _ in got if t.startswith("снах")), got
    assert any(s == "Понтес" for t, s, _, _ in got if t.startswith("во сне")), got


def test_askers_named_as_the_subject_ask(pipe):  # near miss: a subject, the journalists ask
    got = run(pipe, "Журналисты спросили Понтеса, видит ли он сны на станции.\n")
    assert got and got[0][1] == "Журналисты", got


# -- spokespeople of two bodies speak for both ------------------------------------------------------------------------

def test_representatives_of_two_companies_speak_for_both(pipe):
    got = run(pipe, "Представители DST и Facebook заявили, что сделка состоится.\n")
    assert sorted(got[0][2]) == ["DST", "Facebook"], got


def test_a_representative_of_one_company_speaks_for_it_alone(pipe):  # near miss: the pair is in the content
    got = run(pipe, "Представитель DST заявил, что Facebook и Google договорились.\n")
    assert got[0][1] == "DST" and got[0][2] in ([], ["DST"]), got


def test_representatives_of_two_companies_refusing_to_comment_are_both(pipe):  # the parser's apposition
    got = run(pipe, "От комментариев по поводу сделки представители DST и Facebook отказались.\n")
    assert sorted(got[0][2]) == ["DST", "Facebook"], got


# -- an impersonal passive names no source in a clause of its own -----------------------------------------------------
# "…, когда Маленченко … позвонил, было подтверждено, что …": he is the subject of his own clause, not who confirmed.

def test_the_subject_of_another_clause_is_no_source_of_a_passive_report(pipe):
    got = run(pipe, "Через полчаса, когда Маленченко выбрался из корабля и позвонил по телефону, было подтверждено, "
                    "что космонавты живы.\n")
    assert got and got[0][1] is None, got


def test_a_passive_reports_agent_is_its_source(pipe):  # near miss: the agent in the instrumental
    got = run(pipe, "Министерством обороны было подтверждено, что космонавты живы.\n")
    assert got and got[0][1] == "Министерство обороны", got
