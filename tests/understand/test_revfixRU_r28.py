"""Round 28, fixes of the Russian review (review28b) on ru28a's and ru28b's rules (helper revfixRU). Sentences written
for the test, not news; tests/test_review2_r28.py holds the reviewer's own."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="revfixRU", text=text + "\n", language="ru"))
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_fronted_gerund_and_the_main_clause_statement_are_both_read(pipe):
    """ru.py: the main clause's own cue and "что" after a fronted cue gerund is read too."""
    got = run(pipe, "Признав, что цены выросли, министр экономики Олег Белов пообещал, что рост замедлится к осени.")
    assert ("рост замедлится к осени", "Олег Белов") in got, got
    assert ("цены выросли", "Олег Белов") in got, got


def test_the_gerund_speaker_is_the_main_clause_subject_not_a_later_clause(pipe):
    """ru_subjects.py place_speaker: the subject of the clause right after the gerund's, not one after "а"."""
    got = run(pipe, "Подчеркнув, что вина доказана, прокурор попросил строгого наказания, а защитник Анна Громова "
                    "сказала, что будет просить об оправдании.")
    assert not any(g[0] == "вина доказана" and g[1] == "Анна Громова" for g in got), got


def test_an_aside_with_an_outlet_named_after_its_noun(pipe):
    """ru_voice.py: "как пишет газета «Коммерсантъ»" names its outlet, the aside's speaker linked to it."""
    text = "Мэр города, как пишет газета «Коммерсантъ», подал прошение об отставке.\n"
    rec = pipe.run(RawDocument(source="revfixRU", text=text, language="ru"))
    assert any(q.speaker is not None and q.speaker.name == "Коммерсантъ" and q.speaker.entity for q in rec.quotes), \
        [(q.text, q.speaker) for q in rec.quotes]


def test_a_refusal_to_name_what_exactly(pipe):
    """ru_refusals.py: "отказался называть, что именно …" asks what is withheld (words.tsv question_disclosures)."""
    got = run(pipe, "Представитель банка отказался уточнять, что именно обсуждалось на встрече.")
    assert any(g[0] == "что именно обсуждалось на встрече" for g in got), got


def test_light_verbs_in_the_dative_or_under_a_condition(pipe):
    """ru_light_verbs.py: "дал отряду команду" is an order, "дал детям отдохнуть" none; "если … даст слово" none."""
    assert run(pipe, "Учитель дал ученикам отдохнуть после контрольной работы.") == []
    got = run(pipe, "Когда мэр даст обещание построить школу, жители успокоятся.")
    assert not any(g[1] == "мэр" for g in got), got


def test_seeking_a_title_is_no_demand_but_seeking_a_resignation_is(pipe):
    """stance_frames.tsv "добиваться gen-act" (words.tsv sought_acts)."""
    assert run(pipe, "Хоккеисты добиваются первого титула в истории клуба.") == []
    got = run(pipe, "Жители добиваются отмены строительства свалки.")
    assert ("отмены строительства свалки", "Жители") in got, got


def test_a_product_announced_is_no_statement(pipe):
    """ru_stance.py _product: "анонсировал новый смартфон" launches a product; "анонсировал проведение" a plan."""
    assert run(pipe, "Компания Samsung анонсировала новый смартфон на выставке в Берлине.") == []


def test_a_theme_treated_in_a_work_is_no_statement(pipe):
    """ru_light_verbs.py _in_a_work: "в своем фильме режиссер затрагивает тему …" (words.tsv titled_works)."""
    assert run(pipe, "В своем последнем фильме режиссер затрагивает тему взросления в маленьком городе.") == []
    got = run(pipe, "Министр затронул тему повышения тарифов на электроэнергию.")
    assert any(g[0].startswith("повышения тарифов") for g in got), got


def test_nobody_holds_no_view(pipe):
    """ru_stance.py: a stance verb whose subject is "никто" puts no view forward."""
    assert run(pipe, "Никто из депутатов не сомневается в принятии бюджета.") == []
