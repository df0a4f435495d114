"""Round 33, ru33a (issue 16): Russian indirect-speech constructions of the checklist batch w563-w609 the readers
missed (quotes/ru_constructions.py; ru.py ``_opener`` and ``_indirect``; ru_documents.py ``_noted_in_document``;
object_cues.txt). Sentences written for the test, each rule with its general reason and a near miss."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru33a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


# -- a source phrase ENDING the sentence ------------------------------------------------------------------------------
# Russian puts "по словам X" / "по данным X" anywhere a вводная конструкция may stand: first, inside, or last.

def test_phrase_after_the_content_with_a_name(pipe):
    got = run(pipe, "Рубль останется стабильным до конца года, по словам Ивана Петрова.\n")
    assert got == [("indirect", "Рубль останется стабильным до конца года", "Иван Петров")], got


def test_phrase_after_the_content_with_a_described_source(pipe):
    got = run(pipe, "Проезд в автобусах подорожает на пять рублей, по информации мэрии.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "Проезд в автобусах подорожает на пять рублей")], got


def test_phrase_with_the_pronoun_after_the_content(pipe):
    got = run(pipe, "Иван Петров выступил на форуме. Инфляция в марте составила 0,5%, по его словам.\n")
    assert ("indirect", "Инфляция в марте составила 0,5%", "Иван Петров") in got, got


def test_a_law_or_a_period_after_the_content_is_no_source(pipe):  # near misses: "согласно закону", "по данным за март"
    got = run(pipe, "Ставку пересматривают восемь раз в год, согласно закону. Цены выросли на 3%, по данным за "
                    "март.\n")
    assert got == [], got


# -- a refusal to confirm or deny a clause ----------------------------------------------------------------------------
# "не стал отрицать, что" was listed; refusing or declining to confirm, deny or admit governs the same clause.

def test_refused_to_confirm_that(pipe):
    got = run(pipe, "Роспотребнадзор отказался подтвердить, что в регионах введут масочный режим.\n")
    assert got == [("indirect", "в регионах введут масочный режим", "Роспотребнадзор")], got


def test_did_not_confirm_that(pipe):
    got = run(pipe, "Министр Олег Рябов не стал подтверждать, что в регионах введут масочный режим.\n")
    assert got == [("indirect", "в регионах введут масочный режим", "Олег Рябов")], got


def test_declining_a_deed_is_no_statement(pipe):  # near miss: an infinitive that is no act of saying
    got = run(pipe, "Министр Олег Рябов не стал ждать, что подрядчик исправит ошибки, и расторг контракт.\n")
    assert got == [], got


# -- мол, дескать ------------------------------------------------------------------------------------------------------
# The particles of another's speech mean "he says": the verb before them introduces words, whatever its lemma.

def test_particle_after_an_unlisted_verb(pipe):
    got = run(pipe, "Подрядчик Иван Сомов оправдывался, дескать, асфальт нельзя класть в дождь.\n")
    assert got == [("indirect", "асфальт нельзя класть в дождь", "Иван Сомов")], got


def test_a_pier_is_no_particle(pipe):  # near miss: "мол", the noun
    got = run(pipe, "Строители укрепили старый мол, и новый мол защитит гавань от штормов.\n")
    assert got == [], got


# -- a noun of statement with its owner and "о том, что" as a subject ---------------------------------------------

def test_statement_noun_as_subject(pipe):
    got = run(pipe, "Заявление Минфина о том, что бюджет исполнен с профицитом, удивило экономистов.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "бюджет исполнен с профицитом")], got
    assert got[0][2] in ("Минфин", "Министерство финансов"), got


def test_words_of_a_named_person_as_subject(pipe):
    got = run(pipe, "Слова министра финансов Антона Силуанова о том, что налоги повышать не будут, успокоили "
                    "бизнес.\n")
    assert got == [("indirect", "налоги повышать не будут", "Антон Силуанов")], got


def test_request_noun_with_its_chtoby_clause(pipe):
    got = run(pipe, "Просьба жителей, чтобы во дворе поставили горку, осталась без ответа.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "во дворе поставили горку")], got


def test_confidence_noun_with_v_tom_chto(pipe):
    got = run(pipe, "Уверенность министра Ивана Петрова в том, что цены не вырастут, удивила экономистов.\n")
    assert got == [("indirect", "цены не вырастут", "Иван Петров")], got


def test_call_noun_with_what_is_called_for(pipe):
    got = run(pipe, "Призыв президента к снижению ставок вызвал споры.\n")
    assert [(k, t) for k, t, _ in got] == [("indirect", "снижению ставок")], got


def test_a_demand_addressed_to_someone_says_nothing_yet(pipe):  # near miss: "к" an addressee, not the act
    got = run(pipe, "Требование профсоюза к руководству завода остается в силе.\n")
    assert got == [], got


def test_news_of_a_fact_is_no_statement(pipe):  # near miss: a noun that is no one's statement
    got = run(pipe, "Новость о том, что банк закрывает отделения, пришла в пятницу.\n")
    assert got == [], got


# -- "Об этом … заявил X: <clause>" -------------------------------------------------------------------------------------
# A colon after a pointing opener's cue opens what was said: a second quote of the same speaker; the sentence "Об
# этом" points back to is his as well (changed after review r33, ru33fix: the pointer's backward attribution is kept).

def test_pointer_with_a_colon_clause(pipe):
    got = run(pipe, "Переговоры возобновятся в июне. Об этом же заявил и его коллега Джейхун Байрамов: стороны "
                    "согласовали большую часть текста.\n")
    assert ("indirect", "стороны согласовали большую часть текста", "Джейхун Байрамов") in got, got
    assert ("indirect", "Переговоры возобновятся в июне", "Джейхун Байрамов") in got, got


def test_pointer_without_a_colon_points_back(pipe):  # the layout kept
    got = run(pipe, "Задержаны 12 человек. Об этом сообщил глава МВД Иван Петров.\n")
    assert got == [("indirect", "Задержаны 12 человек", "Иван Петров")], got


# -- precision: "уверен в себе:", "заявление на отпуск" ---------------------------------------------------------------

def test_self_confidence_explained_is_no_belief(pipe):  # near miss: a trait of the subject
    got = run(pipe, "Подрядчик уверен в себе: у него три построенных моста.\n")
    assert got == [], got


def test_belief_after_a_colon_still_read(pipe):
    got = run(pipe, "Директор Иван Петров уверен: компания справится с кризисом.\n")
    assert got == [("indirect", "компания справится с кризисом", "Иван Петров")], got


def test_an_application_form_states_nothing(pipe):  # near miss: заявление на X, a form
    got = run(pipe, "В заявлении на отпуск указывается дата начала отпуска.\n")
    assert got == [], got


# -- a source phrase inside a relative clause: ", по мнению которого …," ----------------------------------------------
# The relative pronoun stands for the source: what the clause says is the antecedent's.

def test_relative_source_phrase(pipe):
    got = run(pipe, "Глава Минфина Антон Силуанов, по мнению которого налоги повышать не нужно, выступил на форуме.\n")
    assert got == [("indirect", "налоги повышать не нужно", "Антон Силуанов")], got


def test_relative_place_phrase_is_no_source(pipe):  # near misses: a place, a law
    got = run(pipe, "Дом, по соседству с которым открыли школу, снесут. Закон, согласно которому налоги снизят, "
                    "приняли в мае.\n")
    assert got == [], got


# -- a question asked with a light verb: "задал вопрос о том, когда …" --------------------------------------------------

def test_asked_a_question_about_a_clause(pipe):
    got = run(pipe, "Депутат Иван Петров задал вопрос о том, когда откроют школу.\n")
    assert got == [("indirect", "когда откроют школу", "Иван Петров")], got


def test_a_question_put_to_someone_says_nothing(pipe):  # near miss: no topic
    got = run(pipe, "Депутат Иван Петров задал вопрос министру и ушел.\n")
    assert got == [], got


# -- object cues: a demand for a document ------------------------------------------------------------------------

def test_demanded_a_report(pipe):
    got = run(pipe, "Председатель СК Александр Бастрыкин затребовал доклад о деле о пожаре.\n")
    assert got == [("indirect", "доклад о деле о пожаре", "Александр Бастрыкин")], got


def test_a_future_explanation_is_no_statement(pipe):  # near miss (dev book_105): words not yet said
    got = run(pipe, "Вполне вероятно, что Иван Сомов объяснит это какой-либо неточностью и перенесет дату.\n")
    assert got == [], got
