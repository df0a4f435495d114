"""Round 27 (people across documents): what a user sees first of a person, the role the corpus shows, is the one
most of its documents give at their date: where most call her "former secretary of state", that past role wins
over the office she once held. Sentences and people written for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

FILLER = " The campaign went on with rallies, speeches and advertisements in several states this week."


def test_the_past_role_most_documents_give_is_shown(store):
    from sqlalchemy import text
    rows = [("Secretary of state", "s0")] + [("Former secretary of state", f"f{i}") for i in range(3)]
    for role, src in rows:
        store.write_batch([make(f"{role} Ellen Marsh spoke at a town hall in Dover, {src}." + FILLER,
                                source=f"{src}.example", entities=[("Ellen Marsh", "PERSON", role, None)])])
    with store.connect() as c:
        assert c.execute(text("select role from actors where name = 'Ellen Marsh'")).scalar() == \
            "Former secretary of state"


def test_the_title_a_document_gives_a_surname_points_to_the_namesake_whose_documents_give_it():
    from newsgraph.corpus import identity as I
    # the president, in many documents; his wife, in a few, each beside the same rare co-actors as this document
    owen = I.Candidate("a_owen", "Owen Calder", n_docs=300, roles={"President": 200},
                       cooc={"a_rival": 120, "a_aide": 2, "a_pundit": 1})
    ruth = I.Candidate("a_ruth", "Ruth Calder", n_docs=6, cooc={"a_rival": 6, "a_aide": 4, "a_pundit": 4})
    base = {"a_rival": 0.5, "a_aide": 0.01, "a_pundit": 0.01}
    ev = I.Evidence(co_actors=["a_rival", "a_aide", "a_pundit"], base=base, n_docs=900)
    assert I.choose([owen, ruth], ev)[0] != "a_owen"  # the co-actors alone lean to her (or decide nothing)
    ev.role = "President"  # "President Calder"
    assert I.choose([owen, ruth], ev)[0] == "a_owen"


def test_the_role_shown_is_held_or_past_as_most_documents_say_and_a_vice_office_is_another():
    from newsgraph.corpus.identity_choose import voted_role
    assert voted_role({"President": 20, "Former president": 57}) == "Former president"
    assert voted_role({"President": 57, "Former president": 20}) == "President"
    assert voted_role({"Secretary": 14, "Former secretary": 25, "Secretary of state": 12,
                       "Former secretary of state": 20}) == "Former secretary of state"
    # a vice office is not the office: neither completes nor supports the other
    assert voted_role({"Vice president": 2, "President": 3}) == "President"
    assert voted_role({"Vice president": 3, "President": 2}) == "Vice president"
    # a bare title yields to a completion only when enough documents give it (not one odd row among a hundred)
    assert voted_role({"Senator": 110, "Senator of the independent Vermont": 1}) == "Senator"
    assert voted_role({"Secretary": 39, "Secretary of state": 32}) == "Secretary of state"
    assert voted_role({"President": 233, "President of the United States": 4}) == "President of the United States"
    # held or past is read on the office's own rows: "Secretary Clinton" is a courtesy the title keeps
    assert voted_role({"Secretary": 37, "Former secretary of state": 36, "Secretary of state": 2}) == \
        "Former secretary of state"


def test_a_past_role_keeps_the_case_its_rows_give():
    from newsgraph.corpus.identity_choose import voted_role
    # review 27b: a role that opens with a proper noun keeps its capital ("Former Florida governor")
    assert voted_role({"Former Florida governor": 4}) == "Former Florida governor"
    assert voted_role({"Gov.": 3, "Former Gov.": 9}) == "Former Gov."
