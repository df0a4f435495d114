"""Exports: the corpus tables, or any filtered part of the corpus, as JSONL, CSV or Parquet (streamed in chunks,
never a whole table in memory), and the actor graph (or a story's or an actor's neighbourhood) as GraphML.

Every export writes the same seven files (documents, actors, actor_aliases, quotes, quote_reports, events, stories)
with the same columns: a table's own, and for quotes their ``speaker_name`` and ``speakers`` (:data:`DERIVED`);
Parquet types the dates (:data:`DAYS`, :data:`STAMPS`). Parquet keeps the
structure: participants are ``list<struct<id, name>>``, a place ``struct<id, name>``, outlets and credited outlets
``list<string>`` (never JSON in a string). CSV is flat: a list of actors is their names joined by "; " with their
ids in a ``..._ids`` column, a place its name and a ``..._id`` column.

With filters (:data:`EXPORT_FILTERS`: the words, an actor, a story, a date or ingest-time range, an outlet, a
language), each file holds the rows the matching list of the query layer selects (:data:`KEYS`): the documents, the
quotes (said by the actor) with every report of them, the events (the actor takes part), the stories and the actors
(named in those documents) with their aliases; a filtered file and a whole one differ in rows, never in columns.
The words select articles (:data:`IN_ARTICLES`), and then every file holds what is in the articles the export
holds: the quotes they report (with those reports), their events, the actors they name and their stories (tryout
r19: ``--query trade`` gave the 31 articles with "trade" but only the 20 quotes whose own words had it, of the 588
reports in them); the actor and the dates still select quotes and events by their own speaker, participants, date.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import select

from . import filters as F
from . import queries as Q
from . import schema as S

CHUNK = 2000

# table -> (sqlalchemy table, excluded columns, json-valued columns)
TABLES = {
    "documents": (S.documents, {"signature", "record", "text_hash"}, set()),
    "actors": (S.actors, set(), set()),
    "actor_aliases": (S.actor_aliases, set(), set()),
    "quotes": (S.quotes, {"signature"}, set()),
    "quote_reports": (S.quote_reports, set(), {"reported_by"}),
    "events": (S.events, set(), {"actors", "targets", "location"}),
    "stories": (S.stories, set(), {"outlets"}),
}
# table -> the columns a filtered export selects its rows by: the list's keys (an event's is its document and local
# id), a quote's reports and an actor's aliases by their quote and actor
KEYS = {"documents": ("id",), "actors": ("id",), "actor_aliases": ("actor_id",), "quotes": ("id",),
        "quote_reports": ("quote_id",), "events": ("doc_id", "local_id"), "stories": ("id",)}
EXPORT_FILTERS = F.spec("export").filters  # the one table (store/filters.py) gives the CLI its options too
# filters that select articles: with one of them, the quotes and events are those of the articles exported (a list
# of quotes reads "about" in a quote's own words); the filters of ITEM_OWN still select them by their own
IN_ARTICLES = ("about",)
ITEM_OWN = ("actor", "since", "until", "include_undated")


# columns an export adds to a table's own: a quote's speaker by its actor's canonical name (``speaker`` is the name
# as the text wrote it: "Donald J. Trump", "Trump", "DONALD TRUMP" of one actor split a groupby; tryout r19 R), and
# its speakers by their actors' names, its speaker first, then the other speakers its reports name ("X and Y said";
# tryout r16: quotes.csv had only the name as the text wrote it)
DERIVED = {"quotes": ("speaker_name", "speakers")}


def _arrow_types():
    import pyarrow as pa
    ref = pa.struct([("id", pa.string()), ("name", pa.string())])
    return {"actors": pa.list_(ref), "targets": pa.list_(ref), "location": ref, "outlets": pa.list_(pa.string()),
            "reported_by": pa.list_(pa.string()), "speakers": pa.list_(ref), "speaker_name": pa.string()}


def _col_type(col):
    import pyarrow as pa
    from sqlalchemy import BigInteger, Float, Integer, LargeBinary
    if isinstance(col.type, (Integer, BigInteger)):
        return pa.int64()
    if isinstance(col.type, Float):
        return pa.float64()
    if isinstance(col.type, LargeBinary):
        return pa.binary()
    return pa.string()


# -- the rows of each file -------------------------------------------------------------------------------------------
def _table_rows(store, table: str, records: bool = False, where=None) -> Iterator[list[dict]]:
    """The rows of a table (those ``where`` selects) in chunks, JSON columns decoded (participants as {id, name}:
    their actors now, by their canonical names)."""
    t, skip, json_cols = TABLES[table]
    skip = set(skip) - ({"record"} if records else set())
    cols = [c for c in t.c if c.name not in skip and c.name != "tsv"]
    with store.connect() as conn:
        query = select(*cols).order_by(*t.primary_key.columns)
        res = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(
            query if where is None else query.where(where))
        for part in res.mappings().partitions(CHUNK):
            rows = [dict(r) for r in part]
            for r in rows:
                for c in json_cols:
                    r[c] = json.loads(r[c]) if r.get(c) else None
            if table == "quotes":
                with store.connect() as c2:
                    refs = Q.speaker_refs(c2, rows)
                for r in rows:
                    r["speakers"] = refs.get(r["id"]) or []
                    r["speaker_name"] = Q.speaker_name(r, r["speakers"])
            if table == "events":
                with store.connect() as c2:
                    ents = Q.entity_actors(c2, [r["doc_id"] for r in rows])
                    names = Q.actor_names(c2, ents.values())
                for r in rows:
                    for c in ("actors", "targets", "location"):
                        r[c] = Q.refs(r["doc_id"], r[c], ents, names)
            yield rows


# Parquet types the dates (tryout r19 J: every date column was a string): a day column is a timestamp without a
# zone (a calendar day at midnight: pandas reads it as datetime64, where a date32 column comes back as Python
# objects without ``.dt``), the first day of its period when the text gave only a month or a year ("in March" ->
# 2025-03-01), with ``<col>_precision`` (day, month, year) saying which; a stored time (``ingested``, a web
# archive's ``captured``) is a UTC timestamp. ``published`` stays as the source gave it (a day, a month, or a
# date-time in its own zone): ``date`` is its day.
DAYS = ("date", "first_date", "last_date")
STAMPS = ("ingested", "captured")
_PRECISION = {4: "year", 7: "month", 10: "day"}


def _table_schema(table: str, records: bool, typed: bool = False):
    """A table's columns as Arrow fields; ``typed`` (Parquet): dates and times as such (:data:`DAYS`)."""
    import pyarrow as pa
    t, skip, json_cols = TABLES[table]
    nested = _arrow_types()
    fields = []
    for c in t.c:
        if (c.name in skip and not (records and c.name == "record")) or c.name == "tsv":
            continue
        if typed and c.name in DAYS:
            fields += [(c.name, pa.timestamp("ms")), (c.name + "_precision", pa.string())]
        elif typed and c.name in STAMPS:
            fields.append((c.name, pa.timestamp("us", tz="UTC")))
        else:
            fields.append((c.name, nested[c.name] if c.name in json_cols else _col_type(c)))
    fields += [(name, nested[name]) for name in DERIVED.get(table, ())]
    return pa.schema(fields)


