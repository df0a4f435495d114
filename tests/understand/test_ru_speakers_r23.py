"""Round 23 of Russian attribution: speakers a reader resolves (quotes/ru_subjects.py ``addressee``, ``oblique``,
``place_of_speaking``, ``body_at``; ru_quotation.py; ru_bodies.py ``_body_just_named``, ``other_kind``;
ru_local.py ``_regional``; coref/ru_offices.py ``holds_title``; person_nouns.txt "защита"); every sentence here is
written for the test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def _entity(rec, q):
    return next((e for e in rec.entities if q.speaker is not None and e.id == q.speaker.entity), None)


def test_whom_the_words_were_told_is_no_speaker(pipe):
    """ru_subjects.py ``addressee``/``oblique``, ru_quotation.py: an interview's lead "X, чей спектакль получил
    «Золотую маску», рассказала обозревателю «Вечернего города» Петру Сомову о …": the guest speaks, not the
    interviewer in the dative nor his paper; the prize in marks is no quotation; her answers are hers."""
    _, got = run(pipe, "Директор театра Вера Олеговна Крылова, чей спектакль весной получил «Золотую маску», "
                       "рассказала обозревателю «Вечернего города» Петру Сомову о гастролях и новом сезоне.\n\n"
                       "— Вера Олеговна, почему вы остались в городе?\n\n— Потому что этот зал мой.\n")
    assert [g[1] for g in got] == ["Вера Олеговна Крылова", "Вера Олеговна Крылова"], got


def test_a_company_noun_stands_for_a_company(pipe):
    """ru_speakers.py ``_described_org``, ``_body_just_named``, ``_other_kind`` (words.tsv ``company_anaphors``):
    "Компания" after a company in marks is that company, not "Ассоциация компаний …" whose head is another kind;
    after only a university it is no one named."""
    rec, got = run(pipe, "Союз предприятий общепита утверждает, что цены выросли у поставщиков. Мясокомбинат "
                         "«Заречный», один из поставщиков, сократил выпуск вдвое. Компания сообщила, что "
                         "повышает отпускные цены.\n")
    assert got[-1][1] == "Заречный" or _entity(rec, rec.quotes[-1]).name == "Заречный", got
    rec, got = run(pipe, "Московский университет в прошлом году открыл сорок кафедр. Губернатор Игорь Лесков "
                         "посетил новую школу.\n\nКомпания сообщила, что цены на проезд вырастут.\n")
    assert _entity(rec, rec.quotes[-1]) is None, got


def test_the_ministry_of_a_region_and_its_agency_noun(pipe):
    """ru_subjects.py ``body_at``, ru_speakers.py ``_body_just_named``: "В министерстве здравоохранения Тверской
    области пояснили" is the ministry, not the region; "Ведомство также напомнило" after it is that ministry."""
    _, got = run(pipe, "В районе закрыли детское отделение. В администрации города сообщили, что решение "
                       "принимала область. В министерстве здравоохранения Тверской области пояснили, что "
                       "отделение получит новые койки. Ведомство также напомнило, что скорая помощь "
                       "подчиняется области.\n")
    assert [g[1] for g in got][-2:] == ["министерство здравоохранения Тверской области"] * 2, got


def test_a_city_body_in_a_story_headlined_by_its_region(pipe):
    """ru_local.py ``_regional`` (words.tsv ``region_endings``): a headline "В Подмосковье …" sets a region, so "в
    администрации города" is the city the lead sets ("В Коломне")."""
    _, got = run(pipe, "В Подмосковье закрыли детское отделение\n\nВ Коломне родители выступили против закрытия "
                       "отделения. В администрации города сообщили, что решение принимала область.\n")
    assert got[-1][1] == "администрация Коломны", got


def test_where_a_minister_spoke_is_not_who_spoke(pipe):
    """ru_subjects.py ``place_of_speaking``: "Министр выступил в Государственной думе и подчеркнул, что …": the
    house is where he spoke; the minister speaks, named before or as written."""
    _, got = run(pipe, "Министр выступил в Государственной думе и подчеркнул, что тарифы не вырастут.\n")
    assert got[0][1] == "Министр", got
    _, got = run(pipe, "Министр энергетики Павел Соколов в среду представил законопроект. Министр выступил на "
                       "заседании комитета Государственной думы и подчеркнул, что тарифы не вырастут.\n")
    assert got[-1][1] == "Павел Соколов", got


def test_a_former_title_is_the_former_holder(pipe):
    """coref/ru_offices.py ``holds_title``: "Сам экс-министр вину не признал" is the former minister named with
    "бывшего министра", not the last man named."""
    _, got = run(pipe, "Суд приговорил бывшего министра транспорта Олега Лазуткина к пяти годам колонии. "
                       "Владелец фирмы Андрей Сомов подтвердил, что передавал деньги. Сам экс-министр вину не "
                       "признал.\n")
    assert got[-1][1].endswith("Лазуткин"), got


