"""Ingest: read inputs, skip what the store already has, analyze the rest, and store them batch by batch.

Streaming: inputs are read lazily and each batch is analyzed, written in ONE transaction and forgotten; only
counters are kept. Resumable: a batch is all or nothing, input files completed by a batch are recorded with their
size and mtime (skipped before they are even read on the next run), and every raw document already stored is
recognised by its source and a fingerprint of its raw content (skipped before analysis). Idempotent: the same
document twice is stored once (exact duplicates by their clean-text hash).
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy.exc import DataError, IntegrityError

from ..errors import DocumentError, InputError

AnalyzeFn = Callable[[list], Iterable]  # list[RawDocument] -> Analysis | DocumentError, one per raw, in order


@dataclass
class Summary:
    """What an ingest run did."""
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    updated: int = 0  # a new version of a page stored before at the same URL (store/versions.py)
    skipped: int = 0  # already in the store (unchanged files and known sources)
    skipped_files: int = 0
    # passed over as no article, by what it was: a WARC's images, JSON, 404s and redirects ("image/jpeg",
    # "HTTP 404"), a folder's README.md or LICENSE ("not an article by its name"); with the first names
    not_articles: Counter = field(default_factory=Counter)
    not_article_files: list[str] = field(default_factory=list)  # the first MAX_FAILURES files skipped by name
    failed: int = 0
    failures: list[str] = field(default_factory=list)  # the first MAX_FAILURES "source: reason" lines
    reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    faults_file: str | None = None  # every "source: reason" line, one a line (see :meth:`fail`)

    MAX_FAILURES = 50

    @property
    def stored(self) -> int:
        return self.new + self.duplicate + self.near_duplicate + self.updated

    def count(self, status: str) -> None:
        """Count one stored document by the writer's outcome (store/writer.py ``Linker.add``)."""
        if status == "duplicate":
            self.duplicate += 1
        elif status == "near-duplicate":
            self.near_duplicate += 1
        elif status == "updated":
            self.updated += 1
        else:
            self.new += 1

    def pass_over(self, source: str, kind: str) -> None:
        """Count one record or file passed over as no article (``ingest.base.note_skipped``)."""
        self.not_articles[kind] += 1
        if kind == NOT_ARTICLE_NAME and len(self.not_article_files) < self.MAX_FAILURES:
            self.not_article_files.append(source)

    def fail(self, source: str, reason: str) -> None:
        """Count one fault. The first MAX_FAILURES are kept in ``failures``; all of them go to ``faults_file``
        when one was set (``--faults``), else to a temporary file started when the list is full, so no fault
        is ever dropped and memory stays flat."""
        self.failed += 1
        self.reasons[_reason_class(reason)] += 1
        line = f"{source}: {reason}".replace("\n", " ")
        if len(self.failures) < self.MAX_FAILURES:
            self.failures.append(line)
        if self.faults_file is None and self.failed > self.MAX_FAILURES:
            import tempfile
            fd, self.faults_file = tempfile.mkstemp(prefix="newsgraph-faults-", suffix=".txt")
            os.close(fd)
            with open(self.faults_file, "w", encoding="utf-8", errors="replace") as f:
                f.writelines(x + "\n" for x in self.failures + [line])
            return
        if self.faults_file is not None and (self.failed > self.MAX_FAILURES or self._own_file):
            with open(self.faults_file, "a", encoding="utf-8", errors="replace") as f:
                f.write(line + "\n")

    _own_file: bool = False

    def write_faults_to(self, path: str) -> None:
        """Write every fault to ``path`` (created afresh) as they come."""
        open(path, "w", encoding="utf-8").close()
        self.faults_file, self._own_file = str(path), True

    def to_dict(self) -> dict:
        return {"new": self.new, "duplicate": self.duplicate, "near_duplicate": self.near_duplicate,
                "updated": self.updated, "skipped": self.skipped, "skipped_files": self.skipped_files,
                "not_articles": dict(self.not_articles), "not_article_files": self.not_article_files,
                "failed": self.failed,
                "failures": self.failures, "failure_reasons": dict(self.reasons), "faults_file": self.faults_file,
                "seconds": round(self.seconds, 3)}


