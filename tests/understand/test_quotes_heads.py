"""understand.quotes (English): the head of a speaker phrase is the speaker, not an organisation, a place or another
person named in it as a modifier; a written thing speaks for whoever issued it (sentences written for these tests)."""
import pytest


def speaker_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, name", [
    ("“The bridge will not open before spring,” said Dartmouth College historian Elena Brightwater.",
     "Elena Brightwater"),
    ("“The bridge will not open before spring,” wrote Herald City Hall bureau chief Tomas Verhoeven.",
     "Tomas Verhoeven"),
    ("“The bridge will not open before spring,” said Verhoeven spokesman Daniel Okafor.", "Daniel Okafor"),
])
def test_an_organisation_before_a_title_qualifies_the_person(analyze, text, name):
    assert speaker_of(analyze(text), "bridge") == name


def test_an_organisation_in_the_apposition_before_the_cue(analyze):
    rec = analyze("Maria Delacroix, president and chief executive of Northern Ferry Association stated, “The fares "
                  "will go up next year.”")
    assert speaker_of(rec, "fares") == "Maria Delacroix"


def test_a_place_in_the_apposition_before_the_cue(analyze):
    rec = analyze("In a call with reporters on Friday, Maj. Helen T. Ruiz, a navy spokeswoman in Lisbon, said, "
                  "“The exercise is routine. Nobody should read more into it.”")
    assert speaker_of(rec, "exercise") == "Helen T. Ruiz"


def test_a_noun_modifier_is_no_cue(analyze):
    # "state" modifies "union": the cue is "said", the speaker the person the apposition describes
    rec = analyze("“They trust him more than anyone else,” Patrick Olawale, the head of the Ohio state teachers "
                  "union, said of his members.")
    assert speaker_of(rec, "trust him") == "Patrick Olawale"


def test_a_statement_speaks_for_whoever_issued_it(analyze):
    rec = analyze("The Harbor Workers Union issued a statement saying the strike would continue until the port "
                  "agreed to new contracts.")
    q = next(q for q in rec.quotes if "strike" in q.text)
    assert q.speaker is not None and "Harbor Workers Union" in q.speaker.name
