"""Round 35, ruweb35b (issue 16, real regional and Kazakh pages): a dialogue written as one paragraph with dash
attributions ("- A? - спросил X. - B, - ответил Y."), each turn its own speaker's; and reported content that closes
on a quotation before a new clause with its own named subject ("сказал, что «все решено», Иван Орлов - отказался
…"). Sentences written for the test, each rule with a near miss."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ruweb35b", text=text, language="ru"))
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def find(got, start):
    return next((g for g in got if g[0].startswith(start)), None)


# -- a dialogue in one paragraph: the words after "X. -" carry their own dash attribution, another turn -------------

def test_a_second_turn_with_its_own_attribution_is_the_second_speakers(pipe):
    got = run(pipe, "- Почему яму не засыпали? - спросил аким Жамбылской области Ербол Карашукеев. - Не успели "
                    "засыпать, - ответил аким Тараза Бахыт Орынбеков.\n")
    assert find(got, "Почему яму")[0] == "Почему яму не засыпали?", got
    assert find(got, "Не успели")[1] == "Бахыт Орынбеков", got


def test_a_turn_closed_by_any_verb_is_a_turn(pipe):
    got = run(pipe, "— Когда откроют мост? — спросил губернатор Игорь Руденко. — В мае, — ответил мэр Иван Петров. "
                    "— Хорошо, — кивнул губернатор.\n")
    assert find(got, "В мае")[0] == "В мае" and find(got, "В мае")[1] == "Иван Петров", got


def test_the_same_speaker_going_on_is_one_quote(pipe):  # near miss: no attribution after the second part
    got = run(pipe, "- Мы все исправим, - пообещал мэр Омска Сергей Шелест. - Трубу заменят - до зимы.\n")
    assert find(got, "Мы все исправим")[0].endswith("до зимы."), got


# -- content closing on a quotation before another named subject's clause ----------------------------------------

def test_content_ends_at_the_quote_before_another_persons_clause(pipe):
    got = run(pipe, "Ольга Лебедева рассказала, что «все прошло спокойно», Анна Котова поблагодарила пришедших.\n")
    assert find(got, "«все прошло")[0] == "«все прошло спокойно»", got


def test_a_list_after_the_quote_goes_on(pipe):  # near miss: no person and verb after the comma
    got = run(pipe, "Петр Соколов сказал, что «Газпром», Роснефть и Лукойл снизят цены.\n")
    assert find(got, "«Газпром»")[0].endswith("снизят цены"), got


# -- a colon after an infinitive the cue governs explains, it is no content -----------------------------------------

def test_a_colon_after_a_fear_and_its_infinitive_is_no_content(pipe):
    assert run(pipe, "Соседи боятся открывать окна: во дворе жгут мусор.\n") == []


def test_a_colon_after_the_cue_and_its_addressee_is_content(pipe):  # near miss: no infinitive before the colon
    got = run(pipe, "Директор лицея заявил родителям: занятия начнутся в понедельник.\n")
    assert find(got, "занятия начнутся") is not None, got