def _typed(row: dict, names) -> dict:
    """A row for a typed (Parquet) schema: ISO days (or months, years) as midnights with their precision, ISO times
    as UTC datetimes (no zone: UTC)."""
    import datetime as dt
    out = {k: row.get(k) for k in names}
    for k in DAYS:
        v = out.get(k)
        if k in out and isinstance(v, str):
            p = _PRECISION.get(len(v))
            try:
                out[k] = dt.datetime(int(v[:4]), int(v[5:7] or 1), int(v[8:10] or 1)) if p else None
            except ValueError:
                p, out[k] = None, None
            out[k + "_precision"] = p
    for k in STAMPS:
        v = out.get(k)
        if isinstance(v, str):
            try:
                t = dt.datetime.fromisoformat(v.strip().replace("Z", "+00:00"))
                out[k] = (t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)
            except ValueError:
                out[k] = None
    return out


def _csv_columns(table: str, records: bool) -> list[str]:
    """A table's CSV header, fixed by its columns (never by its first row, which may lack a place's ``_id``): a list
    of {id, name} is two columns (``actors``, ``actors_ids``), an {id, name} two (``location``, ``location_id``)."""
    import pyarrow as pa
    out = []
    for f in _table_schema(table, records):
        out.append(f.name)
        if pa.types.is_list(f.type) and pa.types.is_struct(f.type.value_type):
            out.append(f.name + "_ids")
        elif pa.types.is_struct(f.type):
            out.append(f.name + "_id")
    return out


def _list_filters(list_name: str, filters: dict) -> dict:
    """The export's filters as the list ``list_name`` takes them (a quote's actor is its speaker)."""
    f = dict(filters)
    if list_name == "quotes" and "actor" in f:
        f["speaker"] = f.pop("actor")
    return {k: v for k, v in f.items() if k in F.spec(list_name).filters}


