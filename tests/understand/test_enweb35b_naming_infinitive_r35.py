"""Round 35 (enweb35b): a quoted word inside the infinitive a naming or promising cue governs ('vowed to “avenge” the
deaths') is a mixed quote of the whole infinitive, not of the quoted word alone (en_naming._complement_end). Sentences
written here; the near miss: a naming verb's quoted predicate ends where it ends."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


def test_vowed_to_quoted_verb_takes_the_infinitive():
    qs = _quotes("The Northern Front vowed to “punish” the attackers of the convoy.")
    assert ("to “punish” the attackers of the convoy", "Northern Front", "vowed") in qs


def test_promised_to_quoted_verb_takes_the_infinitive():
    qs = _quotes("Mayor Tilda Brann promised to \"rebuild\" the harbour wall by spring.")
    assert ("to \"rebuild\" the harbour wall by spring", "Tilda Brann", "promised") in qs


def test_near_miss_called_ends_at_its_predicate():
    qs = _quotes("Mayor Tilda Brann called the ruling \"a disgrace\" before she left the court.")
    assert ("the ruling \"a disgrace\"", "Tilda Brann", "called") in qs
