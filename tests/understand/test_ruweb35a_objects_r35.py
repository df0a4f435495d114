"""Round 35, ruweb35a (issue 16): an object content opening with a possessive "его", "её", "их" of a noun of its own
is what was demanded, condemned, insisted on (quotes/ru_no_object.py ``_possessive``): only whose it is points back.
A pronoun object alone ("опроверг их") and a possessive of what was said ("опроверг его слова") still point back
and read as no content. Sentences written for the test."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    rec = pipe.run(RawDocument(source="ruweb35a", text=text, language="ru"))
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_possessive_object_is_content(pipe):
    assert run(pipe, "Защита настаивает на их невиновности.\n") == [("indirect", "их невиновности", "Защита")]
    assert run(pipe, "Адвокат потребовал его освобождения.\n") == [("indirect", "его освобождения", "Адвокат")]


def test_near_misses_objects_that_point_back(pipe):
    assert run(pipe, "Министр опроверг их.\n") == []
    assert run(pipe, "Министр опроверг их слова.\n") == []
    assert run(pipe, "Министр опроверг эту информацию.\n") == []
