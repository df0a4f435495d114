"""No response is a 500: 2,000 seeded malformed requests over every endpoint (issue 14)."""
from __future__ import annotations

import time

from fastapi.testclient import TestClient

import fuzz
from serve_helpers import TOKEN


def test_2000_malformed_requests_never_get_a_500(app):
    t = time.perf_counter()
    with TestClient(app, raise_server_exceptions=False) as c:
        seen = fuzz.run(c, seed=14, n=2000, token=TOKEN)
    assert sum(seen.values()) == 2000
    assert seen.get(422, 0) > 200 and seen.get(200, 0) > 200  # both refusals and answers were exercised
    assert time.perf_counter() - t < 120
