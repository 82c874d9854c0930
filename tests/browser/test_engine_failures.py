"""When the Python engine breaks, no page waits on it (assets/js/python.mjs, engine.mjs).

Every call to the worker settles: a worker killed after it was ready, Pyodide's WebAssembly
truncated or never arriving, a Python archive missing. Guides and quizzes go on answering from
their build-time tables with data-ready="false"; the comparison pages say plainly that comparing
is unavailable in this browser and point to the pre-rendered comparisons. Nothing is thrown
uncaught. Service workers are blocked, so the routes see every request; the timeouts are set
short (PROTOCOL_PYTHON_TIMEOUTS) so a stuck engine is found in seconds, as on a phone in 30.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

import guides
import training
from tests.support.pagelog import PageLog

pytestmark = pytest.mark.browser

GUIDE = guides.get("inspect-documents")
MODULE = training.get("roles")
SHORT = "globalThis.PROTOCOL_PYTHON_TIMEOUTS = {start: 6000, call: 3000, patience: 500};"
# A missing file is found at once, not at the start timeout: a long one shows it.
LONG_START = "globalThis.PROTOCOL_PYTHON_TIMEOUTS = {start: 600000, call: 3000, patience: 500};"
FOUND_AT_ONCE = ("wasm missing", "archive missing")
READY = 90_000  # ms: Pyodide takes several seconds to start on a busy machine


def _truncate(route):
    response = route.fetch()
    route.fulfill(response=response, body=response.body()[:4096])


def _never(route):
    pass  # the request is left unanswered, as on a connection that hangs


BREAKAGES = {
    "wasm missing": ("**/assets/pyodide/pyodide.asm.wasm", lambda route: route.fulfill(status=404)),
    "wasm truncated": ("**/assets/pyodide/pyodide.asm.wasm", _truncate),
    "wasm never answering": ("**/assets/pyodide/pyodide.asm.wasm", _never),
    "archive missing": ("**/assets/python/*.zip", lambda route: route.fulfill(status=404)),
}


@pytest.fixture
def open_page(browser, server):
    """open_page(path, breakage=None) -> a page with short timeouts and a log of its errors."""
    contexts = []

    def open_(path, breakage=None):
        context = browser.new_context(service_workers="block")
        contexts.append(context)
        context.add_init_script(LONG_START if breakage in FOUND_AT_ONCE else SHORT)
        if breakage:
            context.route(*BREAKAGES[breakage])
        page = context.new_page()
        page.log = PageLog(page, server)
        page.goto(f"{server}{path}")
        return page

    yield open_
    for context in contexts:
        context.close()


def _uncaught(page) -> list[str]:
    """Errors a reader's console would show, besides the failed loads the test itself caused."""
    return [e for e in page.log.errors if "Failed to load resource" not in e]


def _kill_worker(page):
    """The worker stops answering for good, as if the browser had killed it."""
    [worker] = [w for w in page.workers if "python-worker.mjs" in w.url]
    worker.evaluate("() => self.close()")


def _answer_first_question(page, guide):
    question = guide.questions[0]
    option = question.options[0]
    page.locator(f'input[name="{question.id}"][value="{option.id}"]').check()
    page.get_by_role("button", name="Continue").click()
    return guide.step({question.id: option.id})


def test_a_guide_goes_on_from_its_table_when_the_worker_dies_after_it_was_ready(open_page):
    page = open_page(f"/guides/{GUIDE.id}/")
    root = page.locator(f'[data-guide="{GUIDE.id}"]')
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    _kill_worker(page)
    state = _answer_first_question(page, GUIDE)
    expected = f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"
    expect(root).to_have_attribute("data-step", expected)  # after the patience, from the table
    expect(root).to_have_attribute("data-ready", "false")  # once the call timed out
    page.go_back()
    expect(root).to_have_attribute("data-step", f"q:{GUIDE.questions[0].id}")
    assert _uncaught(page) == []


def test_a_quiz_goes_on_from_its_table_when_the_worker_dies_after_it_was_ready(open_page):
    page = open_page(f"/training/{MODULE.id}/")
    root = page.locator(f'[data-quiz="{MODULE.id}"]')
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    _kill_worker(page)
    question = next(q for q in MODULE.questions if q.kind == "single")
    form = root.locator(f'form[data-question="{question.id}"]')
    form.locator(f'input[value="{question.expected[0]}"]').check()
    form.get_by_role("button", name="Check my answer").click()
    feedback = form.locator("[data-feedback]")
    expect(feedback).to_be_visible()
    expect(feedback).to_have_attribute("data-graded-by", "table")
    expect(root).to_have_attribute("data-ready", "false")
    expect(root).not_to_have_attribute("data-busy", "true")
    assert _uncaught(page) == []


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_a_guide_answers_from_its_table_when_python_cannot_start(open_page, breakage):
    page = open_page(f"/guides/{GUIDE.id}/", breakage)
    root = page.locator(f'[data-guide="{GUIDE.id}"]')
    state = _answer_first_question(page, GUIDE)  # answered at once, not after the failure
    expected = f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"
    expect(root).to_have_attribute("data-step", expected)
    expect(root).to_have_attribute("data-ready", "false", timeout=30_000)
    assert _uncaught(page) == []


@pytest.mark.parametrize("path, what", [("/compare/", "Comparing any two versions"),
                                        ("/compare/draft/", "Checking a draft")])
@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_the_comparison_pages_say_comparing_is_unavailable(open_page, breakage, path, what):
    page = open_page(path, breakage)
    root = page.locator("[data-compare], [data-compare-draft]").first
    # A missing file is known at once (the start timeout is 10 minutes for those cases); a file
    # that hangs or is damaged, at the start timeout (6 s here).
    expect(root).to_have_attribute("data-ready", "false", timeout=30_000)
    status = root.locator("[data-compare-status]")
    expect(status).to_contain_text(f"{what} is not possible in this browser")
    link = status.get_by_role("link", name="see them on Compare versions")
    expect(link).to_have_attribute("href", "/compare/")
    assert _uncaught(page) == []


def test_the_draft_page_says_so_when_the_worker_dies_after_it_was_ready(open_page):
    page = open_page("/compare/draft/")
    root = page.locator("[data-compare-draft]")
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    _kill_worker(page)
    page.locator("#draft-text").fill("7.3 Members have a legal right to see papers.")
    page.get_by_role("button", name="Compare with").click()
    status = root.locator("[data-compare-status]")
    expect(status).to_contain_text("Checking a draft is not possible in this browser",
                                   timeout=15_000)
    expect(root).to_have_attribute("data-ready", "false")
    assert _uncaught(page) == []


def test_the_notice_about_unreadable_answers_stays_when_python_takes_over(open_page):
    page = open_page(f"/guides/{GUIDE.id}/?no-such-question=x")
    root = page.locator(f'[data-guide="{GUIDE.id}"]')
    notice = root.locator("[data-guide-reset]")
    expect(notice).to_be_visible()
    expect(notice).to_be_focused()
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    expect(notice).to_be_visible()
    expect(notice).to_be_focused()
