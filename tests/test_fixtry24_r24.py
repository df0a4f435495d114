"""Round 24 (fixtry24): trust bugs a new user met (tryout r24 notes 5, 6, 11, 17). A passive evidential keeps the
place it was reported in and rates no thing; a finding that might be made is nobody's; a described person who posts
with a colon speaks the quotation; a name inside an apposition or a relative clause of another noun is never the
speaker the ranker fills in; bylines in capitals or with "Words by … | Photos by …" are removed as
"By Sarah Miller, Staff Writer" is. Texts written for these tests."""
from __future__ import annotations

import newsgraph


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in newsgraph.analyze(text).quotes]


def test_a_case_reported_in_places_keeps_its_places():
    qs = _quotes("Flu spreads north\n\nThe strain has been reported in Ada, Kent and Ionia counties. Schools stayed "
                 "open on Friday.\n")
    assert [q[0] for q in qs] == ["The strain has been reported in Ada, Kent and Ionia counties"], qs


def test_a_thing_rated_in_a_relative_clause_is_no_quote():
    qs = _quotes("A long recovery\n\nHer doctor ordered a blood test, which was considered to be normal. A second "
                 "specialist later ordered a scan.\n")
    assert not any("normal" in q[0] for q in qs), qs
    qs = _quotes("Moons of Jupiter\n\nEuropa, which is thought to harbor an ocean, will be visited next year.\n")
    assert [q[0] for q in qs] == ["to harbor an ocean"], qs  # (a predicate that says something stays)


def test_a_finding_that_might_be_made_is_nobodys():
    qs = _quotes("The new coupe\n\nThe new coupe is a handsome car, although some might find it's grille a bit loud "
                 "with the hood up.\n")
    assert qs == [], qs


def test_a_described_poster_speaks_and_a_platform_in_a_clause_does_not():
    qs = _quotes("Panic online\n\nAccording to Reuters, one user on Weibo, which is essentially China's answer to "
                 "Twitter, posted: “How did they get to the city so fast?”\n")
    assert [(q[1], q[2]) for q in qs] == [("one user on Weibo", "posted")], qs


def test_a_place_in_the_makers_apposition_never_speaks():
    qs = _quotes("Rent levy\n\nA 2021 paper by the Institute for Fiscal Studies, a London-based research group, "
                 "found that, using standard methods, \"the full cost of the levy falls on tenants, with a loss of "
                 "$2 billion a year.\"\n")
    assert qs and all(q[1] not in ("United Kingdom", "London") for q in qs), qs


def test_bylines_in_capitals_and_credit_lines_are_removed():
    from newsgraph.clean.boilerplate import is_boilerplate
    for line in ("By MARTA LOPEZ Associated Press Writer", "By TOM REED and ANA DIAZ Staff Writers",
                 "Words by Nina Holt | Photos by Carl Weiss", "Text by Ana Ruiz / Photography by Tom Bell"):
        assert is_boilerplate(line) == "en", line
    for line in ("By Tuesday the water had reached the bridge.", "By the end of the year the correspondent",
                 "Nina Holt is a reporter who says she covers the courts."):
        assert is_boilerplate(line) is None, line
    doc = newsgraph.analyze("Floods in the valley\n\nBy MARTA LOPEZ Associated Press Writer\n\nWords by Nina Holt | "
                            "Photos by Carl Weiss\n\nThe river rose two feet overnight, officials said.\n")
    assert "MARTA" not in doc.document.text and "Photos by" not in doc.document.text


def test_a_model_named_with_the_is_no_person_and_its_number_no_count():
    res = newsgraph.analyze("Marlo unveils its new roadster\n\nMarlo will sell the 2021 RX300 Convertible from next "
                            "spring. The Convertible keeps the coupe's engine, and the Convertible weighs 100 kilograms "
                            "more. Like the coupe, the 300 grand tourer seats four, and the 300 workers at the plant "
                            "got a raise. The RX 300 Convertible costs more than the RX 300 coupe.\n")
    assert not any(e.type == "PERSON" and e.name == "Convertible" for e in res.entities), res.entities
    qs = [q.text for q in res.quantities]
    assert "300 workers" in qs and "100 kilograms" in qs and not any("tourer" in q or "RX" in q for q in qs), qs
    assert not any(q.startswith("300 C") or q.startswith("300 c") for q in qs), qs
    res = newsgraph.analyze("Court ruling\n\nJudge Ann Baker ruled on Monday. Baker said the law was clear.\n")
    assert any(e.type == "PERSON" and e.name == "Ann Baker" for e in res.entities)


def test_a_name_in_apposition_to_the_speakers_description_still_speaks():
    qs = _quotes("Rally in Norfolk\n\nThe crowd cheered for Senator Paul Hale. \"This is a big year for our next "
                 "governor!\" Hale's niece, state Del. Rita Moss (D-Norfolk), shouted to the crowd. \"The whole state is "
                 "watching. We have to show that we have his back.\"\n")
    assert qs and qs[-1][1] == "Rita Moss", qs  # (the quotation after the attribution goes on with her words)


def test_a_bare_title_word_gives_way_to_the_role_it_begins():
    from newsgraph.corpus.identity_choose import voted_role
    assert voted_role({"Secretary": 3, "Secretary of State": 2}) == "Secretary of State"
    assert voted_role({"Governor": 1, "Senator": 4}) == "Senator"  # (no fuller role: the votes decide)


def test_a_relative_clause_on_a_copulas_noun_speaks_for_its_subject():
    qs = _quotes("Storm season\n\nNina Holt is a reporter who says she covers the weather. Tom Reed is the mayor who "
                 "said the roads would close.\n")
    assert [(q[0], q[1]) for q in qs] == [("she covers the weather", "Nina Holt"),
                                          ("the roads would close", "Tom Reed")], qs
