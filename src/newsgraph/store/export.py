"""Exports: the corpus tables as JSONL, CSV or Parquet (streamed in chunks, never the whole table in memory), and
the actor graph as GraphML (Gephi, yEd, networkx read it)."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import select

from . import schema as S
from . import queries as Q

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


def _rows(store, table: str, records: bool = False):
    t, skip, _ = TABLES[table]
    skip = set(skip) - ({"record"} if records else set())
    cols = [c for c in t.c if c.name not in skip and c.name != "tsv"]
    order = list(t.primary_key.columns)
    with store.connect() as conn:
        res = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(select(*cols).order_by(*order))
        for part in res.mappings().partitions(CHUNK):
            rows = [dict(r) for r in part]
            if table == "events":  # participants as {id, name}: the actors their entities have now
                with store.connect() as c2:
                    ents = Q.entity_actors(c2, [r["doc_id"] for r in rows])
                for r in rows:
                    for col in ("actors", "targets", "location"):
                        if r.get(col):
                            r[col] = json.dumps(Q.refs(r["doc_id"], json.loads(r[col]), ents), ensure_ascii=False)
            yield rows


def export_tables(store, out_dir: str | os.PathLike, fmt: str, records: bool = False) -> dict[str, int]:
    """Write each table to ``out_dir/<table>.<fmt>`` (jsonl, csv or parquet); returns {table: rows}. Each file is
    written to a temporary name and renamed when complete."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, (_, _, json_cols) in TABLES.items():
        path = out / f"{table}.{fmt}"
        tmp = path.with_name(path.name + ".part")
        n = 0
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for chunk in _rows(store, table, records):
                    for r in chunk:
                        for c in json_cols:
                            r[c] = json.loads(r[c]) if r.get(c) else r.get(c)
                        if r.get("record"):
                            r["record"] = json.loads(r["record"])
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                        n += 1
        elif fmt == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                w = None
                for chunk in _rows(store, table, records):
                    for r in chunk:
                        if w is None:
                            w = csv.DictWriter(fh, fieldnames=list(r))
                            w.writeheader()
                        w.writerow(r)
                        n += 1
                if w is None:  # empty table: header only
                    t, skip, _ = TABLES[table]
                    csv.writer(fh).writerow([c.name for c in t.c if c.name not in skip])
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq
            t, skip, _ = TABLES[table]
            schema = pa.schema([(c.name, _arrow_type(c)) for c in t.c if c.name not in skip or
                                (records and c.name == "record")])
            with pq.ParquetWriter(tmp, schema) as w:
                for chunk in _rows(store, table, records):
                    w.write_table(pa.Table.from_pylist(chunk, schema=schema))
                    n += len(chunk)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
        tmp.replace(path)
        counts[table] = n
    return counts


def _arrow_type(col):
    import pyarrow as pa
    from sqlalchemy import BigInteger, Float, Integer, LargeBinary
    if isinstance(col.type, (Integer, BigInteger)):
        return pa.int64()
    if isinstance(col.type, Float):
        return pa.float64()
    if isinstance(col.type, LargeBinary):
        return pa.binary()
    return pa.string()


def export_graphml(store, path: str | os.PathLike, **filters) -> dict[str, int]:
    """Write the actor graph (queries.graph: events actor->target, quotes-about speaker->actor) as GraphML."""
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
                     f'<data key="weight">{float(e["weight"])}</data></edge>\n')
        fh.write("  </graph>\n</graphml>\n")
    tmp.replace(path)
    return {"nodes": len(g["nodes"]), "edges": len(g["edges"])}
