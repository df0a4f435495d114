"""Round 29's new-user trial (newuser29) on main (5da92331): what a media monitor and a political-science researcher
met with a real corpus (PolNeAR train, ru-news), Russian texts read as a Russian reader, and interview pages they
wrote. Every sentence here was written for the test (none is copied from a news text). Each test fails on main and
is marked xfail(strict=False) with the finding; remove the mark with the fix. Findings and commands:
/tmp/try29/NEWUSER.md."""
import signal

import pytest

from newsgraph.ingest.base import RawDocument


@pytest.fixture(scope="module")
def pipe():
    from newsgraph.pipeline import Pipeline
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                            "understand.quantities", "understand.quotes"])


def _rec(pipe, text, language="en"):
    return pipe.run(RawDocument(source="newuser29", text=text + "\n", language=language))


def _quotes(pipe, text, language="en"):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in _rec(pipe, text, language).quotes]


# --- a hang: one English sentence stops a whole ingest ----------------------------------------------------------

def _within(seconds, fn):
    """fn() or TimeoutError after ``seconds`` (so that a test of a hang fails instead of hanging the suite)."""
    def alarm(*_):
        raise TimeoutError(f"still running after {seconds} s")
    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return fn()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_background_clause_after_a_cue_ends(pipe):  # the near miss: the same clause under 'the mayor said'
    text = "The council met on Monday. The plan was drafted by Tom Avery, who chairs the housing board, the mayor said."
    assert _within(20, lambda: _quotes(pipe, text))


def test_according_to_with_a_background_clause_ends(pipe):
    text = ("The council met on Monday. According to the minutes, the plan was drafted by Tom Avery, who chairs the "
            "housing board.")
    assert isinstance(_within(20, lambda: _quotes(pipe, text)), list)


# --- interviews ---------------------------------------------------------------------------------------------------

_QA = """Port town mayor sets out her plan for the harbour

Summer Hale, the mayor of Brackwater, spoke to our reporter Tom Ashby on Tuesday about the harbour plan.

Q: Why close the old harbour now?

A: Because the sea wall is failing. We cannot wait another winter.

Q: What will the fishermen do?

A: They will move to the new quay in March. Nobody loses a berth."""


def test_qa_answers_are_found_when_no_reporter_is_named(pipe):  # the near miss: passes on main
    text = _QA.replace(" spoke to our reporter Tom Ashby on Tuesday", " spoke on Tuesday")
    got = _quotes(pipe, text)
    assert [s for t, s, _ in got if "sea wall" in t or "new quay" in t] == ["Summer Hale", "Summer Hale"], got


def test_qa_answers_survive_a_named_reporter(pipe):
    got = _quotes(pipe, _QA)
    assert [s for t, s, _ in got if "sea wall" in t or "new quay" in t] == ["Summer Hale", "Summer Hale"], got


# --- Russian quotes -----------------------------------------------------------------------------------------------

def test_ru_inverted_agreement_is_no_quote_of_the_object(pipe):
    text = ("Депутат Ирина Соколова предложила продлить работу библиотек до полуночи. С Соколовой согласилась "
            "сенатор Дарья Мельникова.")
    got = _quotes(pipe, text, "ru")
    assert not any(s == "Ирина Соколова" and "Мельникова" in t for t, s, _ in got), got


def test_ru_outlet_quoting_a_person_is_one_quote(pipe):
    text = ("Бывший министр Павел Орехов выступил в университете. «Реформа опоздала на десять лет», — цитирует "
            "Орехова Lenta.ru.")
    got = _quotes(pipe, text, "ru")
    # (fixNUru29: the ru-attr convention counts the outlet's report as an attribution of its own, "# reports:" in
    # the dev gold, e.g. "— цитирует ИА Regnum Минченко": one quote of the person and the outlet's report of the
    # same quotation alone, never the quotation with the outlet's own cue inside)
    said = [s for t, s, _ in got if "Реформа опоздала" in t]
    assert said.count("Павел Орехов") == 1 and len(said) <= 2, got
    assert not any("цитирует" in t for t, _, _ in got), got


