"""Round 28, fixNUru: a document's quote count is the count of what `quotes` and exports list for it (newuser28: a
page whose record held one heading 22 times showed 26 quotes in `documents`, 4 in `quotes`)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import ARTICLE, make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

SAID = "The invitation remains valid and we are waiting for an answer from Kyiv"


def test_the_same_statement_twice_in_a_document_counts_once(store):
    rec = make(ARTICLE, source="a.example/7", published="2025-09-04",
               entities=[("Dmitry Peskov", "PERSON", "Kremlin spokesman", ["Dmitry Peskov", "Peskov"])],
               quotes=[(SAID, 0, []), (SAID, 0, [])])
    (o,) = store.write_batch([rec])
    d = Q.get_document(store, o["doc_id"])
    assert store.count("quote_reports") == 1
    assert d["n_quotes"] == 1
