"""Review of round 32 (review32a): where the Russian branches ru32a (clause-governing words as cues:
quotes/ru_governing.py, lang/ru/governing_allow.tsv, eval/train_ru_cues.py) and ru32b (direct-speech layouts:
quotes/ru_layouts.py, ru_quotation.py, ru_interviews.py, ru_title_holders.py, ru_more.py) fire wrongly or miss the
obvious variant of what they claim. Every sentence is written for the test (ordinary Russian news layouts, none
copied from ../shared). A test marked xfail fails on the branch named in its reason when written (the lead removes
the mark once the branch is fixed); the unmarked tests are guards that pass on main and on both branches. Run against
a branch with ``PYTHONPATH=<branch>/src ... pytest --runxfail tests/test_review_r32.py``.
"""
from __future__ import annotations

import pytest

from newsgraph.ingest.base import RawDocument


@pytest.fixture(scope="module")
def pipe(quote_pipe):
    return quote_pipe  # (conftest's pipeline up to the quotes, loaded once per session)


def run(pipe, text):
    """[(quote text, speaker's entity name or the speaker as written, cue)] of the text."""
    rec = pipe.run(RawDocument(source="review32a", text=text, language="ru"))
    ents = {e.id: e for e in rec.entities}
    out = []
    for q in rec.quotes:
        who = None
        if q.speaker is not None:
            who = ents[q.speaker.entity].name if q.speaker.entity in ents else q.speaker.name
        out.append((q.text, who, q.cue))
    return out


def speakers(got):
    return {who for _, who, _ in got}


def xf(branch, reason):
    return pytest.mark.xfail(strict=False, reason=f"{branch}: {reason}")


# == ru32b, quotes/ru_layouts.py ``_credit_lines``: «…» — Name ==================================================

@pytest.mark.parametrize("credit", ["надпись на памятнике Ивану Петрову", "слова на памятнике Ивану Петрову"])
def test_inscription_on_a_monument_to_a_person_is_not_his_speech(pipe, credit):
    """ru32b, ru_layouts.py ``_credit_lines`` / ``_named``: the credit "надпись на памятнике Ивану Петрову" names the
    man the monument honours, in the dative; he said nothing. Narrowing: the credited name must be in the nominative
    (the credit is "Name, title"), or the credit must not open with a noun of an object (надпись, табличка,
    памятник) or hold the name in an oblique case after such a noun."""
    got = run(pipe, f"Городские новости\n\n«Мы помним тебя, герой» — {credit}.\n")
    assert "Иван Петров" not in speakers(got), got


def test_third_person_caption_is_not_the_named_mans_speech(pipe):
    """ru32b, ru_layouts.py ``_credit_lines``: "«Он вынес из горящего дома троих детей» — Иван Петров, пожарный" is a
    caption about the fireman (a "heroes of our town" rubric), its subject "он" is the man named after the dash.
    Narrowing: no credit when the quotation's subject is a third-person pronoun of the credited person's gender and
    the quotation holds no first- or second-person word."""
    got = run(pipe, "Герои нашего города\n\n«Он вынес из горящего дома троих детей» — Иван Петров, пожарный из "
                    "Твери.\n")
    assert got == [], got


def test_tv_programme_title_with_its_host_is_no_quote(pipe):
    """ru32b, ru_layouts.py ``_credit_lines`` / ``_among_works``: "«Кто хочет стать миллионером?» — программа Первого
    канала с Дмитрием Дибровым" is a programme and its host. Narrowing: look for a noun of works in the credit itself
    too (not only in the paragraph before), and add programmes and broadcasts to words.tsv ``listed_works``
    (программа, передача, шоу, телеигра, выпуск)."""
    got = run(pipe, "Самые популярные телепередачи недели\n\n«Кто хочет стать миллионером?» — программа Первого "
                    "канала с Дмитрием Дибровым.\n")
    assert got == [], got


def test_painting_title_with_its_painter_is_no_quote(pipe):
    """ru32b, ru_layouts.py ``_credit_lines`` / words.tsv ``listed_works``: a painting's title is a sentence
    ("Иван Грозный убивает своего сына") credited to its painter with a year; "картина" is no noun of works in
    ``listed_works``. Narrowing: add картина, полотно, выставка, пьеса, опера, поэма, мультфильм to
    ``listed_works``; a credit ending in a year ("Илья Репин, 1885 год") is an author's."""
    got = run(pipe, "Главная картина выставки\n\n«Иван Грозный убивает своего сына» — Илья Репин, 1885 год.\n")
    assert got == [], got


