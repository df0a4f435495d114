"""The first report of a quote is the earliest published article, not the report whose quote date is earliest: a
statement made "in January" and reported on 14 January by one outlet and on 5 February by another was credited to
the second, its "2016-01" sorting before "2016-01-14" (tryout r13)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

WORDS = "anyone claiming that the economy of the country is in decline is peddling fiction"


def _report(source, site, published, said, intro):
    rec = make(f'{intro} "{WORDS}," Ann Vale said.', source=source, site=site, published=published,
               entities=[("Ann Vale", "PERSON", None, ["Ann Vale"])], quotes=[(WORDS, 0, [])])
    rec.quotes[0].date = said
    return rec


def test_the_first_report_is_the_earliest_published(store):
    store.write_batch([_report("a/1", "Early Post", "2016-01-14", "2016-01-14", "In her speech on Thursday,")])
    store.write_batch([_report("b/2", "Late Daily", "2016-02-05", "2016-01", "Last month she told voters:")])
    (q,) = Q.list_quotes(store)["items"]
    assert q["n_reports"] == 2 and q["first_report"]["outlet"] == "Early Post"
    full = Q.get_quote(store, q["id"])
    assert [r["outlet"] for r in full["reports"]] == ["Early Post", "Late Daily"]


def test_the_stored_first_document_and_date_follow_the_same_order(store):
    # the export's quotes.first_doc followed the earliest quote date, '2016-01' sorting before '2016-01-14'
    store.write_batch([_report("a/1", "Early Post", "2016-01-14", "2016-01-13", "In her speech on Wednesday,")])
    store.write_batch([_report("b/2", "Late Daily", "2016-02-05", "2016-01", "Last month she told voters:")])
    with store.connect() as c:
        from sqlalchemy import text
        first_doc, date = c.execute(text("SELECT first_doc, date FROM quotes")).one()
        doc = c.execute(text("SELECT source FROM documents WHERE id = :i"), {"i": first_doc}).scalar_one()
    assert doc == "a/1" and date == "2016-01-13"
