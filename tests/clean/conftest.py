"""Shared fixtures of the cleaning tests: the clean.* part of the default pipeline, built once."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import DEFAULT_ORDER, REGISTRY, Pipeline, Work, _load_components

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
BENCHMARK = SHARED / "data" / "article-extraction-benchmark"


@pytest.fixture(scope="session")
def clean_pipeline() -> Pipeline:
    _load_components()
    return Pipeline([n for n in DEFAULT_ORDER if n.startswith("clean.") and n in REGISTRY])


@pytest.fixture(scope="session")
def clean(clean_pipeline):
    """clean(text, **raw_fields) -> Analysis (only the cleaning steps run)."""
    def run(text: str | None = None, **kw):
        return clean_pipeline.run(RawDocument(source=kw.pop("source", "<test>"), text=text, **kw))
    return run


@pytest.fixture(scope="session")
def clean_work(clean_pipeline):
    """clean_work(text) -> the Work after the cleaning steps (w.error set on failure)."""
    def run(text: str, **kw):
        (w,) = clean_pipeline.run_works([Work(RawDocument(source="<test>", text=text, **kw))])
        return w
    return run
