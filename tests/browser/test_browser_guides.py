"""Decision guides in a real browser: with Python in the worker, before it is ready, without
JavaScript, and when Pyodide cannot load."""
from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

import guides

pytestmark = pytest.mark.browser

GUIDE = "inspect-documents"
ALL = [g.id for g in guides.all_guides()]


def _path_to_outcome(guide):
    """The longest path of a guide, so a click-through visits as many questions as it can."""
    answers, outcome = max(guide.paths(), key=lambda p: len(p[0]))
    return guide.step(answers).path, outcome


def _choose(page, question_id, option_id):
    page.locator(f'[data-guide] input[name="{question_id}"][value="{option_id}"]').check()
    page.get_by_role("button", name="Continue").click()


def _expect_outcome(page, guide, outcome_id):
    box = page.locator(f'[data-outcome="{outcome_id}"]')
    expect(box).to_be_visible()
    outcome = guide.outcome(outcome_id)
    expect(box.locator("h2")).to_have_text(outcome.title)
    for version, clause in outcome.cites:
        anchor = "c" + clause.replace(".", "-")
        expect(box.locator(f'a[href="/protocol/{version}/#{anchor}"]').first).to_be_attached()
    return box


@pytest.mark.parametrize("guide_id", ALL)
def test_click_through_to_an_outcome_with_python(page, server, guide_id):
    guide = guides.get(guide_id)
    path, outcome = _path_to_outcome(guide)
    page.goto(f"{server}/guides/{guide_id}/")
    root = page.locator(f'[data-guide="{guide_id}"]')
    expect(root).to_have_attribute("data-ready", "true", timeout=60_000)
    for question_id, option_id in path:
        expect(page.locator(f'form[data-question="{question_id}"]')).to_be_visible()
        _choose(page, question_id, option_id)
        # Focus moves to the new step's heading, and the live region announces it.
        heading = page.locator("[data-guide-step] .guide-heading")
        expect(heading).to_be_focused()
        expect(page.locator("[data-guide-live]")).to_have_text(heading.inner_text())
    _expect_outcome(page, guide, outcome)
    expect(page).to_have_url(re.compile(re.escape("?" + urlencode(path)) + "$"))
    assert page.log.errors == []


@pytest.mark.parametrize("guide_id", ALL)
def test_the_same_outcome_without_javascript(browser, server, guide_id):
    guide = guides.get(guide_id)
    path, outcome = _path_to_outcome(guide)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(f"{server}/guides/{guide_id}/")
        for question_id, option_id in path:
            question = guide.question(question_id)
            expect(page.locator("[data-guide-step] legend")).to_have_text(question.text)
            expect(page.locator('[data-guide] input[type="radio"]').first).to_be_hidden()
            page.locator("[data-guide-step] .guide-choices").get_by_role(
                "link", name=question.option(option_id).label, exact=True).click()
        _expect_outcome(page, guide, outcome)
        # "Your answers" lists every answer given, with a Change link back to its question.
        expect(page.locator(".guide-summary-row")).to_have_count(len(path))
        assert not any("/assets/pyodide/" in url for url in requests)
    finally:
        context.close()


def test_early_answer_before_python_is_ready_then_python_takes_over(page, server):
    page.goto(f"{server}/guides/{GUIDE}/")
    root = page.locator(f'[data-guide="{GUIDE}"]')
    assert root.get_attribute("data-ready") is None  # Pyodide takes seconds: not ready yet
    _choose(page, "doc-kind", "agenda")
    expect(page.locator('form[data-question="part-ii"]')).to_be_visible()
    assert root.get_attribute("data-ready") is None, "answered by the build-time table"
    page.locator('input[name="part-ii"][value="no"]').check()  # a choice in progress...
    expect(root).to_have_attribute("data-ready", "true", timeout=60_000)
    # ...survives Python taking over.
    expect(page.locator('input[name="part-ii"][value="no"]')).to_be_checked()
    page.get_by_role("button", name="Continue").click()
    _expect_outcome(page, guides.get(GUIDE), "statutory-right")
    assert page.log.errors == []


