"""diff35en (round 35 differential review on PolNeAR train): en_naming's infinitive end (the promise is the whole
infinitive) stops before a preposition of circumstance over a verb, the speaker's next act in the writer's sequence
("she vows to “defend …” before sketching out her own ideas"). Sentences written here; the near miss keeps a
prepositional phrase without a verb."""
from newsgraph import analyze


def _texts(text):
    return [q.text for q in analyze(text).quotes]


def test_next_act_left_out():
    got = _texts("On its jobs page, the union vows to “protect every pension” before listing its own, smaller demands "
                 "for the contract.")
    assert got == ["to “protect every pension”"]


def test_near_miss_a_phrase_without_a_verb():
    got = _texts("Union leader Ann Roe vowed to “protect every pension” for the workers at the plant.")
    assert got == ["to “protect every pension” for the workers at the plant"]
