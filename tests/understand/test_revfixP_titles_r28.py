"""Round 28 review fixes of people28's entity rules. Sentences written for these tests."""
from __future__ import annotations


def _roles(text, ents):
    from newsgraph.understand.actors import Actors, WEntity
    from newsgraph.understand.entities.en_lexicon import lexicon
    from newsgraph.understand.entities.en_titles import titles_and_roles
    actors = Actors(text)
    for typ, name, spans in ents:
        i = actors.add_entity(WEntity(type=typ, name=name))
        for s in spans:
            at = text.index(s)
            actors.add_mention(i, at, at + len(name), "name")
    titles_and_roles(actors, None, text, lexicon("en"))
    return {e.name: e.role for e in actors.entities}


def test_a_company_the_tagger_typed_person_now_and_then_still_employs():
    # "Halvex" typed PERSON before the title and in one more mention, ORG once: a company, its CEO's employer
    text = "Halvex CEO Mina Ortiz said sales rose. Halvex said the plant would open. Critics of Halvex were quiet."
    roles = _roles(text, [("PERSON", "Halvex", ["Halvex CEO", "Halvex said"]), ("ORG", "Halvex", ["Halvex were"]),
                          ("PERSON", "Mina Ortiz", ["Mina Ortiz"])])
    assert roles["Mina Ortiz"] == "CEO of the Halvex"


def test_a_surname_the_text_uses_for_a_person_more_than_for_an_organisation_employs_nobody():
    text = ("Pryor thanked voters. Pryor said the count was fair. The Pryor campaign has appealed. Pryor aide Lena Cho "
            "said the fight goes on.")
    roles = _roles(text, [("PERSON", "Pryor", ["Pryor thanked", "Pryor said", "Pryor aide"]),
                          ("ORG", "Pryor", ["Pryor campaign"]), ("PERSON", "Lena Cho", ["Lena Cho"])])
    assert roles["Lena Cho"] == "Aide"
