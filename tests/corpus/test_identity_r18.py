"""Round 18 (issue 13, idfam7): settling (store/settle.py) made sound. A relink replays the settles where the ingest
ran them and judges each against the same documents, so it equals the ingest table by table whatever the write
batches and ingest runs were; a surname's decided names are taken back only for a new bearer who is a person."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402
from test_identity_r17 import BACKGROUND, DOCS, MARA, X, _owen, _people  # noqa: E402

from newsgraph.corpus import identity as I  # noqa: E402
from newsgraph.corpus.name_kinds import case_caption  # noqa: E402
from newsgraph.record import Entity, Mention  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store import schema as S  # noqa: E402
from newsgraph.store.relink import relink  # noqa: E402

P, ORG = "PERSON", "ORG"
# the order in which X ("Kessler" beside the Harbor Council) arrives before the evidence that decides it: a settle at
# a write batch's end decides it, in the middle of the ingest
LATE = [*BACKGROUND, MARA, _owen(1), X, _owen(2), _owen(3), _owen(4)]


def _tables(store) -> dict:
    return {t: store.dump(t) for t in store.table_names() if "fts" not in t}


def _write(store, recs, batch: int, runs=((0, None),)) -> None:
    """Ingest ``recs`` in write batches of ``batch`` documents, in ingest runs ``runs`` (each ends with a sweep)."""
    for a, b in runs:
        part = recs[a:b]
        for i in range(0, len(part), batch):
            store.write_batch(part[i:i + batch])
        store.settle()  # as `newsgraph ingest` ends


@pytest.mark.parametrize("batch,runs,relink_batch", [
    (1, ((0, None),), 100), (3, ((0, None),), 2), (10, ((0, None),), 4),
    (2, ((0, 5), (5, 7), (7, None)), 3), (1, ((0, 6), (6, None)), 100)])
def test_relink_equals_the_ingest_table_by_table(store_url, batch, runs, relink_batch):
    store = open_store(store_url)
    try:
        _write(store, LATE, batch, runs)
        assert ("x/1", "Kessler") in _people(store)["Owen Kessler"]
        before = _tables(store)
        relink(store, batch_size=relink_batch)
        after = _tables(store)
        assert [t for t in before if before[t] != after[t]] == []
    finally:
        store.close()


@pytest.mark.parametrize("order,runs", [([6, 4, 7, 0, 8, 1, 3, 9, 2, 5], ((0, 8), (8, 9), (9, None))),
                                        ([9, 2, 4, 7, 6, 0, 5, 1, 3, 8], ((0, 4), (4, 9), (9, None)))])
def test_relink_replays_the_sweeps_of_each_ingest_run(tmp_path, order, runs):
    # orders in which a sweep at the end of an ingest run decides a name that the ingest's later documents do not
    # bring up again: a relink that swept only at its end (or not at the same document) differed from the ingest
    store = open_store(tmp_path / "s.db")
    _write(store, [DOCS[i] for i in order], 1, runs)
    before = _tables(store)
    relink(store)
    after = _tables(store)
    assert [t for t in before if before[t] != after[t]] == []


def test_a_store_of_the_version_before_settling_relinks_as_one_ingest_run(tmp_path):
    # a store without the sweeps' record (written before settling existed) is relinked as one ingest run of it
    old = open_store(tmp_path / "old.db")
    _write(old, LATE, 2)
    with old.begin() as conn:
        conn.execute(S.meta.delete().where(S.meta.c.key.in_(("sweeps", "settled_docs"))))
    relink(old)
    fresh = open_store(tmp_path / "fresh.db")
    _write(fresh, LATE, 2)
    a, b = _tables(old), _tables(fresh)
    assert [t for t in a if a[t] != b[t]] == []


# -- a bearer of a surname is a person ---------------------------------------------------------------------------------
def test_a_court_case_caption_is_no_person():
    assert case_caption("Roe v. Wade") and case_caption("Kessler vs. Harbor Council")
    assert not case_caption("Vladimir V. Putin") and not case_caption("Owen Kessler")
    e = Entity(id="e1", name="Kessler v. Ortiz", type=P, mentions=[Mention(3, 19, "Kessler v. Ortiz")])
    assert I.view(e, "en", (), "In Kessler v. Ortiz, the court ruled.").path == "skip"


CASE = make("In Kessler v. Kessler, the county court ruled on Monday that the family trust must be split in two.",
            source="c/1", published="2024-03-06", entities=[("Kessler v. Kessler", P, None, ["Kessler v. Kessler"])])


def test_a_case_name_does_not_take_back_a_resolved_surname(tmp_path):
    store = open_store(tmp_path / "s.db")
    _write(store, LATE, 1)
    with store.connect() as conn:
        before = conn.execute(S.actor_mentions.select()).all()
    _write(store, [CASE], 1)
    people = _people(store)
    assert not any("v." in name for name in people) and ("x/1", "Kessler") in people["Owen Kessler"]
    with store.connect() as conn:
        assert conn.execute(S.actor_mentions.select()).all() == before  # nothing taken back, nothing added


def _full_view(name: str, role=None, titled=False, possessive=False) -> I.View:
    return I.View(entity="e1", name=name, type=P, role=role, n_mentions=1, aliases=[(name, "full")],
                  person=I.N.parse(name), path="full", titled=titled, possessive=possessive)


def test_a_bearer_counts_from_its_second_document_or_a_role():
    fred = _full_view("Fred Kessler")
    assert not I.becomes_bearer(0, False, fred, "Fred Kessler", P)  # one title-less span: maybe a tagger's slip
    assert I.becomes_bearer(1, False, fred, "Fred Kessler", P)  # its second document: a person the corpus knows
    assert not I.becomes_bearer(2, False, fred, "Fred Kessler", P)  # counted already
    assert I.becomes_bearer(0, False, _full_view("Fred Kessler", role="Judge"), "Fred Kessler", P)
    assert I.becomes_bearer(0, False, _full_view("Fred Kessler", titled=True), "Fred Kessler", P)
    assert not I.becomes_bearer(1, True, fred, "Fred Kessler", P)  # a bearer since its titled first document
    # a span always taken with its possessive: a shop's name, in any number of documents
    assert not I.becomes_bearer(1, False, _full_view("Trader Kessler", possessive=True), "Trader Kessler", P)
    assert not I.becomes_bearer(1, False, fred, "Fred Kessler", ORG)


def test_a_one_document_namesake_does_not_unsettle_the_surname(tmp_path):
    store = open_store(tmp_path / "s.db")
    _write(store, LATE, 1)
    AM = S.actor_mentions.c
    with store.connect() as conn:
        before = conn.execute(S.actor_mentions.select().where(AM.name == "Kessler")).all()
    fred = make("Fred Kessler sold his boat at the marina on Sunday to a buyer from the coast.", source="f/1",
                published="2024-03-07", entities=[("Fred Kessler", P, None, ["Fred Kessler"])])
    store.write_batch([fred])
    with store.connect() as conn:  # the same rows: no name of the surname was decided again
        assert conn.execute(S.actor_mentions.select().where(AM.name == "Kessler")).all() == before


@pytest.mark.parametrize("order", [list(range(11)), list(range(10, -1, -1)), [10, 9, 4, 5, 0, 1, 6, 2, 7, 3, 8]])
def test_two_arrival_orders_with_a_case_name_give_the_same_actors(tmp_path, order):
    docs = [*DOCS, CASE]
    first = open_store(tmp_path / "a.db")
    _write(first, docs, 1)
    other = open_store(tmp_path / "b.db")
    _write(other, [docs[i] for i in order], 1)
    assert _people(other) == _people(first)


@pytest.mark.parametrize("window", [1, 3])
def test_relink_equals_the_ingest_when_batches_settle_only_the_latest_documents(tmp_path, monkeypatch, window):
    """review r18: settling every unresolved name of a touched surname at every batch grew with the store (the
    ingest with its square); a batch settles the SETTLE_WINDOW latest documents' names, the run's sweep all. A relink
    counts the same window (the documents linked so far), so it still equals the ingest."""
    from newsgraph.store import settle as settle_mod
    monkeypatch.setattr(settle_mod, "SETTLE_WINDOW", window)
    store = open_store(tmp_path / "w.db")
    try:
        _write(store, LATE, 1, ((0, 5), (5, None)))
        before = _tables(store)
        relink(store, batch_size=2)
        after = _tables(store)
        assert [t for t in before if before[t] != after[t]] == []
    finally:
        store.close()
