"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL, and their migrations.

Migrations: a versioned schema table (``meta.schema_version``) and an ordered list of migration functions in this
module (:data:`MIGRATIONS`), applied in one transaction when a store is opened. We chose this over Alembic to keep
the package self-contained (no migration environment to ship); each step is plain SQLAlchemy Core, so a later
switch to Alembic is a copy of these functions into revision scripts.

Dates are ISO strings (``YYYY-MM-DD`` or longer), so comparison is string comparison on both backends. JSON-valued
columns are TEXT holding JSON. Full-text search: FTS5 virtual tables on SQLite (``documents_fts``, ``quotes_fts``),
generated ``tsvector`` columns with GIN indexes on PostgreSQL (``simple`` configuration: the corpus is multilingual).
"""
from __future__ import annotations

from sqlalchemy import (BigInteger, Column, Float, Index, Integer, LargeBinary, MetaData, String, Table, Text,
                        text)

metadata = MetaData()


def _now() -> str:
    from .filters import now_stamp
    return now_stamp()


meta = Table("meta", metadata,
             Column("key", String(64), primary_key=True),
             Column("value", Text))

# Input files already fully ingested (skipped cheaply, before reading, when size and mtime are unchanged).
files = Table("files", metadata,
              Column("path", Text, primary_key=True),
              Column("size", BigInteger),
              Column("mtime", Float),
              Column("ndocs", Integer),
              Column("failed", Integer))

# Every raw document seen: its fingerprint (hash of the raw input) and what became of it.
sources = Table("sources", metadata,
                Column("source", Text, primary_key=True),
                Column("fingerprint", String(64)),
                Column("doc_id", String(64)),
                Column("status", String(32)),  # new | duplicate | near-duplicate | failed
                Column("reason", Text))

documents = Table("documents", metadata,
                  Column("id", String(64), primary_key=True),
                  Column("seq", Integer, nullable=False),  # ingest order
                  Column("source", Text),
                  Column("url", Text),
                  Column("title", Text),
                  Column("language", String(16)),
                  Column("published", String(40)),
                  Column("date", String(10)),  # published[:10], for filters
                  # when a web archive captured the page (WARC-Date; NULL otherwise): the order of a page's
                  # versions (store/versions.py); ``published`` may be this date, marked in the record (migration 11)
                  Column("captured", String(40)),
                  Column("site_name", Text),
                  Column("outlet", Text),  # site name, else the URL's host
                  Column("author", Text),
                  Column("text_hash", String(64)),  # sha256 of the clean text: exact duplicates
                  Column("n_words", Integer),
                  Column("n_quotes", Integer),
                  Column("n_events", Integer),
                  Column("dup_group", String(64)),  # near-duplicate group (id of its first member)
                  Column("canonical_id", String(64)),  # the group's original (earliest published); self if original
                  Column("wire_copy", Integer),  # 1: a syndicated copy crediting another outlet (corpus/originals.py)
                  Column("similarity", Float),  # estimated Jaccard to the copy it matched when it arrived
                  Column("story_id", String(64)),
                  Column("batch", Integer),  # the write batch it arrived in (stories are linked batch by batch)
                  # when it was stored (UTC, store/filters.now_stamp): feeds and "what is new"; NULL in stores
                  # written before migration 5
                  Column("ingested", String(32), default=_now),
                  # the large columns last: on SQLite a row's later columns are read by walking the overflow pages
                  # of the earlier ones, so a list reading the small columns never touches these (migration 8)
                  Column("text", Text, nullable=False),
                  Column("record", Text),  # the whole analysis record (JSON)
                  Column("signature", LargeBinary))  # MinHash signature (corpus/dedup.py)
Index("ix_documents_date", documents.c.date)
Index("ix_documents_ingested", documents.c.ingested)
VOLATILE = {("documents", "ingested")}  # columns two runs of the same ingest never share (Store.dump leaves them out)
Index("ix_documents_text_hash", documents.c.text_hash)
Index("ix_documents_group", documents.c.dup_group)
Index("ix_documents_story", documents.c.story_id)
Index("ix_documents_seq", documents.c.seq)

# Other sources of the very same clean text (exact duplicates): the document is stored once.
document_copies = Table("document_copies", metadata,
                        Column("doc_id", String(64), primary_key=True),
                        Column("source", Text, primary_key=True),
                        Column("url", Text),
                        Column("outlet", Text),
                        Column("published", String(40)))

doc_bands = Table("doc_bands", metadata,
                  Column("hash", BigInteger, primary_key=True),
                  Column("doc_id", String(64), primary_key=True))

actors = Table("actors", metadata,
               Column("id", String(64), primary_key=True),
               Column("name", Text, nullable=False),
               Column("type", String(16)),
               Column("role", Text),
               Column("n_docs", Integer),
               Column("n_mentions", Integer),
               Column("first_date", String(10)),
               Column("last_date", String(10)))
Index("ix_actors_name", actors.c.name)

actor_aliases = Table("actor_aliases", metadata,
                      Column("actor_id", String(64), primary_key=True),
                      Column("alias", Text, primary_key=True),  # a spelling seen in a document (or given by a user)
                      Column("key", Text, nullable=False),  # its normalised key (corpus/actors.py name_key)
                      Column("first", Text),  # the key's first token (given name of a person)
                      Column("last", Text),  # the key's last token (surname of a person)
                      Column("origin", String(8)),  # auto | user
                      Column("kind", String(8)),  # full | surname | given (people) | name (others)
                      Column("n_docs", Integer),  # documents that use this alias for this actor
                      # a full person name's surname in the key both scripts share ("Песков", "Peskov" -> "peskov";
                      # understand/name_scripts.latin_surname): the person found when written in the other script
                      Column("latin", Text))
Index("ix_actor_aliases_key", actor_aliases.c.key)
Index("ix_actor_aliases_last", actor_aliases.c.last)
Index("ix_actor_aliases_first", actor_aliases.c.first)
Index("ix_actor_aliases_latin", actor_aliases.c.latin)

# Aliases and merges given by users (aliases.tsv or `newsgraph alias`): key -> canonical name.
user_aliases = Table("user_aliases", metadata,
                     Column("key", Text, primary_key=True),
                     Column("alias", Text),
                     Column("canonical", Text))

actor_mentions = Table("actor_mentions", metadata,
                       Column("doc_id", String(64), primary_key=True),
                       Column("entity", String(32), primary_key=True),
                       Column("actor_id", String(64), nullable=False),
                       Column("name", Text),
                       Column("type", String(16)),
                       Column("role", Text),
                       Column("n_mentions", Integer),
                       Column("aliases", Text),  # JSON [[alias, kind], ...]: the names this document uses
                       Column("resolution", String(24)))  # how the entity found its actor (corpus/identity.py)
# an actor's documents (and the roles there) read from the index alone; the actors of a document likewise (migration 7)
Index("ix_actor_mentions_actor_doc", actor_mentions.c.actor_id, actor_mentions.c.doc_id, actor_mentions.c.role)
Index("ix_actor_mentions_doc_actor", actor_mentions.c.doc_id, actor_mentions.c.actor_id)

# The vote of documents on an actor's type (the actor's type is the most frequent).
actor_types = Table("actor_types", metadata,
                    Column("actor_id", String(64), primary_key=True),
                    Column("type", String(16), primary_key=True),
                    Column("n", Integer, nullable=False))

# Entities of a document that no actor was given: a surname or given name the evidence did not decide, an ignored
# name. ``candidates``: JSON list of {id, name}.
unresolved = Table("unresolved", metadata,
                   Column("doc_id", String(64), primary_key=True),
                   Column("entity", String(32), primary_key=True),
                   Column("name", Text),
                   Column("type", String(16)),
                   Column("candidates", Text),
                   Column("reason", Text))

# Corrections users made (merge, split, retype, ignore), in order: applied at once and kept for relink and for the
# documents that come later. ``args``: JSON.
decisions = Table("decisions", metadata,
                  Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("kind", String(16), nullable=False),
                  Column("args", Text, nullable=False),
                  Column("created", String(32)))

quotes = Table("quotes", metadata,
               Column("id", String(64), primary_key=True),
               Column("text", Text, nullable=False),
               Column("kind", String(16)),
               Column("speaker_id", String(64)),
               Column("speaker", Text),
               Column("cue", String(64)),
               Column("date", String(10)),  # date of the first report (quote date, else document date)
               Column("first_doc", String(64)),
               Column("n_reports", Integer),
               Column("signature", LargeBinary),
               # where ``date`` comes from: "quote" (the text dates the words) or "published" (the report's
               # publication day, the text saying nothing; migration 16)
               Column("date_source", String(16)))
Index("ix_quotes_speaker_date", quotes.c.speaker_id, quotes.c.date, quotes.c.id)  # a speaker's quotes (migration 7)
Index("ix_quotes_date", quotes.c.date)

quote_bands = Table("quote_bands", metadata,
                    Column("hash", BigInteger, primary_key=True),
                    Column("quote_id", String(64), primary_key=True))

quote_reports = Table("quote_reports", metadata,
                      Column("doc_id", String(64), primary_key=True),
                      Column("local_id", String(32), primary_key=True),
                      Column("quote_id", String(64), nullable=False),
                      Column("seq", Integer),
                      Column("text", Text),
                      Column("kind", String(16)),
                      Column("speaker", Text),
                      Column("cue", String(64)),
                      Column("outlet", Text),  # the document's outlet
                      Column("reported_by", Text),  # JSON list of outlet names the text credits
                      Column("date", String(10)),
                      Column("start", Integer),
                      Column("end", Integer),
                      Column("speaker_entity", String(32)),  # the record's entity id of the speaker
                      Column("date_source", String(16)))  # "quote" or "published", as the quote's (migration 16)
Index("ix_quote_reports_quote", quote_reports.c.quote_id)

# the other speakers a report names ("Vindman and Williams told ...": Williams; the first is the quote's speaker),
# by the record's entity and its actor (migration 9)
quote_speakers = Table("quote_speakers", metadata,
                       Column("doc_id", String(64), primary_key=True),
                       Column("local_id", String(32), primary_key=True),
                       Column("entity", String(32), primary_key=True),
                       Column("actor_id", String(64)))
Index("ix_quote_speakers_actor", quote_speakers.c.actor_id, quote_speakers.c.doc_id, quote_speakers.c.local_id)

events = Table("events", metadata,
               Column("doc_id", String(64), primary_key=True),
               Column("local_id", String(32), primary_key=True),
               Column("type", String(16)),
               Column("mode", String(32)),
               Column("actors", Text),  # JSON [{"entity": record entity id or null, "name": ...}]
               Column("targets", Text),
               Column("location", Text),
               Column("date", String(10)),  # event date, else document date
               Column("trigger", Text),
               Column("evidence", Text),
               Column("start", Integer),
               Column("end", Integer),
               Column("factuality", String(16)),
               Column("source_id", String(64)),
               Column("quote_local", String(32)),
               Column("outlet", Text),
               Column("source_entity", String(32)))
Index("ix_events_type", events.c.type)
Index("ix_events_date", events.c.date)

event_actors = Table("event_actors", metadata,
                     Column("doc_id", String(64), primary_key=True),
                     Column("local_id", String(32), primary_key=True),
                     Column("actor_id", String(64), primary_key=True),
                     Column("role", String(8), primary_key=True))  # actor | target | location | source
Index("ix_event_actors_actor_role", event_actors.c.actor_id, event_actors.c.role, event_actors.c.doc_id,
      event_actors.c.local_id)  # an actor's events as actor or target (migration 7)

stories = Table("stories", metadata,
                Column("id", String(64), primary_key=True),
                Column("title", Text),
                Column("first_date", String(10)),
                Column("last_date", String(10)),
                Column("n_docs", Integer),
                Column("outlets", Text),  # JSON list
                Column("central", String(64)))  # the member the title comes from (the most central one)
Index("ix_stories_last", stories.c.last_date)

story_actors = Table("story_actors", metadata,
                     Column("story_id", String(64), primary_key=True),
                     Column("actor_id", String(64), primary_key=True),
                     Column("weight", Integer))
Index("ix_story_actors_actor", story_actors.c.actor_id)


# Content terms: document frequency over the stored documents, and each story's top terms (story clustering).
term_df = Table("term_df", metadata,
                Column("term", String(64), primary_key=True),
                Column("n", Integer, nullable=False))

story_terms = Table("story_terms", metadata,
                    Column("story_id", String(64), primary_key=True),
                    Column("term", String(64), primary_key=True),
                    Column("weight", Integer))
Index("ix_story_terms_term", story_terms.c.term)

# A document's content vector for story linking: its top terms (title and lead) with tf x idf weights (unit length).
doc_terms = Table("doc_terms", metadata,
                  Column("doc_id", String(64), primary_key=True),
                  Column("term", String(64), primary_key=True),
                  Column("weight", Float))
Index("ix_doc_terms_term", doc_terms.c.term)


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
    for table, cols in (("documents", "coalesce(title, '') || ' ' || text"),
                        ("quotes", "coalesce(speaker, '') || ' ' || text")):
        conn.execute(text(f"DROP INDEX IF EXISTS ix_{table}_tsv"))
        conn.execute(text(f"ALTER TABLE {table} DROP COLUMN IF EXISTS tsv"))
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                          f"(to_tsvector('{PG_TS_CONFIG}', {cols})) STORED"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_tsv ON {table} USING GIN (tsv)"))


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
              (16, "publication days told from quotes' own dates", _m16_date_sources)]
SCHEMA_VERSION = MIGRATIONS[-1][0]