def test_the_defence_is_its_lawyer(pipe):
    """person_nouns.txt, calling_synonyms.tsv: "По мнению стороны защиты" and "Защита настаивала" speak for the
    defence lawyer named before, not the prosecutor named between."""
    _, got = run(pipe, "Адвокат Ирина Голубева настаивала, что показания свидетеля ложны. Прокурор Олег Нестеров "
                       "попросил восемь лет. По мнению стороны защиты, бизнесмен оговорил чиновника.\n")
    assert got[-1][1] == "Ирина Голубева", got


def test_a_plural_cue_after_one_name(pipe):
    """A plural cue after one name ("Анна Петрова предупреждают", a slip or "и коллеги" left out): the one named."""
    _, got = run(pipe, "Руководитель движения «Пригород» Анна Петрова предупреждают, что без компенсаций закон "
                       "ничего не изменит.\n")
    assert got[0][1] == "Анна Петрова", got


def test_a_document_named_again_speaks_for_its_issuers(pipe):
    """ru_resolve.py ``_document_anaphor``: "В нем говорится" after two bodies "выпустили совместное заявление" is
    theirs (the first named); "В сообщении пресс-службы компании говорится" is the company named before."""
    _, got = run(pipe, "Росстат и Минэкономразвития в пятницу выпустили совместное заявление. В нем говорится, что "
                       "инфляция замедлилась.\n")
    assert got[-1][1] == "Росстат", got
    rec, got = run(pipe, "Подрядчик «Ладога-Строй» сдал мост с опозданием. В сообщении пресс-службы компании "
                         "говорится, что фирма выполнит все контракты.\n")
    assert _entity(rec, rec.quotes[-1]).name == "Ладога-Строй", got


def test_a_headline_quotation_is_the_words_of_the_one_the_body_names(pipe):
    """ru_resolve.py ``_headline_quotation``: a headline that is a quotation alone is the statement of the one the
    body credits with it (the statement it repeats, else the first named speaker)."""
    _, got = run(pipe, "«Очередей на паромной переправе больше не будет»\n\nС понедельника паром будет ходить каждые "
                       "двадцать минут. Об этом в среду заявил глава района Семен Тарасов.\n")
    assert ("Очередей на паромной переправе больше не будет", "Семен Тарасов") in [g[:2] for g in got], got


def test_who_signed_a_letter_issued_it(pipe):
    """ru_resolve.py ``_owner_after``: "Письмо за подписью губернатора X направили …. В письме говорится" is X's."""
    _, got = run(pipe, "Письмо за подписью губернатора Андрея Воробьева направили в прокуратуру. В письме "
                       "говорится, что конкурс проведен с нарушениями.\n")
    assert got[-1][1] == "Андрей Воробьев", got


def test_an_agreement_speaks_for_the_parties_that_signed_it(pipe):
    """words.tsv ``document_nouns`` (соглашение, договор, контракт), ru_relative.py ``_signed_by``: "В этом
    соглашении говорится" after "было подписано между Росатомом и …" is the first party's."""
    _, got = run(pipe, "Третье соглашение было подписано между Росатомом и правительством Египта. В этом соглашении "
                       "говорится, что станцию построят к 2030 году.\n")
    assert got[-1][1] == "Росатом", got


def test_a_title_is_no_holder_of_another_office(pipe):
    """coref/ru_offices.py ``other_title`` (words.tsv ``distinct_titles``): "Министр …" after only "Депутат Олег
    Смирнов" is no one named, not the deputy."""
    _, got = run(pipe, "Депутат Олег Смирнов рассказал, что закон приняли. Министр выступил в Государственной думе "
                       "и подчеркнул, что тарифы не вырастут.\n")
    assert got[-1][1] == "Министр", got


def test_a_reported_question_to_the_guest_is_a_turn(pipe):
    """ru_forms.py ``_asks_guest`` (words.tsv ``asking_verbs``): in a dash interview, a paragraph "Сомов спросил
    Крылову и о …" is the interviewer's question; the dash line after it is the guest's answer."""
    _, got = run(pipe, "Директор зоопарка Вера Крылова рассказала обозревателю «Вечернего города» Петру Сомову о "
                       "новых вольерах.\n\n— Когда откроется вольер?\n\n— Уже в июне.\n\nСомов спросил Крылову и о "
                       "зимних каникулах.\n\n— Зимой зоопарк будет открыт каждый день, кроме понедельника.\n")
    assert any(g[0].startswith("Зимой") and g[1] == "Вера Крылова" for g in got), got


def test_a_womans_surname_in_the_accusative_is_hers(pipe):
    """entities/ru_forms.py ``feminine_case_form``: "Петрову" after "Ольга Петрова" (no man Петров named) is her, not
    a new man "Петров"; with "Игорь Петров" named it stays his."""
    rec = pipe.run(__import__("newsgraph.ingest.base", fromlist=["RawDocument"]).RawDocument(
        source="ru-r23", text="Ольга Петрова пришла в зоопарк. Журналист поблагодарил Петрову за ответы.\n", language="ru"))
    people = [e for e in rec.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Ольга Петрова"], [(e.name, [m.text for m in e.mentions]) for e in people]
