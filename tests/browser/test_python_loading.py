"""When Python (Pyodide, several MB) is downloaded (assets/js/engine.mjs): only once the page has
loaded and the browser is idle, never competing with first paint or the first answer; and under
Save-Data (navigator.connection.saveData, set here by an init script) never on guide and training
pages, which answer from their build-time tables, and on the comparison pages only when the
reader asks for a comparison. Service workers are blocked (the page fixture), so the request log
sees every request."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

import guides
import training

pytestmark = pytest.mark.browser

GUIDE = guides.get("inspect-documents")
MODULE = training.get("roles")
READY = 90_000
PYTHON_FILES = ("/assets/pyodide/", "/assets/python/", "python-worker.mjs")
SAVE_DATA = """Object.defineProperty(Navigator.prototype, "connection", {
  configurable: true, get: () => ({ saveData: true, effectiveType: "4g",
                                    addEventListener() {}, removeEventListener() {} }) });"""
# Resolves once the page has loaded and the browser has been idle twice: by then the engine
# would have asked for Python (it does on the first idle period after load).
AFTER_IDLE = """() => new Promise((resolve) => {
  const idle = () => requestIdleCallback(() => requestIdleCallback(() => resolve()));
  if (document.readyState === "complete") idle(); else addEventListener("load", idle, { once: true });
})"""


def _python_requests(page) -> list[str]:
    """Requests for Python so far. A request of the page's own is made and answered first, so
    every request made before it is already in the log (Playwright reports them in order)."""
    with page.expect_response(lambda r: "sentinel" in r.url):
        page.evaluate("() => fetch('/api/guides.json?sentinel=1', {cache: 'no-store'}).catch(() => {})")
    return [url for url in page.log.requests if any(part in url for part in PYTHON_FILES)]


def _loaded_then_python(page, mark: str | None) -> dict:
    return page.evaluate("""(mark) => {
        const nav = performance.getEntriesByType("navigation")[0];
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        const worker = performance.getEntriesByType("resource")
            .find((e) => e.name.includes("python-worker.mjs"));
        const start = mark && performance.getEntriesByName(`${mark}-python-start`)[0];
        return {load: nav.loadEventEnd, paint: paint ? paint.startTime : null,
                worker: worker ? worker.startTime : null, start: start ? start.startTime : null};
    }""", mark)


def test_a_guide_asks_for_python_only_after_the_page_has_loaded(page, server):
    page.goto(f"{server}/guides/{GUIDE.id}/")
    root = page.locator(f'[data-guide="{GUIDE.id}"]')
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    times = _loaded_then_python(page, "guide")
    assert times["worker"] is not None and times["start"] is not None, times
    assert times["load"] > 0 and times["start"] >= times["load"], times
    assert times["worker"] >= times["load"], times
    assert times["paint"] is not None and times["paint"] < times["start"], times


def test_a_training_module_asks_for_python_only_after_the_page_has_loaded(page, server):
    page.goto(f"{server}/training/{MODULE.id}/")
    root = page.locator(f'[data-quiz="{MODULE.id}"]')
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    times = _loaded_then_python(page, None)
    assert times["worker"] is not None and times["worker"] >= times["load"] > 0, times


def test_under_save_data_a_guide_answers_from_its_table_and_never_downloads_python(page, server):
    page.add_init_script(SAVE_DATA)
    page.goto(f"{server}/guides/{GUIDE.id}/")
    root = page.locator(f'[data-guide="{GUIDE.id}"]')
    expect(root.locator("[data-engine-table-only]")).to_contain_text("pre-computed table")
    page.evaluate(AFTER_IDLE)
    answers, outcome = next((a, o) for a, o in GUIDE.paths() if o == "statutory-right")
    for question, option in GUIDE.step(answers).path:
        page.locator(f'[data-guide] input[name="{question}"][value="{option}"]').check()
        page.get_by_role("button", name="Continue").click()
    expect(page.locator(f'[data-outcome="{outcome}"]')).to_be_visible()
    assert root.get_attribute("data-ready") is None
    assert _python_requests(page) == []
    assert page.log.errors == []


def test_under_save_data_training_is_graded_from_its_table_without_python(page, server):
    page.add_init_script(SAVE_DATA)
    page.goto(f"{server}/training/{MODULE.id}/")
    root = page.locator(f'[data-quiz="{MODULE.id}"]')
    expect(root.locator("[data-engine-table-only]")).to_contain_text("pre-computed table")
    page.evaluate(AFTER_IDLE)
    question = next(q for q in MODULE.questions if q.kind == "single")
    form = root.locator(f'form[data-question="{question.id}"]')
    form.locator(f'input[value="{question.expected[0]}"]').check()
    form.get_by_role("button", name="Check my answer").click()
    expect(form.locator("[data-feedback]")).to_be_visible()
    expect(form.locator("[data-feedback]")).to_have_attribute("data-graded-by", "table")
    assert root.get_attribute("data-ready") is None
    assert _python_requests(page) == []
    assert page.log.errors == []


def test_under_save_data_a_comparison_loads_python_when_the_reader_asks(page, server):
    page.add_init_script(SAVE_DATA)
    page.goto(f"{server}/compare/")
    page.evaluate(AFTER_IDLE)
    assert _python_requests(page) == []
    root = page.locator("[data-compare]")
    assert root.get_attribute("data-ready") is None
    page.select_option("#compare-from", "2008")
    page.select_option("#compare-to", "2022")
    page.locator("form[data-compare-form] button[type=submit]").click()
    expect(root.locator("[data-compare-result] h3")).to_have_text("2008 → 2022", timeout=READY)
    expect(root).to_have_attribute("data-ready", "true")
    assert any("/assets/pyodide/" in url for url in _python_requests(page))