NOT_ARTICLE_NAME = "not an article by its name"  # the kind ingest/readers.py expand notes a README.md with


def _reason_class(reason: str) -> str:
    r = reason.split(" (")[0].split(":")[0].strip()
    return r[:80]


def fingerprint(raw) -> str:
    """A hash of a raw document's content and metadata (what decides whether it must be analyzed again)."""
    h = hashlib.sha1()
    for part in (raw.text, raw.html, raw.title, raw.url, raw.published, raw.id):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def default_analyze(batch_size: int = 32) -> AnalyzeFn:
    def run(raws):
        from .. import analyze_many
        return analyze_many(raws, batch_size=batch_size)
    return run


def _failed_rows(fails) -> list[dict]:
    return [{"source": f.source, "fingerprint": None, "doc_id": None, "status": "failed", "reason": f.reason[:2000]}
            for f in fails]


def analyze_robust(analyze: AnalyzeFn, raws: list, on_doc=None) -> list:
    """``analyze(raws)`` as a list; when the analysis itself crashes on the batch (a bug, not an expected
    DocumentError), each document is analyzed alone so that only the one(s) that crash fail, with the exception
    named as the reason. The batch goes on; no document is lost."""
    results: list = []
    try:
        for res in analyze(raws):
            results.append(res)
            if on_doc:
                on_doc()
        if len(results) == len(raws):
            return results
    except Exception:  # noqa: BLE001 - an internal error of some stage: isolate the document that causes it
        pass
    counted = len(results)  # progress already reported for these
    results = []
    for i, raw in enumerate(raws):
        try:
            (res,) = list(analyze([raw]))
        except Exception as exc:  # noqa: BLE001
            res = DocumentError(f"{raw.source}: analysis failed ({type(exc).__name__}: {exc})")
        results.append(res)
        if on_doc and i >= counted:
            on_doc()
    return results


# -- the stream of work items ----------------------------------------------------------------------------------------
@dataclass
class _Raw:
    raw: object
    fp: str


@dataclass
class _Fail:
    source: str
    reason: str


@dataclass
class _FileDone:
    path: str
    size: int
    mtime: float
    ndocs: int
    failed: int


def store_files(store) -> set[str]:
    """Real paths of the SQLite store's own files (the database, its -wal, -shm and -journal files): a folder
    ingested with the store inside it must not read them as articles."""
    url = str(getattr(store, "url", "") or "")
    if not url.startswith("sqlite:///"):
        return set()
    db = os.path.realpath(url[len("sqlite:///"):].split("?", 1)[0])
    return {db + suffix for suffix in ("", "-wal", "-shm", "-journal")}


def _items(store, paths: Iterable[str], summary: Summary, on_file=None, include: Iterable[str] = ()) -> Iterator:
    from ..ingest.readers import expand, read, read_file
    own = store_files(store)
    for path in expand(paths, include):
        if own and path != "-" and os.path.realpath(path) in own:
            if on_file:
                on_file(path)
            continue
        pending: list[_Raw] = []

        def flush():
            """The pending documents not already stored with the same fingerprint (those are counted skipped)."""
            known = store.known_sources([r.raw.source for r in pending])
            for r in pending:
                if known.get(r.raw.source) == r.fp:
                    summary.skipped += 1
                else:
                    yield r
            pending.clear()

        if path == "-" or not os.path.isfile(path):  # stdin (or a missing path: its error)
            for item in read([path]):
                if isinstance(item, InputError):
                    yield _Fail(_place(item), item.reason)
                    continue
                pending.append(_Raw(item, fingerprint(item)))
                if len(pending) >= 256:
                    yield from flush()
            yield from flush()
            if on_file:
                on_file(path)
            continue
        st = os.stat(path)
        if store.file_done(path, st.st_size, st.st_mtime):
            summary.skipped_files += 1
            if on_file:
                on_file(path)
            continue
        n = failed = 0
        store.forget_file(path)
        for item in read_file(path):
            n += 1
            if isinstance(item, InputError):
                failed += 1
                yield _Fail(_place(item), item.reason)
                continue
            pending.append(_Raw(item, fingerprint(item)))
            if len(pending) >= 256:
                yield from flush()
        yield from flush()
        yield _FileDone(path, st.st_size, st.st_mtime, n, failed)  # on_file is called once it is committed


