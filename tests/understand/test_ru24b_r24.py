"""Round 24 of Russian attribution, known wrong speakers (helper ru24b): a role held for a party of the story
(quotes/ru_role_of.py, words.tsv ``person_roles``), a dative recipient before an indefinite-personal cue
(ru_subjects.py ``is_subject``, ``addressee``; coref/ru.py ``described_person``), a city body in a town of a region
whose capital the text names (ru_local.py ``_nearest_city``, ``_capital``); every sentence here is written for the
test, not news."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_ru_speakers_r20 import run  # noqa: E402 (the same reading of a text: record, (text, speaker, mention, speakers))


def test_a_lawyer_of_a_party_is_no_party(pipe):
    """ru_role_of.py: "По словам адвоката Морозова" after the story named Морозов the accused is his lawyer's words:
    the lawyer named right after ("адвоката Морозова Ивана Петрова"), else the one named before with that role, else
    the role as written; a lawyer named only there is the lawyer himself."""
    _, got = run(pipe, "Бизнесмена Олега Морозова задержали в аэропорту. По словам адвоката Морозова Ивана "
                       "Петрова, его подзащитный невиновен.\n")
    assert got[-1][1] == "Иван Петров", got
    _, got = run(pipe, "Бизнесмена Олега Морозова задержали в аэропорту. По словам адвоката Морозова, его "
                       "подзащитный невиновен.\n")
    assert got[-1][1] == "адвокат Морозова", got
    _, got = run(pipe, "Суд арестовал бизнесмена Олега Морозова. Его защиту ведет адвокат Иван Петров. По словам "
                       "адвоката Морозова, арест будет обжалован.\n")
    assert got[-1][1] == "Иван Петров", got
    _, got = run(pipe, "Суд арестовал бизнесмена Олега Морозова. По словам адвоката Игоря Сомова, арест будет "
                       "обжалован.\n")
    assert got[-1][1] == "Игорь Сомов", got


def test_whom_an_indefinite_cue_told_is_no_speaker(pipe):
    """ru_subjects.py ``is_subject``/``addressee``, coref/ru.py ``described_person``: "Ренару в прокуратуре
    сообщили" is the prosecutors' words told to Renard (a singular name is no subject of a plural verb, whatever
    case the tagger gives it); "Министру Петрову сообщили" names no one who spoke."""
    _, got = run(pipe, "Прокуратура предъявила обвинение бывшему министру Полю Ренару. Ренару в прокуратуре "
                       "сообщили, что его самого допрашивать не будут.\n")
    assert [g[1] for g in got] == ["прокуратура"], got
    _, got = run(pipe, "Министру Петрову сообщили, что проверка завершена. Губернатору Ивановой в министерстве "
                       "доложили, что дорогу отремонтируют.\n")
    assert "Петров" not in [g[1] for g in got] and got[-1][1] == "министерство", got


def test_a_city_body_is_the_town_not_the_regions_seat(pipe):
    """ru_local.py ``_capital``, ``_nearest_city``: in a story set in Тольятти that names Samara's mayor and
    administration, "В мэрии" is Togliatti's (Samara is the seat of the "Самарской области" it names); with no
    city set by the lead, "В городской администрации" is the town just named, not the region's seat."""
    _, got = run(pipe, "В Тольятти прорвало трубу. Губернатор Самарской области поручил разобраться. Мэр Самары "
                       "Иван Лапушкин приехал на совещание. Администрация Самары выделила технику. В мэрии "
                       "сообщили, что воду дадут к вечеру.\n")
    assert got[-1][1] == "мэрия Тольятти", got
    _, got = run(pipe, "Мост через Двину закроют на ремонт. Ремонт затронет не только Архангельск, но и "
                       "Новодвинск: по мосту каждый день ездят на работу тысячи его жителей. В городской "
                       "администрации пообещали, что пустят экспресс-автобусы.\n")
    assert got[-1][1] == "администрация Новодвинска", got


def test_the_elder_and_the_younger_of_one_family(pipe):
    """coref/ru_family.py ``generation_member``: "Лаптев-старший" after "Игоря Лаптева, сына … Петра Лаптева" is
    the father, the son being the one introduced as a son; "Морозов-старший" after "с сыном Денисом" and "отец
    Олег Морозов" is Олег; two of one surname with no son named leave the name as written."""
    _, got = run(pipe, "Полиция задержала 30-летнего Игоря Лаптева, сына владельца строительной компании Петра "
                       "Лаптева. «Мой сын ни в чем не виноват», — сказал Лаптев-старший.\n")
    assert got[-1][1] == "Петр Лаптев", got
    _, got = run(pipe, "Пасеку Морозов держит вместе с сыном Денисом. Ее основал еще его отец Олег Морозов. «Мы "
                       "продаем мед только на ярмарке», — добавил Морозов-старший.\n")
    assert got[-1][1] == "Олег Морозов", got
    _, got = run(pipe, "На заседание пришли Игорь Лаптев и Петр Лаптев. «Мы не виноваты», — сказал "
                       "Лаптев-старший.\n")
    assert got[-1][1] not in ("Игорь Лаптев", "Петр Лаптев"), got


def test_a_report_told_to_one_named_is_kept_without_a_speaker(pipe):
    """ru_subjects.py ``told_before``: "Министру Петрову сообщили, что …" is a report by no one named, kept with no
    speaker as "Сообщается, что …" is; "Собянина спросили о …" is no report told to him (the one asked, as before)."""
    _, got = run(pipe, "Министру Петрову сообщили, что проверка завершена.\n")
    assert [g[1] for g in got] == [None], got


