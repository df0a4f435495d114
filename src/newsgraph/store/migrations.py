"""The store's migrations: a versioned schema table (``meta.schema_version``) and an ordered list of migration
functions (:data:`MIGRATIONS`), applied in one transaction when a store is opened (store.py). We chose this over
Alembic to keep the package self-contained (no migration environment to ship); each step is plain SQLAlchemy Core,
so a later switch to Alembic is a copy of these functions into revision scripts. The tables are in schema.py."""
from __future__ import annotations

from sqlalchemy import text

from .schema import (actor_types, decisions, doc_terms, documents, events, metadata, quote_reports, quote_speakers,
                     quotes, story_terms, term_df, unresolved)

# -- migrations ------------------------------------------------------------------------------------------------------
def _m1_tables(conn) -> None:
    metadata.create_all(conn)
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
                          "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"))
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
                          "quote_id UNINDEXED, text, speaker, tokenize='unicode61 remove_diacritics 2')"))
    elif conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
                          "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING GIN (tsv)"))
        conn.execute(text("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
                          "(to_tsvector('simple', coalesce(speaker, '') || ' ' || text)) STORED"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_quotes_tsv ON quotes USING GIN (tsv)"))


def _m2_terms(conn) -> None:
    term_df.create(conn, checkfirst=True)
    story_terms.create(conn, checkfirst=True)


def _m3_identities(conn) -> None:
    """Actors resolved on evidence (issue: one person, one actor): alias kinds and document counts, the names each
    document uses, type votes, unresolved entities, user decisions, entity ids behind quotes' speakers and events'
    sources. Old rows keep NULLs until ``newsgraph relink`` re-resolves the store."""
    from sqlalchemy import inspect
    have = {t: {c["name"] for c in inspect(conn).get_columns(t)} for t in ("actor_aliases", "actor_mentions",
                                                                         "quote_reports", "events")}
    add = [("actor_aliases", "kind", "VARCHAR(8)"), ("actor_aliases", "n_docs", "INTEGER"),
           ("actor_mentions", "aliases", "TEXT"), ("actor_mentions", "resolution", "VARCHAR(24)"),
           ("quote_reports", "speaker_entity", "VARCHAR(32)"), ("events", "source_entity", "VARCHAR(32)")]
    for table, col, typ in add:
        if col not in have[table]:
            q = '"' + col + '"'
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {q} {typ}"))
    for t in (actor_types, unresolved, decisions):
        t.create(conn, checkfirst=True)


def _m4_stories(conn) -> None:
    """Stories a reader would recognise (issue 18): each document's content vector, the write batch it arrived in,
    each story's central member. A document stored before has its own batch (in the order of arrival, as if each had
    been written alone); its story keeps its rows until ``newsgraph relink`` links the stories again."""
    from sqlalchemy import inspect
    have = {t: {c["name"] for c in inspect(conn).get_columns(t)} for t in ("documents", "stories")}
    for table, col, typ in (("documents", "batch", "INTEGER"), ("stories", "central", "VARCHAR(64)")):
        if col not in have[table]:
            conn.execute(text(f'ALTER TABLE {table} ADD COLUMN "{col}" {typ}'))
    doc_terms.create(conn, checkfirst=True)
    conn.execute(text("UPDATE documents SET batch = seq WHERE batch IS NULL"))
    last = conn.execute(text("SELECT MAX(batch) FROM documents")).scalar()
    conn.execute(text("DELETE FROM meta WHERE key = 'batches'"))
    conn.execute(text("INSERT INTO meta (key, value) VALUES ('batches', :v)"), {"v": str(last or 0)})


def _m5_ingested(conn) -> None:
    """The time each document was stored (``documents.ingested``: feeds, `newsgraph watch`). Documents stored
    before keep NULL: their ingest order is ``seq``."""
    from sqlalchemy import inspect
    if "ingested" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN ingested VARCHAR(32)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_ingested ON documents (ingested)"))


def _m6_list_orders(conn) -> None:
    """Indexes in the order the lists are read (actors by documents, stories by size then recency) and on the
    source of events (an actor's "talks about"): a page of a large store is read from an index, never sorted."""
    nulls_last = " NULLS LAST" if conn.dialect.name == "postgresql" else ""  # SQLite: NULLs are last in DESC
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_actors_rank ON actors (n_docs DESC, n_mentions DESC, name, id)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_stories_rank ON stories "
                      f"(n_docs DESC, last_date DESC{nulls_last}, id)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_source ON events (source_id)"))


