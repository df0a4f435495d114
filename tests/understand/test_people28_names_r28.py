"""Round 28 (people28): entities a reader would not take for a person or a place. Sentences written for these tests."""
from __future__ import annotations


def _by_name(rec, name):
    return next((e for e in rec.entities if e.name == name), None)


def test_a_presidents_name_before_white_house_is_his_administration_not_him(analyze):
    rec = analyze("The Trump White House has pushed back on the account. Aides said the plan was sound.")
    e = next(e for e in rec.entities if "White House" in e.name)
    assert e.type != "PERSON"
    assert not any(e.type == "PERSON" and "White House" in " ".join(e.aliases) for e in rec.entities)


def test_a_state_whose_last_word_is_a_country_is_the_office_place(analyze):
    rec = analyze("New Mexico Gov. Dana Alvarez said she would sign the bill. Alvarez spoke in Santa Fe on Friday.")
    e = _by_name(rec, "Dana Alvarez")
    assert e is not None and e.role and "Mexico" in e.role and "New Mexico" in e.role
    assert e.role.startswith("Gov. of New Mexico")
    rec = analyze("Mexico President Luis Ortega said talks would resume. Ortega spoke in the capital on Monday.")
    assert _by_name(rec, "Luis Ortega").role == "President of Mexico"  # the country alone is still the country



def test_a_persons_surname_typed_as_an_organisation_is_no_employer():
    # the tagger's "Dunmore" of "the Dunmore campaign" typed ORG: "Dunmore aide Kyle Ferris" is an aide, not the
    # aide of an organisation called Dunmore
    from newsgraph.understand.actors import Actors, WEntity
    from newsgraph.understand.entities.en_lexicon import lexicon
    from newsgraph.understand.entities.en_titles import titles_and_roles
    text = ("Ray Dunmore won. Dunmore thanked voters. The Dunmore campaign has appealed. Dunmore aide Kyle Ferris "
            "said the fight goes on.")
    actors = Actors(text)
    ray = actors.add_entity(WEntity(type="PERSON", name="Ray Dunmore"))
    actors.add_mention(ray, 0, 11, "name")
    actors.add_mention(ray, text.index("Dunmore thanked"), text.index(" thanked"), "name")
    org = actors.add_entity(WEntity(type="ORG", name="Dunmore"))
    actors.add_mention(org, text.index("Dunmore campaign"), text.index(" campaign"), "name")
    kyle = actors.add_entity(WEntity(type="PERSON", name="Kyle Ferris"))
    k = text.index("Kyle Ferris")
    actors.add_mention(kyle, k, k + len("Kyle Ferris"), "name")
    titles_and_roles(actors, None, text, lexicon("en"))
    assert actors.entities[kyle].role == "Aide"
    # the person named by the surname alone ("Sanders said" beside "the Sanders campaign" typed ORG): the person's
    # uses outnumber the organisation's
    actors.entities[ray].name, actors.entities[kyle].role = "Dunmore", None
    titles_and_roles(actors, None, text, lexicon("en"))
    assert actors.entities[kyle].role == "Aide"
    # an organisation that is nobody's surname still employs: "Acme aide"
    text2 = text.replace("Dunmore campaign", "Acme campaign").replace("Dunmore aide", "Acme aide")
    actors = Actors(text2)
    org = actors.add_entity(WEntity(type="ORG", name="Acme"))
    actors.add_mention(org, text2.index("Acme"), text2.index("Acme") + 4, "name")
    kyle = actors.add_entity(WEntity(type="PERSON", name="Kyle Ferris"))
    k = text2.index("Kyle Ferris")
    actors.add_mention(kyle, k, k + len("Kyle Ferris"), "name")
    titles_and_roles(actors, None, text2, lexicon("en"))
    assert actors.entities[kyle].role == "Aide of the Acme"


def test_an_organisation_whose_name_opens_with_the_takes_no_second_article():
    from newsgraph.understand.entities.en_lexicon import lexicon
    from newsgraph.understand.entities.en_titles import role_phrase
    lex = lexicon("en")
    assert role_phrase("founder", "TheBlaze", lex) == "Founder of TheBlaze"
    assert role_phrase("editor", "The Atlantic", lex) == "Editor of The Atlantic"
    assert role_phrase("president", "Theranos", lex) == "President of the Theranos"  # a word, not an article
