"""The one JavaScript core for "ask Python, else answer from the table" (assets/js/engine.mjs) and
the guide's decision table shared by the guide and its flowchart (assets/js/guide-table.mjs).

Pinned here: the flowchart marks the state the guide shows, from a step URL, with Python
refused or live; the core's ``ask`` answers from the fallback before Python is ready and when a
call fails; and the comparison, which has no table, says it is unavailable when Python cannot start.
"""
from __future__ import annotations

from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

import guides

pytestmark = pytest.mark.browser

GUIDE = "inspect-documents"
ALL = [g.id for g in guides.all_guides()]
READY = 90_000  # ms: Pyodide takes several seconds to start


def _no_python(browser):
    """A context whose pages cannot load Pyodide (and no service worker can serve it)."""
    context = browser.new_context(service_workers="block")
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    return context


def _mid_path(guide):
    """Answers to every question but the last on the guide's longest path, and that last one."""
    answers, _ = max(guide.paths(), key=lambda p: len(p[0]))
    path = guide.step(answers).path
    return list(path[:-1]), path[-1]


def _node(state) -> str:
    return f"q:{state.question.id}" if state.question else f"o:{state.outcome.id}"


def _expect_route(page, guide, path):
    """The guide shows the state ``path`` leads to, and the flowchart marks exactly that route."""
    state = guide.step(dict(path))
    current = _node(state)
    root = page.locator(f'[data-guide="{guide.id}"]')
    expect(root).to_have_attribute("data-step", current)
    chart = root.locator("[data-guide-flow] svg")
    expect(chart.locator(".is-current")).to_have_count(1)
    expect(chart.locator(".is-current")).to_have_attribute("data-node", current)
    visited = {f"q:{q}" for q, _ in state.path} | {current}
    expect(chart.locator("[data-node].is-visited")).to_have_count(len(visited))
    assert {n.get_attribute("data-node") for n in chart.locator("[data-node].is-visited").all()} \
        == visited
    taken = chart.locator("[data-edge].is-taken")
    expect(taken).to_have_count(len(state.path))
    assert sorted(e.get_attribute("data-edge") for e in taken.all()) \
        == sorted(f"{q}={a}" for q, a in state.path)
    current_links = chart.locator('a[aria-current="step"]')
    if chart.locator(f'[data-node="{current}"] a').count():
        expect(current_links).to_have_count(1)
        expect(chart.locator(f'[data-node="{current}"] a')).to_have_attribute("aria-current", "step")


def _choose(page, question_id, option_id):
    page.locator(f'[data-guide] input[name="{question_id}"][value="{option_id}"]').check()
    page.get_by_role("button", name="Continue").click()


@pytest.mark.parametrize("guide_id", ALL)
def test_without_python_the_flowchart_marks_the_step_url_and_follows_the_table(
        browser, server, guide_id):
    guide = guides.get(guide_id)
    path, (question, option) = _mid_path(guide)
    context = _no_python(browser)
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{guide_id}/?{urlencode(path)}")
        expect(page.locator(f'[data-guide="{guide_id}"]')).to_have_attribute(
            "data-ready", "false", timeout=30_000)
        _expect_route(page, guide, path)
        _choose(page, question, option)
        _expect_route(page, guide, [*path, (question, option)])
        page.get_by_role("link", name="Back", exact=True).click()
        _expect_route(page, guide, path)
    finally:
        context.close()


def test_a_tampered_step_url_marks_nothing(browser, server):
    context = _no_python(browser)
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{GUIDE}/?doc-kind=agenda&doc-kind=other")
        expect(page.locator("[data-guide-reset]")).to_be_visible()
        chart = page.locator(f'[data-guide="{GUIDE}"] [data-guide-flow] svg')
        expect(chart.locator(".is-current, .is-visited, .is-taken")).to_have_count(0)
    finally:
        context.close()