def _raw_items(store, raws, summary: Summary) -> Iterator:
    pending: list[_Raw] = []

    def flush():
        known = store.known_sources([r.raw.source for r in pending])
        for r in pending:
            if known.get(r.raw.source) == r.fp:
                summary.skipped += 1
            else:
                yield r
        pending.clear()

    for raw in raws:
        if isinstance(raw, InputError):
            yield _Fail(_place(raw), raw.reason)
            continue
        pending.append(_Raw(raw, fingerprint(raw)))
        if len(pending) >= 256:
            yield from flush()
    yield from flush()


def _split_known(store, raws: list) -> tuple[list, list]:
    """(to analyse, copies): a raw document whose fingerprint a stored document was read from, or one that an
    earlier raw document of the batch has, is a copy of that content (``store.write_batch(copies=...)``)."""
    known = store.known_fingerprints([r.fp for r in raws]) if raws else {}
    todo, copies, seen = [], [], set(known)
    for r in raws:
        (copies if r.fp in seen else todo).append(r)
        seen.add(r.fp)
    return todo, copies


def _place(err: InputError) -> str:
    return f"{err.source}:{err.where}" if err.where else err.source


def count_files(paths: Iterable[str], include: Iterable[str] = ()) -> int:
    from ..ingest.readers import expand
    return sum(1 for _ in expand(paths, include))


