"""After one visit the site works with no network (README, "Offline"): the service worker
(site_src/service-worker.js, filled in by protocol/site/offline.py) has cached the site's own
files once the page was idle, and Pyodide and the page's Python archives once Python started.

The visit is made against a server of its own, which is then stopped: Playwright's set_offline
does not cover a service worker's own fetches, a stopped server does. Every request that reaches
the server is counted, and none does after it stops."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

import guides
import training
from protocol.cli.serve import start_background
from tests.support.pagelog import PageLog

pytestmark = pytest.mark.browser

GUIDE = guides.get("inspect-documents")
MODULE = training.get("roles")
READY = 120_000  # ms: Pyodide and the site's files, on a busy machine
PAGES = {  # each kind of page, and what it shows
    "/": "h1", "/protocol/2022/": "#c7-3", "/protocol/2008/": "#c8", "/protocol/current/": "#c7-3",
    "/glossary/": "#clt", "/guides/": "h1", f"/guides/{GUIDE.id}/": "[data-guide] form",
    f"/guides/{GUIDE.id}/step/doc-kind=agenda/": "[data-guide-step]", "/training/": "h1",
    f"/training/{MODULE.id}/": "[data-quiz] form", "/compare/": ".diff-summary",
    "/about/": "h1",
}
CACHE_KEYS = """async () => {
    const keys = [];
    for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) keys.push([name, request.url]);
    return keys; }"""


def _counting(httpd, seen: list) -> None:
    """Count every request the server is handed."""
    inner = httpd.RequestHandlerClass

    def counted(request, address, server):
        seen.append(address)
        return inner(request, address, server)

    httpd.RequestHandlerClass = counted


def _answer_question(page, module, question):
    form = page.locator(f'[data-quiz="{module.id}"] form[data-question="{question.id}"]')
    form.locator(f'input[value="{question.expected[0]}"]').check()
    form.get_by_role("button", name="Check my answer").click()
    expect(form.locator("[data-feedback]")).to_be_visible()
    return form


@pytest.fixture(scope="module")
def offline(browser, site_dir):
    """One visit (a guide, then a training module, each until its Python is cached), then the
    server stops. Yields (page, base, requests the server had)."""
    httpd, base = start_background(site_dir)
    seen: list = []
    _counting(httpd, seen)
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    page.log = PageLog(page, base)
    html = page.locator("html")
    page.goto(f"{base}/guides/{GUIDE.id}/")
    expect(html).to_have_attribute("data-offline", "ready", timeout=READY)
    expect(html).to_have_attribute("data-offline-python", "cached", timeout=READY)
    page.goto(f"{base}/training/{MODULE.id}/")
    expect(page.locator("[data-quiz]")).to_have_attribute("data-ready", "true", timeout=READY)
    expect(html).to_have_attribute("data-offline-python", "cached", timeout=READY)
    httpd.shutdown()
    httpd.server_close()
    had = len(seen)
    yield page, base, had
    assert len(seen) == had, "the server was reached after it stopped"
    assert page.log.foreign() == []
    context.close()


def test_every_kind_of_page_reloads_with_no_network(offline):
    page, base, _ = offline
    for path, shows in PAGES.items():
        response = page.goto(base + path)
        assert response is not None and response.status == 200, path
        expect(page.locator(shows).first).to_be_attached()
        page.reload()
        expect(page.locator(shows).first).to_be_attached()


def test_a_guide_answers_and_its_python_starts_with_no_network(offline):
    page, base, _ = offline
    page.goto(f"{base}/guides/{GUIDE.id}/")
    root = page.locator(f'[data-guide="{GUIDE.id}"]')
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)  # Pyodide from the cache
    answers, outcome = next((a, o) for a, o in GUIDE.paths() if o == "statutory-right")
    for question, option in GUIDE.step(answers).path:
        page.locator(f'[data-guide] input[name="{question}"][value="{option}"]').check()
        page.get_by_role("button", name="Continue").click()
    expect(page.locator(f'[data-outcome="{outcome}"]')).to_be_visible()


def test_a_training_answer_is_graded_and_kept_with_no_network(offline):
    page, base, _ = offline
    page.goto(f"{base}/training/{MODULE.id}/")
    question = next(q for q in MODULE.questions if q.kind == "single")
    _answer_question(page, MODULE, question)
    page.reload()
    form = page.locator(f'[data-quiz="{MODULE.id}"] form[data-question="{question.id}"]')
    expect(form.locator(f'input[value="{question.expected[0]}"]')).to_be_checked()
    expect(form.locator("[data-feedback]")).to_be_visible()


def test_search_files_and_only_this_site_are_cached(offline, site_dir):
    page, base, _ = offline
    page.goto(f"{base}/")
    search = sorted("/" + p.relative_to(site_dir).as_posix()
                    for p in (site_dir / "search").rglob("*") if p.is_file())
    assert search, "the build wrote no search files"
    statuses = page.evaluate("(urls) => Promise.all(urls.map((u) => fetch(u).then((r) => r.status)))",
                             search)
    assert statuses == [200] * len(search), dict(zip(search, statuses))
    keys = page.evaluate(CACHE_KEYS)
    assert len({name for name, _ in keys}) == 1, "one cache, of this build"
    assert all(url.startswith(base + "/") for _, url in keys), [u for _, u in keys
                                                                 if not u.startswith(base)]
    assert any("/assets/pyodide/pyodide.asm.wasm" in url for _, url in keys)


def test_damaged_cached_python_is_evicted_and_fetched_again(browser, server):
    """Python that cannot start from the cached files: they are evicted, and the next visit
    fetches them from the site again."""
    context = browser.new_context(service_workers="allow")
    context.add_init_script(
        "globalThis.PROTOCOL_PYTHON_TIMEOUTS = {start: 30000, call: 5000, patience: 500};")
    try:
        page = context.new_page()
        html = page.locator("html")
        page.goto(f"{server}/guides/{GUIDE.id}/")
        expect(html).to_have_attribute("data-offline-python", "cached", timeout=READY)
        page.evaluate("""async () => {
            const [name] = await caches.keys();
            const wasm = new URL("/assets/pyodide/pyodide.asm.wasm", location).href;
            await (await caches.open(name)).put(wasm, new Response("not WebAssembly", {
                headers: {"Content-Type": "application/wasm"}})); }""")
        page.reload()
        root = page.locator(f'[data-guide="{GUIDE.id}"]')
        expect(root).to_have_attribute("data-ready", "false", timeout=READY)
        expect(html).to_have_attribute("data-offline-python", "evicted", timeout=READY)
        keys = page.evaluate(CACHE_KEYS)
        assert not [url for _, url in keys if "/assets/pyodide/" in url or "/assets/python/" in url]
        page.reload()
        expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    finally:
        context.close()
