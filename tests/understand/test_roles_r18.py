"""A role's organisation before its title is the longest name the document knows ending there (tryout r17: Josh
Earnest, "White House Press Secretary", had the role "Press secretary of the House" in every document that also
named the House)."""
from __future__ import annotations

from newsgraph import analyze


def _roles(text):
    return {e.name: e.role for e in analyze(text).entities if e.type == "PERSON"}


def test_the_whole_organisation_before_a_title_is_the_roles():
    text = ("The House voted on Tuesday. \u201cWe expected more from Congress,\u201d White House Press Secretary Dana "
            "Pryor said at a briefing. The House adjourned.")
    assert _roles(text)["Dana Pryor"] == "Press secretary of the White House"


def test_a_country_or_a_one_word_organisation_still_names_the_role():
    assert _roles("Britain's Prime Minister Ann Hale spoke in London on Monday about the budget.")["Ann Hale"] == \
        "Prime minister of the United Kingdom"
    assert _roles("Former Microsoft CEO Steve Ballmer said the company would grow. Microsoft shares rose.")[
        "Steve Ballmer"] == "Former CEO of the Microsoft"  # (round 27: "former" makes it a past role)


def test_a_role_keeps_its_acronym_and_names_a_company_without_an_article():
    """tryout r18: Tim Cook's role read "Ceo": an acronym keeps its capitals (an organisation keeps its "the": review
    r19 found "Chairman of Federal Reserve" when the text never wrote "the Federal Reserve")."""
    roles = _roles("Apple CEO Tim Cook said on Tuesday that sales grew. Cook spoke in Cupertino. FBI Director Kash "
                   "Lane testified; the FBI declined to comment. White House Counsel Pat Ode was there.")
    assert roles["Tim Cook"] == "CEO of the Apple", roles
    assert roles["Kash Lane"].startswith("Director of the FBI"), roles


def test_an_organisation_of_several_words_gives_the_role_but_stays_out_of_the_name(pipe):
    """Merge check r18: 'National Security Council official Timothy Morrison' became a titled mention whose first
    words read as a given name across documents (Timothy Morrison apart from Tim Morrison on the benchmark store)."""
    from newsgraph.ingest.base import RawDocument
    rec = pipe.run(RawDocument(source="r18", text="National Security Council official Timothy Morrison testified on "
                               "Tuesday. Morrison said he had no concerns.\n", language="en"))
    (e,) = [x for x in rec.entities if x.type == "PERSON"]
    assert e.role and "National Security Council" in e.role, e.role
    assert not any(m.text.startswith("National") for m in e.mentions), e.mentions
