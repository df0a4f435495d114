"""Round 31 of Russian attribution (helper ru31a, issue 16): the cue found by structure is back on with its default
flipped -- a word governing a "что" clause with a person or body subject is a cue only if governing_allow.tsv (the
gold cues, the cue lists and the verbs a model over navec vectors judges to be speech, opinion, demand or promise;
eval/train_ru_cues.py) holds its lemma; the deny list (governing_exclusions.tsv) stays as a second gate. Sentences
written for the test, not news: each with its near misses in the same shape, review30b's findings among them."""
import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.understand import rules
from newsgraph.understand.quotes import ru_governing


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru31a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_the_cue_by_structure_is_on():
    assert ru_governing.BY_STRUCTURE is True


@pytest.mark.parametrize("text, content, speaker", [
    # verbs no cue list names, in the table by the model's verdict (never trained on: eval/train_ru_cues.UNSEEN_CUES)
    ("Профессор внушает аспирантам, что без архивов история не пишется.\n", "без архивов история не пишется",
     "профессор"),
    ("Юрист растолковал, что штраф можно оспорить в течение десяти дней.\n",
     "штраф можно оспорить в течение десяти дней", "юрист"),
    ("Фермер упирает на то, что урожай погиб из-за засухи.\n", "урожай погиб из-за засухи", "фермер"),
    # a gold cue of a readable set that no list names
    ("Председатель жюри парировал, что оценки выставлены по регламенту.\n", "оценки выставлены по регламенту",
     "председатель"),
])
def test_a_verb_the_allow_table_holds_is_a_structural_cue(quote_pipe, text, content, speaker):
    got = run(quote_pipe, text)
    assert [g[1] for g in got] == [content], got
    assert speaker.lower() in (got[0][2] or "").lower(), got


def test_a_light_verb_takes_the_cue_from_its_object_noun(quote_pipe):
    got = run(quote_pipe, "Историки выдвинули гипотезу, что крепость стояла на другом берегу.\n")
    assert [g[1] for g in got] == ["крепость стояла на другом берегу"], got


@pytest.mark.parametrize("text, content", [
    ("Социолог высказал догадку, что явка будет рекордной.\n", "явка будет рекордной"),
    ("Министр озвучил довод, что заводу не хватает заказов.\n", "заводу не хватает заказов"),
])
def test_the_object_noun_of_a_speech_verb_governing_the_clause_is_a_cue_with_it(quote_pipe, text, content):
    got = run(quote_pipe, text)
    assert [g[1] for g in got] == [content], got


@pytest.mark.parametrize("text", [
    "Мастер починил кран, что было очень кстати.\n",                 # a relative "что" after a deed
    "Бригада получила премию, что обрадовало всех рабочих.\n",       # a verb no table holds, with its object
])
def test_near_miss_the_object_noun_of_another_verb_is_no_cue(quote_pipe, text):
    assert run(quote_pipe, text) == []


@pytest.mark.parametrize("text", [
    # review30b's findings that switched the rule off in round 30
    "Строители позаботились, что к дому проложили дорогу.\n",
    "Полицейский разглядел, что номер машины заляпан грязью.\n",
    "Журналист выведал, что сделку готовили полгода.\n",
    "Жители смирились, что автобус ходит раз в час.\n",
    # resignation, care and effort, discovery, missing, factive feelings, taking advantage
    "Пенсионеры свыклись с тем, что аптека закрывается в шесть.\n",
    "Ревизор удостоверился, что касса сходится до копейки.\n",
    "Соседи прознали, что участок продают под стоянку.\n",
    "Охранник углядел, что дверь склада не заперта.\n",
    "Бухгалтер прозевал, что срок уплаты налога истек.\n",
    "Инспектор проглядел, что у машины нет страховки.\n",
    "Зрители поразились, что матч закончился так рано.\n",
    "Старик горевал, что сын уехал в другой город.\n",
    "Директор постарался, чтобы рабочих не сократили.\n",
    "Мастер проследил, чтобы трубы уложили по проекту.\n",
    "Перевозчик воспользовался тем, что конкурент ушел с рынка.\n",
])
def test_near_miss_a_word_the_allow_table_lacks_is_no_cue(quote_pipe, text):
    assert run(quote_pipe, text) == []


def test_near_miss_a_light_verb_alone_is_no_cue(quote_pipe):
    # "выдвинуть" governs nothing said without its noun: the team moved forward, so that ...
    assert run(quote_pipe, "Команда выдвинула вперед защитников, чтобы давить на ворота.\n") == []


def test_the_allow_table_and_the_deny_list_do_not_meet():
    allow = {row[0] for row in rules.table("ru", "governing_allow")}
    deny = {row[0] for row in rules.table("ru", "governing_exclusions")}
    assert not allow & deny, allow & deny
    # (and the near misses of the written test batch are in neither by hand: the model left them out)
    from newsgraph.eval.train_ru_cues import UNSEEN_MISSES
    assert not allow & set(UNSEEN_MISSES), allow & set(UNSEEN_MISSES)


@pytest.mark.parametrize("text", [
    # review31 finding 8: a feeling or a gesture with a "что" clause states nothing (a direct quotation's tail verb
    # is no cue of a clause; the gold cues of direct quotations are no longer allow rows). ("порадовались, что" is
    # a listed stance cue, stance_cues.tsv, read before the structure: not this rule's)
    "Мария Соколова горевала, что не успела попрощаться с отцом.\n",
    "Спортсменка Мария Соколова горевала, что проиграла финал.\n",
    "Сосед Петрова улыбнулся, что наконец дождался тишины.\n",
    "Бабушка беспокоится, что внук не звонит уже неделю.\n",
    "Старик вздохнул, что лето опять выдалось дождливым.\n",
])
def test_grief_and_a_smile_are_no_statement(quote_pipe, text):
    assert run(quote_pipe, text) == []



@pytest.mark.parametrize("text", [
    # review31 finding 8 (sweep): discovery, observation and comparison by a PERSON are no statement; the rows only
    # the gold or a list holds (the model below its threshold) are a body's findings alone
    "Врач Иван Петров выявил, что у мальчика сотрясение мозга, и отправил его в больницу.\n",
    "Механик Сергей Иванов выявил, что тормоза неисправны, и снял автобус с рейса.\n",
    "Покупательница Мария Соколова сравнивала, что дешевле, и выбрала отечественный сыр.\n",
    "Инспектор Иван Петров фиксировал, что водители превышают скорость, и выписывал штрафы.\n",
])
def test_finding_out_and_comparing_are_no_statement(quote_pipe, text):
    assert run(quote_pipe, text) == []


def test_a_bodys_finding_by_an_unconfirmed_row_is_still_read(quote_pipe):
    got = run(quote_pipe, "Прокуратура выявила, что подрядчик завысил смету вдвое.\n")
    assert [g[1] for g in got] == ["подрядчик завысил смету вдвое"], got


def test_the_rule_and_the_builder_share_the_threshold():
    from newsgraph.eval.train_ru_cues import THRESHOLD
    assert ru_governing.CONFIRMED == THRESHOLD
