"""PostgreSQL and path helpers shared by the store and corpus tests (imported by tests/conftest.py)."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pg_admin_url() -> str | None:
    return os.environ.get("NEWSGRAPH_TEST_PG") or None


def _need_pg() -> str:
    url = pg_admin_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail("NEWSGRAPH_TEST_PG is unset but CI is set: the PostgreSQL tests must run in CI")
        pytest.skip("NEWSGRAPH_TEST_PG unset (a PostgreSQL server URL); see .ci/run")
    return url


def create_pg_database(prefix: str = "ngtest") -> tuple[str, callable]:
    """A fresh, uniquely named schema on the test server (faster than a database, as isolated for our tables);
    returns (a URL whose search_path is that schema, a function that drops it)."""
    from sqlalchemy import create_engine, text
    admin = _need_pg()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    eng = create_engine("postgresql+psycopg://" + admin.split("://", 1)[1], isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as c:
            c.execute(text(f'CREATE SCHEMA "{name}"'))
    except Exception as exc:  # server down or no rights: in CI that is a failure, never a skip
        eng.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"cannot create a PostgreSQL test schema on {admin.split('@')[-1]}: {exc}")
        pytest.skip(f"cannot create a PostgreSQL test schema: {exc}")
    sep = "&" if "?" in admin else "?"
    url = f"{admin}{sep}options=-csearch_path%3D{name}"

    def drop():
        with eng.connect() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        eng.dispose()
    return url, drop


