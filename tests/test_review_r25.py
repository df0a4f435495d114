"""Round 25 review: what the round's merged rules (enattr25, enspk25, ru25b) over-read, each with sentences written
for these tests (ordinary news near-misses, none taken from a dev text). Marked xfail until the lead narrows the rule;
each reason names the rule and the narrowing suggested in /tmp/try25/REVIEW.md."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.ingest.base import RawDocument


def _quotes(text, published="2016-03-24"):
    rec = newsgraph.analyze(text, published=published)
    return [((q.speaker.name if q.speaker else None), q.text, (q.cue or "").lower()) for q in rec.quotes]


def _ru(text):
    rec = newsgraph.analyze_raw(RawDocument(source="review-r25", text=text, language="ru"))
    return [((q.speaker.name if q.speaker else None), q.text, (q.cue or "").lower()) for q in rec.quotes]


@pytest.mark.parametrize("text", [
    "The minister said he would resign, citing a report by the auditor general.\n",
    "Citing polls that show him trailing, the senator said he would not seek re-election.\n",
    "Citing a new study, Senator Ann Roe said the law should be repealed.\n",
    "The company said it would close the plant, citing a study of falling demand.\n",
])
def test_a_source_cited_as_a_reason_is_not_the_source_of_the_decision(text):
    got = _quotes(text)
    assert not any(cue == "citing" for _, _, cue in got), got


@pytest.mark.parametrize("text, sayer, content", [
    ("Officials said the gunman acted alone and believed he was on a mission from God.\n", "Officials",
     "he was on a mission from God"),
    ("Officials said the pilot had reported no problems and believed the weather was fine.\n", "Officials",
     "the weather was fine"),
    ("Neighbours said the man had moved away years ago and says he will never return.\n", "Neighbours",
     "he will never return"),
])
def test_a_verb_of_the_contents_subject_is_not_the_sayers(text, sayer, content):
    got = _quotes(text)
    assert not any(s == sayer and t == content for s, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Asked whether the jury heard that the witness had been paid, the judge said no.\n",
    "Did the jury hear that the witness had been paid?\n",
    "The jury heard the defendant scream at the officers in the recording.\n",
])
def test_what_a_jury_may_have_heard_or_heard_happen_is_no_attribution(text):
    got = _quotes(text)
    assert not any(cue in ("heard", "hear") for _, _, cue in got), got


@pytest.mark.parametrize("text", [
    "Министр финансов Антон Силуанов не назвал бюджет следующего года сбалансированным.\n",
    "Глава ведомства так и не назвал ситуацию в отрасли критической.\n",
    "Никто не называет эти меры достаточными.\n",
])
def test_a_negated_naming_verb_is_no_evaluation(text):
    got = _ru(text)
    assert not any(t.endswith(("сбалансированным", "критической", "достаточными")) for _, t, _ in got), got


@pytest.mark.parametrize("text, content", [
    ("Мэр Олег Быков, назвав реформу провальной, покинул заседание.\n", "реформу провальной"),
    ("Почему губернатор назвал проект убыточным, остается неясным.\n", "проект убыточным"),
])
def test_an_unmarked_evaluation_ends_with_its_clause(text, content):
    got = _ru(text)
    assert any(t == content for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Совет директоров назвал Ивана Петрова исполняющим обязанности генерального директора.\n",
    "Губернатор назвал имена новых министров прошлой весной.\n",
    "Мэр назвал победителей конкурса прошлым вечером.\n",
])
def test_an_appointment_or_a_time_is_no_evaluation(text):
    got = _ru(text)
    assert not any(cue.startswith("назвал") for _, _, cue in got), got


def test_a_state_body_is_not_owned_by_the_state_after_a_word_of_the_same_stem():
    got = _ru("Казахстан ввел новые пошлины на ввоз зерна. Казахстан хочет защитить фермеров. Казахстан при этом "
              "сверяется с правилами Китая. Правительство заявило, что пошлины временные.\n")
    assert not any(s == "Правительство Китая" for s, _, _ in got), got


def test_a_capitals_government_is_not_the_states():
    got = _ru("Мэр Москвы Сергей Собянин открыл новую станцию метро. Правительство столицы сообщило, что до конца "
              "года откроют еще три станции.\n")
    assert not any((s or "").endswith("России") for s, _, _ in got), got


def test_a_party_member_is_not_a_person_of_another_party():
    got = _quotes("Rep. Bob Stone, a Republican, criticized the governor's budget on Monday. The Democrat said the cuts "
                  "would hurt schools.\n")
    assert not any(s == "Bob Stone" for s, _, _ in got), got


def test_an_embassy_in_a_story_about_its_host_is_not_the_hosts():
    got = _ru("Таиланд закрыл курорты из-за наводнения. Таиланд эвакуирует туристов. Бангкок просит помощи. В посольстве "
              "сообщили, что российские туристы не пострадали.\n")
    assert not any((s or "").endswith("Таиланда") for s, _, _ in got), got
