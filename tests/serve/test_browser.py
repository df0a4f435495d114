"""The web UI in a real headless Chromium (Debian's chromium, driven by Playwright) against a real uvicorn server
on 127.0.0.1 over the session's SQLite store. Screenshots go to test-output/screenshots/."""
from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from serve_helpers import XSS_ARTICLE
from serve_gold import GOLD

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
        "--host-resolver-rules=MAP evil.test 127.0.0.1"]  # a DNS-rebinding name (test_a_rebinding_page_...)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db_path):
    import uvicorn

    from newsgraph.serve import create_app
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.time() + 30
    while not srv.started:
        if time.time() > deadline or not th.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
    pg = ctx.new_page()
    pg.dialogs = []
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def shot(pg, name: str, full_page: bool = False):
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_seed_document_page_highlights_the_eleven_quotes_with_their_speakers(page, server, seed_id):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    page.goto(f"{server}/documents/{seed_id}")
    quotes = page.locator("#doc-text .hl.quote:not(.cont)")
    n = quotes.count()  # the eleven, and any of the quotes the gold holds optional ("all participants agreed …")
    assert 11 <= n <= 11 + len(gold.get("optional_quotes", []))
    speakers = [quotes.nth(i).get_attribute("data-speaker") for i in range(n)]
    assert not Counter(q["speaker"] for q in gold["quotes"]) - Counter(speakers)
    outlets = {quotes.nth(i).get_attribute("data-outlet") for i in range(quotes.count())} - {None}
    assert {"RBC"} <= outlets
    # hover shows speaker and cited outlet
    from playwright.sync_api import expect
    rbc = page.locator('#doc-text .hl.quote[data-outlet="RBC"]').first
    box = rbc.evaluate("e => { const r = e.getClientRects()[0]; return {x: r.left + 4, y: r.top + r.height / 2}; }")
    page.mouse.move(box["x"], box["y"])  # a point surely inside the quote's first line
    tip = page.locator("#tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Volodymyr Zelensky")
    expect(tip).to_contain_text("RBC")
    shot(page, "document")
    # legend toggles switch a kind of highlight off and on
    page.uncheck('input[data-toggle="quote"]')
    assert "off-quote" in page.evaluate("document.body.className")
    page.check('input[data-toggle="quote"]')
    assert "off-quote" not in page.evaluate("document.body.className")
    # removed boilerplate and repeats can be shown
    removed = page.locator("#removed")
    assert removed.is_hidden()
    page.click("#toggle-removed")
    assert removed.is_visible() and "Комментарии (0)" in removed.inner_text()
    assert not page.errors
    # a mention opens its actor's page
    page.locator('#doc-text .hl.entity[data-name="Vladimir Putin"][data-actor]').first.click()
    page.wait_for_selector("#actor-name")
    assert page.locator("#actor-name").inner_text().startswith("Vladimir Putin")


def test_putins_actor_page(page, server):
    page.goto(f"{server}/actors?q=Putin")
    page.click("text=Vladimir Putin")
    page.wait_for_selector("#actor-name")
    assert page.locator("#actor-name").inner_text().startswith("Vladimir Putin")
    assert page.locator("#actor-role").inner_text() == "President of Russia"
    assert page.locator("#actor-quotes .quote-item").count() >= 1
    assert "I have never refused" in page.locator("#actor-quotes").inner_text()
    shot(page, "actor")
    assert not page.errors


def test_analyze_box_shows_the_result_at_once(page, server):
    page.goto(f"{server}/analyze")
    page.fill("#analyze-text", "Talks on the bridge\n\u201cWe will rebuild the bridge by May,\u201d Mayor John Smith "
                               "said on Monday, as reported by Reuters.\n")
    page.click("#analyze-submit")
    page.wait_for_selector("#analyze-result", timeout=60_000)
    assert "We will rebuild the bridge by May" in page.locator("#doc-text").inner_text()
    q = page.locator("#doc-text .hl.quote:not(.cont)")
    assert q.count() == 1 and q.first.get_attribute("data-speaker") == "John Smith"
    assert page.locator("#analyze-text").input_value().startswith("Talks on the bridge")  # the box keeps the text
    shot(page, "analyze", full_page=True)
    assert not page.errors


def test_an_article_with_a_script_runs_no_script(page, server):
    page.goto(f"{server}/analyze")
    page.fill("#analyze-text", XSS_ARTICLE)
    page.click("#analyze-submit")
    page.wait_for_selector("#analyze-result", timeout=60_000)
    page.wait_for_timeout(300)
    text = page.locator("#doc-text").inner_text()
    assert "<script>alert(1)</script>" in text  # shown as text
    assert page.locator("#analyze-result script").count() == 0 and page.locator("#analyze-result img").count() == 0
    assert page.dialogs == []
    shot(page, "xss-analyze")
    # the same article stored: its document page runs nothing either
    page.goto(f"{server}/documents?since=2025-09-05&until=2025-09-05")
    page.click("table.grid a")
    page.wait_for_selector("#doc-text")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.locator("#doc-text img").count() == 0


def test_graph_page_draws_the_actor_graph(page, server):
    page.goto(f"{server}/graph")
    if page.locator("#graph").count() == 0:
        pytest.skip("no links between actors in the store yet")
    page.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 0")
    n = page.evaluate("window.newsgraphGraph.nodes().length")
    assert n >= 2
    shot(page, "graph")
    assert not page.errors


