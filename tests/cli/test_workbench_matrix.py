"""Every filter of every list, on every surface (issue 19): for each (list, filter) of the one table
(store/filters.py), the CLI option, the API parameter and the web page's form parameter are accepted and applied
(the query layer raises on a filter it accepted but did not apply), and the filtered list is never longer than the
unfiltered one. The specific results are checked in test_workbench_cli.py and tests/serve/test_workbench_api.py."""
from __future__ import annotations

import json

import pytest
from workbench_helpers import run

from newsgraph.store import filters as F

VALUES = {"about": "harbour", "name": "Jones", "speaker": "Jones", "actor": "Jones", "role": "actor",
          "kind": "direct", "factuality": "asserted", "outlet": "Post", "language": "en", "since": "2025-09-01",
          "until": "2025-12-31", "include_undated": True, "ingested_since": "2000-01-01",
          "ingested_until": "2999-01-01", "story": "@story", "min_docs": 1, "originals": True}
TYPES = {"actors": "PERSON"}  # the other lists' type is a PLOVER event type
COMMANDS = {"documents": ("documents",), "search": ("search", "harbour"), "actors": ("actors",),
            "quotes": ("quotes",), "events": ("events",), "stories": ("stories",),
            "timeline": ("timeline", "Jones"), "feed": ("watch",)}
URLS = {"documents": ("/documents", {}), "search": ("/search", {"q": "harbour"}), "actors": ("/actors", {}),
        "quotes": ("/quotes", {}), "events": ("/events", {}), "stories": ("/stories", {}),
        "timeline": ("/timeline", {"actor": "Jones"}), "feed": ("/feed", {"format": "json"})}
CASES = [(lst, f) for lst, spec in F.LISTS.items() for f in spec.filters
         if not (lst == "search" and f == "about") and not (lst == "timeline" and f == "actor")
         and not (lst == "actors" and f == "name")]
CLI_CASES = [c for c in CASES if c != ("feed", "about")]  # `watch WORDS`: the words are its argument


def _value(db, list_name: str, f: str):
    if f == "type":
        return TYPES.get(list_name, "CONSULT")
    v = VALUES[f]
    if v == "@story":
        docs = json.loads(run("documents", "--db", db, "-f", "json", "--limit", "50").stdout)["items"]
        return next(d["story_id"] for d in docs if d["id"] == "harbour-1")
    return v


def _extra(f: str) -> dict:
    return {"actor": "Jones"} if f == "role" else {}


@pytest.fixture(scope="module")
def client(bench_db):
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    with TestClient(create_app(str(bench_db))) as c:
        yield c


@pytest.mark.parametrize("list_name, f", CLI_CASES)
def test_every_filter_on_the_cli(bench_db, list_name, f):
    v = _value(bench_db, list_name, f)
    args = [*COMMANDS[list_name], "--db", bench_db, "-f", "json"]
    for k, x in {**_extra(f), f: v}.items():
        args += [f"--{k.replace('_', '-')}"] + ([] if x is True else [str(x)])
    r = run(*args, ok=False)
    assert r.exit_code == 0, (args, r.output)
    if list_name != "feed":
        everything = json.loads(run(*COMMANDS[list_name], "--db", bench_db, "-f", "json", "--limit", "1").stdout)
        assert json.loads(r.stdout)["total"] <= everything["total"]


@pytest.mark.parametrize("list_name, f", CASES)
def test_every_filter_on_the_api_and_the_web_page(client, bench_db, list_name, f):
    url, base = URLS[list_name]
    v = _value(bench_db, list_name, f)
    params = {**base, **_extra(f), f: "yes" if v is True else v}
    r = client.get(url, params=params, headers={"accept": "application/json"})
    assert r.status_code == 200, (url, params, r.text[:300])
    assert r.json()["total"] <= client.get(url, params=base, headers={"accept": "application/json"}).json()["total"]
    if list_name != "feed":
        page = client.get(url, params=params, headers={"accept": "text/html"})
        assert page.status_code == 200 and f'name="{f}"' in page.text, (url, f)
