"""Exports: the corpus tables, or any filtered part of the corpus, as JSONL, CSV or Parquet (streamed in chunks,
never a whole table in memory), and the actor graph (or a story's or an actor's neighbourhood) as GraphML.

Parquet keeps the structure: participants are ``list<struct<id, name>>``, a place ``struct<id, name>``, outlets and
credited outlets ``list<string>``, a quote's reports ``list<struct<...>>`` (never JSON in a string). CSV is flat:
a list of actors is their names joined by "; " with their ids in a ``..._ids`` column, a struct's fields are
``first_report.outlet``-style columns, and a quote's reports go to their own file (quote_reports.csv).

With filters (:data:`EXPORT_FILTERS`: the words, an actor, a story, a date or ingest-time range, an outlet, a
language), each file holds what the matching list of the query layer holds: the documents, the quotes (said by
the actor), the events (the actor takes part), the stories and the actors (named in those documents).
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
EXPORT_FILTERS = F.spec("export").filters  # the one table (store/filters.py) gives the CLI its options too


def _arrow_types():
    import pyarrow as pa
    ref = pa.struct([("id", pa.string()), ("name", pa.string())])
    report = pa.struct([(k, pa.int64() if k in ("start", "end") else pa.list_(pa.string()) if k == "reported_by"
                         else pa.string()) for k in ("doc_id", "local_id", "text", "outlet", "reported_by", "date",
                                                     "start", "end", "title", "url", "published", "ingested",
                                                     "speaker", "kind", "cue")])
    return {"actors": pa.list_(ref), "targets": pa.list_(ref), "location": ref, "outlets": pa.list_(pa.string()),
            "reported_by": pa.list_(pa.string()), "aliases": pa.list_(pa.string()), "first_report": report,
            "reports": pa.list_(report)}


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
def _table_rows(store, table: str, records: bool = False) -> Iterator[list[dict]]:
    """The rows of a table in chunks, JSON columns decoded (participants as {id, name}: their actors now)."""
    t, skip, json_cols = TABLES[table]
    skip = set(skip) - ({"record"} if records else set())
    cols = [c for c in t.c if c.name not in skip and c.name != "tsv"]
    with store.connect() as conn:
        res = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(
            select(*cols).order_by(*t.primary_key.columns))
        for part in res.mappings().partitions(CHUNK):
            rows = [dict(r) for r in part]
            for r in rows:
                for c in json_cols:
                    r[c] = json.loads(r[c]) if r.get(c) else None
            if table == "events":
                with store.connect() as c2:
                    ents = Q.entity_actors(c2, [r["doc_id"] for r in rows])
                for r in rows:
                    for c in ("actors", "targets", "location"):
                        r[c] = Q.refs(r["doc_id"], r[c], ents)
            yield rows


def _table_schema(table: str, records: bool):
    import pyarrow as pa
    t, skip, json_cols = TABLES[table]
    nested = _arrow_types()
    fields = []
    for c in t.c:
        if (c.name in skip and not (records and c.name == "record")) or c.name == "tsv":
            continue
        fields.append((c.name, nested[c.name] if c.name in json_cols else _col_type(c)))
    return pa.schema(fields)


def _list_filters(list_name: str, filters: dict) -> dict:
    """The export's filters as the list ``list_name`` takes them (a quote's actor is its speaker)."""
    f = dict(filters)
    if list_name == "quotes" and "actor" in f:
        f["speaker"] = f.pop("actor")
    return {k: v for k, v in f.items() if k in F.spec(list_name).filters}


def _list_rows(store, list_name: str, filters: dict) -> Iterator[list[dict]]:
    """The items of a filtered list in chunks (quotes with every report)."""
    fn = Q.LIST_FUNCTIONS[list_name]
    extra = {"reports": True} if list_name == "quotes" else {}
    f = _list_filters(list_name, filters)
    if list_name == "stories" and filters.get("story"):
        s = Q.get_story(store, filters["story"], limit=1)
        if s:
            yield [{k: s[k] for k in ("id", "title", "first_date", "last_date", "n_docs", "outlets")}]
        return
    offset = 0
    while True:
        page = fn(store, limit=Q.MAX_LIMIT, offset=offset, **extra, **f)
        if page["items"]:
            yield page["items"]
        offset += len(page["items"])
        if not page["items"] or not page["more"]:
            return


def _item_schema(list_name: str):
    """The Parquet schema of a list's items (nested where the item is)."""
    import pyarrow as pa
    nested = _arrow_types()
    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    cols = {
        "documents": [("id", s), ("title", s), ("outlet", s), ("url", s), ("source", s), ("published", s),
                      ("language", s), ("n_words", i), ("n_quotes", i), ("n_events", i), ("canonical_id", s),
                      ("is_duplicate", b), ("story_id", s), ("similarity", f), ("ingested", s)],
        "quotes": [("id", s), ("text", s), ("kind", s), ("speaker", s), ("speaker_id", s), ("cue", s), ("date", s),
                   ("n_reports", i), ("first_report", nested["first_report"]), ("reports", nested["reports"])],
        "events": [("doc_id", s), ("id", s), ("type", s), ("mode", s), ("actors", nested["actors"]),
                   ("targets", nested["targets"]), ("location", nested["location"]), ("date", s), ("trigger", s),
                   ("evidence", s), ("start", i), ("end", i), ("factuality", s), ("source_id", s), ("outlet", s),
                   ("title", s)],
        "stories": [("id", s), ("title", s), ("first_date", s), ("last_date", s), ("n_docs", i),
                    ("outlets", nested["outlets"])],
        "actors": [("id", s), ("name", s), ("type", s), ("role", s), ("aliases", nested["aliases"]), ("n_docs", i),
                   ("n_mentions", i), ("n_quotes", i), ("first_date", s), ("last_date", s)],
    }[list_name]
    return pa.schema(cols)


