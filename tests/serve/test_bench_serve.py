"""`newsgraph bench-serve` on a tiny store: the replicated store is consistent and queryable, the load run prints
figures for every endpoint (the real 100,000-document figures are in the README, printed by the same command)."""
from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import queries as Q
from newsgraph.store import open_store

runner = CliRunner()
TEXTS = [
    "Mayor Anna Petrova said on Monday that the new bridge over the river will open next week. \u201cThis bridge "
    "connects our city,\u201d Petrova told reporters, according to Reuters.",
    "The harbor authority of Bergen closed the port on Tuesday. \u201cSafety comes first,\u201d said Lars Holm, the "
    "harbor master. Prime Minister Erna Solberg met the fishermen in Bergen.",
    "Kofi Mensah, the finance minister of Ghana, said on Wednesday that the budget will grow by 3 percent.",
]


def test_bench_serve_builds_a_replicated_store_and_measures(tmp_path):
    src = tmp_path / "seed"
    src.mkdir()
    for i, t in enumerate(TEXTS):
        (src / f"{i}.txt").write_text(t, encoding="utf-8")
    db = tmp_path / "b.db"
    r = runner.invoke(app, ["bench-serve", "--store", str(db), "--docs", "90", "--from", str(src), "--build-only"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout.strip().splitlines()[-1])["documents"] == 90
    with sqlite3.connect(db) as c:
        ids = [x[0] for x in c.execute("SELECT id FROM documents")]
        assert len(set(ids)) == 90
        seqs = sorted(x[0] for x in c.execute("SELECT seq FROM documents"))
        assert len(set(seqs)) == 90
        assert c.execute("SELECT count(DISTINCT date) FROM documents").fetchone()[0] > 3
        assert c.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 90
        orphans = c.execute("SELECT count(*) FROM quote_reports r LEFT JOIN quotes q ON q.id = r.quote_id "
                            "WHERE q.id IS NULL").fetchone()[0]
        assert orphans == 0
        assert c.execute("SELECT count(*) FROM actor_mentions m LEFT JOIN actors a ON a.id = m.actor_id "
                         "WHERE a.id IS NULL").fetchone()[0] == 0
    with open_store(str(db)) as st:
        names = [a["name"] for a in Q.list_actors(st, limit=200)["items"]]
        assert "Anna Petrova" in names and any(n.startswith("Anna Petrova ") for n in names)
        assert Q.search(st, "harbor")["total"] == 30
        fresh = next(n for n in names if n.startswith("Anna Petrova "))
        assert Q.timeline(st, actor=fresh)["total"] >= 1
    again = runner.invoke(app, ["bench-serve", "--store", str(db), "--docs", "90", "--from", str(src),
                                "--clients", "4", "--seconds", "2", "--analyze-clients", "0", "--workers", "1",
                                "--analysis-workers", "0"])
    assert again.exit_code == 0, again.output
    assert "(reused)" in again.output and "/documents json" in again.output and "_list pages" in again.output
    rows = [ln for ln in again.stdout.splitlines() if ln.strip().startswith(("/", "_"))]
    assert rows and all(ln.split()[-1] == "0" for ln in rows), rows  # no errors
