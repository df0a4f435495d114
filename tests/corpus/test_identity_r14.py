"""Round 14 (issue 13, idfam3): a given name the text introduces as someone's relative."""
from newsgraph.corpus import identity as I


def _cands():
    # two people called Robin known to the corpus; the document names the Aldridge family in full
    return [I.Candidate("a_ra", "Robin Aldridge", n_docs=2, full_names=["Robin Aldridge"]),
            I.Candidate("a_rb", "Robin Brook", n_docs=40, full_names=["Robin Brook"])]


def test_relative_by_given_name_is_the_family_member():
    ev = I.Evidence(co_actors=[f"a_x{i}" for i in range(12)], base={f"a_x{i}": 0.2 for i in range(12)}, n_docs=100,
                    family=frozenset({"aldridge"}), relative=True)
    assert I.choose(_cands(), ev, strict=True)[0] == "a_ra"  # "Mr. Aldridge's daughter Robin"


def test_no_kinship_word_or_two_families_decides_nothing_by_itself():
    base = {f"a_x{i}": 0.2 for i in range(12)}
    co = [f"a_x{i}" for i in range(12)]
    ev = I.Evidence(co_actors=co, base=base, n_docs=100, family=frozenset({"aldridge"}), relative=False)
    assert I.choose(_cands(), ev, strict=True)[0] is None  # "Robin" beside Aldridges, no kinship word
    ev = I.Evidence(co_actors=co, base=base, n_docs=100, family=frozenset({"aldridge", "brook"}), relative=True)
    assert I.choose(_cands(), ev, strict=True)[0] is None  # "his brother Robin" beside both families


def test_a_people_named_as_a_whole_is_a_group_not_a_person():
    from newsgraph.corpus.name_kinds import not_actor
    assert not_actor("Young Latinos", "PERSON") == "GROUP" and not_actor("Evangelicals", "PERSON") == "GROUP"
    assert not_actor("Donald Trump", "PERSON") is None
