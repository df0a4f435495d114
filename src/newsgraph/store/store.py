"""The Store: one SQLite file by default, PostgreSQL by URL, the same SQLAlchemy Core code path for both.

>>> store = Store.open("newsgraph.db")             # or "sqlite:///x.db" or "postgresql://user:pw@host/db"
>>> outcomes = store.write_batch(records)           # one transaction: documents + corpus links (dedup, actors...)
>>> store.get_document(doc_id)                      # dict, or None

Reading queries for users live in :mod:`newsgraph.store.queries` (the one query layer of the CLI and the API).
"""
from __future__ import annotations

import json
import os
import re
import threading
from contextlib import contextmanager
from typing import Iterable, Iterator

from sqlalchemy import Integer, Text, cast, create_engine, event, select, text
from sqlalchemy.engine import Connection, Engine

from ..errors import NewsgraphError
from . import schema as S
from .writer import Linker

DEFAULT_DB = "newsgraph.db"
# One writer at a time, by design: every write transaction (Store.begin, so write_batch and migrate) takes the
# store's write lock FIRST, before it reads anything it will write from (max(seq), counters): SQLite's
# BEGIN IMMEDIATE, a PostgreSQL transaction-level advisory lock with this key.
WRITE_LOCK_KEY = 0x6E657773  # "news"


class StoreError(NewsgraphError):
    """The store cannot be opened or used (bad URL, server down, incompatible schema)."""


def normalize_url(url: str | os.PathLike | None) -> str:
    """A path, ``sqlite:///path`` or ``postgresql://...`` as an SQLAlchemy URL (psycopg 3 driver for PostgreSQL)."""
    url = os.fspath(url) if url is not None else (os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB)
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    return "sqlite:///" + os.path.abspath(url)


def _unicode_lower(v):
    return v.lower() if isinstance(v, str) else v


