"""One writer at a time, by design (issue 14): `newsgraph ingest` and `POST /documents` writing the same store at
once give the store a serial run gives (unique, gap-free seq numbers; the same rows), on SQLite and PostgreSQL;
processes opening a fresh store at once all succeed (schema creation under the write lock)."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from newsgraph.ingest.base import RawDocument
from newsgraph.store import open_store

TOKEN = "w-token"
PEOPLE = ["Anna Petrova", "Jan Novak", "Maria Silva", "Kofi Mensah", "Lena Berg", "Omar Haddad", "Ines Costa",
          "Tomas Kral", "Yuki Tanaka", "Rosa Diaz", "Piet Jansen", "Ana Lopes"]
PLACES = ["Bergen", "Porto", "Brno", "Accra", "Turku", "Amman", "Braga", "Olomouc", "Sendai", "Cusco", "Delft",
          "Faro"]


SAYINGS = ["Nobody here remembers a winter this cold", "Our harbour needs new cranes before spring",
           "Teachers deserve better pay and smaller classes", "The old tram line must come back",
           "Farmers lost half of the harvest to floods", "We will plant ten thousand trees",
           "The museum opens its doors for free on Sundays", "Young people leave because rents keep rising",
           "The hospital wing was finished ahead of schedule", "Tourists are welcome but traffic is a problem",
           "Cyclists finally get a safe route downtown", "The festival drew record crowds this year"]


def article(i: int) -> str:
    return (f"Mayor {PEOPLE[i]} of {PLACES[i]} opens bridge number {i}\n"
            f"Mayor {PEOPLE[i]} said on Monday that bridge number {i} over the river in {PLACES[i]} will open to "
            f"traffic in week {i + 10}. \u201c{SAYINGS[i]},\u201d {PEOPLE[i].split()[1]} told "
            f"reporters, according to Reuters. The council of {PLACES[i]} approved {i + 3} million euros.\n")


@pytest.fixture(scope="module")
def records():
    from newsgraph import analyze_many
    raws = [RawDocument(source=f"in/{i}.txt", text=article(i), published=f"2025-09-{i + 1:02d}") for i in range(12)]
    recs = list(analyze_many(raws))
    assert not [r for r in recs if isinstance(r, Exception)]
    return raws, recs


SEQ_TABLES = {"documents": "seq", "quote_reports": "seq"}
COMPARED = ["documents", "actors", "actor_aliases", "actor_mentions", "quotes", "quote_reports", "events",
            "event_actors", "term_df", "sources", "doc_bands"]


def _rows(url: str, table: str) -> list[tuple]:
    """A table's rows without the columns whose value depends on arrival order (seq, write batch, story ids)."""
    from sqlalchemy import select
    from newsgraph.store import schema as S
    t = S.metadata.tables[table]
    skip = {"seq", "batch", "story_id", "quote_id", "canonical_id", "dup_group", "reason", "fingerprint"}
    cols = [c for c in t.c if c.name not in skip]
    with open_store(url) as st, st.connect() as c:
        return sorted(tuple(r) for r in c.execute(select(*cols)))


def _check_seqs(url: str) -> None:
    from sqlalchemy import text
    with open_store(url) as st, st.connect() as c:
        for table, col in SEQ_TABLES.items():
            seqs = [r[0] for r in c.execute(text(f"SELECT {col} FROM {table}"))]
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), (table, sorted(seqs))


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_ingest_and_post_documents_together_equal_a_serial_run(records, backend, tmp_path, request):
    from newsgraph.corpus.ingest import ingest
    from newsgraph.serve import create_app
    raws, recs = records
    by_source = {r.source: rec for r, rec in zip(raws, recs)}

    def url_for(name):
        if backend == "sqlite":
            return str(tmp_path / f"{name}.db")
        from pgutil import create_pg_database
        url, drop = create_pg_database()
        request.addfinalizer(drop)
        return url

    serial, together = url_for("serial"), url_for("together")
    with open_store(serial) as st:
        for rec in recs:
            st.write_batch([rec])

    def analyze(batch):
        return [by_source[r.source] for r in batch]

    start = threading.Barrier(2)

    def run_ingest():
        with open_store(together) as st:
            start.wait()
            return ingest(st, raws=raws[:6], analyze=analyze, batch_size=1)

    def run_posts():
        app = create_app(together, token=TOKEN, analysis_workers=0)
        out = []
        with TestClient(app) as c:
            start.wait()
            for r in raws[6:]:
                resp = c.post("/documents", json={"text": r.text, "source": r.source, "published": r.published},
                              headers={"authorization": f"Bearer {TOKEN}"})
                out.append(resp.status_code)
        return out

    with ThreadPoolExecutor(2) as pool:
        fi, fp = pool.submit(run_ingest), pool.submit(run_posts)
        summary, statuses = fi.result(timeout=300), fp.result(timeout=300)
    assert summary.new == 6 and summary.failed == 0
    assert statuses == [201] * 6
    _check_seqs(together)
    _check_seqs(serial)
    for table in COMPARED:
        a, b = _rows(together, table), _rows(serial, table)
        assert len(a) == len(b), table
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        assert not diff, (table, [[(i, u, v) for i, (u, v) in enumerate(zip(x, y)) if u != v] for x, y in diff][:3])


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_fresh_store_opened_by_many_at_once(backend, tmp_path, request):
    if backend == "sqlite":
        url = str(tmp_path / "fresh.db")
    else:
        from pgutil import create_pg_database
        url, drop = create_pg_database()
        request.addfinalizer(drop)
    start = threading.Barrier(6)

    def open_one(_):
        start.wait()
        with open_store(url) as st:
            return st.count("documents")

    with ThreadPoolExecutor(6) as pool:
        assert list(pool.map(open_one, range(6))) == [0] * 6