def test_ru_agentless_announcement_has_no_speaker(pipe):
    text = ("Премьер Португалии встретился с президентом Бразилии. Как было объявлено, премьер Португалии Жозе "
            "Машаду прибыл в Бразилиа, чтобы обсудить торговлю и климат.")
    got = _quotes(pipe, text, "ru")
    assert not any(s == "Жозе Машаду" for t, s, _ in got), got


def test_ru_plural_subject_with_a_correspondent_keeps_its_speaker(pipe):
    text = ("Лидер оппозиции Тенгиз Абашидзе назвал итоги голосования подделанными.\n\n"
            "Несколько жителей столицы в беседе с корреспондентом «Голоса Америки» отметили, что выборы прошли "
            "спокойно.")
    rec = _rec(pipe, text, "ru")
    got = [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]
    assert not any("прошли спокойно" in t and s == "Тенгиз Абашидзе" for t, s in got), got
    names = {m.text for e in rec.entities if e.name == "Тенгиз Абашидзе" for m in e.mentions}
    assert not any(n.startswith("корреспондент") for n in names), names


# --- Russian actors -----------------------------------------------------------------------------------------------

def _people(pipe, text):
    return {e.name for e in _rec(pipe, text, "ru").entities if e.type == "PERSON"}


def test_ru_a_lone_first_name_keeps_no_other_persons_surname(pipe):
    got = _people(pipe, "Историки сравнили труды Исаака и Абу Хасана о звёздах.")
    assert "Исаак Хасан" not in got, got


def test_ru_adjective_surname_in_the_dative_is_nominative(pipe):
    got = _people(pipe, "Туристы фотографируются у памятника Юрию Долгорукому в центре города.")
    assert "Юрий Долгорукий" in got, got
    # the near miss, right on main: a surname the dictionary declines
    assert "Андрей Боголюбский" in _people(pipe, "Горожане возложили цветы к бюсту Андрею Боголюбскому.")


@pytest.mark.xfail(strict=False, reason="newuser29: an East Asian name's genitive ('цитирует Хвана Чжан Епа') "
                   "is a second person 'Чжан Епа' beside 'Хван Чжан Еп' (and a role word before the name is kept in "
                   "it: 'Перебежчик Чон Ду Хван')")
def test_ru_korean_name_in_the_genitive_is_one_person(pipe):
    text = ("Перебежчик Чон Ду Хван выступил в Сеуле. «Границу охраняют плохо», — цитирует Чона Ду Хвана "
            "агентство Рёнхап.")
    got = _people(pipe, text)
    assert got == {"Чон Ду Хван"}, got


# --- Russian dates ------------------------------------------------------------------------------------------------

def test_ru_year_in_a_participle_phrase_is_a_date(pipe):
    rec = _rec(pipe, "Прогноз, сделанный в 1711 году, не сбылся. В 2021 году учёные его проверили.", "ru")
    got = [(d.text, d.value) for d in rec.dates]
    assert ("2021 году", "2021") in got, got  # the near miss, right on main
    assert any(v == "1711" for _, v in got), got


_UNLABELLED = """Q&A: Summer Hale on the river crossing

The engineer Summer Hale has spent ten years on the new bridge. This interview has been edited for length and clarity.

Why did the first design fail?

The river bed moved more than anyone expected. We had to start again.

When will it open?

In autumn, if the weather holds.

What will it cost?

About forty million, the same as the first plan."""


def test_unlabelled_interview_of_a_common_name_has_its_answers(pipe):  # the near miss: passes on main
    got = _quotes(pipe, _UNLABELLED.replace("Summer Hale", "Anna Hale"))
    assert [s for _, s, _ in got] == ["Anna Hale"] * 3, got