def test_quiz_answer_is_no_credit_of_the_question(pipe):
    """ru32b, ru_layouts.py ``_credit_lines`` (the credit as the next paragraph): in a quiz, "«Кто первым полетел в
    космос?»" then "— Юрий Гагарин." is a question and its answer. Narrowing: in the next-paragraph form, a
    quotation that is a question takes no credit (or the credit must be "Name, title": a bare name after a
    question is an answer)."""
    got = run(pipe, "Ответы на вопросы викторины\n\n«Кто первым полетел в космос?»\n\n— Юрий Гагарин.\n")
    assert "Юрий Гагарин" not in speakers(got), got


def test_credit_with_a_quoted_club_in_the_title(pipe):
    """ru32b, ru_layouts.py ``_CREDIT``: the credit's characters exclude «», so "— главный тренер «Локомотива»
    Михаил Галактионов" (the commonest sports credit) is read as no credit, while "— Михаил Галактионов после матча
    с ЦСКА" is. Narrowing: allow balanced «…» inside the credit."""
    got = run(pipe, "Спорт\n\n«Мы проиграли заслуженно» — главный тренер «Локомотива» Михаил Галактионов.\n")
    assert [(t, w) for t, w, _ in got] == [("Мы проиграли заслуженно", "Михаил Галактионов")], got


def test_credit_line_guard(pipe):
    """ru32b, ru_layouts.py ``_credit_lines``: the layout it is for (guard)."""
    got = run(pipe, "Цитата дня\n\n«Мы не будем повышать налоги для малого бизнеса» — Антон Силуанов, министр "
                    "финансов.\n")
    assert speakers(got) <= {"Антон Силуанов"} and len(got) <= 1, got


def test_written_on_a_board_is_no_speech_guard(pipe):
    """ru32b, ru_layouts.py ``_colon_dash``/``_colon_runs``: "На доске написано:" then a dash line names a hero of
    the inscription; no one speaks (guard)."""
    got = run(pipe, "Экскурсия\n\nНа доске у входа в школу написано:\n\n— Здесь учился Герой Советского Союза Иван "
                    "Петров.\n")
    assert "Иван Петров" not in speakers(got), got


# == ru32b, quotes/ru_layouts.py ``_bracket_sources``: «…» (source) =============================================

@pytest.mark.parametrize("bracket,who", [("обращение к главе района Ивану Петрову", "Иван Петров"),
                                         ("из письма мэру Екатеринбурга Алексею Орлову", "Алексей Орлов")])
def test_addressee_in_brackets_is_not_the_source(pipe, bracket, who):
    """ru32b, ru_layouts.py ``_bracket_sources`` / ``_named``: "(обращение к главе района Ивану Петрову)" names whom
    the residents wrote to, in the dative. Narrowing: the bracketed name must be nominative (or the genitive of a
    source noun: "пресс-служба мэрии"), and no preposition "к" / noun of a letter or appeal (обращение, письмо,
    жалоба, запрос) may govern it."""
    got = run(pipe, f"Жители Заречья\n\n«Просим отремонтировать мост через Исеть» ({bracket}).\n")
    assert who not in speakers(got), got


def test_bracketed_source_guard(pipe):
    """ru32b, ru_layouts.py ``_bracket_sources``: a bracketed speaker in the nominative (guard)."""
    got = run(pipe, "Жители Заречья\n\n«Мост через Исеть отремонтируем к зиме» (глава района Иван Петров).\n")
    assert speakers(got) <= {"Иван Петров"} and len(got) <= 1, got


# == ru32b, quotes/ru_layouts.py ``_listed_quotes``: a lead naming one person, then bulleted quotations ========

def test_vox_pop_listed_under_a_lead_is_not_the_named_mans(pipe):
    """ru32b, ru_layouts.py ``_listed_quotes`` / ``_one_person``: "Мы спросили у жителей, что они думают о реформе
    мэра Ивана Петрова:" -- the residents answer; the mayor is named as the reform's owner (a genitive inside a
    topic). Main already gives the first line to Petrov by "думают"; the branch adds every further line.
    Narrowing: the one person must be the subject (nsubj) of the lead's verb, not a genitive or an oblique."""
    got = run(pipe, "Мы спросили у жителей, что они думают о реформе мэра Ивана Петрова:\n\n— «Реформа нужна, но "
                    "нам никто ничего не объяснил».\n\n— «Тарифы опять вырастут, а зарплаты нет».\n")
    assert "Иван Петров" not in speakers(got), got


