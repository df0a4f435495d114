"""Round 36, ruweb36b: what a speaker commented on is the content of a past comment verb (quotes/ru_commented.py),
past a dative addressee. The sentences are written for the test."""
from test_ruweb36b_labels_r36 import read  # (tests/understand is on the path, as test_lead35_lone_owner_r35 reads)


def run(pipe, text):
    return [(q.kind, q.cue, q.text, q.speaker.name if q.speaker else None) for q in read(pipe, text)]


def test_the_object_commented_on_is_the_content(pipe):
    got = run(pipe, "Песков прокомментировал присутствие иностранной прессы на пресс-конференции.\n")
    assert [(c, t, s) for _, c, t, s in got] == [
        ("прокомментировал", "присутствие иностранной прессы на пресс-конференции", "Песков")], got
    got = run(pipe, "Мария Захарова прокомментировала сообщения о возможном назначении послом.\n")
    assert [t for _, _, t, _ in got] == ["сообщения о возможном назначении послом"], got


def test_the_addressee_is_no_part_of_it(pipe):
    for told in ("«Известиям»", "РИА Новости", "журналистам"):
        got = run(pipe, f"Министр Олег Седов прокомментировал {told} ситуацию с ценами на бензин.\n")
        assert [(k, t) for k, _, t, _ in got] == [("indirect", "ситуацию с ценами на бензин")], (told, got)


def test_near_misses_a_pronoun_object_and_a_match_commented(pipe):
    assert run(pipe, "Песков прокомментировал это коротко.\n") == []
    assert run(pipe, "Матч прокомментировал известный комментатор Иван Орлов.\n") == []


def test_the_object_ends_before_a_second_act(pipe):
    got = run(pipe, "Захарова прокомментировала планы Киева по внесению резолюции против «милитаризации Крыма», а "
                    "также призвала ООН осудить действия Киева.\n")
    assert [(c, t) for _, c, t, _ in got] == [
        ("прокомментировала", "планы Киева по внесению резолюции против «милитаризации Крыма»"),
        ("призвала", "ООН осудить действия Киева")], got
