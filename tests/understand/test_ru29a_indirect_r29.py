"""Round 29 of Russian attribution, short INDIRECT statements (helper ru29a, issue 16): sources and contents the
readers missed or cut in forms news writes every day: a ministry by its short form in lower case ("в областном
минздраве"), a share of people in per cent as the subject, an attribution inserted between commas whose subject
the tagger gave an oblique case, whose predicate is a short participle, or whose source is a body named with "в".
Sentences written for the test, not news; each rule has its near misses."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru29a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def _texts(got):
    return [g[1] for g in got]


# --- a ministry's short form in lower case after "в" (ru_subjects.body_at: org_short_forms.tsv) ---

def test_a_regional_ministry_by_its_short_form_in_lower_case(pipe):
    got = run(pipe, "В областном минздраве напомнили, что в зоне подтопления нельзя пить воду из колодцев.\n")
    assert _texts(got) == ["в зоне подтопления нельзя пить воду из колодцев"], got
    assert "минздрав" in (got[0][2] or "").lower(), got


def test_a_short_form_indeclinable_in_lower_case(pipe):
    got = run(pipe, "В минобороны заявили, что учения на полигоне завершены.\n")
    assert _texts(got) == ["учения на полигоне завершены"], got


def test_near_miss_a_word_opening_with_min_is_no_body(pipe):
    """"минувшие" is no ministry: the speaker is the subject, as before."""
    got = run(pipe, "В минувшие выходные жители поселка сообщили, что в домах пропал свет.\n")
    assert [g[2] for g in got] == ["жители поселка"], got


# --- a share of people in per cent as the subject (ru_subjects._share_of) ---

def test_a_share_of_people_in_per_cent_answers(pipe):
    got = run(pipe, "Лишь 4% опрошенных ответили, что рост цен замедлился.\n")
    assert _texts(got) == ["рост цен замедлился"], got
    assert "4% опрошенных" in (got[0][2] or ""), got


def test_a_share_of_residents_believes(pipe):
    got = run(pipe, "Около 30% жителей города считают, что автобусы ходят слишком редко.\n")
    assert _texts(got) == ["автобусы ходят слишком редко"], got


def test_near_miss_a_share_of_a_budget_says_nothing(pipe):
    """A share of a thing (no people) is no speaker, whatever follows."""
    got = run(pipe, "Около 30% бюджета города уходит на транспорт, что вызывает споры.\n")
    assert got == [], got


# --- an attribution inserted between commas (ru_more._inserted, ru_asides.py) ---

def test_an_inserted_cue_after_a_subject_the_tagger_gave_the_genitive(pipe):
    """"Зарплаты" (genitive singular or nominative plural): the parse's subject still opens the content."""
    got = run(pipe, "Зарплаты в отрасли, как считают аналитики, вырастут на 10% в следующем году.\n")
    assert _texts(got) == ["Зарплаты в отрасли вырастут на 10% в следующем году"], got


def test_near_miss_an_opener_before_the_inserted_cue_stays_out(pipe):
    got = run(pipe, "Кроме того, как считают аналитики, цены на жилье вырастут.\n")
    assert _texts(got) == ["цены на жилье вырастут"], got


def test_an_inserted_cue_before_a_short_participle(pipe):
    """"принято окончательно" is the subject's predicate (a short participle), not a phrase describing the
    speaker; two words are enough after a subject."""
    got = run(pipe, "Решение о закрытии завода, сообщил директор Иван Сидоров, принято окончательно.\n")
    assert ("indirect", "Решение о закрытии завода принято окончательно", "Иван Сидоров") in got, got


def test_near_miss_a_full_participle_after_the_speaker_describes_him(pipe):
    got = run(pipe, "Сделка будет закрыта в марте, сообщил источник, знакомый с ходом переговоров.\n")
    assert _texts(got) == ["Сделка будет закрыта в марте"], got


def test_an_inserted_impersonal_cue_with_a_body_named_after_v(pipe):
    got = run(pipe, "Строительство, как пояснили в мэрии, начнется весной.\n")
    assert got == [("indirect", "Строительство начнется весной", got[0][2])], got
    assert "мэри" in (got[0][2] or "").lower(), got


def test_near_miss_where_a_named_speaker_spoke_is_no_body(pipe):
    """A singular cue with its subject: "в интервью" is where he spoke, never the source."""
    got = run(pipe, "Школа, как сообщил в интервью министр, откроется весной.\n")
    assert not any("интервью" in (g[2] or "") for g in got), got


def test_an_inserted_present_tense_impersonal_cue_with_a_body(pipe):
    got = run(pipe, "Завод, отмечают в компании, продолжит работу.\n")
    assert [g[1] for g in got] == ["Завод продолжит работу"], got


# --- a colon inside what a trailing cue reports (ru_colon_tail.py) ---

def test_a_colon_inside_a_trailing_attribution_with_nothing_read_before_it(pipe):
    """No statement read before the colon: the whole sentence is the one said, not its part after the colon."""
    got = run(pipe, "Врач Анна Петрова рассказала о работе. Иногда выбора нет: либо дорогое лекарство, либо ничего, "
                    "признала она.\n")
    assert ("indirect", "Иногда выбора нет: либо дорогое лекарство, либо ничего", "Анна Петрова") in got, got


def test_near_miss_a_colon_after_a_statement_read_keeps_the_two_parts(pipe):
    """A statement before the colon ("считает, что A") keeps A; the trailing cue takes what follows the colon."""
    got = run(pipe, "Главный инженер Олег Смирнов считает, что мост нужно закрыть: опоры моста разрушаются быстрее, "
                    "чем ожидалось, пояснил он.\n")
    texts = [g[1] for g in got]
    assert "мост нужно закрыть" in texts, got
    assert "опоры моста разрушаются быстрее, чем ожидалось" in texts, got


def test_near_miss_a_cue_verb_before_the_colon_keeps_the_cut(pipe):
    """"назвал фестиваль «…»" before the colon is a statement of its own (read later by the object reader): the
    trailing cue still takes only what the colon opens."""
    got = run(pipe, "Режиссер Иван Орлов назвал фестиваль «самым смелым за десять лет»: семь из двенадцати фильмов "
                    "сняты женщинами, уточнил он.\n")
    assert "семь из двенадцати фильмов сняты женщинами" in [g[1] for g in got], got