def test_appeal_to_a_governor_listed_is_not_the_governors(pipe):
    """ru32b, ru_layouts.py ``_listed_quotes``: "Вот что написали жители в обращении к губернатору Александру
    Беглову:" -- the residents wrote, the governor (dative, after "к") receives. Narrowing as above: the lead's
    subject, never a dative or a name after "к"."""
    got = run(pipe, "Вот что написали жители в обращении к губернатору Александру Беглову:\n\n• «Просим остановить "
                    "вырубку сквера на улице Ленина».\n\n• «Мы требуем провести общественные слушания».\n")
    assert "Александр Беглов" not in speakers(got), got


# == ru32b, quotes/ru_layouts.py ``_words_owned``: «…». Эти слова принадлежат X ================================

def test_words_not_belonging_to_a_minister_are_not_his(pipe):
    """ru32b, ru_layouts.py ``_words_owned``: "Эти слова не принадлежат министру" is a fact-check saying he did NOT
    say them. Narrowing: skip when "не" stands before the owning verb (or anywhere before the name)."""
    got = run(pipe, "«Пенсионный возраст снова поднимут». Эти слова не принадлежат министру труда Антону "
                    "Котякову.\n")
    assert "Антон Котяков" not in speakers(got), got


def test_words_from_a_letter_to_a_doctor_are_not_the_doctors(pipe):
    """ru32b, ru_layouts.py ``_words_owned`` ("Это были слова X", no verb): "Это были слова из письма врачу Ивану
    Петрову" -- the parents wrote to the doctor. Narrowing: with no verb the owner must be the genitive right after
    "слова" ("слова Ивана Петрова"), not a name after "из письма" or in the dative."""
    got = run(pipe, "«Спасибо, что спасли нашего сына». Это были слова из письма врачу Ивану Петрову.\n")
    assert "Иван Петров" not in speakers(got), got


def test_words_that_caused_laughter_guard(pipe):
    """ru32b, ru_layouts.py ``_words_owned``: another verb ("вызвали смех") -- the owning rule stays out (guard;
    what main reads here is left as it is)."""
    main_like = run(pipe, "«Работы закончим к осени». Такие слова главы района Ивана Петрова вызвали смех у "
                          "жителей.\n")
    assert all(cue is not None or who is None for _, who, cue in main_like), main_like


# == ru32b, quotes/ru_layouts.py ``_colon_runs``: dash lines going on after a colon ============================

def test_interviewers_request_line_is_not_the_officials(pipe):
    """ru32b, ru_layouts.py ``_colon_runs``: the run stops at a question ("?"), but interviewers ask as often with an
    imperative ("— Расскажите о планах на лето."). Narrowing: also stop at a line whose first verb is an
    imperative (Mood=Imp) or which addresses someone ("вы", a vocative name)."""
    got = run(pipe, "Глава поселка Сергей Рыбин ответил на вопросы «Вестника»:\n\n— Дорогу заасфальтируем в июне."
                    "\n\n— Расскажите о планах на лето.\n\n— Летом откроем детскую площадку и отремонтируем клуб.\n")
    assert not any(t.startswith("Расскажите") for t, _, _ in got), got


def test_colon_run_guard(pipe):
    """ru32b, ru_layouts.py ``_colon_runs``: the layout it is for (guard: no other speaker than the official)."""
    got = run(pipe, "Глава поселка Сергей Рыбин ответил на вопросы «Вестника»:\n\n— Дорогу заасфальтируем в июне."
                    "\n\n— Освещение поставим к осени, фонари уже закупили.\n")
    assert speakers(got) <= {"Сергей Рыбин"}, got


# == ru32b, quotes/ru_interviews.py ``_transcript``: short predicates after a name and a colon ================