def test_a_calling_after_a_lawyer_named_with_his_client(pipe):
    """coref/ru_offices.py ``introduced_as``: "адвоката Ершова Дениса Клименко" introduces Klimenko as the lawyer
    (his client's name between), so "Защитник настаивал" is Klimenko, not the client Ershov."""
    _, got = run(pipe, "Суд арестовал Максима Ершова. По словам адвоката Ершова Дениса Клименко, его подзащитный "
                       "не был пьян. Защитник настаивал, что такси выехало на красный свет.\n")
    assert [g[1] for g in got] == ["Денис Клименко", "Денис Клименко"], got


def test_a_press_service_of_an_office_no_one_named_holds(pipe):
    """coref/ru.py ``described_person``: "Как сообщила пресс-служба губернатора" after a woman was named is the press
    service speaking (the verb's gender is the service's), not the last woman named."""
    _, got = run(pipe, "Корреспондент Марина Ковалева побывала на верфи. Как сообщила пресс-служба губернатора, "
                       "деньги на паромы выделены из федеральной программы.\n")
    assert [g[1] for g in got] == ["пресс-служба губернатора"], got


def test_an_interviewer_asks_a_yes_no_question(pipe):
    """ru_questions.py ``_ASK_TAIL``: "спросила министра, не проще ли построить новый мост" is her question (a
    "ли" clause, as "спросил, будет ли …"), and the dash line after it is the guest's answer."""
    _, got = run(pipe, "Министр транспорта Илья Сомов рассказал корреспонденту Марине Ковалевой о новых паромах.\n\n"
                       "— Когда закроют мост?\n\n— С апреля, на год.\n\nКовалева спросила министра, не проще ли "
                       "построить новый мост.\n\n— Новый мост стоит сорок миллиардов. Таких денег у области нет.\n")
    assert [g[1] for g in got][-2:] == ["Марина Ковалева", "Илья Сомов"], got


def test_an_undeclined_foreign_surname_named_before(pipe):
    """coref/ru_family.py ``surname_seen``, ``family_member``: "Моро добавила" after "Жерару Моро" and "Изабель
    Моро" is a name though the morphology knows no "Моро", and the verb's gender picks the wife."""
    _, got = run(pipe, "Бывшему министру Жерару Моро предъявили обвинение. Жена бывшего министра Изабель Моро "
                       "выступила в его защиту. Моро добавила, что ее муж никогда не смешивал деньги.\n")
    assert got[-1][1] == "Изабель Моро", got


def test_a_given_name_and_patronymic_of_one_named_in_full(pipe):
    """coref/ru_family.py ``by_patronymic``: "Николай Петрович признался" after "фермер Николай Кравец" is Кравец;
    with two Николаи named in full it stays as written."""
    _, got = run(pipe, "Обращение написал фермер Николай Кравец. Его поддержали соседи. Николай Петрович "
                       "признался, что сын думает переехать в город.\n")
    assert got[-1][1] == "Николай Кравец", got
    _, got = run(pipe, "Обращение написали фермеры Николай Кравец и Николай Сомов. Николай Петрович признался, что "
                       "сын думает переехать в город.\n")
    assert got[-1][1] == "Николай Петрович", got


def test_the_younger_the_tagger_left_unnamed(pipe):
    """coref/ru_family.py ``surname_seen``, ``generation_member``: "— говорит Кравец-младший", untagged, is the son
    introduced with "с сыном Артемом", with the family's name."""
    _, got = run(pipe, "Хозяйство фермер Николай Кравец ведет вместе с сыном Артемом. «В прошлом году мы потеряли "
                       "полтора миллиона», — говорит Кравец-младший.\n")
    assert got[-1][1] == "Артем Кравец", got


def test_the_elder_goes_on_under_a_description(pipe):
    """quotes/ru_resolve.py: "Бизнесмен добавил" right after "— сказал Ершов-старший" goes on with the father the
    name was read as, not with "Ершов-старший" as written; "Кравец-младший" is of the men of the family (the
    mother named too)."""
    _, got = run(pipe, "Полиция задержала Максима Ершова, сына владельца автосалонов Виктора Ершова. «Я не буду "
                       "прятать сына», — сказал Ершов-старший. Бизнесмен добавил, что оплатит лечение.\n")
    assert [g[1] for g in got][-2:] == ["Виктор Ершов", "Виктор Ершов"], got
    _, got = run(pipe, "Хозяйство фермер Николай Кравец ведет вместе с сыном Артемом и женой Галиной Кравец. «Мы "
                       "потеряли полтора миллиона», — говорит Кравец-младший.\n")
    assert got[-1][1] == "Артем Кравец", got


def test_what_was_answered_is_no_content(pipe):
    """ru_more.py ``_about_object``: "ответил на вопрос о жалобе фермеров" names the question's topic, not what he
    said (the words before it are his); "сообщило об обнаружении …" still tells its topic."""
    _, got = run(pipe, "«Дорога областная». Так глава округа Андрей Чернов ответил на вопрос о жалобе фермеров на "
                       "пресс-конференции.\n")
    assert [g[0] for g in got] == ["Дорога областная"], got
    _, got = run(pipe, "Министерство сообщило в субботу об обнаружении диоксина в молоке.\n")
    assert [g[0] for g in got] == ["обнаружении диоксина в молоке"], got
