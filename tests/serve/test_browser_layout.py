"""The web UI's layout in a real Chromium at 1400 px and on a 390 px phone (issue 19): nothing wider than the
screen, a compact navigation bar, dates that never wrap, a graph drawn the same on every load with one colour per
actor type and no warning, a way back from /docs. Screenshots of every page go to test-output/screenshots/
(name-1400.png, name-390.png)."""
from __future__ import annotations

import pytest
from test_browser import browser, server, shot  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

PAGES = {"home": "/", "documents": "/documents", "document": "@seed", "actors": "/actors",
         "actor": "/actors/@putin", "quotes": "/quotes", "quote": "@quote", "events": "/events",
         "stories": "/stories", "story": "@story", "timeline": "/timeline?actor=Zelensky", "search": "/search?q=Putin",
         "graph": "/graph", "analyze": "/analyze"}


@pytest.fixture(scope="module")
def urls(client, seed_id):
    putin = client.get("/actors", params={"q": "Vladimir Putin"}).json()["items"][0]["id"]
    quote = client.get("/quotes", params={"speaker": "Putin"}).json()["items"][0]["id"]
    story = client.get("/stories", params={"actor": "Zelensky"}).json()["items"][0]["id"]
    subst = {"@seed": f"/documents/{seed_id}", "@quote": f"/quotes/{quote}", "@story": f"/stories/{story}"}
    return {k: subst.get(v, v.replace("@putin", putin)) for k, v in PAGES.items()}


def _context(browser, width):  # noqa: F811
    return browser.new_context(viewport={"width": width, "height": 900 if width > 500 else 844},
                               device_scale_factor=1)


@pytest.mark.parametrize("width", [1400, 390])
def test_every_page_fits_the_screen(browser, server, urls, width):  # noqa: F811
    ctx = _context(browser, width)
    pg = ctx.new_page()
    errors: list = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        for name, url in urls.items():
            pg.goto(server + url)
            if name == "graph":
                pg.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 0")
            shot(pg, f"{name}-{width}")
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (name, width, overflow)
            nav = pg.evaluate("document.querySelector('.topbar').getBoundingClientRect().height")
            assert nav < (80 if width < 500 else 70), (name, width, nav)
            wrapped = pg.evaluate("Array.from(document.querySelectorAll('span.date')).filter(e => "
                                  "e.getClientRects().length > 1).length")
            assert wrapped == 0, (name, width)
        assert not errors, errors
    finally:
        ctx.close()


def test_the_graph_is_drawn_the_same_on_every_load_without_warnings(browser, server):  # noqa: F811
    positions, messages = [], []
    for _ in range(2):
        ctx = _context(browser, 1400)
        pg = ctx.new_page()
        pg.on("console", lambda m: messages.append(m.text) if m.type in ("warning", "error") else None)
        pg.goto(server + "/graph")
        pg.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 0")
        positions.append(pg.evaluate("JSON.stringify(window.newsgraphGraph.nodes().map(n => [n.id(), "
                                     "Math.round(n.position('x')), Math.round(n.position('y'))]))"))
        colours = pg.evaluate("(() => { const c = {}; window.newsgraphGraph.nodes().forEach(n => "
                              "{ c[n.data('type')] = n.style('background-color'); }); return c; })()")
        ctx.close()
    assert positions[0] == positions[1]
    assert len(set(colours.values())) == len(colours), colours
    assert not messages, messages


def test_docs_has_a_way_back(browser, server):  # noqa: F811
    ctx = _context(browser, 1400)
    pg = ctx.new_page()
    pg.goto(server + "/docs")
    pg.click(".docs-back a >> nth=0")
    pg.wait_for_url(server + "/")
    ctx.close()