def test_profile_line_with_age_first_is_no_speech(pipe):
    """ru32b, ru_interviews.py ``_transcript`` (a short predicate after its subject, r32): the near miss "женат, 45
    лет" is kept out, but the same profile with the age first ("Иван Петров: 52 года, женат, двое детей.") passes
    because "женат" no longer opens the line. Narrowing: count a short form only when a nominative noun or pronoun
    of its own clause stands before it ("Россия готова"), not a number phrase."""
    got = run(pipe, "Кандидаты в депутаты\n\nИван Петров: 52 года, женат, двое детей.\n\nАнна Смирнова: 38 лет, "
                    "замужем, трое детей.\n")
    assert got == [], got


def test_transcript_title_lead_guard(pipe):
    """ru32b, ru_interviews.py ``title_lead``: a title before the name and a dialogue dash after the colon (guard)."""
    got = run(pipe, "Тренер «Локомотива» Михаил Галактионов: — Мы проиграли заслуженно, соперник был сильнее.\n")
    assert speakers(got) <= {"Михаил Галактионов"}, got


# == ru32b, quotes/ru_quotation.py ``_TOPIC_AFTER``: "Name — о topic: «…»" ===================================

@pytest.mark.parametrize("lead,who", [
    ("Письмо Дмитрию Пескову — о новых санкциях", "Дмитрий Песков"),
    ("Вопрос Петрову о ремонте моста", "Петров"),
    ("Иск к Петрову о защите чести", "Петров"),
])
def test_addressee_before_a_topic_is_not_the_speaker(pipe, lead, who):
    """ru32b, ru_quotation.py (the name before the colon, ``_TOPIC_AFTER``): "Письмо Дмитрию Пескову — о новых
    санкциях: «Просим разъяснить …»" is a letter TO him. Narrowing: the name must open the lead-in (nothing but a
    title before it) and be nominative; a noun of a message (письмо, вопрос, иск, жалоба, обращение) before it
    blocks the reading."""
    quote = {"Письмо Дмитрию Пескову — о новых санкциях": "«Просим разъяснить позицию Кремля».",
             "Вопрос Петрову о ремонте моста": "«Когда закончится ремонт?»",
             "Иск к Петрову о защите чести": "«Ответчик распространил ложные сведения»."}[lead]
    got = run(pipe, f"{lead}: {quote}\n")
    assert who not in speakers(got), got


def test_song_title_after_singer_and_topic_is_no_quote(pipe):
    """ru32b, ru_quotation.py ``_TOPIC_AFTER``: "Песня Аллы Пугачевой о любви: «Миллион алых роз»" -- a noun of
    works opens the lead-in. Narrowing: apply words.tsv ``listed_works`` (the branch's own list) to the lead-in too."""
    got = run(pipe, "Новости\n\nПесня Аллы Пугачевой о любви: «Миллион алых роз»\n")
    assert "Алла Пугачева" not in speakers(got), got


def test_speaker_before_a_topic_naming_another(pipe):
    """ru32b, ru_quotation.py (``named[-1]``): "Дмитрий Песков — о встрече с Байденом: «…»" gives the words to
    Байден (main does the same; the branch's topic rule was the place to fix it). Narrowing: when a topic ("— о …")
    follows a name, the speaker is the last name before the topic, never one inside it."""
    got = run(pipe, "Новости\n\nДмитрий Песков — о встрече с Байденом: «Мы найдем ответ на любые ограничения».\n")
    assert speakers(got) == {"Дмитрий Песков"}, got


def test_topic_after_name_guard(pipe):
    """ru32b, ru_quotation.py ``_TOPIC_AFTER``: the layout it is for (guard)."""
    got = run(pipe, "Новости\n\nДмитрий Песков — о новых санкциях: «Мы найдем ответ на любые ограничения».\n")
    assert speakers(got) == {"Дмитрий Песков"}, got


# == ru32b, quotes/ru_more.py ``_interrupted`` with any verb ===================================================

def test_quotation_split_by_a_shout_guard(pipe):
    """ru32b, ru_more.py ``_interrupted``: any verb between the halves, a speaker required (guard)."""
    got = run(pipe, "«Горим, — закричал сторож Иван Петров. — Звоните в пожарную!»\n")
    assert speakers(got) <= {"Иван Петров"}, got


def test_split_quotation_with_a_gesture_keeps_the_right_speaker_guard(pipe):
    """ru32b, ru_more.py ``_interrupted``: "— Сидоров кивнул на Петрова. —" -- if read, the one who nods speaks, not
    the one nodded at (guard)."""
    got = run(pipe, "«Вот кто во всем виноват, — Сидоров кивнул на Петрова. — Он подписал приказ».\n")
    assert "Петров" not in speakers(got), got