# migration 7: (name, table, columns) of the covering indexes, and the one-column indexes they replace
_COVERING = [("ix_actor_mentions_actor_doc", "actor_mentions", "actor_id, doc_id, role"),
             ("ix_actor_mentions_doc_actor", "actor_mentions", "doc_id, actor_id"),
             ("ix_quotes_speaker_date", "quotes", "speaker_id, date, id"),
             ("ix_event_actors_actor_role", "event_actors", "actor_id, role, doc_id, local_id")]
_REPLACED = ("ix_actor_mentions_actor", "ix_quotes_speaker", "ix_event_actors_actor")


def _m7_covering(conn) -> None:
    """Covering indexes for the pages of one actor (issue 14: reads under load): an actor's documents, co-occurring
    actors, roles, quotes and events are read from an index alone, never row by row from the tables (the actor page
    about twice as fast on a 100,000-document store). A store of that size takes some seconds to migrate."""
    for name in _REPLACED:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for name, table, cols in _COVERING:
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({cols})"))


def _m8_documents_layout(conn) -> None:
    """SQLite: the documents table rebuilt with its large columns (text, record, signature) last, as the table is
    now declared. A row's columns are stored in order and a long text spills into overflow pages, which SQLite walks
    to reach any later column: a list of documents (their title, counts, story) read each one's whole text and
    record (about 5 times slower per document on a 100,000-document store). Same rows, same rowids, same indexes;
    a large store takes a minute or two, once. PostgreSQL keeps long values apart (TOAST): nothing to do."""
    from sqlalchemy import inspect
    if conn.dialect.name != "sqlite":
        return
    have = [c["name"] for c in inspect(conn).get_columns("documents")]
    want = [c.name for c in documents.columns]
    if have == want:  # made in this order (a new store)
        return
    for ix in inspect(conn).get_indexes("documents"):
        conn.execute(text(f'DROP INDEX IF EXISTS "{ix["name"]}"'))
    conn.execute(text("ALTER TABLE documents RENAME TO documents_m8"))
    documents.create(conn)  # the table and its indexes
    cols = ", ".join(f'"{c}"' for c in want if c in have)
    conn.execute(text(f"INSERT INTO documents (rowid, {cols}) SELECT rowid, {cols} FROM documents_m8"))
    conn.execute(text("DROP TABLE documents_m8"))


def _m9_co_speakers(conn) -> None:
    """The other speakers of a quote report ("X and Y said"), so that `quotes --speaker Y` finds it. A store written
    before has none until ``newsgraph relink``."""
    quote_speakers.create(conn, checkfirst=True)


def _m11_captured(conn) -> None:
    """The capture date of a web archive's page (``documents.captured``): a page's captures ingested out of order
    are ordered by it (store/versions.py). Documents stored before keep NULL (ordered by ``seq`` as before)."""
    from sqlalchemy import inspect
    if "captured" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN captured VARCHAR(40)"))


def _m12_quote_pieces(conn) -> None:
    """A quote split by its attribution is stored as users read it, its pieces joined by " … " (record.py
    ``cited``; the record's ``text`` keeps them joined by a space): the quotes and reports of documents stored
    before are rewritten from their records (only documents whose record has split quotes are read)."""
    from sqlalchemy import select, update

    from ..record import Analysis, cited
    from .writer import _h
    D, Q, QR = documents.c, quotes.c, quote_reports.c
    for doc_id, raw in conn.execute(select(D.id, D.record).where(D.record.like('%"parts": [[%'))).all():
        rec = Analysis.from_json(raw)
        for q in rec.quotes:
            shown = cited(q.text, q.parts, rec.document.text)
            if shown == q.text:
                continue
            conn.execute(update(quote_reports).where(QR.doc_id == doc_id, QR.local_id == q.id).values(text=shown))
            qid = "q_" + _h(doc_id, q.id)  # the quote this report began (store/writer.py)
            conn.execute(update(quotes).where(Q.id == qid).values(text=shown))
            if conn.dialect.name == "sqlite":
                conn.execute(text("UPDATE quotes_fts SET text = :t WHERE quote_id = :q"), {"t": shown, "q": qid})


def _m13_wire_copies(conn) -> None:
    """``documents.wire_copy``: a syndicated copy (its dateline or byline credits another outlet) is never the
    original over the wire's own report of the same day (corpus/originals.py); documents stored before are judged
    from their byline and the first lines of their text. Copy groups keep their original until a relink."""
    from sqlalchemy import func, inspect, select, update

    from ..corpus.originals import wire_copy
    if "wire_copy" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN wire_copy INTEGER"))
    D = documents.c
    for doc_id, outlet, author, head in conn.execute(select(D.id, D.outlet, D.author,
                                                            func.substr(D.text, 1, 2000))).all():
        if wire_copy(outlet, author, head):
            conn.execute(update(documents).where(D.id == doc_id).values(wire_copy=1))