def _sqlite_functions(dbapi_conn) -> None:
    """SQLite's own lower() folds ASCII letters only: "ТАСС" stayed "ТАСС", so no Cyrillic (or Greek, or accented)
    outlet or name filter matched a mixed-case value (tryout r16: `--outlet ТАСС` found nothing); Python's str.lower
    takes its place on every connection, as PostgreSQL's lower() folds every script."""
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    import sqlite3
    import time
    _sqlite_functions(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL waits for other openers too
    deadline = time.monotonic() + 30
    while True:  # a fresh file opened by many at once: the switch to WAL can still find it locked; wait and retry
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _pg_reader_session(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.close()
    dbapi_conn.commit()


def _sqlite_reader_pragmas(dbapi_conn, _record) -> None:
    _sqlite_functions(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA query_only=ON")  # a reader can never write, whatever it runs
    cur.close()


GENERATION = "generation"  # meta key: a counter every write transaction moves (see bump_generation)


def bump_generation(conn: Connection) -> None:
    """Move the store's shared generation, inside the write transaction: every process serving the store then knows
    the pages it shares with the others (store/pages.py) are stale."""
    m = S.meta.c
    moved = conn.execute(S.meta.update().where(m.key == GENERATION).values(
        value=cast(cast(m.value, Integer) + 1, Text))).rowcount
    if not moved:
        conn.execute(S.meta.insert().values(key=GENERATION, value="1"))


class Store:
    """A corpus store. Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self._failed_files: set[str] | None = None  # input files with a failed source (see file_done)
        self.writes = 0  # write transactions committed through this object
        self._reader: Engine | None = None  # read-only connections (see connect)
        self._reader_lock = threading.Lock()
        self._watch = None  # see watch()

    # -- opening -----------------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | os.PathLike | None = None, create: bool = True) -> "Store":
        """Open (and create or migrate) the store at ``url`` (a path, sqlite:///..., postgresql://...)."""
        full = normalize_url(url)
        if not full.startswith(("sqlite", "postgresql")):
            raise StoreError(f"{_safe(full)}: unsupported store URL (use a SQLite file path, sqlite:///PATH or "
                             f"postgresql://USER:PW@HOST/DB)")
        try:
            if full.startswith("sqlite"):
                path = full.split(":///", 1)[1] if ":///" in full else ""
                if path and not create and not os.path.exists(path):
                    raise StoreError(f"{path}: no such store (run `newsgraph ingest` first)")
                file = path.split("?", 1)[0]
                if path and not create and os.path.isfile(file) and os.path.getsize(file) == 0:
                    # (a read command must change no file: an empty file given by mistake stays empty)
                    raise StoreError(f"{path}: no such store: the file is empty (run `newsgraph ingest` first)")
                parent = os.path.dirname(path.split("?", 1)[0]) if path else ""
                if parent and not os.path.isdir(parent):
                    raise StoreError(f"{path}: cannot create the store: the folder {parent} does not exist")
                engine = create_engine(full)
                event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = create_engine(full, pool_pre_ping=True)
            store = cls(engine, full)
            store.migrate()
        except StoreError:
            raise
        except Exception as exc:  # bad URL, server down, auth, a file that is no SQLite database...
            raise StoreError(f"{_where(full)}: cannot open store: {_reason(exc)}") from None
        return store

    def migrate(self) -> None:
        """Apply the migrations this store lacks (schema.MIGRATIONS), in one transaction under the write lock
        (two processes opening a fresh store at once: the second waits, then finds the schema made)."""
        have = 0
        with self.begin(moves=False) as conn:  # opening a store moves its generation only when it changes it
            S.meta.create(conn, checkfirst=True)
            row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == "schema_version")).first()
            have = int(row[0]) if row else 0
            if have > S.SCHEMA_VERSION:
                raise StoreError(f"{_safe(self.url)}: schema version {have} is newer than this newsgraph "
                                 f"({S.SCHEMA_VERSION}); upgrade newsgraph")
            for version, _name, step in S.MIGRATIONS:
                if version > have:
                    step(conn)
            from ..corpus import dedup
            mine = json.dumps(dedup.params(), sort_keys=True)
            if have < S.SCHEMA_VERSION:
                self._set_meta(conn, "schema_version", str(S.SCHEMA_VERSION))
            row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == "dedup_params")).first()
            if row is None:
                self._set_meta(conn, "dedup_params", mine)
            if have < S.SCHEMA_VERSION or row is None:
                bump_generation(conn)
            if row is not None and row[0] != mine:
                raise StoreError(f"{_safe(self.url)}: its near-duplicate index was built with other MinHash "
                                 f"parameters ({row[0]}; now {mine}); ingest into a new store")
        if 0 < have < S.SCHEMA_VERSION and self.engine.dialect.name == "sqlite":
            # a migration may rewrite a whole table (8): written back to the file now, so readers do not look
            # every page up in a WAL of gigabytes until the last connection closes
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        conn.execute(S.meta.delete().where(S.meta.c.key == key))
        conn.execute(S.meta.insert().values(key=key, value=value))

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
        if self._reader is not None:
            self._reader.dispose()
            self._reader = None
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- transactions ------------------------------------------------------------------------------------------------
    @contextmanager
    def begin(self, moves: bool = True) -> Iterator[Connection]:
        """A write transaction (committed on success, rolled back on any error) that holds the store's write
        lock from its first statement: writers run one at a time, and what a writer reads inside it (the last
        seq, counters) cannot change under it. It moves the store's shared generation (``moves``: unless the
        caller knows it changed nothing)."""
        with self.engine.begin() as conn:
            self._write_lock(conn)
            yield conn
            if moves:
                bump_generation(conn)
        self.writes += 1  # committed: caches of reads over this store (serve/views.py) are stale

    def _write_lock(self, conn: Connection) -> None:
        if self.engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # pysqlite has not begun yet: no statement ran
        elif self.engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read-only connection (the queries of the CLI, the API and the web UI): SQLite's query_only, a
        PostgreSQL session whose transactions are read-only. Its pool is larger than the writer's: many readers
        at once, never blocked by the writer (WAL / MVCC)."""
        with self.reader().connect() as conn:
            conn.info["newsgraph_watch"] = self.watch()  # totals cached per store generation (store/changes.py)
            yield conn

    def watch(self):
        """The store's :class:`~newsgraph.store.changes.ChangeWatch` (one per Store object)."""
        if self._watch is None:
            from .changes import ChangeWatch
            with self._reader_lock:
                if self._watch is None:
                    self._watch = ChangeWatch(self.url, self.reader)
        return self._watch

    def reader(self) -> Engine:
        with self._reader_lock:
            if self._reader is None:
                pool = dict(pool_size=8, max_overflow=56, pool_timeout=60)
                if self.engine.dialect.name == "sqlite":
                    self._reader = create_engine(self.url, **pool)
                    event.listen(self._reader, "connect", _sqlite_reader_pragmas)
                elif self.engine.dialect.name == "postgresql":
                    self._reader = create_engine(self.url, pool_pre_ping=True, **pool)
                    event.listen(self._reader, "connect", _pg_reader_session)
                else:
                    self._reader = self.engine
            return self._reader

    # -- writing -----------------------------------------------------------------------------------------------------
    def write_batch(self, records: Iterable, sources: Iterable[dict] | None = None,
                    files: Iterable[dict] | None = None, copies: Iterable[tuple[str, str]] = ()) -> list[dict]:
        """Store analysis records and link them into the corpus, all in ONE transaction (all or nothing).

        ``sources``: rows for the ``sources`` table of raw documents that failed or were skipped in this batch
        ({"source", "fingerprint", "status": "failed", "reason"}); ``files``: input files completed by this batch
        ({"path", "size", "mtime", "ndocs", "failed"}). Each record may carry a raw fingerprint in the attribute
        ``_fingerprint`` (set by the ingest loop). ``copies``: (source, fingerprint) of raw documents whose content
        is stored already under another source (:meth:`known_fingerprints`, or a record of this batch), kept as
        another source of that document without an analysis (``Linker.add_known``). Returns one outcome per record,
        then per copy: ``{"doc_id", "source", "status": new|duplicate|near-duplicate|failed, "canonical_id",
        "similarity"}`` (a copy whose document is gone meanwhile: "failed", its source recorded so, read again by the
        next ingest).
        """
        records = list(records)
        for item in records:  # never store a record whose spans do not match its text
            rec = item[0] if isinstance(item, tuple) else item  # (record, raw fingerprint) from the ingest loop
            problems = rec.validate()
            if problems:
                raise StoreError(f"invalid analysis record {rec.document.id or rec.document.source}: {problems[0]}")
        self._failed_files = None
        with self.begin() as conn:
            linker = Linker(conn)
            outcomes = [linker.add(rec) for rec in records]
            for source, fp in copies:
                out = linker.add_known(source, fp)
                if out is None:
                    out = {"doc_id": None, "source": source, "status": "failed", "canonical_id": None,
                           "similarity": None}
                    sources = list(sources or ()) + [{
                        "source": source, "fingerprint": None, "doc_id": None, "status": "failed",
                        "reason": "its content is stored under no other source now; read again next time"}]
                outcomes.append(out)
            for row in sources or ():
                conn.execute(S.sources.delete().where(S.sources.c.source == row["source"]))
                conn.execute(S.sources.insert().values(**row))
            for row in files or ():
                conn.execute(S.files.delete().where(S.files.c.path == row["path"]))
                conn.execute(S.files.insert().values(**row))
            linker.finish()
        return outcomes

    def settle(self) -> int:
        """After an ingest run: decide again the names left unresolved, against the whole corpus (store/settle.py
        ``sweep``). Returns how many documents gained or changed a mention."""
        from .settle import sweep
        with self.begin() as conn:
            return len(sweep(conn))

    # -- reading (low level; user queries are store/queries/) ---------------------------------------------------
    def get_document(self, doc_id: str, record: bool = False) -> dict | None:
        """A document row as a dict (``record``: include the full analysis record as a dict)."""
        cols = [c for c in S.documents.c if c.name not in ("signature", "record")]
        if record:
            cols.append(S.documents.c.record)
        with self.connect() as conn:
            row = conn.execute(select(*cols).where(S.documents.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        d = dict(row)
        if record:
            d["record"] = json.loads(d["record"]) if d["record"] else None
        return d

    def get_record(self, doc_id: str):
        """The stored analysis record of a document (newsgraph.record.Analysis), or None."""
        from ..record import Analysis
        with self.connect() as conn:
            row = conn.execute(select(S.documents.c.record).where(S.documents.c.id == doc_id)).first()
        return Analysis.from_json(row[0]) if row and row[0] else None

    def known_sources(self, keys: list[str]) -> dict[str, str]:
        """{source: fingerprint} for those of ``keys`` already in the store (not failed)."""
        out: dict[str, str] = {}
        if not keys:
            return out
        with self.connect() as conn:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                q = select(S.sources.c.source, S.sources.c.fingerprint).where(
                    S.sources.c.source.in_(chunk), S.sources.c.status != "failed")
                out.update({r[0]: r[1] for r in conn.execute(q)})
        return out

    def known_fingerprints(self, fps: list[str]) -> dict[str, str]:
        """{fingerprint: document id} for those of ``fps`` a stored document was read from (under any source): the
        same raw content, whose analysis the store holds already."""
        out: dict[str, str] = {}
        fps = sorted({f for f in fps if f})
        Src, D = S.sources.c, S.documents.c
        with self.connect() as conn:
            for i in range(0, len(fps), 500):
                q = select(Src.fingerprint, Src.doc_id).join(S.documents, D.id == Src.doc_id).where(
                    Src.fingerprint.in_(fps[i:i + 500]), Src.status != "failed", D.record.is_not(None))
                out.update({r[0]: r[1] for r in conn.execute(q)})
        return out

    def file_done(self, path: str, size: int, mtime: float) -> bool:
        """True when ``path`` with this size and mtime was fully ingested before: read without a fault and none
        of its documents failed (a failed or partly read file is read again; its stored documents are then
        skipped by their fingerprints)."""
        with self.connect() as conn:
            row = conn.execute(select(S.files.c.size, S.files.c.mtime, S.files.c.failed)
                               .where(S.files.c.path == path)).first()
            if not (bool(row) and row[0] == size and abs((row[1] or 0) - mtime) < 1e-6) or (row[2] or 0) > 0:
                return False
            if self._failed_files is None:  # read once, then after each write (write_batch clears it)
                self._failed_files = {source_path(r[0]) for r in conn.execute(
                    select(S.sources.c.source).where(S.sources.c.status == "failed"))}
            return path not in self._failed_files

    def forget_file(self, path: str) -> None:
        """Before a file is read again: drop its files row and its failed sources (what this reading finds is
        recorded anew; stored documents stay and are skipped by their fingerprints). An interrupted reread
        leaves the file unrecorded, so it is read again next time."""
        with self.connect() as conn:  # most files are new: nothing to forget, no transaction
            if self._failed_files is None:
                self._failed_files = {source_path(r[0]) for r in conn.execute(
                    select(S.sources.c.source).where(S.sources.c.status == "failed"))}
            known = conn.execute(select(S.files.c.path).where(S.files.c.path == path)).first() is not None
        if not known and path not in self._failed_files:
            return
        self._failed_files = None
        with self.begin() as conn:
            conn.execute(S.files.delete().where(S.files.c.path == path))
            q = select(S.sources.c.source).where(S.sources.c.status == "failed",
                                                 S.sources.c.source.like(escape_like(path) + "%", escape="\\"))
            gone = [r[0] for r in conn.execute(q) if source_path(r[0]) == path]
            for i in range(0, len(gone), 500):
                conn.execute(S.sources.delete().where(S.sources.c.source.in_(gone[i:i + 500])))

    def failed_paths(self) -> list[str]:
        """Input files with a fault recorded (a file-level error, a bad record, a document that failed), in path
        order: what ``newsgraph ingest --retry-failed`` reads again."""
        with self.connect() as conn:
            paths = {r[0] for r in conn.execute(select(S.files.c.path).where(S.files.c.failed > 0))}
            paths |= {source_path(r[0]) for r in conn.execute(select(S.sources.c.source)
                                                              .where(S.sources.c.status == "failed"))}
        return sorted(p for p in paths if p and p != "-" and not p.startswith("<"))

    def near_duplicate_groups(self) -> list[list[str]]:
        """The near-duplicate groups (documents sharing a ``dup_group``), each in ingest order, ordered by their
        first member."""
        D = S.documents.c
        groups: dict[str, list[str]] = {}
        with self.connect() as conn:
            for doc_id, group in conn.execute(select(D.id, D.dup_group).where(D.dup_group.is_not(None))
                                              .order_by(D.seq)):
                groups.setdefault(group, []).append(doc_id)
        return [g for g in groups.values() if len(g) > 1]

    def table_names(self) -> list[str]:
        return list(S.metadata.tables)

    def count(self, table: str) -> int:
        with self.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {S.metadata.tables[table].name}")).scalar_one()

    def dump(self, table: str) -> list[tuple]:
        """All rows of a table sorted by every column (for comparing stores in tests), without the columns that
        differ between any two runs (``schema.VOLATILE``: the time a document was stored)."""
        t = S.metadata.tables[table]
        cols = [c for c in t.c if (table, c.name) not in S.VOLATILE]
        q = select(*cols).order_by(*cols)
        if table == "meta":  # the count of write transactions: two runs of the same ingest may commit in other steps
            q = q.where(S.meta.c.key != GENERATION)
        with self.connect() as conn:
            return [tuple(r) for r in conn.execute(q)]


_SOURCE_SUFFIX = re.compile(r"(?::line \d+|#entry \d+|#record \d+)$")


def source_path(source: str) -> str:
    """The input file of a document source: ``a.jsonl:line 7`` -> ``a.jsonl``; ``feed.xml#entry 2`` -> ``feed.xml``."""
    return _SOURCE_SUFFIX.sub("", source or "")


def escape_like(s: str, escape: str = "\\") -> str:
    """``s`` as a literal inside a LIKE pattern (use with ``escape="\\"``): % and _ match only themselves."""
    return s.replace(escape, escape + escape).replace("%", escape + "%").replace("_", escape + "_")


def _where(url: str) -> str:
    """The store as a user named it: a SQLite store's file path, else the URL without its password."""
    if url.startswith("sqlite") and ":///" in url:
        return url.split(":///", 1)[1].split("?", 1)[0] or url
    return _safe(url)


# what the database driver's message means to a user (the driver's own words follow in brackets)
_REASONS = (("file is not a database", "the file is not a SQLite database"),
            ("unable to open database file", "the file cannot be opened (permissions, or a folder)"),
            ("database disk image is malformed", "the SQLite file is damaged"))


_NO_DATABASE = re.compile(r'database "([^"]+)" does not exist')


def _reason(exc: Exception) -> str:
    """One line: the driver's error (SQLAlchemy's wrapper and its SQL and links left out), said plainly."""
    orig = getattr(exc, "orig", None) or exc
    said = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    plain = next((r for k, r in _REASONS if k in said.lower()), None)
    m = _NO_DATABASE.search(said)
    if m:  # a new user's first PostgreSQL URL: ingest makes a SQLite file, but a server's database must exist
        plain = (f"the PostgreSQL database {m.group(1)!r} does not exist: newsgraph makes its tables, not the "
                 f"database; create it first (createdb -h HOST -U USER {m.group(1)}, or CREATE DATABASE "
                 f"{m.group(1)} in psql)")
    return f"{plain} ({said})" if plain else f"{said} ({type(orig).__name__})"


def _safe(url: str) -> str:
    """A URL without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        cred, host = rest.rsplit("@", 1)
        return f"{scheme}://{cred.split(':')[0]}:***@{host}"
    return url


def open_store(url: str | os.PathLike | None = None, create: bool = True) -> Store:
    """Open the store at ``url`` (default: $NEWSGRAPH_DB or ./newsgraph.db)."""
    return Store.open(url, create=create)
