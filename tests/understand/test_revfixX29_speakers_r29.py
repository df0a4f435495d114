"""understand (English), round 29 (revfixX29): review r29's findings G, H, H2, J on enxfail29's speaker rules.
"It" may be a company the tagger types a person when nothing in the text makes it one (en_rank._typed_person_only);
a country's possessive before a name is the office's own owner (en_role_owner.named_for_an_owner); a rank counts
only before the office it ranks (en_role_owner.another_rank); "it" after a body named by a common noun keeps its
statement (en_learn._body_before). Each with its near misses. Sentences written for these tests."""
import pytest


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


# -- G: "it" and a company named like a person -----------------------------------------------------------------

def test_it_after_a_company_typed_as_a_person_is_the_company(analyze):
    rec = analyze("Charles Schwab reported a 10 percent rise in client assets on Tuesday. It said trading volumes "
                  "had doubled.\n")
    (q,) = _quotes(rec, "trading volumes")
    assert _speaker(q) == "Charles Schwab"


@pytest.mark.parametrize("text,start,person", [
    # a person by a pronoun of his own
    ("Tom Reed lost his seat on Tuesday. It said the party had drifted to the right.\n", "the party had", "Tom Reed"),
    # a person by a title
    ("Gov. Tom Reed signed the budget on Tuesday. It said the state would borrow less.\n", "the state would",
     "Tom Reed"),
])
def test_it_is_still_never_a_person_the_text_makes_one(analyze, text, start, person):
    assert person not in {_speaker(q) for q in _quotes(analyze(text), start)}


# -- H: a country's possessive names the lead's minister ---------------------------------------------------------

def test_a_countrys_minister_named_after_the_lead_is_its_speaker(analyze):
    rec = analyze("The foreign minister said on Monday that the ceasefire would hold.\n\n“We have the guarantees we "
                  "need,” Germany's Anna Berg told reporters.\n")
    (q,) = _quotes(rec, "the ceasefire would hold")
    assert _speaker(q) == "Anna Berg"


def test_a_partys_possessive_still_blocks_the_lead(analyze):
    rec = analyze("The finance minister said on Monday that the budget was balanced.\n\n“It is a fantasy,” the "
                  "Conservatives' Jane Roe told reporters.\n")
    (q,) = _quotes(rec, "the budget was balanced")
    assert _speaker(q) != "Jane Roe"


# -- H2: a rank counts only before the office it ranks -----------------------------------------------------------

def test_a_rank_of_another_office_keeps_the_named_role(analyze):
    rec = analyze("The governor warned on Monday that the state would run out of water.\n\n“We cannot wait,” said "
                  "Gov. Ann Hale, the vice chair of the governors' association.\n")
    (q,) = _quotes(rec, "the state would run out")
    assert _speaker(q) == "Ann Hale"


def test_a_rank_before_the_office_with_words_between_is_another_office(analyze):
    rec = analyze("The health minister said on Monday that the wards would reopen.\n\n“We have the staff,” said Tom Ray, "
                  "the deputy health minister.\n")
    (q,) = _quotes(rec, "the wards would reopen")
    assert _speaker(q) != "Tom Ray"


# -- J: "it" after a body named by a common noun ----------------------------------------------------------------

@pytest.mark.parametrize("text,start", [
    ("The company recalled 3,000 cars on Friday. It announced a review of its brake suppliers.\n", "a review of"),
    ("The ministry confirmed two new cases on Monday. It reported a third death on Tuesday.\n", "a third death"),
])
def test_it_after_a_body_keeps_its_statement(analyze, text, start):
    assert _quotes(analyze(text), start)


@pytest.mark.parametrize("text,start", [
    ("What does the result mean? To start, it confirms recent polling on the race.\n", "recent polling"),
    ("The defeat was heavy for the party. It confirms the drift of its voters to the right.\n", "the drift"),
])
def test_it_for_no_body_still_states_nothing(analyze, text, start):
    assert not _quotes(analyze(text), start)