def test_the_flowchart_marks_the_same_state_before_and_after_python_takes_over(page, server):
    guide = guides.get(GUIDE)
    path, (question, option) = _mid_path(guide)
    page.goto(f"{server}/guides/{GUIDE}/?{urlencode(path)}")
    root = page.locator(f'[data-guide="{GUIDE}"]')
    _expect_route(page, guide, path)
    assert root.get_attribute("data-ready") is None, "marked from the table, before Python"
    expect(root).to_have_attribute("data-ready", "true", timeout=READY)
    _expect_route(page, guide, path)  # Python agrees: nothing is redrawn or unmarked
    _choose(page, question, option)  # decided by Python now
    _expect_route(page, guide, [*path, (question, option)])
    assert page.log.errors == []


ASK = """async ([fn, request]) => {
    const { startEngine } = await import("/assets/js/engine.mjs");
    const engine = startEngine(["guides"]);  // shares the page's worker
    const before = engine.live;
    await engine.ready;
    const fallback = (error) => ({ fallback: true, error: error ? String(error) : null });
    return { before, live: engine.live,
             reply: await engine.ask(fn, request, fallback),
             refused: await engine.ask(fn, request, fallback, () => { throw new Error("no"); }) };
}"""


def test_ask_answers_from_python_when_live_and_falls_back_on_any_error(page, server):
    page.goto(f"{server}/guides/{GUIDE}/")
    expect(page.locator(f'[data-guide="{GUIDE}"]')).to_have_attribute(
        "data-ready", "true", timeout=READY)
    warnings = []
    page.on("console", lambda m: m.type == "warning" and warnings.append(m.text))
    good = page.evaluate(ASK, ["guides.api.run_json",
                               {"guide": GUIDE, "answers": {"doc-kind": "agenda"}}])
    assert good["live"] is True
    assert good["reply"]["question"] == "part-ii"
    assert good["reply"]["path"] == [["doc-kind", "agenda"]]
    # A reply the page refuses (read throws) is answered by the fallback, with a warning.
    assert good["refused"] == {"fallback": True, "error": "Error: no"}
    bad = page.evaluate(ASK, ["guides.api.no_such_function", {}])
    assert bad["reply"]["fallback"] is True and bad["reply"]["error"]
    assert len([w for w in warnings if "answering without it" in w]) == 3
    assert page.log.errors == []


def test_ask_answers_from_the_fallback_at_once_when_python_cannot_start(browser, server):
    context = _no_python(browser)
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{GUIDE}/")
        expect(page.locator(f'[data-guide="{GUIDE}"]')).to_have_attribute(
            "data-ready", "false", timeout=30_000)
        result = page.evaluate(ASK, ["guides.api.run_json", {"guide": GUIDE, "answers": {}}])
        assert result == {"before": False, "live": False,
                          "reply": {"fallback": True, "error": None},
                          "refused": {"fallback": True, "error": None}}
        marks = page.evaluate("() => performance.getEntriesByType('mark').map((m) => m.name)")
        assert "guide-python-failed" in marks and "guide-python-ready" not in marks
    finally:
        context.close()


def test_without_python_a_comparison_says_it_is_unavailable(browser, server):
    context = _no_python(browser)
    try:
        page = context.new_page()
        page.goto(f"{server}/compare/")
        root = page.locator("[data-compare]")
        status = page.locator("[data-compare-status]")
        expect(root).to_have_attribute("data-ready", "false", timeout=30_000)
        unavailable = "Comparing any two versions is not possible in this browser"
        expect(status).to_contain_text(unavailable)
        page.locator("form[data-compare-form] button[type=submit]").click()
        expect(status).to_contain_text(unavailable)
        expect(page.locator("[data-compare-result]")).to_be_empty()
    finally:
        context.close()


def test_without_python_a_draft_check_says_it_is_unavailable(browser, server):
    context = _no_python(browser)
    try:
        page = context.new_page()
        page.goto(f"{server}/compare/draft/")
        expect(page.locator("[data-compare-draft]")).to_have_attribute(
            "data-ready", "false", timeout=30_000)
        page.locator("#draft-text").fill("1. Scope\n\n1.1 A clause.")
        page.locator("form[data-draft-form] button[type=submit]").click()
        expect(page.locator("[data-compare-status]")).to_contain_text(
            "Checking a draft is not possible in this browser")
        expect(page.locator("[data-draft-errors]")).to_be_hidden()
    finally:
        context.close()
