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


def types(pipe, text):
    return {(e.name, e.type) for e in run(pipe, text).entities}


def test_a_plural_after_the_is_a_team_or_a_family_not_a_person(pipe):
    got = types(pipe, "The Steelers beat the Browns 21-7 on Sunday in Cleveland.\n\nThe Joneses moved to Ohio. Tom "
                      "Jones said the Joneses were happy. The Bidens flew home; Joe Biden waved.\n")
    assert {("Steelers", "ORG"), ("Browns", "ORG"), ("Joneses", "GROUP"), ("Bidens", "GROUP")} <= got, got


def test_surnames_from_given_names_and_places_in_the_plural_stay(pipe):
    got = types(pipe, "The Williams sisters won again. Serena Williams said she was proud.\n\nShe flew to the "
                      "Netherlands and the Philippines.\n")
    assert ("Serena Williams", "PERSON") in got and not any(n == "Williams" and t != "PERSON" for n, t in got), got
    assert not any(t in ("ORG", "GROUP") for n, t in got if n in ("Netherlands", "Philippines")), got


def test_a_compound_with_an_inner_capital_is_a_company(pipe):
    got = types(pipe, "SpaceX launched a rocket on Tuesday. Ron DeSantis and Mitch McConnell watched.\n")
    assert ("SpaceX", "ORG") in got and ("Ron DeSantis", "PERSON") in got and ("Mitch McConnell", "PERSON") in got, got


def test_a_newspaper_named_by_the_last_word_of_its_masthead_is_that_outlet(pipe):
    rec = run(pipe, "The Washington Post reported Thursday that the agency had ignored warnings. \"The agency was "
                    "warned at least three times,\" the Post wrote.\n\nThe New York Times said the report was wrong. "
                    "The Times added that officials had declined to comment.\n")
    assert [q.speaker.name for q in rec.quotes] == ["The Washington Post", "The Washington Post",
                                                    "The New York Times", "The New York Times"], rec.quotes
