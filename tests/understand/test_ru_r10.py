"""Round 10 of Russian attribution: sentences written for the test (not from news)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ru-r10", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_an_organisation_named_by_its_short_form_is_credited_under_its_full_name(pipe):
    got = run(pipe, "Новости\nМинздрав сообщил, что вакцина поступит в поликлиники в марте.\n")
    assert [s for _, _, s in got] == ["Министерство здравоохранения"], got