def _list_keys(store, list_name: str, filters: dict) -> list[tuple]:
    """The primary keys of the rows a filtered list selects (an event's is (doc_id, local id)), sorted as a whole
    table's rows are: keys only, paged through the list of the query layer."""
    if list_name == "stories" and filters.get("story"):
        s = Q.get_story(store, filters["story"], limit=1)
        return [(s["id"],)] if s else []
    fn, f, keys, offset = Q.LIST_FUNCTIONS[list_name], _list_filters(list_name, filters), set(), 0
    while True:
        page = fn(store, limit=Q.MAX_LIMIT, offset=offset, **f)
        for it in page["items"]:
            keys.add((it["doc_id"], it["id"]) if list_name == "events" else (it["id"],))
        offset += len(page["items"])
        if not page["items"] or not page["more"]:
            return sorted(keys)


def _in_articles(store, docs: list[tuple], filters: dict) -> tuple[list[tuple], list[tuple]]:
    """The keys of the quotes reported in the documents ``docs`` and of their events, those the filters of
    :data:`ITEM_OWN` select (the quote's speaker, the event's participants, their own dates) when given."""
    QR, E = S.quote_reports.c, S.events.c
    quotes: set[tuple] = set()
    events: set[tuple] = set()
    ids = [d[0] for d in docs]
    with store.connect() as conn:
        for i in range(0, len(ids), CHUNK):
            part = ids[i:i + CHUNK]
            quotes |= {tuple(r) for r in conn.execute(select(QR.quote_id).where(QR.doc_id.in_(part)).distinct())}
            events |= {tuple(r) for r in conn.execute(select(E.doc_id, E.local_id).where(E.doc_id.in_(part)))}
    own = {k: v for k, v in filters.items() if k in ITEM_OWN}
    if any(own.get(k) for k in ("actor", "since", "until")):
        quotes &= set(_list_keys(store, "quotes", own))
        events &= set(_list_keys(store, "events", own))
    return sorted(quotes), sorted(events)


def _rows_of_keys(store, table: str, keys: list[tuple], records: bool = False,
                  docs: set[str] | None = None) -> Iterator[list[dict]]:
    """The rows of ``table`` whose leading key columns are ``keys`` (sorted), in chunks, as ``_table_rows`` gives
    them: a filtered export's files have a whole export's columns. ``docs``: only the rows of these documents."""
    t = TABLES[table][0]
    lead = [t.c[n] for n in KEYS[table]]
    for i in range(0, len(keys), CHUNK):
        part = keys[i:i + CHUNK]
        first = sorted({k[0] for k in part})
        wanted = set(part)
        rows = [row for chunk in _table_rows(store, table, records, where=lead[0].in_(first)) for row in chunk
                if tuple(row[c.name] for c in lead) in wanted and (docs is None or row["doc_id"] in docs)]
        if rows:
            yield rows


# -- writers ---------------------------------------------------------------------------------------------------------
def flat(row: dict) -> dict:
    """A table row for CSV: a list of {id, name} as the names joined by "; " plus ``<col>_ids``; an {id, name} as its
    name plus ``<col>_id``; other lists joined by "; " (the columns ``_csv_columns`` names)."""
    out: dict = {}
    for k, v in row.items():
        if isinstance(v, list) and v and all(isinstance(x, dict) and "name" in x for x in v):
            out[k] = "; ".join(str(x.get("name") or "") for x in v)
            out[k + "_ids"] = "; ".join(str(x.get("id") or "") for x in v)
        elif isinstance(v, list):
            out[k] = "; ".join(str(x) for x in v)
        elif isinstance(v, dict):
            out[k], out[k + "_id"] = v.get("name"), v.get("id")
        else:
            out[k] = v
    return out


def _write(path: Path, fmt: str, chunks: Iterable[list[dict]], schema=None, columns=None, bom: bool = False) -> int:
    """Write chunks of rows to ``path`` (a temporary name, renamed when complete); returns the row count. ``bom``:
    a CSV file begins with a byte-order mark (Excel then reads it as UTF-8, not as the machine's code page)."""
    tmp = path.with_name(path.name + ".part")
    n = 0
    if fmt == "jsonl":
        with open(tmp, "w", encoding="utf-8") as fh:
            for chunk in chunks:
                for r in chunk:
                    if isinstance(r.get("record"), str):
                        r["record"] = json.loads(r["record"])
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                    n += 1
    elif fmt == "csv":
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=columns, extrasaction="raise")
            w.writeheader()
            for chunk in chunks:
                for r in chunk:
                    w.writerow(flat(r))
                    n += 1
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        with pq.ParquetWriter(tmp, schema) as w:
            for chunk in chunks:
                w.write_table(pa.Table.from_pylist([_typed(r, schema.names) for r in chunk], schema=schema))
                n += len(chunk)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    tmp.replace(path)
    return n