def test_back_change_reload_and_browser_history(page, server):
    guide = guides.get(GUIDE)
    page.goto(f"{server}/guides/{GUIDE}/")
    _choose(page, "doc-kind", "other")
    _choose(page, "personal-info", "no")
    _choose(page, "role", "not-member")
    expect(page.locator('form[data-question="purpose"]')).to_be_visible()

    page.get_by_role("link", name="Back", exact=True).click()
    expect(page.locator('form[data-question="role"]')).to_be_visible()
    expect(page).to_have_url(re.compile(r"\?doc-kind=other&personal-info=no$"))

    # Change an earlier answer: later answers that still apply are kept.
    _choose(page, "role", "not-member")
    page.get_by_role("link", name="Change your answer to: " +
                     guide.question("personal-info").text).click()
    expect(page.locator('input[name="personal-info"][value="no"]')).to_be_checked()
    _choose(page, "personal-info", "no")
    expect(page.locator('form[data-question="purpose"]')).to_be_visible()
    _choose(page, "purpose", "curiosity")
    _expect_outcome(page, guide, "curiosity-not-enough")

    page.reload()
    _expect_outcome(page, guide, "curiosity-not-enough")

    page.go_back()
    expect(page.locator('form[data-question="purpose"]')).to_be_visible()
    page.go_forward()
    _expect_outcome(page, guide, "curiosity-not-enough")

    # Changing the first answer drops the answers on the path no longer taken.
    page.get_by_role("link", name="Change your answer to: " + guide.question("doc-kind").text).click()
    _choose(page, "doc-kind", "party-group")
    _expect_outcome(page, guide, "other-party-group")
    expect(page).to_have_url(re.compile(r"\?doc-kind=party-group$"))
    assert page.log.errors == []


def test_continue_without_a_choice_shows_the_problem(page, server):
    page.goto(f"{server}/guides/{GUIDE}/")
    page.get_by_role("button", name="Continue").click()
    problem = page.locator("[data-guide-problem]")
    expect(problem).to_be_visible()
    expect(problem).to_be_focused()
    expect(page).to_have_title(re.compile("^Error: "))


@pytest.mark.parametrize("query", [
    "?doc-kind=nonsense",
    "?no-such-question=agenda",
    "?doc-kind=agenda&doc-kind=other",
    "?doc-kind=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E",
    "?%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E=1",
])
def test_a_tampered_url_gives_a_friendly_start_again(page, server, query):
    page.goto(f"{server}/guides/{GUIDE}/{query}")
    reset = page.locator("[data-guide-reset]")
    expect(reset).to_be_visible()
    expect(reset).to_contain_text("We could not read your answers")
    expect(page.locator('form[data-question="doc-kind"]')).to_be_visible()
    assert page.evaluate("window.__xss") is None
    reset.get_by_role("link", name="Start the guide again").click()
    expect(page.locator('form[data-question="doc-kind"]')).to_be_visible()
    assert page.log.errors == []


def test_the_guide_works_when_pyodide_cannot_load(context, server):
    page = context.new_page()
    page.route("**/assets/pyodide/**", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(f"{server}/guides/{GUIDE}/")
    root = page.locator(f'[data-guide="{GUIDE}"]')
    expect(root).to_have_attribute("data-ready", "false", timeout=30_000)
    _choose(page, "doc-kind", "agenda")
    _choose(page, "part-ii", "no")
    _expect_outcome(page, guides.get(GUIDE), "statutory-right")


def test_protocol_pages_load_no_python(page, server):
    page.goto(f"{server}/protocol/2022/")
    expect(page.locator("#c7-3")).to_be_visible()
    assert not any("pyodide" in url or "/assets/python/" in url for url in page.log.requests)
    # ...and each clause a guide rests on links to that guide.
    expect(page.locator("#c7-3 .clause-guides a", has_text="Can I see this council document?")
           ).to_be_visible()
