"""Round 27, fixes of the second review's Russian findings (helper revfixC): near-misses of the round's Russian rules
that must not be read as reports, and the forms the rules must still read (sentences written for the test)."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="revfixc", text=text, language="ru"))
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_as_if_and_as_it_happens_are_no_asides(pipe):
    """ru_asides.py ``adverbs_end``: "как раз", "как будто", "как лишь" make "как" a conjunction, no aside."""
    assert run(pipe, "Как раз объявили посадку на рейс, когда в аэропорту погас свет.\n") == []
    assert run(pipe, "Как будто заявили о капитуляции, город внезапно опустел.\n") == []
    # an adverb before the cue still opens an aside
    got = run(pipe, "Как ранее сообщал мэр Андрей Волков, ремонт моста завершится в августе.\n")
    assert any("ремонт моста" in t and sp == "Андрей Волков" for t, sp in got), got


def test_a_document_writer_only_through_a_verb_of_its_root(pipe):
    """ru_authors.py: "отчитаться" / "отчет" is a pair (document_verbs.tsv); "поставить" / "постановление" is not."""
    got = run(pipe, "Профсоюз учителей отчитался о расходах. В отчете говорится, что зарплаты не росли три года.\n")
    assert any(sp == "Профсоюз учителей" for _, sp in got), got
    got = run(pipe, "Строители поставили забор вокруг площади. В постановлении говорится, что площадь закроют.\n")
    assert not any(sp == "Строители" for _, sp in got), got
