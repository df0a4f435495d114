"""Round 16 (issue 13, idfam5): a given name alone beside the people a document names in full, a surname actor a
different role keeps apart, role words read through their short forms."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus import identity as I  # noqa: E402
from newsgraph.corpus.identity_choose import role_match  # noqa: E402
from newsgraph.record import Entity, Mention  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

TEXT = ("The mayor backed Owen Darrow for the seat and warned Owen Kessler off the race. \"I respect Owen, but he "
        "is wrong,\" the mayor said. Sen. Owen spoke later.")


def _entity(i: int, name: str, forms: list[str]) -> Entity:
    ms = [Mention(TEXT.index(f), TEXT.index(f) + len(f), f) for f in forms]
    return Entity(id=f"e{i}", name=name, type="PERSON", aliases=forms, mentions=ms)


def _views(extra):
    ents = [_entity(1, "Owen Darrow", ["Owen Darrow"]), _entity(2, "Owen Kessler", ["Owen Kessler"]), extra]
    return [I.view(e, "en", (), TEXT) for e in ents]


def test_a_given_name_of_people_named_in_full_is_one_of_them():
    views = _views(_entity(3, "Owen", ["Owen"]))
    named = I.given_of_named(views)
    assert named == {"e3": ["e1", "e2"]}
    chosen = {"e1": ("a_darrow", "full name"), "e2": ("a_kessler", "full name")}
    assert I.one_of_named(named["e3"], chosen) is None  # two Owens named in full: not decided by the name alone
    assert I.one_of_named(named["e3"], chosen, "a_kessler") == "a_kessler"  # the general rule chose one of them
    assert I.one_of_named(named["e3"], chosen, "a_clara_owen") is None  # never a namesake elsewhere
    assert I.one_of_named(["e1"], chosen) == "a_darrow"  # one Owen in full: him
    assert I.one_of_named(["e1", "e2"], {"e1": ("a_darrow", "full name")}) is None  # "Owen Kessler" undecided


def test_a_titled_word_or_the_surname_of_someone_named_is_left_to_the_general_rule():
    views = _views(_entity(3, "Sen. Owen", ["Sen. Owen"]))
    assert views[2].titled and I.given_of_named(views) == {}  # "Sen. Owen": a senator's surname
    # a document naming Clara Owen in full: "Owen" may be her surname
    text = "Owen Darrow met Clara Owen. Owen said the plan would pass."
    ents = [Entity(id="e1", name="Owen Darrow", type="PERSON", aliases=["Owen Darrow"],
                   mentions=[Mention(0, 11, "Owen Darrow")]),
            Entity(id="e2", name="Clara Owen", type="PERSON", aliases=["Clara Owen"],
                   mentions=[Mention(16, 26, "Clara Owen")]),
            Entity(id="e3", name="Owen", type="PERSON", aliases=["Owen"], mentions=[Mention(28, 32, "Owen")])]
    assert I.given_of_named([I.view(e, "en", (), text) for e in ents]) == {}


def test_role_words_read_through_their_short_forms():
    assert role_match("Gov.", {"Governor": 3}) == 1.0
    assert role_match("Sen.", {"senator": 1}) == 1.0
    assert role_match("Judge", {"lobbyist": 2}) == 0.0


def test_a_surname_actor_with_a_role_is_completed_only_by_that_role():
    assert I.completes_surname(None, {})  # "Varga", then "Senator Tom Varga"
    assert I.completes_surname("Judge", {"Judge": 1})
    assert I.completes_surname(None, {"Judge": 1}) is None  # "Judge Halloran", then a name without a role: evidence
    assert I.completes_surname("lobbyist", {"Judge": 2}) is False
    cand = I.Candidate("a_h", "Halloran", n_docs=1, cooc={"a_rare": 1, "a_everywhere": 1})
    assert I.shares_rare_co_actor(cand, ["a_rare"], {"a_rare": 0.02})
    assert not I.shares_rare_co_actor(cand, ["a_everywhere"], {"a_everywhere": 0.6})  # beside everyone: no evidence


def _people(store):
    return {a["name"]: a for a in Q.list_actors(store, type="PERSON", limit=50)["items"]}


def test_a_judge_known_by_surname_is_not_completed_by_a_lobbyist_of_that_surname(store):
    first = make("Judge Halloran sentenced the author to probation. Halloran said the case was unusual.",
                 source="j/1", published="2016-01-10", entities=[("Halloran", "PERSON", "Judge",
                                                                   ["Judge Halloran", "Halloran"])])
    second = make("Wade Halloran, a lobbyist, raised money for the campaign in Florida on Monday.",
                  source="j/2", published="2016-01-12", entities=[("Wade Halloran", "PERSON", None,
                                                                    ["Wade Halloran"])])
    for rec in (first, second):
        store.write_batch([rec])
    people = _people(store)
    assert people["Wade Halloran"]["n_docs"] == 1
    assert "Halloran" in people and people["Halloran"]["n_docs"] == 1


def test_a_chairman_known_by_surname_is_completed_beside_the_same_rare_actors(store):
    recs = [make(f"Ms. Ortolan of Velmar{i} spoke in Ohio on Monday about the harbour.", source=f"x/{i}",
                 published=f"2016-01-{i:02d}", entities=[("Ortolan", "PERSON", None, ["Ortolan"]),
                                                          (f"Velmar{i}", "ORG", None, [f"Velmar{i}"])])
            for i in range(1, 19)]  # a corpus where the Keswick inquiry is one story among many
    recs.append(make("Chairman Pruett opened the Keswick inquiry. Pruett said the Keswick files would be read.",
                     source="c/1", published="2016-01-20",
                     entities=[("Pruett", "PERSON", "Chairman", ["Chairman Pruett", "Pruett"]),
                               ("Keswick", "ORG", None, ["Keswick"])]))
    recs.append(make("Adam Pruett closed the Keswick inquiry on Friday after a long week of hearings.",
                     source="c/2", published="2016-01-21",
                     entities=[("Adam Pruett", "PERSON", None, ["Adam Pruett"]),
                               ("Keswick", "ORG", None, ["Keswick"])]))
    for rec in recs:
        store.write_batch([rec])
    assert _people(store)["Adam Pruett"]["n_docs"] == 2


def test_a_given_name_beside_two_people_named_in_full_stays_unresolved(store):
    clara = make("Clara Owen said the Senate would vote. Owen spoke in Kentucky.", source="o/1",
                 published="2016-01-10", entities=[("Clara Owen", "PERSON", None, ["Clara Owen", "Owen"])])
    text = "The mayor backed Owen Darrow and warned Owen Kessler. \"I like Owen,\" he said on Monday."
    doc = make(text, source="o/2", published="2016-01-11",
               entities=[("Owen Darrow", "PERSON", None, ["Owen Darrow"]),
                         ("Owen Kessler", "PERSON", None, ["Owen Kessler"]), ("Owen", "PERSON", None, ["Owen"])])
    for rec in (clara, doc):
        store.write_batch([rec])
    assert _people(store)["Clara Owen"]["n_docs"] == 1  # not given the Owen of the Darrow article
    with store.connect() as conn:
        from newsgraph.store import schema as S
        reasons = [r.reason for r in conn.execute(S.unresolved.select())]
    assert "the given name of people the document names in full" in reasons


def test_a_common_given_name_alone_needs_writers_who_use_it_more_than_its_bearers():
    christie = I.Candidate("a_cc", "Chris Cole", n_docs=50, full_names=["Chris Cole"])
    # "Thank you, Chris" in a transcript of a host the corpus never names in full: the corpus has ten Chrises, and
    # only three documents call Chris Cole "Chris" alone
    assert not I.known_by_given(christie, 3, frozenset(), [], bearers=10)
    assert I.known_by_given(christie, 12, frozenset(), [], bearers=10)  # writers do call him so
    carla = I.Candidate("a_cf", "Carla Fenwick", n_docs=30, full_names=["Carla Fenwick"])
    assert I.known_by_given(carla, 2, frozenset(), [], bearers=1)  # the corpus's only Carla
    assert I.known_by_given(christie, 0, frozenset(), ["a_cc"], bearers=10)  # the document names him in full


def test_a_function_word_in_capitals_is_an_acronym_not_the_word():
    from newsgraph.corpus.name_kinds import not_actor
    assert not_actor("WHO", "ORG") is None  # "According to WHO, there were 3,248 cases"
    assert not_actor("US", "GPE") is None
    assert not_actor("Who", "ORG") == "-" and not_actor("who", "ORG") == "-"  # the pronoun, typed ORG by a slip


def test_an_unlisted_first_word_is_still_a_first_name():
    boris = I.Candidate("a_bj", "Boris Jonsen", n_docs=9, full_names=["Boris Jonsen"])
    assert I.another_first_word("Magic Jonsen", boris)  # a nickname: another man than Boris
    assert not I.another_first_word("Certainly Jonsen", boris)  # a tagging slip before the surname
    assert not I.another_first_word("Jonsen", boris) and not I.another_first_word("B. Jonsen", boris)
    kate = I.Candidate("a_k", "Kate Hale Sawyer", n_docs=2, full_names=["Kate Hale Sawyer"])
    assert not I.another_first_word("Hale Sawyer", kate)  # her two surnames


def test_a_surname_only_as_a_modifier_names_no_one_among_namesakes():
    text = "Critics said the Tarrant tax cuts and a Tarrant-era rule had failed. Nobody else was named."
    k1, k2 = text.index("Tarrant"), text.index("Tarrant-era")
    e = Entity(id="e1", name="Tarrant", type="PERSON", aliases=["Tarrant"],
               mentions=[Mention(k1, k1 + 7, "Tarrant"), Mention(k2, k2 + 7, "Tarrant")])
    v = I.view(e, "en", (), text)
    assert v.attributive
    jed = I.Candidate("a_jed", "Jed Tarrant", n_docs=90, full_names=["Jed Tarrant"])
    george = I.Candidate("a_g", "George Tarrant", n_docs=60, full_names=["George Tarrant"])
    assert I.attributive_only(v, [jed, george], named_in_full=False)  # whose tax cuts: not said
    assert not I.attributive_only(v, [jed, george], named_in_full=True)  # the document names one of them
    assert not I.attributive_only(v, [jed], named_in_full=False)  # one Tarrant: the general rule
    michelle = I.Candidate("a_m", "Michelle Tarrant", n_docs=5, full_names=["Michelle Tarrant"])
    assert not I.attributive_only(v, [jed, michelle], named_in_full=False)  # he holds the surname practically alone
    t2 = "Tarrant said the tax cuts had failed."
    e2 = Entity(id="e1", name="Tarrant", type="PERSON", aliases=["Tarrant"], mentions=[Mention(0, 7, "Tarrant")])
    assert not I.view(e2, "en", (), t2).attributive