def ingest(store, paths: Iterable[str] = (), *, raws: Iterable | None = None, batch_size: int = 64,
           analyze: AnalyzeFn | None = None, faults_file: str | None = None,
           on_batch: Callable[[Summary, int], None] | None = None, on_file: Callable[[str], None] | None = None,
           on_doc: Callable[[], None] | None = None, include: Iterable[str] = ()) -> Summary:
    """Analyze and store every document under ``paths``; returns the :class:`Summary`.

    ``analyze``: a function from a list of raw documents to their analysis records (default: the full pipeline,
    ``newsgraph.analyze_many``). ``on_batch(summary, n_docs_in_batch)`` is called after each committed batch,
    ``on_file(path)`` once each input file's documents are committed (or the file is skipped), ``on_doc()`` after each
    document is analyzed. ``raws``: raw documents given directly (instead of
    ``paths``; sources already stored with the same fingerprint are skipped too). ``faults_file``: write every
    fault there, one a line (without it, past Summary.MAX_FAILURES they go to a temporary file the summary
    names). ``include``: name patterns of a folder's files read although their name says they are no article
    (README.md, LICENSE...: ``ingest.readers.expand``); records and files passed over are counted in
    ``summary.not_articles``.
    """
    import time
    from ..ingest.base import on_skipped
    t0 = time.perf_counter()
    summary = Summary()
    if faults_file:
        summary.write_faults_to(faults_file)
    analyze = analyze or default_analyze()
    paths = list(paths)
    batch: list = []

    def run(batch):
        raws = [b for b in batch if isinstance(b, _Raw)]
        records, fails = [], []
        for item in batch:
            if isinstance(item, _Fail):
                fails.append(item)
        # content stored already under another source (or twice in this batch) is not analysed again: the same raw
        # document is the same record, kept as another source of its document (tryout r22)
        todo, copies = _split_known(store, raws)
        if todo:
            results = analyze_robust(analyze, [r.raw for r in todo], on_doc)
            failed = {}
            for r, res in zip(todo, results):
                if isinstance(res, Exception):
                    reason = str(res)
                    prefix = f"{r.raw.source}: "
                    failed[r.fp] = reason[len(prefix):] if reason.startswith(prefix) else reason
                    fails.append(_Fail(r.raw.source, failed[r.fp]))
                else:
                    records.append((res, r.fp))
            for r in [r for r in copies if r.fp in failed]:  # the same content fails the same way
                fails.append(_Fail(r.raw.source, failed[r.fp]))
            copies = [r for r in copies if r.fp not in failed]
        for _ in copies:
            if on_doc:
                on_doc()
        files = [{"path": f.path, "size": f.size, "mtime": f.mtime, "ndocs": f.ndocs, "failed": f.failed}
                 for f in batch if isinstance(f, _FileDone)]
        try:
            outcomes = store.write_batch(records, sources=_failed_rows(fails), files=files,
                                         copies=[(r.raw.source, r.fp) for r in copies])
        except (IntegrityError, DataError):
            # a record the store refuses (e.g. two entities with one id): store the others one by one, each in
            # its own transaction, and report the refused ones as failed
            outcomes = []
            for rec, fp in records:
                try:
                    outcomes += store.write_batch([(rec, fp)])
                except (IntegrityError, DataError) as exc:
                    reason = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
                    fails.append(_Fail(rec.document.source or "?", f"could not be stored ({reason})"))
            outcomes += store.write_batch([], sources=_failed_rows(fails), files=files,
                                          copies=[(r.raw.source, r.fp) for r in copies])
        for o in outcomes:
            if o["status"] == "failed":  # a copy whose content is stored no more (store.write_batch)
                summary.fail(o["source"], "its content is stored under no other source now; read again next time")
            else:
                summary.count(o["status"])
        for f in fails:
            summary.fail(f.source, f.reason)
        if on_batch:
            on_batch(summary, len(raws) + len([f for f in batch if isinstance(f, _Fail)]))
        if on_file:
            for f in batch:
                if isinstance(f, _FileDone):
                    on_file(f.path)

    n_raw = 0
    items = _items(store, paths, summary, on_file, include) if raws is None else _raw_items(store, raws, summary)
    with on_skipped(summary.pass_over):
        for item in items:
            batch.append(item)
            if isinstance(item, (_Raw, _Fail)):
                n_raw += 1
            if n_raw >= batch_size:
                run(batch)
                batch, n_raw = [], 0
    if batch:
        run(batch)
    store.settle()  # names left unresolved on a smaller corpus's evidence, decided on the whole one
    summary.seconds = time.perf_counter() - t0
    return summary


# -- user aliases ----------------------------------------------------------------------------------------------------
def read_aliases(path: str | os.PathLike) -> list[tuple[str, list[str]]]:
    """aliases.tsv: one actor per line, ``Canonical Name<TAB>alias<TAB>alias...`` (``#`` comments, blank lines
    ignored). Raises InputError naming the file and line for a line without an alias."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t") if c.strip()]
            if len(cols) < 2:
                raise InputError(str(path), "expected 'Canonical Name<TAB>alias[<TAB>alias...]'", where=f"line {i}")
            out.append((cols[0], cols[1:]))
    return out


def add_aliases(store, canonical: str, aliases: list[str]) -> dict:
    """Record that every name in ``aliases`` is ``canonical`` (for future ingests) and merge the actors already
    stored under those names into one (store/decisions.py). Returns {"actor_id", "merged": [ids]}."""
    from ..store import decisions
    with store.begin() as conn:
        return decisions.alias(conn, canonical, aliases)


def load_alias_file(store, path: str | os.PathLike) -> int:
    """Apply every line of an aliases.tsv file (see :func:`read_aliases`); returns the number of lines."""
    rows = read_aliases(path)
    for canonical, aliases in rows:
        add_aliases(store, canonical, aliases)
    return len(rows)
