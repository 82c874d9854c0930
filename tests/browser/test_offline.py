"""After one visit the site works with no network (README, "Offline"): the service worker
(site_src/service-worker.js, filled in by protocol/site/offline.py) has cached the site's own
files once the page was idle, and Pyodide and the page's Python archives once Python started.

The visit is made against a server of its own, which is then stopped: Playwright's set_offline
does not cover a service worker's own fetches, a stopped server does. Every request that reaches
the server is counted, and none does after it stops."""
from __future__ import annotations

import functools
import json
import shutil

import pytest
from playwright.sync_api import expect

import guides
import training
from protocol.cli.serve import start_background
from protocol.site.offline import write_service_worker
from tests.support.env import ROOT
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
    """Record the path of every request the server is handed."""
    inner = httpd.RequestHandlerClass  # functools.partial(the handler class, directory=...)

    class Counted(inner.func):
        def parse_request(self):
            ok = super().parse_request()
            seen.append(getattr(self, "path", "(unreadable)"))
            return ok

    httpd.RequestHandlerClass = functools.partial(Counted, *inner.args, **inner.keywords)


# The page's own Python (the worker its engine started), asked for a guide's first step.
ASK_PYTHON = """async (guide) => {
    const { startPython } = await import(new URL("/assets/js/python.mjs", location).href);
    return startPython(["guides"]).call("guides.api.run_json", JSON.stringify({guide, answers: {}}));
}"""


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
    expect(html).to_have_attribute("data-python-start", "start")
    expect(html).to_have_attribute("data-python-snapshot", "stored", timeout=READY)
    page.goto(f"{base}/training/{MODULE.id}/")
    expect(page.locator("[data-quiz]")).to_have_attribute("data-ready", "true", timeout=READY)
    expect(html).to_have_attribute("data-offline-python", "cached", timeout=READY)
    page.goto(f"{base}/compare/")  # comparing on demand works offline once used online
    expect(page.locator("[data-compare]")).to_have_attribute("data-ready", "true", timeout=READY)
    expect(html).to_have_attribute("data-offline-python", "cached", timeout=READY)
    httpd.shutdown()
    httpd.server_close()
    had = len(seen)
    page.server_paths = seen
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
    # Python itself answers, with the guide's own archive (not only the build-time table).
    first = json.loads(page.evaluate(ASK_PYTHON, GUIDE.id))
    assert first["question"] == GUIDE.step({}).question.id
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


def test_a_repeat_visit_starts_python_from_its_snapshot(offline):
    """The first visit kept a snapshot of Python (made by a worker of its own, after the page's
    Python was live); every later page starts from it, offline too, and answers from Python."""
    page, base, _ = offline
    html = page.locator("html")
    page.goto(f"{base}/guides/{GUIDE.id}/")
    expect(page.locator("[data-guide]")).to_have_attribute("data-ready", "true", timeout=READY)
    expect(html).to_have_attribute("data-python-start", "snapshot")
    assert json.loads(page.evaluate(ASK_PYTHON, GUIDE.id))["question"] == GUIDE.step({}).question.id
    page.goto(f"{base}/training/{MODULE.id}/")
    expect(page.locator("[data-quiz]")).to_have_attribute("data-ready", "true", timeout=READY)
    expect(html).to_have_attribute("data-python-start", "snapshot")


def test_two_versions_are_compared_by_python_from_its_snapshot_with_no_network(offline):
    page, base, _ = offline
    page.goto(f"{base}/compare/")
    expect(page.locator("[data-compare]")).to_have_attribute("data-ready", "true", timeout=READY)
    expect(page.locator("html")).to_have_attribute("data-python-start", "snapshot")
    page.select_option("#compare-from", "2022")
    page.select_option("#compare-to", "2008")
    page.locator("form[data-compare-form] button[type=submit]").click()
    result = page.locator("[data-compare-result]")
    # 2008 has no headings: each of the 12 headings of 2022 is removed.
    expect(result.locator('article.diff-pair[data-kind="heading"][data-status="removed"]')
           ).to_have_count(12, timeout=READY)


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


def _damage_cached(page, path: str, body: str, content_type: str) -> None:
    """Replace the site's cached copy of path with body, as a damaged disk or a cut-short
    write would leave it."""
    page.evaluate("""async ([path, body, type]) => {
        const [name] = await caches.keys();
        await (await caches.open(name)).put(new URL(path, location).href,
                                            new Response(body, {headers: {"Content-Type": type}}));
    }""", [path, body, content_type])


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
        _damage_cached(page, "/assets/pyodide/pyodide.asm.wasm", "not WebAssembly",
                       "application/wasm")
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


