"""Round 26 of Russian attribution (helper ru26b): speakers of documents and studies whose owner the text named
before (quotes/ru_owners.py); every sentence here is written for the test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def _by_text(got, start):
    return next(g for g in got if g[0].startswith(start))


def test_a_document_with_its_body_bare_noun_is_the_body_named_before(pipe):
    """ru_owners.py ``earlier_owner``: "В решении суда указано, что …" after the court was named is that court's;
    a document named bare right after it ("…, говорится в решении") goes on quoting the same ruling."""
    _, got = run(pipe, "Арбитражный суд Москвы отказал компании «Ромашка» в иске к налоговой службе. В решении "
                       "суда указано, что компания не представила документов о расходах.\n")
    assert _by_text(got, "компания не представила")[1:3] == ("Арбитражный суд Москвы", "В решении суда"), got
    _, got = run(pipe, "Ленинский районный суд Самары признал незаконным увольнение учительницы. В решении суда "
                       "указано, что школа нарушила процедуру. Школа обязана выплатить ей компенсацию, говорится "
                       "в решении.\n")
    assert _by_text(got, "Школа обязана")[1] == "Ленинский районный суд Самары", got


def test_a_bare_ruling_is_its_issuer_of_the_sentence_before(pipe):
    """A directive named bare (words.tsv ``directives``: "постановление", "приговор") with no document quoted before:
    the body the sentence before names (a body noun in its name: "Тверской суд")."""
    _, got = run(pipe, "Тверской суд арестовал бизнесмена Ивана Петрова. В постановлении говорится, что он может "
                       "скрыться от следствия.\n")
    assert _by_text(got, "он может скрыться")[1] == "Тверской суд", got


def test_a_document_with_no_owner_named_stays_unowned(pipe):
    """No body of the genitive's noun named before ("В решении суда" in a text naming no court), an owner named in
    the phrase itself: the rule gives nothing of its own."""
    _, got = run(pipe, "Компания «Ромашка» проиграла спор с налоговой службой. В решении суда указано, что "
                       "компания не представила документов.\n")
    assert _by_text(got, "компания не представила")[1] != "Ромашка", got
    _, got = run(pipe, "Тверской суд арестовал бизнесмена Ивана Петрова. В решении Мосгорсуда говорится, что "
                       "жалоба защиты отклонена.\n")
    assert _by_text(got, "жалоба защиты")[1] != "Тверской суд", got


def test_a_study_and_its_researchers_are_the_body_that_made_it(pipe):
    """A study reported of a named body ("показал опрос ФОМ", "говорится в исследовании ФОМ"): "Исследование
    показало", "Социологи отмечают", "Как выяснили исследователи" (words.tsv ``study_authors``) are that body's."""
    text = ("Больше трети россиян читают книги каждую неделю. Об этом говорится в исследовании ФОМ, опубликованном "
            "во вторник. Исследование показало также, что чаще других читают жители малых городов. Социологи "
            "отмечают, что за десять лет доля читающих выросла. Как выяснили исследователи, каждый пятый читает "
            "электронные книги.\n")
    _, got = run(pipe, text)
    for start in ("чаще других читают", "за десять лет", "каждый пятый"):
        assert _by_text(got, start)[1] == "ФОМ", got


def test_researchers_of_a_body_named_are_that_body(pipe):
    """Researchers named with their own body ("исследователи Высшей школы экономики") are not the study's body."""
    _, got = run(pipe, "Об этом говорится в исследовании ФОМ, опубликованном во вторник. Исследователи Высшей "
                       "школы экономики отмечают, что книги стали дороже.\n")
    assert _by_text(got, "книги стали дороже")[1] != "ФОМ", got


def test_a_regional_body_is_the_region_of_the_story_seat(pipe):
    """ru_regions.py ``region_named``: "в прокуратуре области" in a story whose dateline sets a city the text
    names a region's adjective of ("ТОМСК, …", "томских школ"): "прокуратура Томской области"; "В ведомстве" after
    it is that body (``placed_anaphor``)."""
    _, got = run(pipe, "ТОМСК, 3 мая. Власти закрыли на карантин шесть томских школ.\n\nКак сообщили в "
                       "прокуратуре области, ведомство начало проверку поставщика питания. В ведомстве уточнили, "
                       "что результаты проверки будут известны через неделю.\n")
    assert _by_text(got, "ведомство начало")[1] == "прокуратура Томской области", got
    assert _by_text(got, "результаты проверки")[1] == "прокуратура Томской области", got


def test_no_region_is_made_without_the_seat_adjective(pipe):
    """A dateline city whose adjective the text never writes, or a text naming its region itself: no region made
    up ("прокуратура области" as written, or the region the text names)."""
    _, got = run(pipe, "ТОМСК, 3 мая. Власти закрыли на карантин шесть школ.\n\nКак сообщили в прокуратуре "
                       "области, ведомство начало проверку поставщика питания.\n")
    assert "Томской" not in (_by_text(got, "ведомство начало")[1] or ""), got


