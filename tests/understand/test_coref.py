"""understand.coref: role descriptions and pronouns resolved to actors."""

def entity(rec, name):
    hits = [e for e in rec.entities if e.name == name]
    assert hits, f"no entity {name!r} in {[e.name for e in rec.entities]}"
    return hits[0]


def mention_texts(ent):
    return [m.text for m in ent.mentions]


def test_role_descriptions_resolve_by_country_and_title(analyze):
    rec = analyze("Russian President Vladimir Putin met US President Donald Trump in Alaska. The Russian leader "
                  "spoke first. Later the American leader began work on a plan.")
    assert "The Russian leader" in mention_texts(entity(rec, "Vladimir Putin"))
    assert "the American leader" in mention_texts(entity(rec, "Donald Trump"))


def test_the_newspaper_is_the_last_outlet(analyze):
    rec = analyze("The Financial Times reviewed the contracts. The newspaper said that the deal was large.")
    assert "The newspaper" in mention_texts(entity(rec, "Financial Times"))


def test_the_group_is_the_last_coalition(analyze):
    rec = analyze("The «Coalition of the Willing» met in Paris. After a meeting of the group in Paris, it agreed.")
    c = [e for e in rec.entities if e.name == "Coalition of the Willing"][0]
    assert "the group" in mention_texts(c)


def test_pronoun_subject_follows_the_main_subject_not_a_possessive(analyze):
    rec = analyze("Ukrainian President Volodymyr Zelensky said that Vladimir Putin’s offer was not serious. "
                  "He made this statement in Paris.")
    assert "He" in mention_texts(entity(rec, "Volodymyr Zelensky"))
    assert "He" not in mention_texts(entity(rec, "Vladimir Putin"))


def test_according_to_him_is_the_last_person(analyze):
    rec = analyze("French President Emmanuel Macron announced that 26 countries would help. According to him, "
                  "the decision will be made soon.")
    assert "him" in mention_texts(entity(rec, "Emmanuel Macron"))


def test_pronoun_gender_from_title(analyze):
    rec = analyze("Ms. Kaja Kallas met Mr. Mark Rutte. She said that Europe must act.")
    assert "She" in mention_texts(entity(rec, "Kaja Kallas"))


def test_first_person_in_quote_is_the_speaker(analyze):
    rec = analyze("«Putin invited me to Moscow,» — Zelensky emphasized.")
    z = [e for e in rec.entities if e.name == "Zelensky"][0]
    assert "me" in mention_texts(z)
    assert not any(q.speaker and q.speaker.name.lower() in ("he", "me", "i") for q in rec.quotes)


def test_pronoun_gender_from_first_name(analyze):
    rec = analyze("Mark Rutte met Kaja Kallas in Brussels. She said that Europe must act.")
    assert "She" in mention_texts(entity(rec, "Kaja Kallas"))
    assert "She" not in mention_texts(entity(rec, "Mark Rutte"))


def test_the_agency_is_the_named_agency_not_an_outlet(analyze):
    rec = analyze("Reuters visited the plant. The International Atomic Energy Agency inspected it. The agency said "
                  "that the power line had been cut.")
    iaea = [e for e in rec.entities if "Atomic Energy Agency" in e.name][0]
    assert "The agency" in mention_texts(iaea)
    assert "The agency" not in mention_texts(entity(rec, "Reuters"))
