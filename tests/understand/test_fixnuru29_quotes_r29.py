"""Round 29, fixNUru29 (issue 16): the Russian quote findings of the new-user trial (tests/test_newuser_r29.py) by
their general forms -- a cue's subject after the verb is no content ("С X согласилась Y"), an outlet's own quoting
verb is no relayed cue ("«…», — цитирует X Y": the outlet relays the quotation alone, as the dev gold's
"# reports:" has it), a "чтобы" that hangs on another verb is no content of an agentless cue ("Как было объявлено,
X прибыл …, чтобы …"), a calling governed by a preposition is no speaker ("в беседе с корреспондентом"), and an
expressed noun is part of its cue ("высказал сомнения"). Sentences written for the test, each with near misses."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="fixnuru29", text=text, language="ru"))
    return rec, [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


# -- the subject after the verb (quotes/ru_no_object.py)

def test_a_subject_after_an_agreeing_verb_is_no_content(pipe):
    _, got = run(pipe, "Глава района Олег Жуков предложил закрыть рынок. С Жуковым согласился депутат Павел Рыбин.")
    assert not any("Рыбин" in t for t, _, _ in got), got
    assert ("закрыть рынок", "Олег Жуков", "предложил") in got, got


def test_an_object_after_an_agreeing_verb_is_still_read(pipe):
    """Near miss: the verb's infinitive object after it is what was agreed to."""
    _, got = run(pipe, "Директор завода Анна Белова согласилась открыть архивы для журналистов.")
    assert ("открыть архивы для журналистов", "Анна Белова", "согласилась") in got, got


# -- an outlet quoting someone (quotes/ru_relays.py)

def test_an_outlet_quoting_someone_relays_the_quotation_alone(pipe):
    _, got = run(pipe, "Хирург Марина Тихонова выступила на конгрессе. «Очереди на операции сократились вдвое», — "
                       "цитирует Тихонову газета «Вечерний Омск».")
    said = [(s, c) for t, s, c in got if t == "Очереди на операции сократились вдвое"]
    assert ("Марина Тихонова", "цитирует") in said and len(said) == 2, got
    assert not any("цитирует" in t for t, _, _ in got), got


def test_an_outlet_relaying_another_verb_keeps_that_verb_in_its_report(pipe):
    """Near miss: the relayed words' own cue and speaker are part of the outlet's report ("…, — сказал X, передает
    Y")."""
    _, got = run(pipe, "«Очереди сократились вдвое», — сказала хирург Марина Тихонова, передает РИА Новости.")
    assert ("«Очереди сократились вдвое», — сказала хирург Марина Тихонова", "РИА Новости", "передает") in got, got


# -- an agentless announcement and a purpose clause (quotes/ru_wire.py)

def test_a_purpose_clause_of_another_verb_is_no_announced_content(pipe):
    _, got = run(pipe, "Как было объявлено, министр культуры Олег Рябов прибыл в Тверь, чтобы открыть музей.")
    assert not any(s == "Олег Рябов" for _, s, _ in got), got
    assert not any(t == "открыть музей" for t, _, _ in got), got


def test_a_demand_s_own_chtoby_is_still_its_content(pipe):
    """Near miss: a "чтобы" hanging on the cue itself is what was demanded."""
    _, got = run(pipe, "Депутат Ольга Ким потребовала, чтобы мэрия отчиталась о расходах.")
    assert ("мэрия отчиталась о расходах", "Ольга Ким", "потребовала") in got, got


# -- a calling after a preposition is no speaker (coref/ru_addressee.py)

def test_a_correspondent_talked_with_is_no_speaker(pipe):
    rec, got = run(pipe, "Мэр Самары Олег Лебедев назвал отчет ошибочным.\n\nНесколько пенсионеров в разговоре с "
                         "корреспондентом РИА Новости отметили, что тарифы выросли.")
    assert ("тарифы выросли", "Несколько пенсионеров", "отметили") in got, got
    names = {m.text for e in rec.entities if e.name == "Олег Лебедев" for m in e.mentions}
    assert not any(n.startswith("корреспондент") for n in names), names


def test_a_calling_as_the_subject_still_stands_for_the_one_named(pipe):
    """Near miss: the same calling as the subject of the cue is the person named with it before."""
    _, got = run(pipe, "Корреспондент «Волжской коммуны» Иван Громов побывал в Тольятти.\n\nКорреспондент "
                       "отметил, что участки открылись вовремя.")
    assert ("участки открылись вовремя", "Иван Громов", "отметил") in got, got


# -- what is expressed is part of the cue (quotes/ru_stance.py)

def test_an_expressed_doubt_is_part_of_its_cue(pipe):
    _, got = run(pipe, "Судья Пётр Громов высказал сомнения в законности переезда.")
    assert ("в законности переезда", "Петр Громов", "высказал сомнения") in got, got


def test_a_supported_object_keeps_its_verb_as_the_cue(pipe):
    """Near miss: a stance verb with its object (no expressed noun) keeps the verb alone as its cue."""
    _, got = run(pipe, "Судья Пётр Громов поддержал решение о переезде.")
    assert ("решение о переезде", "Петр Громов", "поддержал") in got, got


def test_a_plural_subject_keeps_its_words_before_a_long_prepositional_phrase(pipe):
    """quotes/ru_subjects.py: a subject phrase longer than six words with a prepositional phrase hung on it is cut
    before that phrase ("Несколько пенсионеров | с беседе с корреспондентом …", the parse's attachment of a typo)."""
    _, got = run(pipe, "Несколько пенсионеров с беседе с корреспондентом агентства РИА Новости отметили высокие "
                       "тарифы на отопление.")
    assert any(s == "Несколько пенсионеров" for _, s, _ in got), got


def test_a_short_subject_with_its_prepositional_phrase_stays_whole(pipe):
    """Near miss: a subject of six words or fewer keeps its prepositional phrase ("Жители из соседнего села")."""
    _, got = run(pipe, "Жители из соседнего села отметили, что дорогу отремонтировали.")
    assert ("дорогу отремонтировали", "Жители из соседнего села", "отметили") in got, got


def test_an_outlet_talked_with_is_no_speaker(pipe):
    """quotes/ru_comitative.py: a name or an outlet's noun in a phrase of "с" and the instrumental is whom the subject
    spoke with."""
    _, got = run(pipe, "Несколько пенсионеров в разговоре с корреспондентом газеты «Волжская коммуна» отметили, что "
                       "тарифы выросли.")
    assert ("тарифы выросли", "Несколько пенсионеров", "отметили") in got, got
    _, got = run(pipe, "Вместе с министром Олегом Ивановым губернатор Павел Рыбин заявил, что мост откроют.")
    assert ("мост откроют", "Павел Рыбин", "заявил") in got, got


def test_an_outlet_that_writes_still_speaks(pipe):
    """Near miss: the outlet's noun as the subject of its verb ("— пишет газета «X»") is the speaker."""
    _, got = run(pipe, "«Тарифы выросли», — пишет газета «Волжская коммуна».")
    assert ("Тарифы выросли", "Волжская коммуна", "пишет") in got, got
