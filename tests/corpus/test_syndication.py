"""Round 19 (fix19): a syndicated copy (another outlet's page of a wire story, its dateline "(AP) —" or its byline
"By The Associated Press" crediting the agency) never becomes the original, the first report of its quotes or of
its story over the wire's own report of the same day, whatever the arrival order (tryout r18: the syndicator became
the original when its copy arrived first); an earlier published report stays first. On SQLite and PostgreSQL."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus.originals import credited, wire_copy  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402
from newsgraph.store.relink import relink  # noqa: E402

WORDS = "the bridge will reopen to traffic before the end of the year and tolls will not rise"
BODY = (f'WASHINGTON (AP) — The federal transportation agency approved the repair plan for the Harbor Bridge on '
        f'Monday after months of delay. "{WORDS}," Transportation Secretary Maria Delgado said at a news conference. '
        f'Local officials welcomed the decision and said work crews would start next week on the north span.')


def _doc(source, site, url, published, extra="", author=None):
    rec = make(BODY + extra, source=source, site=site, url=url, published=published,
               entities=[("Maria Delgado", "PERSON", "Transportation Secretary", ["Maria Delgado"])],
               quotes=[(WORDS, 0, [])])
    rec.document.author = author
    return rec


def wire(published="2019-11-18T14:05:00Z"):
    return _doc("ap/1", "Associated Press", "https://apnews.com/article/harbor-bridge", published,
                author="By The Associated Press")


def copy(published="2019-11-18T09:00:00Z", extra=""):
    return _doc("dd/1", "Dayton Daily News", "https://www.daytondailynews.com/news/harbor-bridge", published,
                extra=extra, author="Associated Press")


def test_a_copy_is_told_by_the_credit_in_its_dateline_or_byline():
    assert credited("By The Associated Press", "") == {"Associated Press"}
    assert credited(None, BODY) == {"Associated Press"}
    assert wire_copy("Dayton Daily News", None, BODY) and not wire_copy("Associated Press", None, BODY)
    assert not wire_copy("Dayton Daily News", "Jane Roe", "The city council met on Monday to vote on the plan.")


def _first(store):
    (q,) = Q.list_quotes(store, limit=5)["items"]
    return q["first_report"]["outlet"]


@pytest.mark.parametrize("order", ["copy first", "wire first"])
def test_the_wire_is_the_original_of_an_exact_copy_whatever_arrives_first(store, order):
    docs = [copy(), wire()] if order == "copy first" else [wire(), copy()]
    for d in docs:
        store.write_batch([d])
    (doc,) = Q.list_documents(store, limit=5)["items"]
    assert doc["outlet"] == "Associated Press", doc
    assert _first(store) == "Associated Press"


@pytest.mark.parametrize("order", ["copy first", "wire first"])
def test_the_wire_is_the_first_report_of_a_near_copy_and_its_story(store, order):
    extra = " The Dayton Daily News contributed to this report from the state capital on Monday afternoon."
    docs = [copy(extra=extra), wire()] if order == "copy first" else [wire(), copy(extra=extra)]
    for d in docs:
        store.write_batch([d])
    docs_ = Q.list_documents(store, limit=5)["items"]
    assert len(docs_) == 2
    ap = next(d for d in docs_ if d["outlet"] == "Associated Press")
    assert {d.get("canonical_id") for d in docs_} <= {ap["id"], None}
    with store.connect() as conn:
        from newsgraph.store import schema as S
        canon = {r[0] for r in conn.execute(S.documents.select().with_only_columns(S.documents.c.canonical_id))}
    assert canon == {ap["id"]}
    assert _first(store) == "Associated Press"
    (st,) = Q.list_stories(store, limit=5)["items"]
    assert Q.get_story(store, st["id"])["first_report"]["outlet"] == "Associated Press"
    relink(store)  # the same after a relink
    assert _first(store) == "Associated Press"


def test_an_earlier_published_copy_is_still_the_first_report(store):
    store.write_batch([copy(published="2019-11-17T22:00:00Z")])
    store.write_batch([wire(published="2019-11-18T14:05:00Z")])
    assert _first(store) == "Dayton Daily News"  # a day earlier: the evidence of time
