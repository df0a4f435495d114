"""Round 26 (people across documents): a short form far more common as a given name than the full name it would
shorten is a name of its own (a Gary is not a Garrett); an actor's role is voted over all its role-giving rows, so
the order documents arrive in does not decide it. Sentences and people written for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.understand import names as N  # noqa: E402

FILLER = " The campaign went on with rallies, speeches and advertisements in several states this week."


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
