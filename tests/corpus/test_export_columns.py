"""Exports an analyst can group and plot (tryout r19 R, J): a quote's ``speaker`` is the name as the text wrote it
("Donald J. Trump", "Trump" under one actor id), so ``speaker_name`` gives the actor's canonical name; Parquet types
the dates (a day column as a timestamp with its precision, a stored time as a UTC timestamp), never strings."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.store.export import export_tables  # noqa: E402


def _fill(store):
    store.write_batch([make("Donald J. Trump spoke in Ohio on Monday. \"We will win,\" Donald J. Trump said.",
                            source="t/1", published="2016-08-01",
                            entities=[("Donald J. Trump", "PERSON", None, ["Donald J. Trump"])],
                            quotes=[("We will win,", 0, [])])])
    store.write_batch([make("Donald Trump spoke in Iowa on Tuesday. \"The polls are wrong,\" Trump said.",
                            source="t/2", published="2016-08",  # known to the month only
                            entities=[("Donald Trump", "PERSON", None, ["Donald Trump", "Trump"])],
                            quotes=[("The polls are wrong,", 0, [])],
                            events=[("CONSULT", [0], [], None, None)])])


def test_quotes_carry_the_speakers_canonical_name(store, tmp_path):
    _fill(store)
    export_tables(store, tmp_path, "csv")
    with open(tmp_path / "quotes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and len({r["speaker_id"] for r in rows}) == 1, rows
    assert {r["speaker"] for r in rows} == {"Donald J. Trump", "Donald Trump"}  # as written
    with open(tmp_path / "actors.csv", encoding="utf-8") as fh:
        (actor,) = [a["name"] for a in csv.DictReader(fh) if "Trump" in a["name"]]
    assert {r["speaker_name"] for r in rows} == {actor}  # the actor's name: one group
    assert list(rows[0])[-3:] == ["speaker_name", "speakers", "speakers_ids"]  # added after the table's own


def test_parquet_types_the_dates(store, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    _fill(store)
    export_tables(store, tmp_path, "parquet")
    docs = pq.read_table(tmp_path / "documents.parquet")
    assert docs.schema.field("date").type == pa.timestamp("ms")
    assert docs.schema.field("ingested").type == pa.timestamp("us", tz="UTC")
    assert docs.schema.field("captured").type == pa.timestamp("us", tz="UTC")
    by_id = {r["source"]: r for r in docs.to_pylist()}
    assert by_id["t/1"]["date"].isoformat() == "2016-08-01T00:00:00" and by_id["t/1"]["date_precision"] == "day"
    assert by_id["t/2"]["date"].isoformat() == "2016-08-01T00:00:00" and by_id["t/2"]["date_precision"] == "month"
    assert by_id["t/1"]["ingested"].year >= 2024
    for table, cols in (("quotes", ("date",)), ("quote_reports", ("date",)), ("events", ("date",)),
                        ("stories", ("first_date", "last_date")), ("actors", ("first_date", "last_date"))):
        schema = pq.read_schema(tmp_path / f"{table}.parquet")
        for c in cols:
            assert schema.field(c).type == pa.timestamp("ms"), (table, c)
            assert schema.field(c + "_precision").type == pa.string(), (table, c)
    quotes = pq.read_table(tmp_path / "quotes.parquet").to_pylist()
    assert len({q["speaker_name"] for q in quotes}) == 1 and len({q["speaker"] for q in quotes}) == 2
    assert sorted(q["date_precision"] for q in quotes) == ["day", "month"]
    try:  # what an analyst reads it with (not a dependency of newsgraph): dates that take .dt
        import pandas as pd
    except ImportError:
        return
    df = pd.read_parquet(tmp_path / "quotes.parquet")
    assert str(df["date"].dtype).startswith("datetime64") and set(df["date"].dt.month) == {8}
