"""Round 25 (people across documents): a title the person does not hold at the text's date -- an imagined or a coming
office, "a President Varga would ...", "would-be governor Tom Hallam" -- is no role of theirs; "former" is one held."""
from __future__ import annotations


def entity(rec, name):
    return next(e for e in rec.entities if e.name == name)


def test_an_imagined_or_coming_office_is_no_role(analyze):
    rec = analyze("Analysts asked what a President Peter Varga would do about trade. Varga campaigned in Ohio on "
                  "Monday, where would-be governor Tom Hallam joined him.")
    assert entity(rec, "Peter Varga").role is None
    assert entity(rec, "Tom Hallam").role is None


def test_a_held_or_former_office_stays_the_role(analyze):
    rec = analyze("Senator Peter Varga spoke on Monday. Former Governor Tom Hallam joined him in Ohio.")
    assert entity(rec, "Peter Varga").role == "Senator"
    assert entity(rec, "Tom Hallam").role is not None