def _latin_keys(kinds: tuple[str, ...]):
    """``actor_aliases.latin`` (store/actor_writes.refill_latin). 14: a full person name's surname in the key Cyrillic
    and Latin spellings share ("Дмитрий Песков" finds "Dmitry Peskov"). 15: read again with one normaliser of
    romanisations (lang/ru/latin_spellings.tsv: "Klitschko" / "Кличко"), and organisations' names too ("Газпром" /
    "Gazprom", "ООН" / "United Nations"). Actors written before stay apart until ``newsgraph relink``."""
    def migrate(conn) -> None:
        from sqlalchemy import inspect

        from .actor_writes import refill_latin
        if "latin" not in {c["name"] for c in inspect(conn).get_columns("actor_aliases")}:
            conn.execute(text("ALTER TABLE actor_aliases ADD COLUMN latin TEXT"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_actor_aliases_latin ON actor_aliases (latin)"))
        refill_latin(conn, kinds)
    return migrate


def _m16_date_sources(conn) -> None:
    """``quotes.date_source`` and ``quote_reports.date_source``: whether a quote's date is the one its text gives
    ("quote") or its report's publication day ("published"): lists mark the second as such. Filled from the stored
    records (a report whose record quote has a date: "quote")."""
    import json

    from sqlalchemy import inspect, select, update
    for table in ("quotes", "quote_reports"):
        if "date_source" not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN date_source VARCHAR(16)"))
    QR, D = quote_reports.c, documents.c
    for doc_id, record in conn.execute(select(D.id, D.record).where(D.id.in_(select(QR.doc_id)))).all():
        dated = {q.get("id") for q in (json.loads(record or "{}").get("quotes") or []) if q.get("date")}
        for local_id, date in conn.execute(select(QR.local_id, QR.date).where(QR.doc_id == doc_id)).all():
            conn.execute(update(quote_reports).where(QR.doc_id == doc_id, QR.local_id == local_id).values(
                date_source="quote" if local_id in dated else "published" if date else None))
    conn.execute(text("UPDATE quotes SET date_source = (SELECT CASE WHEN COUNT(CASE WHEN r.date_source = 'quote' "
                      "THEN 1 END) > 0 THEN 'quote' ELSE MAX(r.date_source) END FROM quote_reports r "
                      "WHERE r.quote_id = quotes.id AND r.date = quotes.date)"))


def _m17_event_date_sources(conn) -> None:
    """``events.date_source``: whether an event's date is one its text gives ("text", "quote") or its document's
    publication day ("published"): lists mark the second as such (tryout r22: 175 of 208 events of the benchmark
    pages were dated by their publication day with nothing saying so). Filled from the stored records; a record
    written before events carried it: :func:`event_date_source`."""
    import json

    from sqlalchemy import inspect, select, update
    if "date_source" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN date_source VARCHAR(16)"))
    E, D = events.c, documents.c
    for doc_id, record in conn.execute(select(D.id, D.record).where(D.id.in_(select(E.doc_id)))).all():
        rec = json.loads(record or "{}")
        pub = ((rec.get("document") or {}).get("published") or "")[:10]
        by_id = {v.get("id"): v for v in rec.get("events") or []}
        for local_id, date in conn.execute(select(E.local_id, E.date).where(E.doc_id == doc_id)).all():
            v = by_id.get(local_id) or {}
            conn.execute(update(events).where(E.doc_id == doc_id, E.local_id == local_id).values(
                date_source=event_date_source(date, v.get("date_source"), pub, v.get("evidence"), rec.get("dates"))))


def _m18_source_fingerprints(conn) -> None:
    """An index of the sources' fingerprints: ingest finds content stored under another source before analysing it
    (store.known_fingerprints)."""
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_sources_fingerprint ON sources (fingerprint)"))


def event_date_source(date: str | None, source: str | None, published: str, evidence: dict | None,
                      dates: list | None) -> str | None:
    """A stored event's ``date_source``: its record's; for a record written before events carried it, "published"
    when ``date`` is the publication day and no date of that value is written in the event's evidence, else
    "text"."""
    if not date:
        return None
    if source:
        return source
    ev = evidence or {}
    written = any(d.get("value") == date and (ev.get("start") or 0) <= (d.get("start") or 0) and
                  (d.get("end") or 0) <= (ev.get("end") or 0) for d in dates or [])
    return "published" if date == published[:10] and not written else "text"


PG_TS_CONFIG = "newsgraph"  # simple, with accents folded (unaccent); SQLite's fts5 folds them too


def has_ts_config(conn) -> bool:
    """Does the store's schema hold the ``newsgraph`` text search configuration (migration 10)?"""
    return conn.execute(text("SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace "
                             "WHERE c.cfgname = :n AND n.nspname = current_schema()"), {"n": PG_TS_CONFIG}).first() \
        is not None


def _m10_unaccent(conn) -> None:
    """PostgreSQL: full text folds accents as SQLite's fts5 does ("Jose" finds "José"): a text search configuration
    ``newsgraph`` (the simple one, words passed through the unaccent dictionary), and the documents' and quotes'
    vectors made with it. Needs the unaccent extension (PostgreSQL's contrib; trusted: a database owner may create
    it); without it the store keeps the simple configuration and searches as before. SQLite: nothing to do."""
    if conn.dialect.name != "postgresql":
        return
    try:
        with conn.begin_nested():
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"))
            if not has_ts_config(conn):
                conn.execute(text(f"CREATE TEXT SEARCH CONFIGURATION {PG_TS_CONFIG} (COPY = pg_catalog.simple)"))
                conn.execute(text(f"ALTER TEXT SEARCH CONFIGURATION {PG_TS_CONFIG} ALTER MAPPING FOR hword, "
                                  "hword_part, word WITH public.unaccent, pg_catalog.simple"))
    except Exception:  # no unaccent extension (or it lives elsewhere): keep the simple configuration
        return
    _remake_vectors(conn, PG_TS_CONFIG)


def _remake_vectors(conn, cfg: str, read=lambda cols: cols) -> None:
    """PostgreSQL: the documents' and quotes' generated vectors made again in the configuration ``cfg``, over the
    text ``read`` makes of their columns (with their GIN indexes)."""
    for table, cols in (("documents", "coalesce(title, '') || ' ' || text"),
                        ("quotes", "coalesce(speaker, '') || ' ' || text")):
        conn.execute(text(f"DROP INDEX IF EXISTS ix_{table}_tsv"))
        conn.execute(text(f"ALTER TABLE {table} DROP COLUMN IF EXISTS tsv"))
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                          f"(to_tsvector('{cfg}', {read(cols)})) STORED"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_tsv ON {table} USING GIN (tsv)"))


PG_DIGIT_DOT = r"([0-9])[.](?=[0-9])"  # "01.01.2019", "3.5": one token to PostgreSQL's parser (version, float)


def pg_tsv_text(cols: str) -> str:
    """The text PostgreSQL's vectors read: a dot between digits made a space, so that "01.01.2019" holds the words
    01, 01 and 2019 as SQLite's fts5 reads it (a year searched finds a dotted date, the usual form in Russian and
    German news); queries are made alike (queries/base.py ``_pg_tsquery``)."""
    return f"regexp_replace({cols}, '{PG_DIGIT_DOT}', '\\1 ', 'g')"


def _m19_dotted_numbers(conn) -> None:
    """PostgreSQL: the documents' and quotes' vectors read dotted numbers as SQLite does (``pg_tsv_text``), in the
    store's configuration (migration 10's where it could be made). SQLite: nothing to do."""
    if conn.dialect.name != "postgresql":
        return
    _remake_vectors(conn, PG_TS_CONFIG if has_ts_config(conn) else "simple", pg_tsv_text)


MIGRATIONS = [(1, "tables and full-text indexes", _m1_tables), (2, "content terms of stories", _m2_terms),
              (3, "actors resolved on evidence", _m3_identities), (4, "stories by content and batch", _m4_stories),
              (5, "ingest time of documents", _m5_ingested), (6, "indexes in the lists' orders", _m6_list_orders),
              (7, "covering indexes of an actor's pages", _m7_covering),
              (8, "documents' large columns last", _m8_documents_layout),
              (9, "other speakers of quotes", _m9_co_speakers), (10, "accents folded in full text", _m10_unaccent),
              (11, "capture dates of archived pages", _m11_captured),
              (12, "quotes split by their attribution shown with ' … '", _m12_quote_pieces),
              (13, "syndicated copies told from the wire's own reports", _m13_wire_copies),
              (14, "full names found across scripts", _latin_keys(("full",))),
              (15, "romanisations and organisations found across scripts", _latin_keys(("full", "name"))),
              (16, "publication days told from quotes' own dates", _m16_date_sources),
              (17, "publication days told from events' own dates", _m17_event_date_sources),
              (18, "sources found by their content", _m18_source_fingerprints),
              (19, "dotted numbers in full text as SQLite reads them", _m19_dotted_numbers)]
SCHEMA_VERSION = MIGRATIONS[-1][0]