def test_the_snapshot_is_only_ever_read_from_the_cache(offline):
    """It is not a file of the site: asking the network for it would be a request that fails."""
    page, _, _ = offline
    assert not [path for path in page.server_paths if "python-snapshot" in path]


def _starts_afresh_with_no_snapshot(page) -> None:
    """Python starts (and answers) without a snapshot, none is kept, and none is being made
    ("none" would start another attempt; "unusable" starts none); Pyodide stays cached."""
    html = page.locator("html")
    expect(page.locator(f'[data-guide="{GUIDE.id}"]')).to_have_attribute("data-ready", "true",
                                                                        timeout=READY)
    expect(html).to_have_attribute("data-python-start", "start")
    expect(html).to_have_attribute("data-python-snapshot", "unusable", timeout=READY)
    assert json.loads(page.evaluate(ASK_PYTHON, GUIDE.id))["question"] == \
        GUIDE.step({}).question.id
    keys = [url for _, url in page.evaluate(CACHE_KEYS)]
    assert not [url for url in keys if url.endswith("/python-snapshot.gz")]
    assert any(url.endswith("/assets/pyodide/pyodide.asm.wasm") for url in keys)


def test_a_snapshot_python_cannot_start_from_is_dropped_and_not_made_again(browser, server):
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        html = page.locator("html")
        page.goto(f"{server}/guides/{GUIDE.id}/")
        expect(html).to_have_attribute("data-python-snapshot", "stored", timeout=READY)
        _damage_cached(page, "/assets/pyodide/python-snapshot.gz", "not a snapshot",
                       "application/gzip")
        page.reload()
        _starts_afresh_with_no_snapshot(page)
        page.reload()
        _starts_afresh_with_no_snapshot(page)
    finally:
        context.close()


def test_a_snapshot_that_cannot_be_made_is_not_tried_again_for_this_build(browser, server):
    context = browser.new_context(service_workers="allow")
    # Making one takes seconds: with 1 ms allowed, it cannot be made in time.
    context.add_init_script("globalThis.PROTOCOL_PYTHON_TIMEOUTS = {snapshot: 1};")
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{GUIDE.id}/")
        expect(page.locator("html")).to_have_attribute("data-python-snapshot", "unusable",
                                                       timeout=READY)
        page.reload()
        _starts_afresh_with_no_snapshot(page)
    finally:
        context.close()


def test_a_new_build_replaces_the_cache(browser, site_dir, tmp_path):
    """A reader who visited one build and comes back after the next one was published: the new
    worker caches the new build and deletes the old cache, and the page shows the new text."""
    served = tmp_path / "site"
    shutil.copytree(site_dir, served)
    httpd, base = start_background(served)
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(f"{base}/about/")
        expect(page.locator("html")).to_have_attribute("data-offline", "ready", timeout=READY)
        [old] = page.evaluate("caches.keys()")
        # The next build: one page changed, and the worker written again from its source.
        about = served / "about" / "index.html"
        about.write_text(about.read_text(encoding="utf-8").replace(
            "</h1>", '</h1><p id="next-build">Published in the next build.</p>', 1),
            encoding="utf-8")
        shutil.copy(ROOT / "site_src" / "service-worker.js", served / "service-worker.js")
        new = "protocol-site-" + write_service_worker(served)["version"]
        assert new != old
        page.reload()  # the browser checks the worker on navigation and finds the new one
        # The caches once the new worker has taken over (waited for in the page: caches.keys()
        # is asynchronous, and wait_for_function takes a pending promise for true).
        keys = page.evaluate("""async ([name, wait]) => {
            const deadline = performance.now() + wait;
            let keys = await caches.keys();
            while (!(keys.length === 1 && keys[0] === name) && performance.now() < deadline) {
                await new Promise((resolve) => setTimeout(resolve, 100));
                keys = await caches.keys();
            }
            return keys; }""", [new, READY])
        assert keys == [new], "the old build's cache was not replaced"
        page.reload()
        expect(page.locator("#next-build")).to_have_text("Published in the next build.")
        cached = page.evaluate("""async (name) => {
            const response = await (await caches.open(name)).match(location.href);
            return response ? response.text() : ""; }""", new)
        assert "Published in the next build." in cached
    finally:
        context.close()
        httpd.shutdown()
        httpd.server_close()
