"""The pipeline: small named components run in turn over one working document (spaCy's house style).

A component is a plain function registered with :func:`component`, declaring every field it reads
(``requires``), the fields it makes (``assigns``) and the fields made earlier that it adds to or rewrites
(``extends``: coreference adds mentions to ``entities``). A per-document component takes one :class:`Work`; a
batch component (``batch=True``, used by the parser so spaCy can run ``nlp.pipe`` over many texts) takes a list of
them. :class:`Pipeline` checks at build time that every requirement and extension is assigned by an earlier
component and that no field has two writers (a second one must declare itself an extension), then runs the
components in order. The declarations are true: tests/test_contracts.py runs every component over real documents
seeing only the fields it declares.

Field names: ``raw`` (the reader's document), record fields (``document.text``, ``entities``, ``quotes``...) and
scratch keys (``scratch.blocks``, ``scratch.doc``...). Scratch values are transient: they never leave the
pipeline (no spaCy Doc or lxml tree is ever stored). Components register in one module per stage
(``COMPONENT_MODULES``).
"""
from __future__ import annotations

import importlib
import os
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .errors import DocumentError
from .ingest.base import RawDocument, id_problem, scrub
from .record import Analysis, Removed

# The per-document budget (see README "Limits"): a document whose raw text (or HTML) is longer than MAX_CHARS
# characters is refused before any work, and one whose analysis has taken more than TIME_BUDGET seconds of its
# own (measured component by component; a long text's pieces each) fails at the next component boundary; either
# fails alone, with the reason, and the batch goes on. Override with $NEWSGRAPH_MAX_CHARS and
# $NEWSGRAPH_TIME_BUDGET.
MAX_CHARS = 2_000_000  # texts over chunks.CHUNK_CHARS are understood in pieces: spaCy's max_length is never met
TIME_BUDGET = 300.0


def budget() -> tuple[int, float]:
    """(max characters, seconds) of one document's analysis."""
    def num(name, default, kind):
        try:
            return kind(os.environ.get(name) or default)
        except ValueError:
            return default
    return num("NEWSGRAPH_MAX_CHARS", MAX_CHARS, int), num("NEWSGRAPH_TIME_BUDGET", TIME_BUDGET, float)


@dataclass
class Work:
    """One document on its way through the pipeline."""
    raw: RawDocument
    record: Analysis = field(default_factory=Analysis)
    scratch: dict = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0  # time spent on this document so far (its share of batch components)


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    batch: bool = False
    extends: tuple[str, ...] = ()

    @property
    def fields(self) -> frozenset[str]:
        """Every field the component may touch."""
        return frozenset(self.requires) | frozenset(self.assigns) | frozenset(self.extends)

    def __call__(self, works: list[Work]) -> None:
        """Run over the documents that have not failed yet. A failure is confined to its document: an expected
        one (DocumentError) keeps its message; anything else becomes "internal error in <component>" and the
        rest of the batch goes on (a batch component that fails is rerun one document at a time)."""
        live = [w for w in works if w.error is None]
        if not live:
            return
        if self.batch:
            t0 = time.perf_counter()
            try:
                self.func(live)
                _share(live, time.perf_counter() - t0)
                return
            except Exception:  # noqa: BLE001 - find the document at fault, spare the others
                if len(live) == 1:
                    self._fail(live[0])
                    return
            for w in live:
                self._run_one(w, lambda w: self.func([w]))
            return
        for w in live:
            self._run_one(w, self.func)

    def _run_one(self, w: Work, call) -> None:
        t0 = time.perf_counter()
        try:
            call(w)
        except Exception:  # noqa: BLE001
            self._fail(w)
        finally:
            w.seconds += time.perf_counter() - t0

    def _fail(self, w: Work) -> None:
        import sys
        exc = sys.exc_info()[1]
        if isinstance(exc, DocumentError):
            w.error = str(exc)
        else:
            w.error = f"internal error in {self.name} ({type(exc).__name__}: {str(exc)[:200]})"


def _share(works: list[Work], seconds: float) -> None:
    """Charge a batch component's time to its documents in proportion to their length."""
    sizes = [len(w.record.document.text or w.raw.text or "") + 1 for w in works]
    total = sum(sizes)
    for w, n in zip(works, sizes):
        w.seconds += seconds * n / total