def test_split_quotation_verb_first_guard(pipe):
    """ru32b, ru_more.py ``_interrupted``: "— развел руками глава района Иван Петров. —" (guard)."""
    got = run(pipe, "«Денег на ремонт нет, — развел руками глава района Иван Петров. — Ждем субсидию из области».\n")
    assert speakers(got) <= {"Иван Петров"}, got


@pytest.mark.parametrize("inside", ["глава района Иван Петров развел руками", "глава района Иван Петров сказал"])
def test_split_quotation_subject_first(pipe, inside):
    """ru32b, ru_more.py ``_interrupted``: the branch takes any verb after the dash ("— развел руками глава района
    X. —") but not the same words subject first ("— глава района Иван Петров развел руками. —"), a common order
    in Russian reporting; main misses it even with "сказал". Narrowing/extension: after the dash accept a name
    (PERSON mention, maybe after its title) followed by a finite verb before the second dash."""
    got = run(pipe, f"«Денег на ремонт нет, — {inside}. — Ждем субсидию из области».\n")
    assert speakers(got) == {"Иван Петров"}, got


# == ru32b, quotes/ru_title_holders.py ``HeadlineTitles``: two holders leave the title as written ==============

def test_former_holder_does_not_unseat_the_current_one(pipe):
    """ru32b, ru_title_holders.py ``HeadlineTitles.headline_title_holder`` / ``title_holders``: below "Губернатор:
    «…»" the text names the governor and "его предшественник, бывший губернатор Роман Старовойт"; the branch
    counts both and leaves "Губернатор" unresolved, where main gave the words to Алексей Смирнов. Narrowing: drop
    former holders from the candidates (coref/ru_tenure.py ``described_former``/``named_former``, already used by
    use 3) before counting two."""
    got = run(pipe, "Губернатор: «Мы восстановим все дома до зимы»\n\nГубернатор Курской области Алексей Смирнов "
                    "посетил Суджу. Его предшественник, бывший губернатор Роман Старовойт, отметил, что работы идут "
                    "медленно.\n")
    said = [who for t, who, _ in got if t.startswith("Мы восстановим")]
    assert said == ["Алексей Смирнов"], got


def test_headline_title_one_holder_guard(pipe):
    """ru32b, ru_title_holders.py ``HeadlineTitles``: one holder below the headline (guard)."""
    got = run(pipe, "Министр: «Бюджет будет исполнен в полном объеме»\n\nМинистр финансов Антон Силуанов выступил "
                    "в Госдуме.\n")
    assert speakers(got) == {"Антон Силуанов"}, got


# == ru32a, quotes/ru_governing.py + lang/ru/governing_allow.tsv: which clause-governing words are cues ==========
# ru32a widens the table to every infinitive of pymorphy2's dictionary, judged by character n-grams and morphology.
# The risk is a verb that governs a "что"/"чтобы" clause with a person subject but reports no speech: discovery,
# perception, cognition, effort, care, carelessness. Each line below: main reads no quote; the branch must not either.