def test_a_plural_calling_the_tagger_misreads_is_no_one_named_before(pipe):
    """coref/ru_number.py ``plural_calling``: "Синоптики предупредили" (a calling of person_nouns.txt the tagger
    may read as a singular proper noun) with a plural cue is many people, not the governor named before."""
    _, got = run(pipe, "Губернатор края Дмитрий Лосев раскритиковал работу коммунальщиков. Синоптики предупредили, "
                       "что в выходные ожидается новый снегопад.\n")
    assert _by_text(got, "в выходные")[1] != "Дмитрий Лосев", got
    _, got = run(pipe, "Синоптик Анна Белова выступила на брифинге. Синоптик предупредила, что в выходные ожидается "
                       "новый снегопад.\n")
    assert _by_text(got, "в выходные")[1] == "Анна Белова", got


def test_a_person_described_with_a_place_after_the_cue_speaks(pipe):
    """ru_quotation.py ``described_after``: "«…», — написала жительница улицы Лесной", "— сказал житель села
    Ивановка": a place named inside the description names no other speaker; the description is the speaker."""
    _, got = run(pipe, "«Третий день сидим без света», — написала жительница улицы Лесной.\n")
    assert got[0][1] == "жительница улицы Лесной", got
    _, got = run(pipe, "«Автобус не ходит с понедельника», — сказал житель села Ивановка.\n")
    assert got[0][1] == "житель села Ивановка", got


def test_a_post_quoted_after_its_author_wrote_it_is_the_author(pipe):
    """ru_owners.py ``_post_author``: "«…», — говорится в публикации." after "X написал в своем Telegram-канале,
    что …" is X's; after a spoken statement ("X заявил"), no author is made up."""
    _, got = run(pipe, "Мэр Томска Сергей Лосев написал в своем Telegram-канале, что службы работают "
                       "круглосуточно. «Техники не хватает, поэтому мы привлекли подрядчиков», — говорится в "
                       "публикации.\n")
    assert _by_text(got, "Техники не хватает")[1] == "Сергей Лосев", got
    _, got = run(pipe, "Мэр Томска Сергей Лосев заявил, что службы работают круглосуточно. «Техники не хватает», — "
                       "говорится в публикации.\n")
    assert _by_text(got, "Техники не хватает")[1] is None, got


def test_a_superlative_in_a_body_name_keeps_its_form(pipe):
    """entities/ru_phrase.py ``_inflect_like``: "Высшей школы экономики" is "Высшая школа экономики" (pymorphy2's
    first form of the superlative's lexeme is "высочайшая"), "Лучшего детского театра" "Лучший детский театр"."""
    rec, got = run(pipe, "Исследователи Высшей школы экономики отмечают, что книги стали дороже.\n")
    assert got[0][1] == "Высшая школа экономики", got
    rec, got = run(pipe, "Представители Лучшего детского театра года заявили, что спектакль перенесут.\n")
    assert got[0][1] == "Лучший детский театр", got


def test_a_branch_is_named_with_its_parent_body(pipe):
    """ru_regions.py ``branch_of``: "В Дальневосточном управлении Росгидромета уточнили" (the tagger gives the two
    names apart) is "Дальневосточное управление Росгидромета"."""
    _, got = run(pipe, "Синоптики ждут снегопада. В Западно-Сибирском управлении Росгидромета уточнили, что "
                       "высота снежного покрова может достигнуть полуметра.\n")
    assert _by_text(got, "высота снежного")[1] == "Западно-Сибирское управление Росгидромета", got


def test_a_headline_description_is_the_protagonist_named_below(pipe):
    """ru_described.py ``headline_person``: "Уволенный директор завода пообещал …" in the headline of a story that
    names and quotes Олег Сомов most (twice or more) is Сомов; not a description of another gender, nor a source."""
    text = ("Уволенный директор завода пообещал обжаловать решение суда\n\nСуд отказал бывшему директору завода "
            "Олегу Сомову в иске о восстановлении на работе. Сомов назвал решение несправедливым. «Я дойду до "
            "Верховного суда», — заявил Сомов журналистам. Юрист Анна Лосева считает, что шансы у него есть.\n")
    _, got = run(pipe, text)
    assert _by_text(got, "обжаловать")[1] == "Олег Сомов", got
    text = ("Уволенная учительница пообещала обжаловать решение суда\n\nСуд отказал бывшему директору завода "
            "Олегу Сомову в иске. Сомов назвал решение несправедливым. «Я дойду до Верховного суда», — заявил "
            "Сомов.\n")
    _, got = run(pipe, text)
    assert _by_text(got, "обжаловать")[1] != "Олег Сомов", got
