"""Security and privacy gates: every page of the built site, loaded in Chromium under the site's own
Content-Security-Policy, makes no request to another host, sets no cookie, breaks no CSP rule and
logs no error; text from the URL is never inserted as HTML.

Pages are found in the built site (tests/support/sitepages.py), so new pages are checked as they
land. The first guide and the first quiz wait until their Python engine reports ``data-ready``: that
proves Pyodide (WebAssembly, a module worker) runs under the policy. Violations are collected
three ways: the page's securitypolicyviolation events, its console, and the policy's
``report-uri`` (added for this walk only), which also covers workers. The ``_headers`` file itself
is checked in tests/build/test_headers_file.py and tests/unit/test_inline_script_hashes.py.
"""
from __future__ import annotations

import functools
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from protocol.cli import serve
from protocol.site import security
from protocol.cli.serve import read_headers
from tests.support.pagelog import PageLog
from tests.support.sitepages import distinct_pages

CSP_WORDS = ("Content Security Policy", "Content-Security-Policy")
READY_TIMEOUT_MS = 90_000
SEARCH_MS = 15_000  # the search loads its index when first used: a moment when busy
# Records every securitypolicyviolation in the page (init scripts are not subject to the CSP).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
  e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
"""


@dataclass
class Visit:
    url: str
    status: int | None = None
    foreign: list[str] = field(default_factory=list)
    cookies: list[dict] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ready: dict[str, str | None] = field(default_factory=dict)


class _ReportingServer:
    """The built site served as protocol.serve serves it, with ``report-uri`` added to the
    policy: the browser then POSTs every violation here, including those inside workers (which
    neither the page's console nor its securitypolicyviolation events show).

    It also serves a sentinel page (``SENTINEL``) whose one inline script breaks the policy on
    purpose: once the sentinel's report has arrived, the reports of the pages before it have too
    (``flush``), so a page is never declared clean before its reports could have come in."""

    PATH = "/__csp-report"
    SENTINEL = "/__csp-sentinel/"
    # Its own icon, so the browser asks for no /favicon.ico (a 404 logged during the next page).
    SENTINEL_HTML = (b'<!doctype html><html lang="en"><head><title>sentinel</title>'
                     b'<link rel="icon" href="/__csp-sentinel/icon.svg">'
                     b"<script>document.title = 'not hashed: reported'</script></head></html>")
    SENTINEL_ICON = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
    REPORT_WAIT_S = 60

    def __init__(self, site_dir):
        headers = read_headers(site_dir)
        headers["Content-Security-Policy"] += f"; report-uri {self.PATH}"
        self.reports: list[dict] = []
        self.arrived = threading.Condition()
        self.flushed = 0
        reports, arrived, sentinel, html = self.reports, self.arrived, self.SENTINEL, \
            self.SENTINEL_HTML

        def do_POST(handler):
            length = int(handler.headers.get("Content-Length") or 0)
            body = handler.rfile.read(length)
            if handler.path == self.PATH:
                with arrived:
                    reports.append(json.loads(body or b"{}").get("csp-report", {}))
                    arrived.notify_all()
            handler.send_response(204)
            handler.end_headers()

        def do_GET(handler):
            if not handler.path.startswith(sentinel):
                return serve._Handler.do_GET(handler)
            icon = handler.path.endswith(".svg")
            body, kind = (self.SENTINEL_ICON, "image/svg+xml") if icon else \
                (html, "text/html; charset=utf-8")
            handler.send_response(200)
            handler.send_header("Content-Type", kind)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        handler = type("ReportingHandler", (serve._Handler,),
                       {"site_headers": headers, "do_POST": do_POST, "do_GET": do_GET})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(handler, directory=str(site_dir)))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def _is_sentinel(self, report: dict) -> bool:
        return self.SENTINEL in (report.get("document-uri") or "")

    def take(self) -> list[str]:
        with self.arrived:
            taken, self.reports[:] = list(self.reports), []
        return [f"{r.get('effective-directive')} blocked {r.get('blocked-uri') or 'inline'} in "
                f"{r.get('source-file') or r.get('document-uri')}:{r.get('line-number')}"
                for r in taken if not self._is_sentinel(r)]

    def flush(self, page) -> list[str]:
        """Leave the page (its workers end) for a new sentinel page, wait until the sentinel's
        own report has arrived, then take every report that came before it."""
        self.flushed += 1
        url = f"{self.SENTINEL}{self.flushed}"
        page.goto(self.base + url)
        with self.arrived:
            seen = self.arrived.wait_for(
                lambda: any((r.get("document-uri") or "").endswith(url) for r in self.reports),
                timeout=self.REPORT_WAIT_S)
        assert seen, (f"the report of {url}, which breaks the policy on purpose, never arrived: "
                      "CSP reports are not reaching the test server")
        return self.take()


@pytest.fixture(scope="module")
def visits(browser, site_dir) -> list[Visit]:
    return walk(browser, site_dir, distinct_pages(site_dir))


def walk(browser, site_dir, urls) -> list[Visit]:
    """Load each page once, in one context, and record what each did."""
    reporting = _ReportingServer(site_dir)
    server = reporting.base
    # As a reader browses: the site's service worker too, once it has registered (every page
    # after it is answered from its cache, and Python starts from its snapshot).
    context = browser.new_context(service_workers="allow")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    log = PageLog(page, server)
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    started: set[str] = set()
    out = []
    try:
        for url in urls:
            log.requests.clear(), log.errors.clear(), console.clear()
            visit = Visit(url)
            response = page.goto(server + url, wait_until="load")
            visit.status = response.status if response else None
            # Python starts in the same worker for every guide, and for every quiz: wait for it
            # once per kind of widget (each guide's own tests run it further).
            for widget in page.locator("[data-guide], [data-quiz]").all():
                kind = "guide" if widget.get_attribute("data-guide") is not None else "quiz"
                name = f"{kind} {widget.get_attribute('data-' + kind)}"
                if kind in started:
                    continue
                started.add(kind)
                try:
                    expect(widget).to_have_attribute("data-ready", re.compile("."),
                                                     timeout=READY_TIMEOUT_MS)
                except AssertionError:
                    pass
                visit.ready[name] = widget.get_attribute("data-ready")
            visit.csp = page.evaluate("window.__cspViolations") + [
                m for m in console if any(w in m for w in CSP_WORDS)]
            visit.errors = [e for e in log.errors if not any(w in e for w in CSP_WORDS)]
            visit.foreign = log.foreign()
            visit.cookies = context.cookies()
            out.append(visit)
            visit.csp += reporting.flush(page)  # its workers ended; its reports are in
        if out:  # a report that came in late still fails the walk, naming its page
            out[-1].csp += reporting.take()
    finally:
        context.close()
        reporting.httpd.shutdown()
    return out


def _failures(visits, attribute) -> dict[str, object]:
    return {v.url: getattr(v, attribute) for v in visits if getattr(v, attribute)}


# -- privacy ------------------------------------------------------------------------------
@pytest.mark.browser
def test_every_distinct_page_was_visited(visits, site_dir):
    assert [v.url for v in visits] == distinct_pages(site_dir)
    assert {"/", "/protocol/2022/", "/protocol/2008/"} <= {v.url for v in visits}
    assert {v.url: v.status for v in visits if v.status != 200} == {}


@pytest.mark.browser
def test_no_page_requests_another_host(visits):
    assert _failures(visits, "foreign") == {}


@pytest.mark.browser
def test_no_page_sets_a_cookie(visits):
    assert _failures(visits, "cookies") == {}


# -- content security policy --------------------------------------------------------------
@pytest.mark.browser
def test_no_page_breaks_the_content_security_policy(visits):
    assert _failures(visits, "csp") == {}


@pytest.mark.browser
def test_no_page_logs_an_error(visits):
    assert _failures(visits, "errors") == {}


@pytest.mark.browser
def test_python_engines_start_under_the_policy(visits, site_dir):
    engines = {name: state for v in visits for name, state in v.ready.items()}
    assert {name: state for name, state in engines.items() if state != "true"} == {}
    pages = [site_dir / url.lstrip("/") / "index.html" for url in distinct_pages(site_dir)
             if url.endswith("/")]
    kinds = {kind for kind in ("guide", "quiz") for file in pages
             if f"data-{kind}=" in file.read_text(encoding="utf-8")}
    assert {name.split()[0] for name in engines} == kinds


@pytest.mark.browser
def test_the_walk_catches_violations_in_pages_and_workers(browser, tmp_path):
    # Shaped like a guide: a widget whose worker reports back, then data-ready="true".
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title>'
        '<script>document.title = "hashed, allowed"</script>'
        '<script type="module" src="main.mjs"></script></head>'
        '<body><div data-guide="t"></div><img src="x.png" onerror="document.title = 1">'
        '</body></html>', encoding="utf-8")
    (tmp_path / "main.mjs").write_text(
        'const w = new Worker(new URL("worker.mjs", import.meta.url), {type: "module"});\n'
        'w.onmessage = () => document.querySelector("[data-guide]").dataset.ready = "true";',
        encoding="utf-8")
    (tmp_path / "worker.mjs").write_text('try { eval("1") } catch (e) {}\npostMessage(1);',
                                         encoding="utf-8")
    security.write_headers(tmp_path, set(security.inline_script_hashes(tmp_path)))
    [visit] = walk(browser, tmp_path, ["/"])
    found = "\n".join(visit.csp)
    assert "script-src-attr blocked inline" in found  # the onerror handler, in the page
    assert "script-src blocked eval in http" in found and "worker.mjs" in found  # in the worker
    assert "hashed" not in found
    assert visit.errors  # x.png is missing


@pytest.mark.browser
def test_the_server_sends_the_headers(page, server, site_dir):
    response = page.goto(f"{server}/protocol/2022/")
    assert response.headers["content-security-policy"] == \
        read_headers(site_dir)["Content-Security-Policy"]


@pytest.mark.browser
def test_search_works_under_the_policy(context, server):
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    log = PageLog(page, server)
    csp = []
    page.on("console", lambda m: any(w in m.text for w in CSP_WORDS) and csp.append(m.text))
    page.goto(f"{server}/protocol/2008/")
    page.locator("input.md-search__input").press_sequentially("need to know")
    result = page.locator("a.site-search__link").filter(has_text="Clause 7.4").first
    expect(result).to_be_visible(timeout=SEARCH_MS)  # the engine and its library loaded
    result.click()
    expect(page).to_have_url(re.compile(r"/protocol/2022/#c7-4$"))
    assert page.evaluate("window.__cspViolations") == [] and csp == []
    assert log.errors == [] and log.foreign() == []


# -- text from the URL is text ------------------------------------------------------------
# One string with several ways out of text: an element with a handler, a broken-out attribute,
# a script element and a javascript: URL.
PAYLOAD = ('"><img src=x onerror="window.__xss=1"><svg onload=window.__xss=1>'
           "<script>window.__xss=1</script>javascript:window.__xss=1")
INJECTED = "img[src='x'], svg[onload], [onerror], [onload], a[href^='javascript:']"


def pages_per_script_set(site_dir) -> list[str]:
    """One page for each distinct set of scripts a page loads: only scripts can put text from
    the URL into a page, so pages with the same scripts handle it the same way."""
    seen: dict[tuple, str] = {}
    for url in distinct_pages(site_dir):
        file = site_dir / (url.lstrip("/") + "index.html" if url.endswith("/") else url.lstrip("/"))
        html = file.read_text(encoding="utf-8")
        scripts = tuple(sorted(re.sub(r"^(\.\./)+|^/", "", src)
                               for src in re.findall(r"<script[^>]*\ssrc=\"([^\"]+)\"", html)))
        seen.setdefault(scripts, url)
    return sorted(seen.values())


@pytest.mark.browser
def test_text_from_the_url_is_never_inserted_as_html(browser, server, site_dir):
    """The payload as search query (q), search highlight (h) and fragment on a page of each set
    of scripts, with the CSP bypassed so that it is the page's own handling, not the policy,
    that keeps it inert. (Guide and quiz widgets have their own payload tests for their answers
    in the URL and in storage.)"""
    context = browser.new_context(bypass_csp=True)
    context.route("**/assets/pyodide/**", lambda route: route.abort())  # not needed here: faster
    page = context.new_page()
    log = PageLog(page, server)
    q = quote(PAYLOAD, safe="")
    problems = {}
    try:
        pages = pages_per_script_set(site_dir)
        assert "/" in pages and len(pages) >= 2
        for url in pages:
            page.goto(f"{server}{url}?q={q}&h={q}#{q}")
            state = page.evaluate("s => [typeof window.__xss, document.querySelectorAll(s).length]",
                                  INJECTED)
            if state != ["undefined", 0]:
                problems[url] = state
        # Typed into the search box, the words are shown as text in the results.
        page.goto(f"{server}/")
        page.locator("input.md-search__input").press_sequentially(PAYLOAD + " inspect")
        expect(page.locator("#site-search-status")).to_contain_text("results for",
                                                                    timeout=SEARCH_MS)
        expect(page.locator("a.site-search__link").first).to_be_visible()
        problems["search box"] = page.evaluate(
            "s => [typeof window.__xss, document.querySelectorAll(s).length]", INJECTED)
        if problems["search box"] == ["undefined", 0]:
            del problems["search box"]
    finally:
        context.close()
    assert problems == {}
    assert log.foreign() == []