# -- writers ---------------------------------------------------------------------------------------------------------
def flat(row: dict) -> dict:
    """A row for CSV: lists of {id, name} as names joined by "; " plus ``<col>_ids``; a {id, name} as its name plus
    ``<col>_id``; other dicts as ``col.field`` columns; other lists joined by "; "; lists of reports left out."""
    out: dict = {}
    for k, v in row.items():
        if isinstance(v, list) and v and all(isinstance(x, dict) and "name" in x for x in v):
            out[k] = "; ".join(str(x.get("name") or "") for x in v)
            out[k + "_ids"] = "; ".join(str(x.get("id") or "") for x in v)
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            continue  # a quote's reports: their own file
        elif isinstance(v, list):
            out[k] = "; ".join(str(x) for x in v)
        elif isinstance(v, dict) and "name" in v and set(v) <= {"id", "name"}:
            out[k], out[k + "_id"] = v.get("name"), v.get("id")
        elif isinstance(v, dict):
            for kk, vv in flat(v).items():
                out[f"{k}.{kk}"] = vv
        else:
            out[k] = v
    return out


def _write(path: Path, fmt: str, chunks: Iterable[list[dict]], schema=None, columns=None) -> int:
    """Write chunks of rows to ``path`` (a temporary name, renamed when complete); returns the row count."""
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
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            w = None
            for chunk in chunks:
                for r in chunk:
                    r = flat(r)
                    if w is None:
                        w = csv.DictWriter(fh, fieldnames=list(r), extrasaction="ignore")
                        w.writeheader()
                    w.writerow(r)
                    n += 1
            if w is None:  # empty: the header only
                csv.writer(fh).writerow(columns or (schema.names if schema is not None else []))
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        with pq.ParquetWriter(tmp, schema) as w:
            for chunk in chunks:
                w.write_table(pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in chunk],
                                                   schema=schema))
                n += len(chunk)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    tmp.replace(path)
    return n


def export_tables(store, out_dir: str | os.PathLike, fmt: str, records: bool = False,
                  filters: dict | None = None) -> dict[str, int]:
    """Write each table to ``out_dir/<table>.<fmt>`` (jsonl, csv or parquet); returns {table: rows}. With
    ``filters`` (:data:`EXPORT_FILTERS`), the matching documents, quotes (and their reports), events, stories and
    actors instead of whole tables."""
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
        reports: list[dict] = []
        for name in ("documents", "quotes", "events", "stories", "actors"):
            chunks = _list_rows(store, name, filters)
            if name == "quotes" and fmt == "csv":  # the reports get their own flat file
                chunks = _keep_reports(chunks, reports)
            counts[name] = _write(out / f"{name}.{fmt}", fmt, chunks,
                                  _item_schema(name) if fmt == "parquet" else None,
                                  _item_schema(name).names if fmt == "csv" else None)
        if fmt == "csv":
            counts["quote_reports"] = _write(out / "quote_reports.csv", fmt, [reports])
        _drop_stale(out, fmt, counts)
        return counts
    for table in TABLES:
        schema = _table_schema(table, records) if fmt in ("parquet", "csv") else None
        counts[table] = _write(out / f"{table}.{fmt}", fmt, _table_rows(store, table, records), schema)
    return counts


def _drop_stale(out: Path, fmt: str, written: dict) -> None:
    """A filtered export writes fewer tables than a whole one: an earlier export's file of another table in the same
    folder and format (actor_aliases.csv) would sit beside this one's as if it belonged to it; it is removed."""
    for table in TABLES:
        path = out / f"{table}.{fmt}"
        if table not in written and path.is_file():
            path.unlink()


def _keep_reports(chunks, reports: list) -> Iterator[list[dict]]:
    for chunk in chunks:
        for q in chunk:
            reports += [dict(r, quote_id=q["id"]) for r in q.get("reports") or []]
        yield chunk


def export_graphml(store, path: str | os.PathLike, **filters) -> dict[str, int]:
    """Write the actor graph (queries.graph: events actor->target, quotes-about speaker->actor) as GraphML;
    ``actor``: that actor's neighbourhood, ``story``: the story's events, ``since``/``until``/``type``."""
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
            fh.write(f'    <edge id="e{i}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}>'
                     f'<data key="kind">{escape(e["kind"])}</data><data key="etype">{escape(e["type"] or "")}</data>'
                     f'<data key="factuality">{escape(e.get("factuality") or "asserted")}</data>'
                     f'<data key="weight">{float(e["weight"])}</data></edge>\n')
        fh.write("  </graph>\n</graphml>\n")
    tmp.replace(path)
    return {"nodes": len(g["nodes"]), "edges": len(g["edges"])}
