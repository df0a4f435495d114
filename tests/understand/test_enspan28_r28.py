"""understand (English), round 28 (enspan28): where indirect content ends, fitted on PolNeAR train
(eval/polnear_spans.py): a closing non-restrictive relative clause about a named actor (", who …", ", which …") is
the writer's background, not the speaker's words. Sentences written for these tests."""


def _quote(rec, text):
    (q,) = [q for q in rec.quotes if q.text.startswith(text)]
    return q


def test_background_on_a_person_named_at_the_end_is_not_said(analyze):
    rec = analyze("The senator said the bureau had questioned Daniel Morrow, who ran the county's payroll office "
                  "until 2019.")
    assert _quote(rec, "the bureau had").text == "the bureau had questioned Daniel Morrow"


def test_background_on_a_company_named_at_the_end_is_not_said(analyze):
    rec = analyze("Officials said the city had signed a contract with Brightwater Holdings, which builds bridges in "
                  "three states.")
    assert _quote(rec, "the city had").text == "the city had signed a contract with Brightwater Holdings"


def test_a_relative_clause_on_a_common_noun_stays_in_the_content(analyze):
    # (after a common noun PolNeAR's content goes on more often than not: "…, which would make it popular")
    rec = analyze("He said the plan would help families, which would make it popular.")
    assert _quote(rec, "the plan would").text == "the plan would help families, which would make it popular"


def test_the_content_going_on_after_the_relative_clause_is_kept(analyze):
    rec = analyze("Police said the fire started at Bayview Storage, which had been cited twice for wiring faults, "
                  "and spread east.")
    assert _quote(rec, "the fire started").text.endswith("and spread east")


def test_a_relative_clause_in_the_speakers_quoted_words_is_kept(analyze):
    rec = analyze('She said the board had hired Tom Alvarez, who "knows the port better than anyone."')
    q = _quote(rec, "the board had")
    assert "knows the port" in q.text
