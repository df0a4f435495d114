"""Round 24, the lead's fixes: tokens told by index, never by "is" (spaCy makes a new token at each access), in the
binding check of coreference ("Avery praised him": him is not Avery) while a possessive stays free ("Avery defended
her record": hers). Sentences written for these tests."""


def entity(rec, name):
    hits = [e for e in rec.entities if e.name == name]
    assert hits, f"no entity {name!r} in {[e.name for e in rec.entities]}"
    return hits[0]


def spans(ent):
    return {(m.start, m.end) for m in ent.mentions}


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(analyze):
    text = ("Senator Tom Avery met Governor Luis Brandt in Denver on Monday. Avery praised him for the budget "
            "deal.\n")
    rec = analyze(text)
    him = text.index(" him ") + 1
    assert (him, him + 3) not in spans(entity(rec, "Tom Avery"))


def test_a_possessive_pronoun_may_be_the_subject_of_its_verb(analyze):
    text = "Senator Ann Avery spoke in Denver on Monday. Avery defended her record on water rights.\n"
    rec = analyze(text)
    her = text.index(" her ") + 1
    assert (her, her + 3) in spans(entity(rec, "Ann Avery"))
