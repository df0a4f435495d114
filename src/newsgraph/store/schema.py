"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL; their migrations are in migrations.py
(:data:`MIGRATIONS`, re-exported here).

Dates are ISO strings (``YYYY-MM-DD`` or longer), so comparison is string comparison on both backends. JSON-valued
columns are TEXT holding JSON. Full-text search: FTS5 virtual tables on SQLite (``documents_fts``, ``quotes_fts``),
generated ``tsvector`` columns with GIN indexes on PostgreSQL (``simple`` configuration: the corpus is multilingual).
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Index, Integer, LargeBinary, MetaData, String, Table, Text

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
Index("ix_sources_fingerprint", sources.c.fingerprint)  # content stored under another source (migration 18)

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
               Column("source_entity", String(32)),
               # where ``date`` comes from: "text" (its sentence), "quote" (its quote's), "published" (the publication
               # day, the text saying nothing; lists mark it so) (migration 17)
               Column("date_source", String(16)))
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


# -- migrations: store/migrations.py (MIGRATIONS, SCHEMA_VERSION, PG_TS_CONFIG, has_ts_config) --------------------
from .migrations import (_COVERING, _REPLACED, MIGRATIONS, PG_TS_CONFIG, SCHEMA_VERSION,  # noqa: E402,F401
                         has_ts_config)