NOT_SPEECH = [
    "Глава района Иван Петров добился, чтобы мост отремонтировали до зимы.",
    "Мэр Самары Иван Носков проследил, чтобы дорогу починили к празднику.",
    "Сосед Иван Петров подслушал, что жильцы обсуждают продажу дома.",
    "Следователь Олег Смирнов вычислил, что преступник уехал в Казань.",
    "Директор школы Анна Смирнова разглядела, что у мальчика сломана рука.",
    "Губернатор Александр Петров позаботился о том, чтобы пострадавшие получили жилье.",
    "Министр Иван Петров удостоверился, что все школы готовы к учебному году.",
    "Тренер Иван Петров подстроил так, что команда сыграла вничью.",
    "Депутат Иван Петров постарался, чтобы закон приняли до конца сессии.",
    "Министр Иван Петров подгадал, чтобы визит совпал с открытием завода.",
    "Министр Иван Петров выведал, что цены на бензин вырастут.",
    "Министр Иван Петров вообразил, что ремонт обойдется в два миллиарда рублей.",
    "Министр Иван Петров смекнул, что ремонт обойдется в два миллиарда рублей.",
    "Министр Иван Петров приплатил рабочим, чтобы ремонт закончили в мае.",
    "Министр Иван Петров подстраховался, чтобы ремонт закончили в мае.",
    "Министр Иван Петров поставил рабочих на смену, чтобы ремонт закончили в мае.",
    "Министр Иван Петров прозевал, что ремонт затянулся.",
    "Министр Иван Петров проморгал, что подрядчик сорвал сроки.",
    "Министр Иван Петров запамятовал, что подрядчик сорвал сроки.",
    "Министр Иван Петров докопался, что подрядчик сорвал сроки.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_clause_governing_deed_or_perception_is_no_cue_guard(pipe, text):
    """ru32a, ru_governing.py / governing_allow.tsv: a verb of effort, care, discovery, perception, cognition or
    carelessness governing a clause reports no speech (guard; passes on main). If it fails on ru32a, the table
    admitted the verb: narrow by adding it (or its class) to the deny list / NEAR_MISSES and raising the rare
    infinitives' threshold."""
    got = run(pipe, text + "\n")
    assert got == [], got


@xf("ru32a", "main misses these rare verbs of saying; ru32a's docstring names them as the model's target")
@pytest.mark.parametrize("text,cue", [
    ("Депутат Иван Петров присовокупил, что выборы перенесут на осень.", "присовокупил"),
    ("Депутат Иван Петров разболтал, что выборы перенесут на осень.", "разболтал"),
    ("Мэр Иван Петров посулил жителям, что мост откроют к зиме.", "посулил"),
    ("Министр Иван Петров втолковывал подчиненным, что отчеты нужно сдавать вовремя.", "втолковывал"),
])
def test_rare_verb_of_saying_is_a_cue(pipe, text, cue):
    """ru32a, governing_allow.tsv (eval/train_ru_cues.py, eval/ru_cue_features.py): rare verbs of saying that navec
    lacks or sees rarely, the examples of ru32a's own docstring; the quote is the clause, said by Иван Петров."""
    got = run(pipe, text + "\n")
    assert [(who, c) for _, who, c in got] == [("Иван Петров", cue)], got


# == ru32b, further layouts: a relation's name before the colon, asked persons, chanted slogans =================

@pytest.mark.parametrize("label,line", [
    ("Адвокат Ивана Петрова", "Мой подзащитный невиновен, мы обжалуем приговор."),
    ("Мать Ивана Петрова", "Сын ни в чем не виноват, его оговорили."),
])
def test_relations_name_in_the_genitive_is_not_the_speaker(pipe, label, line):
    """ru32b, ru_interviews.py ``title_lead`` (with ``_transcript``): the words before the name are taken for the
    name's title, but "Адвокат Ивана Петрова" / "Мать Ивана Петрова" is another person defined by the named one
    (a genitive governed by the noun). Court and crime reporting prints exactly this. Narrowing: the name after a
    title must be nominative (in apposition: "Тренер «Локомотива» Михаил Галактионов"); a genitive name makes the
    label someone else's (then no quote, or the label as written)."""
    got = run(pipe, f"Суд\n\n{label}: — {line}\n")
    assert "Иван Петров" not in speakers(got), got


@pytest.mark.parametrize("lead", ["Журналисты спросили главу района Ивана Петрова",
                                  "Главу района Ивана Петрова спросили журналисты"])
def test_asked_person_is_not_the_asker(pipe, lead):
    """ru32b, ru_layouts.py ``_colon_dash`` (``speaker_in`` ... or ``_one_person``): "Журналисты спросили главу
    района Ивана Петрова: — Когда откроют мост?" -- the journalists ask, Petrov is asked. Narrowing: the speaker is
    the cue's subject (nsubj); a name in the accusative or dative (the addressee) is never taken by the
    ``_one_person`` fallback."""
    got = run(pipe, f"{lead}: — Когда откроют мост через Исеть?\n")
    assert "Иван Петров" not in speakers(got), got


@pytest.mark.parametrize("lead,items", [
    ("На митинге в поддержку депутата Ивана Петрова звучали лозунги",
     ("«Петров, мы с тобой до конца!»", "«Руки прочь от нашего парка!»")),
    ("Журналисты задали мэру Ивану Петрову вопросы",
     ("«Когда откроют мост через Исеть?»", "«Кто ответит за срыв сроков?»")),
])
def test_listed_quotes_of_others_about_or_to_the_named_man(pipe, lead, items):
    """ru32b, ru_layouts.py ``_listed_quotes`` / ``_one_person``: the lead names one person, but as the one supported
    (a genitive) or the one asked (a dative); the crowd and the journalists speak. Narrowing: the named person must
    be the subject of the lead's verb (or the lead hold no other subject); "лозунги", "вопросы", "требования"
    as the lead's object with another subject say the items are not his."""
    text = f"{lead}:\n\n• {items[0]}\n\n• {items[1]}\n"
    got = run(pipe, text)
    assert "Иван Петров" not in speakers(got), got


def test_phrase_of_a_person_become_a_meme_guard(pipe):
    """ru32b, ru_layouts.py ``_credit_lines``: "— фраза Дмитрия Медведева, ставшая мемом" credits the phrase to its
    author (a participle is no verb of the credit) (guard)."""
    got = run(pipe, "Новости\n\n«Денег нет, но вы держитесь» — фраза Дмитрия Медведева, ставшая мемом.\n")
    assert speakers(got) <= {"Дмитрий Медведев"}, got


def test_prosecutor_line_in_a_court_transcript_guard(pipe):
    """ru32b, ru_interviews.py ``_transcript``: a title and a nominative name before the colon (guard)."""
    got = run(pipe, "Суд\n\nПрокурор Олег Смирнов: Вина подсудимого доказана полностью.\n")
    assert speakers(got) <= {"Олег Смирнов"}, got


def test_inline_question_and_answer_after_colon_dash(pipe):
    """ru32b, ru_layouts.py ``_colon_dash``: "Мэр Иван Петров ответил на вопрос: — Вы пойдете на выборы? — Пока не
    решил." -- the words run to the paragraph's end, so the journalist's question is the mayor's too. Narrowing: a
    "? —" (or ". —" before a capital) inside the words opens a new turn: end the quote there, and when the first
    turn is a question after "на вопрос", take the turn after it as the answer."""
    got = run(pipe, "Мэр Иван Петров ответил на вопрос: — Вы пойдете на выборы? — Пока не решил.\n")
    assert not any("пойдете" in t and who == "Иван Петров" for t, who, _ in got), got


def test_bracketed_object_is_no_source(pipe):
    """ru32b, ru_layouts.py ``_bracket_sources`` (the noun phrase as written): the phrase passes because a word of a
    body ("администрации") is anywhere in it, but its head "надпись" is a thing; the reader gets a speaker
    "надпись на плакате у здания администрации". Minor. Narrowing: the head noun (the first token) must itself be
    a body or a calling (пресс-служба, директор, мэрия), not any later word."""
    got = run(pipe, "Протест\n\n«Мы требуем сохранить парк» (надпись на плакате у здания администрации).\n")
    assert not any(who and who.startswith("надпись") for _, who, _ in got), got


@pytest.mark.parametrize("text", [
    "Водитель автобуса Иван Петров учел, что дорога была скользкой, и снизил скорость.",
    "Фермер Иван Петров задумался, что будет с урожаем после заморозков.",
    "Фермер Иван Петров печалится, что молодежь уезжает из села.",
    "Судья Иван Петров подал знак, что можно начинать матч.",
])
def test_cognition_emotion_gesture_is_no_cue(pipe, text):
    """ru32a, lang/ru/governing_allow.tsv (eval/train_ru_cues.py, eval/ru_cue_features.py) read by
    ru_governing.py ``allowed``/``allow_row``: the new table lifts "учесть" (taking into account: an accident
    report's "водитель не учел, что …"), "задуматься" (wondering), "печалиться" (a factive emotion: the builder's
    own near-miss class) and "подать" ("подал знак": a gesture) over CONFIRMED=0.9, so a person's thought,
    feeling or gesture becomes a reported statement. Narrowing: add these to NEAR_MISSES (cognition: учесть,
    задуматься, принять к сведению; emotion: печалиться, печалить; gesture: подать знак/сигнал) and let the
    pymorphy2-only infinitives (RARE_WEIGHT rows) need a higher threshold than navec's words, or no row at all
    unless a form of them is in navec. (ru32a was not merged in round 32: a guard for any later table.)"""
    got = run(pipe, text + "\n")
    assert got == [], got


@pytest.mark.parametrize("text,cue", [
    ("Охранник Иван Петров буркнул, что пропуск нужно показать на входе.", "буркнул"),
    ("Глава Минфина Иван Петров просигнализировал, что готов к переговорам с регионами.", "просигнализировал"),
    ("Эксперт Иван Петров выказывал опасения, что цены вырастут.", "выказывал опасения"),
    # (ru32a's rebuilt table dropped внушать; ru32a was not merged: a guard)
    ("Тренер Иван Петров внушал игрокам, что они могут обыграть любого соперника.", "внушал"),
])
def test_cues_the_old_table_held_guard(pipe, text, cue):
    """ru32a, governing_allow.tsv: rows of main's table the rebuilt one drops or lowers (буркнуть and
    просигнализировать were "-", выказывать 0.901) still read as cues, through the lists or the gold (guard)."""
    got = run(pipe, text + "\n")
    assert [(who, c) for _, who, c in got] == [("Иван Петров", cue)], got


# == ru32b, words.tsv ``listed_works`` / ru_layouts.py ``_among_works``: over-blocking ============================

@pytest.mark.parametrize("text,who", [
    ("Неделя детской книги\n\n«Дети стали читать больше, чем пять лет назад» — Анна Смирнова, директор городской "
     "библиотеки.\n", "Анна Смирнова"),
    ("Рейтинг губернаторов\n\n«Мы поднялись на десять позиций за год» — Иван Петров, губернатор Тверской "
     "области.\n", "Иван Петров"),
    ("Мэр Иван Петров представил список обещаний на новый срок:\n\n• «Отремонтируем сто дворов».\n\n• «Построим "
     "две новые школы».\n", "Иван Петров"),
])
def test_a_works_noun_in_the_heading_does_not_block_a_persons_words(pipe, text, who):
    """ru32b, ru_layouts.py ``_among_works`` (the paragraph before the quotation, or the lead of a list): the
    heading "Неделя детской книги", "Рейтинг губернаторов" or the lead "список обещаний" holds a noun of
    ``listed_works``, so the credit line or the list (the layouts the branch is for) reads nothing. Narrowing: a
    noun of works blocks only when it is the quotation's own head ("песня «…»", "книга «…»") or the credit is a
    bare name with no calling; "Name, директор библиотеки" / "губернатор …" is a person speaking. Consider also
    dropping "список" and "рейтинг" (lists of anything) from the set."""
    got = run(pipe, text)
    assert got and speakers(got) == {who}, got


def test_chart_of_songs_guard(pipe):
    """ru32b, ru_layouts.py ``_among_works``: a song's title and its singer under a chart heading is no quote
    (guard)."""
    got = run(pipe, "Хит-парад недели\n\n«Я люблю тебя, жизнь» — Марк Бернес.\n\n«Надежда — мой компас земной» — "
                    "Анна Герман.\n")
    assert got == [], got


def test_emoji_transcript_guard(pipe):
    """ru32b, ru_interviews.py ``_LABEL_LEAD``: a channel's emoji before a surname label (guard)."""
    got = run(pipe, "🎙 Песков: Мы не будем комментировать эти слухи.\n\n🎙 Захарова: Ответ последует "
                    "незамедлительно.\n")
    assert speakers(got) <= {"Песков", "Захарова", "Дмитрий Песков", "Мария Захарова"}, got


@pytest.mark.parametrize("tail", [
    "«Мой подзащитный невиновен, мы обжалуем приговор» — адвокат Ивана Петрова.",
    "«Сын ни в чем не виноват, его оговорили» (мать Ивана Петрова).",
    "«Сын ни в чем не виноват, его оговорили»\n\n— мать осужденного Ивана Петрова",
])
def test_relation_of_the_named_man_in_a_credit_is_not_him(pipe, tail):
    """ru32b, ru_layouts.py ``_named`` (used by ``_credit_lines`` and ``_bracket_sources``): the credit's one
    person is taken with up to five words before the name, but "адвокат Ивана Петрова", "мать осужденного Ивана
    Петрова" name someone else by a relation (a genitive after a noun of a relation or calling). The quotation even
    says "мой подзащитный" / "сын". Narrowing: the credited name must be nominative; a genitive name after a
    calling or kinship noun gives the speaker as written ("адвокат Ивана Петрова", a Ref with no entity) or no
    one."""
    got = run(pipe, f"Суд\n\n{tail}\n")
    assert "Иван Петров" not in speakers(got), got