# (en30b, round 30, fixed it: coref/en_role_names.person_after_role)
def test_unlabelled_interview_of_an_unusual_name_has_its_answers(pipe):
    rec = _rec(pipe, _UNLABELLED)
    assert [e.type for e in rec.entities if e.name == "Summer Hale"] == ["PERSON"]
    assert [q.speaker.name if q.speaker else None for q in rec.quotes] == ["Summer Hale"] * 3


# --- English: a match-up written with a hyphen is no person -------------------------------------------------------

_MATCHUP = ("Paul Oren teaches politics in Columbus. Oren said he would not expect a Clinton-Trump race to change the "
            "map, but he said Trump could win rural counties.")


def test_matchup_first_report_keeps_its_speaker(pipe):  # the near miss: right on main
    got = _quotes(pipe, _MATCHUP)
    assert ("he would not expect a Clinton-Trump race to change the map", "Paul Oren", "said") in got, got


# (en30b, round 30, fixed it: coref/en_pairs.matchups)
def test_matchup_is_no_speaker(pipe):
    rec = _rec(pipe, _MATCHUP)
    assert not [e.name for e in rec.entities if e.name == "Clinton-Trump" and e.type == "PERSON"]
    assert [q.speaker.name for q in rec.quotes if q.text.startswith("Trump could win")] == ["Paul Oren"]


# --- English: 'her' given to Bernie Sanders -----------------------------------------------------------------------

def test_her_goes_to_the_woman_of_two_common_names(pipe):  # the near miss: right on main
    rec = _rec(pipe, "Tom Reed has criticised Anna Hall over her paid speeches. Her fees were high.")
    assert {m.text for e in rec.entities if e.name == "Anna Hall" for m in e.mentions} >= {"her", "Her"}


# (en30b, round 30, fixed it: names._gender_of_full_forms, Bernie takes Bernard's gender as a "mostly" one)
def test_her_is_not_bernie_sanders(pipe):
    text = ("Bernie Sanders has attacked Hillary Clinton over her paid speeches.\n\nThe former secretary of state "
            "earned more than $9 million delivering 40 speeches in 2014, according to The Washington Post. Her two "
            "speeches to a bank earned her $400,000.")
    rec = _rec(pipe, text)
    sanders = {m.text.lower() for e in rec.entities if e.name == "Bernie Sanders" for m in e.mentions}
    assert "her" not in sanders, sanders
    assert all(q.speaker is None or q.speaker.name != "Bernie Sanders" for q in rec.quotes), \
        [(q.text, q.speaker.name) for q in rec.quotes if q.speaker]


# --- the timeline's CSV: a researcher cannot tell a stated date from a publication day ----------------------------

def test_timeline_csv_says_where_a_date_comes_from(tmp_path):
    import csv
    import io

    from typer.testing import CliRunner

    from newsgraph.cli import app
    page = tmp_path / "calder_2024-03-14_the-bill.txt"
    page.write_text("Calder backs the housing bill\n\nSenator Ruth Calder said on Tuesday that the housing bill would "
                    "pass. Calder also said the vote would be close.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(app, ["ingest", "-q", "--db", db, str(page)]).exit_code == 0
    out = CliRunner().invoke(app, ["timeline", "Calder", "--db", db, "-f", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and "date_source" in rows[0] and "doc_id" in rows[0], out[:300]


def test_ru_expressed_doubt_keeps_the_doubt(pipe):
    got = _quotes(pipe, "Судья Пётр Громов высказал сомнение в законности решения о переезде.", "ru")
    assert got and all("сомнен" in t or "сомнен" in (c or "") for t, _, c in got), got
    # the near miss, right on main
    near = _quotes(pipe, "Судья Пётр Громов заявил, что решение о переезде незаконно.", "ru")
    assert any(t == "решение о переезде незаконно" for t, _, _ in near), near
