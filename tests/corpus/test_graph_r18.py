"""The actor graph is one graph whatever the format (tryout r17: the GraphML export held quote and event edges
only, no actors named together): co-occurrence edges (kind "cooccurrence", weight the documents shared,
undirected) in GET /graph's JSON and in the GraphML export alike, around an actor, in a story, and corpus-wide."""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402
from newsgraph.store.export import export_graphml  # noqa: E402

BODY = "The committee met in the capital on Tuesday to discuss the budget and the new bridge over the river. "
NS = "{http://graphml.graphdrawing.org/xmlns}"


def _corpus(store):
    cast = [("Ben Ward", "PERSON"), ("Ann Hale", "PERSON"), ("Harbor Council", "ORG"), ("Tom Reyes", "PERSON")]
    docs = [(0, 1, 2), (0, 1), (0, 2), (1, 3)]
    for i, who in enumerate(docs):
        names = [cast[k] for k in who]
        text = f"Story number {i}. " + BODY * 2 + " ".join(f"{n} spoke." for n, _ in names)
        store.write_batch([make(text, source=f"d/{i}", published=f"2019-11-0{i + 1}",
                                entities=[(n, t, None, [n]) for n, t in names])])


def _graphml_edges(path):
    root = ET.parse(path).getroot()
    edges = set()
    for e in root.iter(NS + "edge"):
        data = {d.get("key"): d.text for d in e.findall(NS + "data")}
        edges.add((e.get("source"), e.get("target"), data["kind"], float(data["weight"]), e.get("directed")))
    return edges


def test_the_json_graph_and_the_graphml_export_hold_the_same_cooccurrence_edges(store, tmp_path):
    _corpus(store)
    ids = {a["name"]: a["id"] for a in Q.list_actors(store, limit=50)["items"]}
    g = Q.graph(store, limit=1000)
    cooc = {(e["source"], e["target"]): e["weight"] for e in g["edges"] if e["kind"] == "cooccurrence"}
    ward_hale = tuple(sorted((ids["Ben Ward"], ids["Ann Hale"])))
    ward_council = tuple(sorted((ids["Ben Ward"], ids["Harbor Council"])))
    assert cooc == {ward_hale: 2, ward_council: 2}  # corpus-wide: pairs sharing 2+ documents
    n = export_graphml(store, tmp_path / "g.graphml")
    assert n["cooccurrence"] == 2
    assert _graphml_edges(tmp_path / "g.graphml") == {
        (e["source"], e["target"], e["kind"], float(e["weight"]), "false" if e["kind"] == "cooccurrence" else None)
        for e in g["edges"]}
    around = Q.graph(store, actor="Ann Hale", limit=1000)
    assert {(e["source"], e["target"], e["weight"]) for e in around["edges"] if e["kind"] == "cooccurrence"} == {
        (*ward_hale, 2), (*sorted((ids["Ann Hale"], ids["Harbor Council"])), 1),
        (*sorted((ids["Ann Hale"], ids["Tom Reyes"])), 1)}
    assert all(e["kind"] != "cooccurrence" for e in Q.graph(store, limit=1000, cooccurrence=False)["edges"])
    assert all(e["kind"] != "cooccurrence" for e in Q.graph(store, limit=1000, type="ACCUSE")["edges"])
    assert not [e for e in Q.graph(store, limit=1000, since="2019-11-03")["edges"] if e["kind"] == "cooccurrence"]


def test_the_api_graph_is_the_exported_graph(sqlite_url, tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    from newsgraph.store import open_store
    with open_store(sqlite_url) as st:
        _corpus(st)
        export_graphml(st, tmp_path / "g.graphml")
    with TestClient(create_app(sqlite_url)) as c:
        g = c.get("/graph", params={"format": "json", "limit": 2000}).json()
        assert {e["kind"] for e in g["edges"]} == {"cooccurrence"}
        assert {(e["source"], e["target"], e["kind"], float(e["weight"]), "false") for e in g["edges"]} == \
            _graphml_edges(tmp_path / "g.graphml")
        assert c.get("/graph", params={"format": "json", "cooccurrence": "false"}).json()["edges"] == []
        assert "named in the same documents" in c.get("/graph", headers={"Accept": "text/html"}).text
