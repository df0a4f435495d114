"""A real store for the CLI tests of the analyst's workbench (issue 19), ingested through `newsgraph ingest`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from workbench_helpers import ARTICLES, EXAMPLE, run  # noqa: E402


@pytest.fixture(scope="session")
def bench_db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("workbench")
    (d / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = d / "news.db"
    run("ingest", EXAMPLE, d / "articles.jsonl", "--db", db, "-q")
    return db
