"""Round 34, ru34a (issue 16): attributions in LONG news sentences (the stress batch w650-w693), read from the
sentence's punctuation and morphology rather than one parse arc (quotes/ru_far_cue.py; ru.py ``_indirect`` and
``_phrase``; ru_more.py ``_inserted``). Sentences written for the test, each rule with its general reason and a near
miss."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru33a_constructions_r33 import run  # noqa: E402 (the same reading: (kind, text, speaker) of each quote)


# -- a cue far from its "что" -------------------------------------------------------------------------------------
# Agency style puts gerund and participle phrases, relative clauses and inclusions ("в том числе …") between a cue and
# its complementiser; each opens after a comma with its own word, so the "что" is still the cue's.

def test_que_after_a_gerund_phrase_with_a_list(pipe):
    got = run(pipe, "Песков сказал журналистам, комментируя публикации изданий о возможной отставке членов "
                    "правительства, в том числе вице-премьеров, что Кремль не комментирует слухи.\n")
    assert ("indirect", "Кремль не комментирует слухи", "Песков") in got, got


def test_que_after_a_gerund_and_a_relative_clause(pipe):
    got = run(pipe, "Депутат Олег Фомин заявил, выступая на заседании, где обсуждался бюджет, что денег на ремонт "
                    "школ не хватит.\n")
    assert ("indirect", "денег на ремонт школ не хватит", "Олег Фомин") in got, got


def test_speaker_is_the_cues_subject_not_a_name_in_the_insertion(pipe):
    got = run(pipe, "Песков сказал, комментируя публикации о возможной отставке вице-премьеров, отвечающих за "
                    "промышленность, что решений пока нет.\n")
    assert [(k, s) for k, t, s in got if t == "решений пока нет"] == [("indirect", "Песков")], got


def test_a_demonstratives_que_is_not_the_cues(pipe):  # near miss: "…, все, что знал"
    got = run(pipe, "Мэр сообщил журналистам, собравшимся у мэрии, все, что знал о сделке.\n")
    assert not any("знал о сделке" in t for _, t, _ in got), got


def test_a_clause_of_its_own_takes_the_que(pipe):  # near miss: ", и выяснилось, что" (also within one comma)
    got = run(pipe, "Министр сообщил о новых мерах, и выяснилось, что денег на них нет.\n")
    assert not any(t == "денег на них нет" for _, t, _ in got), got


# -- a speaker in apposition after "по словам" ---------------------------------------------------------------------
# An apposition agrees in case with what it describes: a second genitive title ending in a genitive name, closed by a
# comma, is the same speaker; a nominative after the comma is the content's subject.

def test_genitive_apposition_is_the_speaker(pipe):
    got = run(pipe, "По словам губернатора области, секретаря генсовета партии «Единая Россия» Алексея Дюмина, "
                    "школу откроют к сентябрю.\n")
    assert got == [("indirect", "школу откроют к сентябрю", "Алексей Дюмин")], got


def test_nominative_after_the_phrase_is_the_content(pipe):  # near miss
    got = run(pipe, "По словам губернатора, вице-премьер Антон Алиханов приедет в Тулу в понедельник.\n")
    assert [t for _, t, _ in got] == ["вице-премьер Антон Алиханов приедет в Тулу в понедельник"], got


# -- an inserted cue with a long speaker ---------------------------------------------------------------------------
# The inserted subject may run past 80 characters (a title, an organisation in quote marks, the name) when it is one
# noun phrase up to its comma.

def test_inserted_cue_with_a_long_titled_speaker(pipe):
    got = run(pipe, "Цены на жилье, считает руководитель аналитического центра «Индикаторы рынка недвижимости» Олег "
                    "Репченко, в ближайший год снижаться не будут.\n")
    assert got == [("indirect", "Цены на жилье в ближайший год снижаться не будут", "Олег Репченко")], got


def test_a_long_clause_after_a_cue_is_no_insertion(pipe):  # near miss: a verb of its own, no speaker named
    got = run(pipe, "Он подписал договор, объявил о начале строительства нового терминала аэропорта Владивостока и "
                    "поблагодарил всех участников проекта, работавших над ним три года.\n")
    assert not any(t.startswith("Он подписал") for _, t, _ in got), got


# -- a quotation interrupted by a LONG attribution ----------------------------------------------------------------
# "«…, — признал министр X, отвечая на вопросы … по итогам встречи, которая …. — …»": the attribution between the
# dashes is one clause however long (a titled speaker, a gerund's phrase, a relative clause), and ends at the dash
# that resumes the quotation; it holds no sentence of its own.

def test_quotation_interrupted_by_a_long_attribution(pipe):
    got = run(pipe, "«Переговоры шли непросто, — признал министр иностранных дел Турции Хакан Фидан, отвечая на "
                    "вопросы журналистов по итогам встречи, которая продлилась почти пять часов. — Но мы "
                    "договорились о главном».\n")
    assert got == [("direct", "Переговоры шли непросто Но мы договорились о главном", "Хакан Фидан")], got


def test_a_sentence_of_its_own_is_no_interrupting_attribution(pipe):  # near miss: the words after the cue run on
    # as a sentence of their own; the second dash ends someone else's line, not the attribution
    got = run(pipe, "«Переговоры шли непросто, — признал министр Хакан Фидан. Встреча в Анкаре продлилась почти пять "
                    "часов, и журналисты ждали у входа до ночи, — Но мы договорились о главном».\n")
    assert not any("журналисты ждали" in t for _, t, _ in got), got


# -- a participle describing the source of "по данным X" ----------------------------------------------------------
# "По данным Росстата, опубликованным в пятницу, …": the participle agrees with the document's noun ("данным"), not
# only the last noun before the comma; its phrase tells whose data it is, not what they say.

def test_participle_agreeing_with_the_documents_noun(pipe):
    got = run(pipe, "По данным МЧС, опубликованным на сайте ведомства в понедельник вечером, пожар на складе "
                    "потушен.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "пожар на складе потушен")], got


def test_a_nominative_participle_opens_the_content(pipe):  # near miss (review2 r26's, kept)
    got = run(pipe, "По данным полиции, задержанный водитель находился в состоянии опьянения.\n")
    assert [t for _, t, _ in got] == ["задержанный водитель находился в состоянии опьянения"], got


# -- a cue in a relative clause speaks for the relative's antecedent -----------------------------------------------
# "…, которые пожаловались, что …": the relative pronoun is the cue's subject and agrees with its antecedent in number
# (and gender in the singular); a long sentence's parse hangs the cue on the main clause's verb and its subject.

def test_plural_relative_speaks_for_its_antecedent(pipe):
    got = run(pipe, "Председатель Следственного комитета Александр Бастрыкин поручил возбудить уголовное дело после "
                    "обращения жителей Новосибирска, которые пожаловались на то, что управляющая компания так и не "
                    "отремонтировала крышу дома.\n")
    said = [s for _, t, s in got if t.startswith("управляющая компания")]
    assert said and said[0].startswith("жител"), got


def test_singular_relative_takes_the_agreeing_name(pipe):  # near miss: not the plural subject of the main clause
    got = run(pipe, "Жители написали письмо губернатору Ивану Петрову, который ответил, что автобусы будут ходить "
                    "чаще.\n")
    assert ("indirect", "автобусы будут ходить чаще", "Иван Петров") in got, got
