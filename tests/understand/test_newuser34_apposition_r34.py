"""newuser34: a name the tagger typed a place or an organisation that a person's trade describes by apposition is a
person's (coref/en_role_names.py ``person_by_apposition``).

General reason: a place or an organisation is no professor. "Nefzi, a chemistry professor and a member of the board,
said …" names a person even when the small model types "Nefzi" a place; typed so, the name takes no "he", and "He said
…" right after his words went to the suicide bomber named in them (a demanding new user's PolNeAR train sample, a
Washington Post report). Near misses: a known place or organisation stays what it is, and an apposition that names
no person ("a maker of drones") retypes nothing. Our own sentences.
"""
import newsgraph

NEFZI = ("Inside the hall - which looks like a school except for the dome - Adel Nefzi said he and others are "
         "collecting money for the victims.\n\n"
         "Nefzi, a chemistry professor and a member of the board, said he never saw Mateen speak with Albusalha, "
         "the suicide bomber who went to Syria. He said he does not believe there is any link between the two.")


def test_apposition_of_a_trade_makes_the_speaker_a_person():
    rec = newsgraph.analyze(NEFZI)
    got = [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]
    assert got[-1] == ("he does not believe there is any link between the two", "Nefzi")
    assert any(e.name == "Nefzi" and e.type == "PERSON" for e in rec.entities)


def test_near_miss_a_known_country_stays_a_place():
    rec = newsgraph.analyze("Britain, a member of NATO since 1949, said it would send more troops to Estonia.")
    assert [e.type for e in rec.entities if e.name == "United Kingdom"] == ["GPE"]


def test_near_miss_an_apposition_naming_no_person():
    rec = newsgraph.analyze("Skyvane, a maker of drones for farmers, said it would open a plant in Ohio next year.")
    assert not any(e.name == "Skyvane" and e.type == "PERSON" for e in rec.entities)
