"""store/: where the corpus lives. One SQLite file by default (FTS5), PostgreSQL by URL (tsvector/GIN), the same
SQLAlchemy Core code for both. :func:`open_store` opens (creating and migrating) a store."""
from .store import DEFAULT_DB, Store, StoreError, normalize_url, open_store

__all__ = ["Store", "StoreError", "open_store", "normalize_url", "DEFAULT_DB"]
