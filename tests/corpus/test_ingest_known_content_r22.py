"""Round 22 (tryout): a text whose raw content is stored already under another path (a folder ingested again under
a new name, two copies of one file) is not analysed again: it is the exact duplicate it is, its path kept as another
source of the stored document; ingest stays idempotent (a third run skips everything). Real SQLite and PostgreSQL
stores, the real analysis (counted)."""
from __future__ import annotations

import shutil

from newsgraph.corpus.ingest import default_analyze, ingest
from newsgraph.store import open_store
from newsgraph.store import queries as Q

TEXTS = {
    "a.txt": "Mayor Lena Ortiz said on Monday that the new bridge over the Calder River would open in May.",
    "b.txt": "The Harlow transport board rejected a plan to close three rural bus lines, its chair Tom Rivers said.",
    "c.txt": "Volunteers in Ames collected 4,000 books for the town library, organiser Ruth Mayer said on Friday.",
}


class Counted:
    """The real analysis, counting the documents it is given."""

    def __init__(self):
        self.n, self.run = 0, default_analyze()

    def __call__(self, raws):
        self.n += len(raws)
        return self.run(raws)


def _folder(root, name):
    d = root / name
    d.mkdir()
    for f, t in TEXTS.items():
        (d / f).write_text(t + "\n", encoding="utf-8")
    return d


def test_the_same_texts_under_other_paths_are_not_analysed_again(store_url, tmp_path):
    first = _folder(tmp_path, "first")
    st = open_store(store_url)
    try:
        a = Counted()
        s = ingest(st, [str(first)], analyze=a)
        assert (a.n, s.new) == (3, 3)
        second = tmp_path / "second"
        shutil.copytree(first, second)
        a = Counted()
        s = ingest(st, [str(second)], analyze=a)
        assert a.n == 0 and s.duplicate == 3 and s.new == 0 and not s.failed, s.to_dict()
        docs = Q.list_documents(st, limit=10)["items"]
        assert len(docs) == 3
        copies = {c["source"] for d in docs for c in Q.get_document(st, d["id"])["copies"]}
        assert {str(second / f) for f in TEXTS} <= copies | {d["source"] for d in docs}
        a = Counted()
        s = ingest(st, [str(second), str(first)], analyze=a)  # idempotent: nothing read again
        assert a.n == 0 and s.stored == 0
    finally:
        st.close()


def test_two_copies_in_one_batch_are_analysed_once(sqlite_url, tmp_path):
    d = _folder(tmp_path, "in")
    (d / "a-copy.txt").write_text(TEXTS["a.txt"] + "\n", encoding="utf-8")
    st = open_store(sqlite_url)
    try:
        a = Counted()
        s = ingest(st, [str(d)], analyze=a)
        assert a.n == 3 and (s.new, s.duplicate) == (3, 1), s.to_dict()
    finally:
        st.close()
