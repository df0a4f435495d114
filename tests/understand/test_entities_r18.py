"""Round 18: an entity span the tagger ran over a comma into the next clause's subject (entities/en_spans.py
``comma_persons``). Sentences written for the test."""
from newsgraph.ingest.base import RawDocument


def run(pipe, text):
    return pipe.run(RawDocument(source="en-r18", text=text, language="en"))


def test_a_person_after_a_comma_is_not_part_of_the_show_before_it(pipe):
    rec = run(pipe, "Maria Lopez spoke on Sunday. Later, speaking on CBS's Face the Nation, Lopez said the party was "
                    "united.\n")
    names = {(e.name, e.type) for e in rec.entities}
    assert ("Maria Lopez", "PERSON") in names and not any("," in n for n, _ in names), names
    assert [(q.text, q.speaker.name) for q in rec.quotes] == [("the party was united", "Maria Lopez")]


def test_places_and_firms_keep_their_comma(pipe):
    rec = run(pipe, "John Smith flew to Paris, France, on Monday. He works for Skadden, Arps in New York.\n")
    names = {e.name for e in rec.entities}
    assert "John Smith" in names and "Smith" not in names - {"John Smith"}, names