def admit(w: Work, max_chars: int) -> None:
    """Refuse (``w.error``) a document over the size budget; replace invalid code points the reader missed."""
    n = scrub(w.raw)
    size = max(len(w.raw.text or ""), len(w.raw.html or "") // 4)  # HTML: markup is most of a page
    bad_id = id_problem(w.raw.id)
    if bad_id:
        w.error = bad_id
    elif size > max_chars:
        what = "text" if w.raw.text is not None else "HTML (a quarter counted)"
        w.error = (f"document too long: {size:,} characters of {what}; the limit is {max_chars:,} "
                   f"(split it into articles, or raise NEWSGRAPH_MAX_CHARS)")
    elif n or w.raw.invalid_chars:
        w.scratch["invalid_chars"] = w.raw.invalid_chars


def _run(components: list[Component], works: list[Work], seconds: float) -> None:
    """Run components in turn; a document over the time budget fails at the next component boundary."""
    for c in components:
        c(works)
        for w in works:
            if w.error is None and w.seconds > seconds:
                w.error = (f"over the time budget: {w.seconds:.0f} s spent by {c.name}, the limit is "
                           f"{seconds:.0f} s per document (raise NEWSGRAPH_TIME_BUDGET)")


REGISTRY: dict[str, Component] = {}

# One registration module per stage; importing it registers the stage's components (lazily, when a pipeline is
# built). A module that fails to import is an error, never a silently missing component.
COMPONENT_MODULES = (
    "newsgraph.clean.steps",
    "newsgraph.understand.components",
)

DEFAULT_ORDER: tuple[str, ...] = (
    # clean/
    "clean.blocks",
    "clean.unicode",
    "clean.boilerplate",
    "clean.repeats",
    "clean.glued",
    "clean.structure",
    "clean.assemble",
    "clean.id",
    "clean.language",
    # understand/
    "understand.parse",
    "understand.entities",
    "understand.coref",
    "understand.dates",
    "understand.quantities",
    "understand.quotes",
    "understand.events",
)


def component(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = (), batch: bool = False,
              extends: Iterable[str] = ()):
    """Register ``func`` as the pipeline component ``name``: it reads ``requires``, makes ``assigns`` and adds to
    (or rewrites) ``extends``, fields an earlier component made."""
    def deco(func):
        REGISTRY[name] = Component(name, func, tuple(requires), tuple(assigns), batch, tuple(extends))
        return func
    return deco


def _load_components() -> None:
    for mod in COMPONENT_MODULES:
        importlib.import_module(mod)


class Pipeline:
    """An ordered list of registered components."""

    def __init__(self, names: Iterable[str] | None = None):
        _load_components()
        wanted = list(names) if names is not None else [n for n in DEFAULT_ORDER if n in REGISTRY]
        unknown = [n for n in wanted if n not in REGISTRY]
        if unknown:
            raise ValueError(f"unknown pipeline components {unknown}; known: {sorted(REGISTRY)}")
        self.components = [REGISTRY[n] for n in wanted]
        self.check()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def check(self) -> None:
        """Fail when a component requires or extends a field that no earlier component assigns (``raw`` is there
        before the first component), or assigns a field an earlier component assigned (a second writer must
        declare the field in ``extends``)."""
        have = {"raw"}
        writer: dict[str, str] = {}
        for c in self.components:
            missing = [r for r in (*c.requires, *c.extends) if r not in have]
            if missing:
                raise ValueError(f"pipeline component {c.name!r} requires {missing}, which no earlier component "
                                 f"assigns")
            for f in c.assigns:
                if f in writer:
                    raise ValueError(f"pipeline components {writer[f]!r} and {c.name!r} both assign {f!r}; the later "
                                     f"one must declare it in extends= if it adds to it")
                writer[f] = c.name
            have.update(c.assigns)

    def run(self, raw: RawDocument) -> Analysis:
        """Analyze one document; raises DocumentError when it cannot be analyzed."""
        (w,) = self.run_works([Work(raw)])
        if w.error:
            raise DocumentError(w.error)
        return w.record

    def run_works(self, works: list[Work]) -> list[Work]:
        """Run every component over the documents; a record whose spans do not match its text (a bug) fails its
        document instead of leaving the pipeline (``Analysis.validate``)."""
        max_chars, seconds = budget()
        for w in works:
            admit(w, max_chars)
        k = next((i for i, c in enumerate(self.components) if c.name.startswith("understand.")),
                 len(self.components))
        _run(self.components[:k], works, seconds)
        if k < len(self.components):  # long texts are understood in pieces (chunks.py)
            from .chunks import CHUNK_CHARS, cut_points, merge, piece_record
            run, parts = [], {}
            for w in works:
                d = w.record.document
                if w.error is None and len(d.text) > CHUNK_CHARS:
                    parts[id(w)] = [(a, Work(w.raw, piece_record(w.record, a, b), seconds=w.seconds))
                                    for a, b in cut_points(d.text, d.paragraphs, CHUNK_CHARS)]
                else:
                    run.append(w)
            _run(self.components[k:], run, seconds)
            for pieces in parts.values():  # one piece at a time, its parse let go before the next (memory)
                for _, p in pieces:
                    _run(self.components[k:], [p], seconds)
                    p.scratch.clear()
            for w in works:
                if id(w) in parts:
                    pieces = parts[id(w)]
                    w.error = next((p.error for _, p in pieces if p.error), None)
                    if w.error is None:
                        merge(w.record, [(a, p.record) for a, p in pieces])
                    w.seconds = max(p.seconds for _, p in pieces)
        for w in works:
            n = w.scratch.get("invalid_chars")
            if n and w.error is None:
                w.record.document.removed.append(Removed(
                    "invalid", f"{n} invalid code point(s) (lone surrogates, NUL) replaced by U+FFFD", "read"))
            w.scratch.clear()
            if w.error is None:
                problems = w.record.validate()
                if problems:
                    w.error = f"internal error: invalid record ({problems[0]}; {len(problems)} problem(s))"
        return works

    def run_many(self, raws: Iterable[RawDocument], batch_size: int = 32) -> Iterator[Work]:
        """Analyze a stream of documents in batches; yields each :class:`Work` (check ``.error``)."""
        batch: list[Work] = []
        for raw in raws:
            batch.append(Work(raw))
            if len(batch) >= batch_size:
                yield from self.run_works(batch)
                batch = []
        if batch:
            yield from self.run_works(batch)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
