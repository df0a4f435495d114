"""The store on both backends: schema, one transaction per batch, idempotence, exact and near duplicates, FTS."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import ARTICLE, article, make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402
from newsgraph.store import StoreError, normalize_url, open_store  # noqa: E402


def test_url_forms(tmp_path):
    assert normalize_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path}/x.db"
    assert normalize_url("sqlite:///rel.db") == "sqlite:///rel.db"
    assert normalize_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_bad_url_is_one_readable_error():
    with pytest.raises(StoreError) as exc:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    msg = str(exc.value)
    assert "cannot open store" in msg and "secret" not in msg and "\n" not in msg


def test_missing_sqlite_store_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "absent.db", create=False)


def test_schema_created_and_reopened(store, store_url):
    assert store.count("documents") == 0
    store.close()
    with open_store(store_url) as again:  # migrations are not applied twice
        with again.connect() as c:
            from sqlalchemy import text
            from newsgraph.store.schema import SCHEMA_VERSION
            assert c.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar_one() == \
                str(SCHEMA_VERSION)


def test_same_document_twice_is_stored_once(store):
    rec = article()
    (o1,) = store.write_batch([rec])
    (o2,) = store.write_batch([article()])
    assert o1["status"] == "new" and o2["status"] == "duplicate" and o2["doc_id"] == o1["doc_id"]
    assert store.count("documents") == 1 and store.count("quote_reports") == 2


def test_exact_copy_from_another_source_is_kept_as_a_copy(store):
    store.write_batch([article()])
    (o,) = store.write_batch([article(source="b.example/9", site="B Daily")])
    assert o["status"] == "duplicate"
    d = Q.get_document(store, o["doc_id"])
    assert [c["source"] for c in d["copies"]] == ["b.example/9"] and d["copies"][0]["outlet"] == "B Daily"


def test_a_batch_is_all_or_nothing(store):
    good = article()
    bad = make("Another text entirely about markets and prices going up and down all year long in Europe.",
               source="bad.example", entities=[("Alpha", "ORG", None, ["Another"])])
    bad.entities.append(bad.entities[0])  # the same entity id twice: the store refuses the record
    with pytest.raises(IntegrityError):
        store.write_batch([good, bad])
    assert store.count("documents") == 0 and store.count("actors") == 0 and store.count("sources") == 0
    store.write_batch([good])
    assert store.count("documents") == 1


def test_near_duplicate_links_to_the_earliest_published(store):
    late = article(source="late.example", published="2025-09-06", site="Late")
    copy_text = ("Other headline for the same story\n" + ARTICLE.split("\n", 1)[1]
                 .replace("Putin invited Zelensky to Moscow last week.", "Putin had invited him a week ago.")
                 + "\nSubscribe to our newsletter. Share this article.")
    early = make(copy_text, source="early.example", title="Other headline", published="2025-09-04", site="Early")
    (o1,) = store.write_batch([late])
    (o2,) = store.write_batch([early])
    # the earlier copy arrived second: it becomes the original and the first one is marked as its copy
    assert o2["canonical_id"] == o2["doc_id"]
    d1 = Q.get_document(store, o1["doc_id"])
    assert d1["is_duplicate"] and d1["canonical_id"] == o2["doc_id"]
    assert [x["id"] for x in d1["duplicates"]] == [o2["doc_id"]]
    assert not Q.get_document(store, o2["doc_id"])["is_duplicate"]
    assert d1["story_id"] == Q.get_document(store, o2["doc_id"])["story_id"]


def test_different_articles_are_not_duplicates(store):
    a = article()
    b = make("Central banks kept interest rates unchanged on Wednesday as inflation slowed across the euro area, "
             "and economists expect the first cut in the spring if wages cool as forecast.", source="econ.example")
    outs = store.write_batch([a, b])
    assert [o["status"] for o in outs] == ["new", "new"]
    assert Q.stats(store)["near_duplicates"] == 0


def test_full_text_search_documents_and_quotes(store):
    store.write_batch([article()])
    page = Q.search(store, "peacekeeping mission")
    assert page["total"] == 1 and "[" in page["items"][0]["snippet"]
    assert Q.search(store, "nonexistentword")["total"] == 0
    q = Q.list_quotes(store, about="missile attacks")
    assert q["total"] == 1 and q["items"][0]["speaker"] == "Volodymyr Zelensky"
    with pytest.raises(ValueError):
        Q.search(store, "!!!")


def test_a_russian_word_finds_its_other_forms(store):
    text = "Песков заявил, что переговоры с Путиным продолжатся. Президент Путин встретится с министрами в среду."
    store.write_batch([make(text, source="ru.example/1", title="Кремль о переговорах",
                            entities=[("Дмитрий Песков", "PERSON", None, ["Песков"])])])
    for asked in ("Путина", "Путину", "песковым", "переговоров", "переговор*"):
        assert Q.search(store, asked)["total"] == 1, asked
    assert Q.search(store, "Путина переговорах")["total"] == 1  # every word, each in any form
    assert Q.search(store, "Медведева")["total"] == 0


def test_an_earlier_exact_copy_becomes_the_documents_source(store):
    store.write_batch([article(published="2025-09-06", site="Late News", source="late.example")])
    (o,) = store.write_batch([article(published="2025-09-04", site="First News", source="first.example")])
    d = Q.get_document(store, o["doc_id"])
    assert (d["source"], d["outlet"], d["published"]) == ("first.example", "First News", "2025-09-04")
    assert [c["source"] for c in d["copies"]] == ["late.example"]
    q = Q.list_quotes(store, speaker="Zelensky")["items"][0]
    assert q["first_report"]["outlet"] == "First News"


def test_a_store_built_with_other_minhash_parameters_is_refused(store_url):
    from newsgraph.corpus import dedup
    open_store(store_url).close()
    old = dedup.THRESHOLD
    dedup.THRESHOLD = 0.9
    try:
        with pytest.raises(StoreError, match="MinHash parameters"):
            open_store(store_url)
    finally:
        dedup.THRESHOLD = old
    open_store(store_url).close()


def test_a_store_in_a_missing_folder_names_the_folder(tmp_path):
    with pytest.raises(StoreError) as exc:
        open_store(tmp_path / "nofolder" / "x.db")
    assert str(exc.value) == f"{tmp_path / 'nofolder' / 'x.db'}: cannot create the store: the folder " \
                             f"{tmp_path / 'nofolder'} does not exist"


def test_an_unsupported_database_url_says_which_are_supported():
    with pytest.raises(StoreError) as exc:
        open_store("mysql://a:secret@h/db")
    msg = str(exc.value)
    assert "unsupported store URL" in msg and "sqlite" in msg and "postgresql" in msg, msg
    assert "secret" not in msg and "MySQLdb" not in msg


def test_an_actors_pages_read_covering_indexes(store, store_url):
    """Migration 7 (issue 14): an actor's documents, co-occurring actors, quotes and events are read from covering
    indexes; a store made before (the one-column indexes) is migrated to them on opening, its rows untouched."""
    from sqlalchemy import text
    from newsgraph.store.schema import _COVERING, _REPLACED
    store.write_batch([article()])
    sqlite = store_url.startswith("sqlite") or "://" not in store_url

    def index_names():
        with store.connect() as c:
            if sqlite:
                return {r[0] for r in c.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))}
            return {r[0] for r in c.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = "
                                                 "current_schema()"))}
    assert {n for n, _, _ in _COVERING} <= index_names() and not set(_REPLACED) & index_names()
    # an older store: the covering indexes gone, the one-column ones back, the schema at version 6
    with store.begin() as c:
        for n, _, _ in _COVERING:
            c.execute(text(f"DROP INDEX {n}"))
        for n, (t, col) in zip(_REPLACED, [("actor_mentions", "actor_id"), ("quotes", "speaker_id"),
                                           ("event_actors", "actor_id")]):
            c.execute(text(f"CREATE INDEX {n} ON {t} ({col})"))
        c.execute(text("UPDATE meta SET value = '6' WHERE key = 'schema_version'"))
    before = store.count("actor_mentions"), store.count("quotes")
    store.close()
    with open_store(store_url) as again:
        store = again
        assert {n for n, _, _ in _COVERING} <= index_names() and not set(_REPLACED) & index_names()
        assert (again.count("actor_mentions"), again.count("quotes")) == before
        if sqlite:
            with again.connect() as c:
                plan = " ".join(str(r[-1]) for r in c.execute(text(
                    "EXPLAIN QUERY PLAN SELECT m2.actor_id, count(DISTINCT m2.doc_id) FROM actor_mentions m1 "
                    "JOIN actor_mentions m2 ON m1.doc_id = m2.doc_id WHERE m1.actor_id = 'x' GROUP BY m2.actor_id")))
            assert "COVERING INDEX ix_actor_mentions_actor_doc" in plan
            assert "COVERING INDEX ix_actor_mentions_doc_actor" in plan


def test_documents_large_columns_move_last_on_sqlite(tmp_path):
    """Migration 8 (issue 14): a SQLite store whose documents table has text and record amid the small columns (as
    stores made before) is rebuilt with them last: the same rows, rowids and indexes, and lists read the same."""
    import sqlite3
    from newsgraph.store.schema import documents
    path = tmp_path / "old.db"
    with open_store(path) as st:
        st.write_batch([article(), article(source="b.example/2", text=ARTICLE + " A second, different paragraph.")])
        before = Q.list_documents(st, limit=10)
    old_order = ["id", "seq", "source", "url", "title", "language", "published", "date", "site_name", "outlet",
                 "author", "text", "text_hash", "n_words", "n_quotes", "n_events", "record", "signature",
                 "dup_group", "canonical_id", "similarity", "story_id", "batch", "ingested"]
    assert sorted(old_order + ["captured", "wire_copy"]) == sorted(c.name for c in documents.columns)  # (migrations 11, 13)
    with sqlite3.connect(path) as c:  # the layout of a store made before migration 8, at schema version 7
        types = {r[1]: r[2] for r in c.execute("PRAGMA table_info(documents)")}
        indexes = [r[0] for r in c.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'documents' AND "
                                           "type = 'index' AND sql IS NOT NULL")]
        rowids = c.execute("SELECT id, rowid FROM documents ORDER BY id").fetchall()
        cols = ", ".join(old_order)
        c.execute("CREATE TABLE documents_x (%s, PRIMARY KEY (id))" % ", ".join(f"{n} {types[n]}" for n in old_order))
        c.execute(f"INSERT INTO documents_x (rowid, {cols}) SELECT rowid, {cols} FROM documents")
        c.execute("DROP TABLE documents")
        c.execute("ALTER TABLE documents_x RENAME TO documents")
        for sql in indexes:
            c.execute(sql)
        c.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
        assert [r[1] for r in c.execute("PRAGMA table_info(documents)")] == old_order
    with open_store(path) as st:
        with sqlite3.connect(path) as c:
            assert [r[1] for r in c.execute("PRAGMA table_info(documents)")][-3:] == ["text", "record", "signature"]
            assert c.execute("SELECT id, rowid FROM documents ORDER BY id").fetchall() == rowids
            have = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'documents' AND "
                                            "type = 'index'")}
            assert {"ix_documents_date", "ix_documents_seq", "ix_documents_story"} <= have
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert Q.list_documents(st, limit=10) == before
        assert Q.get_document(st, before["items"][0]["id"])["text"]


def test_a_store_written_before_cross_script_keys_gets_them(store, store_url):
    """Migration 14: the full names stored before ``actor_aliases.latin`` existed get their cross-script surname key
    on opening ("Dmitry Peskov" -> "peskov"), so a Russian "Дмитрий Песков" ingested next finds that actor."""
    from sqlalchemy import text
    store.write_batch([article()])
    with store.begin() as c:  # as a store of schema version 13 held them: no key
        c.execute(text("UPDATE actor_aliases SET latin = NULL"))
        c.execute(text("UPDATE meta SET value = '13' WHERE key = 'schema_version'"))
    store.close()
    with open_store(store_url) as again, again.connect() as c:
        rows = dict(c.execute(text("SELECT alias, latin FROM actor_aliases WHERE kind = 'full'")).all())
        assert rows["Dmitry Peskov"] == "peskov" and rows["Volodymyr Zelensky"] == "zelenski"
        # (an organisation's name has a key of its own since migration 15; a surname or a given name none)
        assert c.execute(text("SELECT count(*) FROM actor_aliases WHERE kind NOT IN ('full', 'name') AND "
                              "latin IS NOT NULL")).scalar_one() == 0


def test_a_store_written_before_romanisation_rules_gets_the_new_keys(store, store_url):
    """Migration 15: the cross-script keys are read again with one normaliser of romanisations ("Klitschko" /
    "Кличко") and organisations' names get theirs ("Reuters" -> "org:reuters"); a store of version 14 gets them on
    opening, so the next Russian document finds the actor."""
    from sqlalchemy import text
    rec = article()
    store.write_batch([rec])
    with store.begin() as c:  # as a store of schema version 14 held them: the old key of a name, none for names
        c.execute(text("UPDATE actor_aliases SET latin = 'zelenskyy' WHERE kind = 'full' AND alias = "
                       "'Volodymyr Zelensky'"))
        c.execute(text("UPDATE actor_aliases SET latin = NULL WHERE kind = 'name'"))
        c.execute(text("UPDATE meta SET value = '14' WHERE key = 'schema_version'"))
    store.close()
    with open_store(store_url) as again, again.connect() as c:
        rows = {(a, k): lat for a, k, lat in c.execute(text("SELECT alias, kind, latin FROM actor_aliases")).all()}
        assert rows[("Volodymyr Zelensky", "full")] == "zelenski"
        names = {a: lat for (a, k), lat in rows.items() if k == "name"}
        assert names and all(lat is None or lat.startswith("org:") for lat in names.values()), names
        assert any(lat for lat in names.values())