def test_graph_page_draws_actors_named_together_as_pale_links_without_arrows(page, server):
    # tryout r17: co-occurrence was in no graph; now GET /graph (JSON and this page) and GraphML hold it alike
    page.goto(f"{server}/graph?actor=Zelensky")
    page.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 0")
    kinds = page.evaluate("window.newsgraphGraph.edges().map(function (e) { return e.data('kind'); })")
    assert "cooccurrence" in kinds, kinds
    arrows = page.evaluate("window.newsgraphGraph.edges('[kind = \"cooccurrence\"]').map(function (e) {"
                           " return e.style('target-arrow-shape'); })")
    assert set(arrows) == {"none"}
    assert "named in the same documents" in page.locator(".graph-legend").inner_text()
    assert not page.errors


def test_openapi_page_works_offline(page, server):
    page.goto(f"{server}/docs")
    page.wait_for_selector("text=/analyze", timeout=60_000)
    assert page.locator(".opblock").count() >= 10
    assert not page.errors


def test_search_page(page, server):
    page.goto(server + "/")
    page.fill(".hero input[type=search]", "security guarantees")
    page.keyboard.press("Enter")
    page.wait_for_selector(".results")
    assert "Zelensky" in page.content()
    shot(page, "search")


def _zoomed_out_label_size(browser_type, chromium, server) -> tuple[float, list]:
    """Open /graph in a browser of its own, zoom out to 0.3 from the page's own event loop (as a wheel handler
    does) and read an actor name's size on screen."""
    b = browser_type.launch(executable_path=chromium, args=ARGS, headless=True)
    try:
        pg = b.new_context(viewport={"width": 1400, "height": 1000}, device_scale_factor=1).new_page()
        pg.set_default_timeout(20000)
        errors = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(f"{server}/graph")
        if pg.locator("#graph").count() == 0:
            pytest.skip("no links between actors in the store yet")
        pg.wait_for_function("window.newsgraphGraph && window.newsgraphGraph.nodes().length > 0")
        pg.evaluate("setTimeout(function () { window.newsgraphGraph.zoom(0.3); window.zoomedOut = true; }, 0)")
        for _ in range(100):  # polled from here: the page's CSP refuses the eval that wait_for_function polls with
            if pg.evaluate("window.zoomedOut === true"):
                break
            pg.wait_for_timeout(100)
        size = pg.evaluate("parseFloat(window.newsgraphGraph.nodes()[0].renderedStyle('font-size'))")
        return size, errors
    finally:
        b.close()


def test_graph_labels_stay_readable_when_the_graph_is_zoomed_out(browser, chromium, server):
    """A graph fitted into the box is zoomed out: the actor names were drawn at 13px x zoom (4-5px, unreadable).

    Chromium 156's headless renderer, with cytoscape 3.34, now and then runs out of JS heap when zoom() is called
    straight from a DevTools evaluate (seen about once in 20 runs: 'Target crashed', a V8 OOM dump); the zoom is
    therefore made from a page task, in a browser of its own, and tried a second time after a renderer crash."""
    from playwright.sync_api import Error as PlaywrightError
    try:
        size, errors = _zoomed_out_label_size(browser.browser_type, chromium, server)
    except PlaywrightError as exc:
        if "crashed" not in str(exc).lower():
            raise
        size, errors = _zoomed_out_label_size(browser.browser_type, chromium, server)
    assert size >= 10, size
    assert not errors


# -- issue 14: DNS rebinding, cross-site posts, /docs under the CSP --------------------------------------------------
def test_docs_page_runs_swagger_ui_under_the_csp(page, server):
    console = []
    page.on("console", lambda m: console.append(m.text))
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 10
    assert not [m for m in console if "Content Security Policy" in m], console
    assert not page.errors


def test_a_rebinding_page_cannot_read_the_store(page, server):
    """evil.test resolves to 127.0.0.1 (as after DNS rebinding): the server refuses its Host."""
    port = server.rsplit(":", 1)[1]
    resp = page.goto(f"http://evil.test:{port}/documents?format=json")
    assert resp.status == 400 and "host not allowed" in page.content()


def test_a_cross_site_form_post_is_refused(page, server):
    attack = (f'<form id="f" method="post" action="{server}/analyze"><input name="text" value="The mayor said '
              f'hello."></form><script>document.getElementById("f").submit()</script>')
    page.route("http://evil.test/**", lambda route: route.fulfill(status=200, content_type="text/html", body=attack))
    with page.expect_response(f"{server}/analyze") as info:
        page.goto("http://evil.test/")
    assert info.value.status == 403


def test_a_link_to_a_report_shows_the_quote_in_its_article(page, server, seed_id):
    """Tryout r15: from a quote one could not get to its place in the article; a report's link now carries the quote
    (/documents/ID#quote-q3), and the page marks and scrolls to it."""
    q = page.goto(f"{server}/documents/{seed_id}")
    local = page.locator("#doc-text .hl.quote:not(.cont)").nth(3).get_attribute("data-quote")
    page.goto(f"{server}/documents/{seed_id}#quote-{local}")
    page.wait_for_selector(f'#doc-text .hl.quote.focus[data-quote="{local}"]')
    assert q is not None and not page.errors