def export_tables(store, out_dir: str | os.PathLike, fmt: str, records: bool = False,
                  filters: dict | None = None, excel: bool = False) -> dict[str, int]:
    """Write each table to ``out_dir/<table>.<fmt>`` (jsonl, csv or parquet); returns {table: rows}. With
    ``filters`` (:data:`EXPORT_FILTERS`), only the rows the lists select (see the module docstring); ``excel``: CSV
    files begin with a byte-order mark, so Excel shows Cyrillic and accents right."""
    if fmt not in ("jsonl", "csv", "parquet"):
        raise ValueError(f"unknown export format {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    if filters:
        unknown = set(filters) - set(EXPORT_FILTERS)
        if unknown:
            raise ValueError(f"export filters: {', '.join(sorted(unknown))} unknown; known: "
                             f"{', '.join(EXPORT_FILTERS)}")
        articles = any(filters.get(k) for k in IN_ARTICLES)
        keys = {name: _list_keys(store, name, filters) for name in ("documents", "stories", "actors",
                                                                     *(() if articles else ("quotes", "events")))}
        if articles:  # what is in the articles exported
            keys["quotes"], keys["events"] = _in_articles(store, keys["documents"], filters)
        keys["quote_reports"] = keys["quotes"]  # every report of a selected quote (in the articles exported)
        keys["actor_aliases"] = keys["actors"]
        in_docs = {"quote_reports": {d for (d,) in keys["documents"]}} if articles else {}
    for table in TABLES:
        rows = _table_rows(store, table, records) if not filters else _rows_of_keys(store, table, keys[table],
                                                                                        records, in_docs.get(table))
        counts[table] = _write(out / f"{table}.{fmt}", fmt, rows, _table_schema(table, records, typed=True)
                               if fmt == "parquet" else None, _csv_columns(table, records) if fmt == "csv" else None,
                               bom=excel and fmt == "csv")
    return counts


def export_graphml(store, path: str | os.PathLike, **filters) -> dict[str, int]:
    """Write the actor graph (queries.graph: events actor->target, quotes-about speaker->actor, and actors named in
    the same documents, undirected edges of kind "cooccurrence" weighted by the documents shared: the same graph
    as the API's GET /graph JSON) as GraphML; ``actor``: that actor's neighbourhood, ``story``: the story's events
    and actors, ``since``/``until``/``type``."""
    g = Q.graph(store, limit=10 ** 9, **filters)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
                 '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n'
                 '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n'
                 '  <key id="role" for="node" attr.name="role" attr.type="string"/>\n'
                 '  <key id="n_docs" for="node" attr.name="n_docs" attr.type="int"/>\n'
                 '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>\n'
                 '  <key id="etype" for="edge" attr.name="type" attr.type="string"/>\n'
                 '  <key id="factuality" for="edge" attr.name="factuality" attr.type="string"/>\n'
                 '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
                 '  <graph id="newsgraph" edgedefault="directed">\n')
        for n in g["nodes"]:
            fh.write(f'    <node id={quoteattr(n["id"])}>'
                     f'<data key="label">{escape(n["name"] or "")}</data>'
                     f'<data key="type">{escape(n["type"] or "")}</data>'
                     f'<data key="role">{escape(n["role"] or "")}</data>'
                     f'<data key="n_docs">{int(n["n_docs"] or 0)}</data></node>\n')
        for i, e in enumerate(g["edges"]):
            undirected = ' directed="false"' if e["kind"] == "cooccurrence" else ""
            fh.write(f'    <edge id="e{i}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}{undirected}>'
                     f'<data key="kind">{escape(e["kind"])}</data><data key="etype">{escape(e["type"] or "")}</data>'
                     f'<data key="factuality">{escape(e.get("factuality") or "asserted")}</data>'
                     f'<data key="weight">{float(e["weight"])}</data></edge>\n')
        fh.write("  </graph>\n</graphml>\n")
    tmp.replace(path)
    return {"nodes": len(g["nodes"]), "edges": len(g["edges"]),
            "cooccurrence": sum(1 for e in g["edges"] if e["kind"] == "cooccurrence")}
