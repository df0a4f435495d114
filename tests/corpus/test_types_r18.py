"""Types that hold across a corpus (tryout r17: "Punjab" and "Nintendo Switch" PERSON actors of 3 documents each):
the head word a document writes right after a name the tagger typed PERSON and cut short ("the Punjab province",
"Nintendo Switch Lite", "the Nintendo Switch pro controller") says what the name is (not_person_heads.tsv, read by
corpus/name_kinds.head_in_text); a person's name, or a capitalised word after a surname ("Trump Tower"), does not."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus import identity as I  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

PLACE = ("Farmers burn the stubble of their rice fields each autumn, and the smoke drifts east. The Sindh province "
         "west of the river is the country's breadbasket, and officials in Sindh say a new law slowed the decline "
         "of its water table.")
GADGET = ("The smaller Zelkon Switch Lite sells for $200 and plays the same games. We liked the Zelkon Switch pro "
          "controller best: it is light and the triggers are smooth.")
PERSON_TEXT = ("Trump spoke at Trump Tower on Tuesday. Trump said the talks would go on, and Trump Tower stayed "
               "open to visitors all day.")


def test_the_head_a_document_writes_after_a_name_types_it():
    assert I.head_in_text("Sindh", PLACE) == "GPE"
    assert I.head_in_text("Zelkon Switch", GADGET) == "-"
    assert I.head_in_text("Trump", PERSON_TEXT) is None  # "Tower" capitalised after a one-word name: another name
    assert I.head_in_text("Martha Province", "Martha Province said so. Martha Province declined.") is None
    assert I.head_in_text("Anna Petrova", "Anna Petrova region officials") is None  # a given name: a person


def test_a_place_and_a_product_typed_person_are_no_person_actors(store):
    for i, (text, name) in enumerate(((PLACE, "Sindh"), (PLACE + " Sindh grows wheat.", "Sindh"),
                                      (GADGET, "Zelkon Switch"), (GADGET + " Zelkon Switch fans agree.",
                                                                  "Zelkon Switch"))):
        store.write_batch([make(text, source=f"d/{i}", published="2019-11-0%d" % (i + 1),
                                entities=[(name, "PERSON", None, [name])])])
    people = [a["name"] for a in Q.list_actors(store, type="PERSON", limit=50)["items"]]
    assert "Sindh" not in people and "Zelkon Switch" not in people, people
    sindh = Q.find_actor(store, "Sindh")
    assert sindh is not None and sindh["type"] == "GPE", sindh
    assert Q.find_actor(store, "Zelkon Switch") is None  # a product: no actor


def test_a_common_noun_after_a_surname_is_the_persons_thing():
    """review r18: "the Trump speech" made Trump no actor, "the Bush ranch" made Bush a place; after a one-word name
    only a territory's division retypes it ("the Punjab province")."""
    from newsgraph.corpus.name_kinds import head_in_text
    assert head_in_text("Trump", "Critics said the Trump speech was divisive.") is None
    assert head_in_text("Bush", "Reporters waited at the Bush ranch in Texas.") is None
    assert head_in_text("Punjab", "Floods hit the Punjab province on Monday.") == "GPE"
