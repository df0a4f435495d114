"""Round 27 (people across documents): a title written after "former" (or "onetime", "erstwhile") is a past role,
"Former secretary of state", before the name or in an apposition; the corpus's role vote then shows what most of
the documents called the person at their date. Sentences and people written for these tests."""
from __future__ import annotations


def entity(rec, name):
    return next(e for e in rec.entities if e.name == name)


def test_a_title_after_former_is_a_past_role(analyze):
    rec = analyze("Former Governor Tom Hallam joined the rally in Ohio on Monday. Senator Peter Varga spoke first.")
    assert entity(rec, "Tom Hallam").role == "Former governor"
    assert entity(rec, "Peter Varga").role == "Senator"


def test_former_in_an_apposition_is_a_past_role(analyze):
    rec = analyze("Ellen Marsh, the former secretary of state, said on Tuesday that the talks had stalled.")
    assert entity(rec, "Ellen Marsh").role == "Former secretary of state"


def test_a_title_without_former_stays_as_it_was(analyze):
    rec = analyze("Secretary of State Ellen Marsh said on Tuesday that the talks had stalled in Geneva.")
    assert entity(rec, "Ellen Marsh").role == "Secretary of state"


def test_former_before_a_place_and_its_title_is_a_past_role(analyze):
    rec = analyze("Former Vermont Gov. Tom Hallam spoke on Monday, and former New Mexico Mayor Ellen Marsh joined "
                  "him. Ruth Calder, the former Ohio governor, sent a letter.")
    assert entity(rec, "Tom Hallam").role.startswith("Former ")
    assert entity(rec, "Ellen Marsh").role.startswith("Former ")
    assert entity(rec, "Ruth Calder").role == "Former governor"


def test_a_law_named_after_its_sponsors_is_no_person(analyze):
    rec = analyze("Senators voted to keep the Hallam-Varga law on bank capital. Critics want to repeal Hallam-Varga "
                  "next year, said Tom Hallam, who wrote it with Peter Varga.")
    names = {e.name for e in rec.entities if e.type == "PERSON"}
    assert not any("-" in n for n in names), names
    assert {"Tom Hallam", "Peter Varga"} <= names


def test_a_hyphenated_surname_without_a_law_noun_stays_a_person(analyze):
    rec = analyze("Maria Ocampo-Reyes spoke on Monday. Ocampo-Reyes said the bill would pass.")
    assert any(e.name == "Maria Ocampo-Reyes" and e.type == "PERSON" for e in rec.entities)
