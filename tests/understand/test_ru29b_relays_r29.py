"""Round 29, ru29b (issue 16): the right speaker of relayed words -- an outlet's correspondent ("…, передает
корреспондент «X»"), an outlet inserted in the speaker's clause ("Глава завода, как передает агентство «Прайм»,
заявил"), an outlet that quotes someone ("— цитирует главу министерства Игоря Сафонова «Областная газета»") -- and a
role held at a body as the subject ("Глава ЦИК заявила": a person, not the organisation). Sentences written for the
test, each with the near misses where the rule must not fire."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru29b", text=text, language="ru"))
    return rec, [(q.text, q.speaker.name if q.speaker else None, [r.name for r in q.reported_by])
                 for q in rec.quotes]


def media(rec):
    return {e.name for e in rec.entities if e.type == "MEDIA"}


# -- an outlet's correspondent relays (entities/ru_outlets.py _CREDITED, quotes/ru_relays.py reporter_nouns)

def test_a_correspondent_s_outlet_relays_the_person_s_words(pipe):
    rec, got = run(pipe, "Мэр Самары заявил, что все участки в регионе будут оборудованы камерами, передает "
                         "корреспондент «Волжской коммуны».")
    # (r30: the outlet in the nominative, "Волжская коммуна", review r29 finding 6; entities/ru_outlet_cases.py)
    assert ("все участки в регионе будут оборудованы камерами", "Мэр Самары", ["Волжская коммуна"]) in got, got
    assert any(s == "Волжская коммуна" and t.startswith("Мэр Самары заявил") for t, s, _ in got), got


def test_own_correspondent_of_a_listed_agency(pipe):
    _, got = run(pipe, "Губернатор заявил, что мост откроют осенью, сообщает собственный корреспондент ТАСС.")
    assert ("мост откроют осенью", "Губернатор", ["ТАСС"]) in got, got
    assert any(s == "ТАСС" and t.startswith("Губернатор заявил") for t, s, _ in got), got


def test_a_correspondent_who_only_visits_relays_nothing(pipe):
    """Near miss: a correspondent named with no words relayed is no credit of anyone's."""
    _, got = run(pipe, "Корреспондент «Волжской коммуны» побывал на избирательном участке в Тольятти.")
    assert got == [], got


# -- an outlet inserted in the speaker's clause (entities/ru_outlets.py outlet_verbs)

def test_an_inserted_agency_relays_the_subject_s_words(pipe):
    _, got = run(pipe, "Глава завода, как передает агентство «Прайм», заявил, что с марта предприятие переходит на "
                       "четырехдневную рабочую неделю.")
    assert ("с марта предприятие переходит на четырехдневную рабочую неделю", "Глава завода", ["Прайм"]) in got, got
    assert any(s == "Прайм" and t.startswith("Глава завода заявил") for t, s, _ in got), got


def test_a_rating_agency_speaking_is_no_outlet(pipe):
    """Near miss: an agency that is no outlet (an adjective before it, no outlet's verb) speaks for itself."""
    rec, got = run(pipe, "Рейтинговое агентство «Эксперт РА» сообщило, что банк остается надежным.")
    assert [(t, s) for t, s, _ in got] == [("банк остается надежным", "Эксперт РА")], got
    assert "Эксперт РА" not in media(rec)


# -- an outlet quoting someone (entities/ru_outlets.py quoting_outlets)

def test_an_unlisted_outlet_quoting_a_named_official(pipe):
    _, got = run(pipe, "«Заводу хватит заказов на два года вперед», — цитирует главу министерства Игоря Сафонова "
                       "«Областная газета».")
    assert ("Заводу хватит заказов на два года вперед", "Игорь Сафонов", ["Областная газета"]) in got, got


def test_an_unlisted_outlet_right_after_the_quoting_verb(pipe):
    _, got = run(pipe, "«Я ей полностью доверяю», — цитирует «Матч ТВ» олимпийскую чемпионку Маргариту Мамун.")
    assert ("Я ей полностью доверяю", "Маргарита Мамун", ["Матч ТВ"]) in got, got


def test_a_title_the_words_were_about_is_no_outlet(pipe):
    """Near miss: a name in marks after the person quoted that does not close the sentence is what was talked
    about ("слова губернатора о программе «Развитие» как пример"), not who quotes."""
    rec, _ = run(pipe, "На совещании министр привел слова губернатора о программе «Развитие» как пример успешной "
                       "работы.")
    assert "Развитие" not in media(rec)


# -- a role held at a body (quotes/ru_role_heads.py)

def test_a_role_at_a_body_is_the_speaker_not_the_body(pipe):
    _, got = run(pipe, "Глава ЦИК заявила, что выборы пройдут честно.")
    assert [(t, s) for t, s, _ in got] == [("выборы пройдут честно", "Глава ЦИК")], got


def test_the_role_goes_on_in_a_pronoun(pipe):
    _, got = run(pipe, "Руководитель Росстата заявил, что инфляция в мае снизилась. Он добавил, что сильнее всего "
                       "подешевели овощи.")
    assert [s for _, s, _ in got] == ["Руководитель Росстата", "Руководитель Росстата"], got


def test_a_company_in_marks_after_a_title(pipe):
    _, got = run(pipe, "Директор «Газпрома» заявил, что цены на газ вырастут.")
    assert [(t, s) for t, s, _ in got] == [("цены на газ вырастут", "Директор «Газпрома»")], got


def test_the_holder_named_with_the_role_or_before_it_speaks(pipe):
    """Near misses: the holder named right after the role, or named before with that role, is the speaker."""
    _, got = run(pipe, "Глава ЦИК Элла Памфилова заявила, что выборы пройдут честно.")
    assert [s for _, s, _ in got] == ["Элла Памфилова"], got
    _, got = run(pipe, "Председатель ЦИК Элла Памфилова приехала в Самару. Глава ЦИК заявила, что выборы пройдут "
                       "честно.")
    assert [s for _, s, _ in got] == ["Элла Памфилова"], got


def test_a_body_as_the_subject_speaks_for_itself(pipe):
    """Near miss: a subject that is the body's own name is no role."""
    _, got = run(pipe, "Южная Корея заявила, что переговоры продолжатся.")
    assert [s for _, s, _ in got] == ["Южная Корея"], got
    _, got = run(pipe, "ФИФА объявила, что чемпионат пройдет по плану.")
    assert [s for _, s, _ in got] == ["ФИФА"], got


# -- a name the NER model missed, split by the parse (coref/ru_name_parts.py)

def test_a_sentence_opening_full_name_stays_whole(pipe):
    """The model tags no person in "Джо Байден заявил" at a sentence's start; the parse makes the surname an
    apposition of the given name: the speaker is the whole name, not "Джо"."""
    _, got = run(pipe, "Джо Байден заявил, что США не отправят в Черное море свои корабли.")
    assert [s for _, s, _ in got] == ["Джо Байден"], got


def test_names_in_a_list_are_not_joined(pipe):
    """Near miss: given names in a list, set off by commas, are several people, not one name."""
    _, got = run(pipe, "Маша, Петя и Коля рассказали, что видели пожар.")
    assert all(s is None or "," not in s and "Петя" not in s for _, s, _ in got), got
