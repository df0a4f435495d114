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
