"""Round 26 (people across documents): a formal name with a generational suffix is the office-holder known without
it when the document gives it that office ("Vice President Joseph R. Biden Jr." of Joe Biden), never the father or
son of a namesake without one; a short form far more common as a given name than the full name it would shorten is
a name of its own (a Gary is not a Garrett); an actor's role is voted over all its role-giving rows, so the order
documents arrive in does not decide it. Sentences and people written for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus.name_suffix import apart_by_suffix, same_office  # noqa: E402
from newsgraph.understand import names as N  # noqa: E402

FILLER = " The campaign went on with rallies, speeches and advertisements in several states this week."


def _actors(store, source):
    from sqlalchemy import text
    with store.connect() as c:
        return {r[0]: r[1] for r in c.execute(text(
            "select m.name, a.name from actor_mentions m join actors a on a.id = m.actor_id "
            "join documents d on d.id = m.doc_id where d.source = :s"), {"s": source})}


def test_a_suffix_alone_between_two_names():
    assert apart_by_suffix(N.parse("Walter R. Okonkwo Jr."), ["Walt Okonkwo", "Walter Okonkwo"], "Walt Okonkwo")
    assert apart_by_suffix(N.parse("Walt Okonkwo"), ["Walter R. Okonkwo Jr."])
    assert not apart_by_suffix(N.parse("Walter Okonkwo Jr."), ["Walter Okonkwo Jr."])  # the same name
    assert not apart_by_suffix(N.parse("Peter Okonkwo Jr."), ["Walter Okonkwo"])  # another given name
    # the very given name the son was named with: father or son, never joined by an office (test_identity.py)
    assert not apart_by_suffix(N.parse("Walter Okonkwo Jr."), ["Walter Okonkwo", "Walt Okonkwo"], "Walter Okonkwo")
    assert same_office("Vice President", "Vice President") and same_office("Vice President", "vice president")
    assert not same_office("executive vice president of the family company", "President")
    assert not same_office(None, "Vice President")


def test_the_office_holder_written_with_his_suffix_is_the_same_person(store):
    for i in range(3):
        store.write_batch([make(f"Vice President Walt Okonkwo spoke to steelworkers in Erie, report {i}." + FILLER,
                                source=f"v{i}.example", entities=[("Walt Okonkwo", "PERSON", "Vice President",
                                                                   None)])])
    store.write_batch([make("Vice President Walter R. Okonkwo Jr. warned that the plan would cost jobs." + FILLER,
                            source="formal.example",
                            entities=[("Walter R. Okonkwo Jr.", "PERSON", "Vice President", None)])])
    assert _actors(store, "formal.example")["Walter R. Okonkwo Jr."] == "Walt Okonkwo"
    # the son, named with the suffix and no office of his father's, stays his own person
    store.write_batch([make("Walter R. Okonkwo Jr., a real estate executive, hosted a fundraiser." + FILLER,
                            source="son.example", entities=[("Walter R. Okonkwo Jr.", "PERSON", "real estate executive",
                                                             None)])])
    assert _actors(store, "son.example")["Walter R. Okonkwo Jr."] != "Walt Okonkwo"


def test_the_office_holder_first_met_with_his_suffix_is_the_one_named_without_it(store):
    # the formal name first (one paper's style), then the name other papers use: one person by the office
    store.write_batch([make("Vice President Walter R. Okonkwo Jr. warned that the plan would cost jobs." + FILLER,
                            source="formal0.example",
                            entities=[("Walter R. Okonkwo Jr.", "PERSON", "Vice President", None)])])
    store.write_batch([make("Vice President Walt Okonkwo spoke to steelworkers in Erie on Monday." + FILLER,
                            source="plain.example", entities=[("Walt Okonkwo", "PERSON", "Vice President", None)])])
    assert _actors(store, "plain.example")["Walt Okonkwo"] == "Walter R. Okonkwo Jr."
    # a namesake of another surname filed under the same suffix is no candidate
    store.write_batch([make("Senator Walter Abara Jr. spoke in Erie." + FILLER, source="other.example",
                            entities=[("Walter Abara Jr.", "PERSON", "Senator", None)])])
    store.write_batch([make("Senator Walt Okonkwo of Erie spoke." + FILLER, source="senator.example",
                            entities=[("Walt Okonkwo", "PERSON", "Senator", None)])])
    assert _actors(store, "senator.example")["Walt Okonkwo"] not in ("Walter Abara Jr.", "Walter R. Okonkwo Jr.")


def test_a_short_form_far_more_common_than_its_full_name_is_a_name_of_its_own():
    assert not N.given_compatible("gary", "garrett") and not N.given_compatible("harry", "harrison")
    for full, short in (("william", "bill"), ("joseph", "joe"), ("lawrence", "larry"), ("richard", "rick"),
                        ("edward", "ted"), ("gerald", "jerry"), ("bernard", "bernie"), ("christopher", "chris")):
        assert N.given_compatible(full, short), (full, short)
    assert not N.compatible(N.parse("Garrett Lindqvist"), N.parse("Gary Lindqvist"))
    assert N.compatible(N.parse("William Lindqvist"), N.parse("Bill Lindqvist"))
    # a spelling of the name (the same ending) stays the name however rare: "Hilary" of "Hillary"
    assert N.given_compatible("hilary", "hillary")


def test_the_role_vote_counts_every_row_whatever_came_first(store):
    from sqlalchemy import text
    # one early document calls the mayor "Governor" (a slip); the next ones all "Mayor": the vote is the mayor's
    rows = [("Governor", "g0")] + [("Mayor", f"m{i}") for i in range(4)]
    for role, src in rows:
        store.write_batch([make(f"{role} Ilse Brandvold opened the new bridge in Tromso, {src}." + FILLER,
                                source=f"{src}.example", entities=[("Ilse Brandvold", "PERSON", role, None)])])
    with store.connect() as c:
        assert c.execute(text("select role from actors where name = 'Ilse Brandvold'")).scalar() == "Mayor"
