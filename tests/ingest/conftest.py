"""Fixtures of the reader tests: real pages of the article-extraction benchmark (see ingest_helpers)."""
from __future__ import annotations

import json

import pytest
from ingest_helpers import BENCH, PAGE_IDS, RUSSIAN_PAGE, Page, full_id, rss_feed, write_warc


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads(BENCH.joinpath("ground-truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pages(truth) -> list[Page]:
    return [Page(full_id(p[:12]), truth) for p in PAGE_IDS]


@pytest.fixture(scope="session")
def russian_page(truth) -> Page:
    return Page(full_id(RUSSIAN_PAGE), truth)


@pytest.fixture(scope="session")
def warc_plain(pages) -> bytes:
    return write_warc(pages[:3], compress=False)


@pytest.fixture(scope="session")
def warc_gz(pages) -> bytes:
    return write_warc(pages[:3], compress=True)


@pytest.fixture(scope="session")
def rss(pages) -> bytes:
    return rss_feed(pages)
