"""Accessibility gates: axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every distinct page of the
built site, in the light and the dark colour scheme, plus the states a reader opens (search
results, the mobile menu, a tooltip); and a keyboard-only run. (The
accessibility statement that says all this: tests/build/test_accessibility_statement.py.)

axe-core comes from npm (node_modules/axe-core, pinned in package-lock.json) and is evaluated into
the page by Playwright, which the page's Content-Security-Policy does not apply to.
"""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout, expect

from tests.support.axe import axe_violations
from tests.support.sitepages import distinct_pages

SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's scheme
# The search loads its index when the box is first used: a moment on a busy machine.
SEARCH_MS = 15_000


def _in_scheme(page, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)


def _without_pyodide(page) -> None:
    """Guide and quiz pages start Pyodide on load, seconds of CPU that axe does not need: the
    widgets then work from their build-time tables, as they do until Python is ready (the
    security walk checks that Python does get ready)."""
    page.route("**/assets/pyodide/**", lambda route: route.abort())


pytestmark = pytest.mark.browser


# -- every page, both colour schemes -------------------------------------------------------
@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_has_no_axe_violations(page, server, site_dir, scheme):
    _in_scheme(page, scheme)
    _without_pyodide(page)
    found = {}
    for url in distinct_pages(site_dir):
        page.goto(server + url)
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme], url
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    assert found == {}, json.dumps(found, indent=1)


# -- states a reader opens -----------------------------------------------------------------
@pytest.mark.parametrize("scheme", SCHEMES)
def test_open_states_have_no_axe_violations(page, server, scheme):
    _in_scheme(page, scheme)
    found = {}

    def check(state):
        violations = axe_violations(page)
        if violations:
            found[state] = violations

    page.goto(f"{server}/protocol/2022/")
    page.locator("input.md-search__input").press_sequentially("inspect documents")
    expect(page.locator("a.site-search__link").first).to_be_visible(timeout=SEARCH_MS)
    check("search results")
    page.keyboard.press("ArrowDown")
    check("search result focused")
    page.locator("input.md-search__input").fill("zzyzx")
    expect(page.locator("#site-search-status")).to_contain_text("No results")
    check("search with no results")

    page.goto(f"{server}/protocol/2022/")
    page.locator(".md-content a.term").first.focus()
    expect(page.get_by_role("tooltip").first).to_be_visible()
    check("glossary tooltip")

    page.mouse.wheel(0, 3000)
    page.mouse.wheel(0, -200)
    expect(page.locator(".md-top")).to_be_visible()
    # It fades in: checked mid-fade its text measures paler than it is (a failure seen in CI).
    page.locator(".md-top").evaluate("(e) => Promise.all(e.getAnimations().map((a) => a.finished))")
    check("back-to-top button")

    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{server}/protocol/2022/")
    check("mobile")
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(page.locator(".md-sidebar--primary")).to_be_in_viewport()
    check("mobile menu open")
    page.goto(f"{server}/protocol/2022/")
    page.locator("label.md-header__button[for=__search]").click()
    page.keyboard.type("inspect documents")
    expect(page.locator("a.site-search__link").first).to_be_visible(timeout=SEARCH_MS)
    check("mobile search results")
    assert found == {}, json.dumps(found, indent=1)


# -- keyboard only -------------------------------------------------------------------------
FOCUSED = """() => {
  const e = document.activeElement;
  // Material's colour-scheme switch is a visually hidden radio input: what the reader sees,
  // and where Material draws the focus indicator, is the label that follows it.
  const next = e.nextElementSibling;
  const hidden = e.getBoundingClientRect().width <= 1 && next && next.tagName === 'LABEL';
  const shown = hidden ? next : e;
  const r = shown.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const s = getComputedStyle(shown);
  return {tag: e.tagName, cls: e.className, href: e.getAttribute('href'),
          name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40),
          focusVisible: e.matches(':focus-visible'),
          indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                     || s.boxShadow !== 'none',
          inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight,
          notObscured: !!top && (shown === top || shown.contains(top) || top.contains(shown))};
}"""


def _tab(page) -> dict:
    page.keyboard.press("Tab")
    try:  # let closing overlays (the search's fades out) finish their transition
        page.wait_for_function(f"() => ({FOCUSED})().notObscured", timeout=2000)
    except PlaywrightTimeout:
        pass  # reported by the caller's assertion, with the state
    return page.evaluate(FOCUSED)


def _assert_visible_focus(state: dict) -> None:
    assert state["focusVisible"] and state["inViewport"] and state["notObscured"], state
    if state["tag"] != "INPUT":  # a text field shows its caret
        assert state["indicator"], f"no focus indicator: {state}"


def test_keyboard_reaches_skip_link_search_and_clause_permalink(page, server):
    page.goto(f"{server}/protocol/2022/")
    first = _tab(page)
    assert "md-skip" in first["cls"] and first["name"] == "Skip to content", first
    _assert_visible_focus(first)

    # Skip to content: the next Tab lands on the first clause permalink, past the menus.
    page.keyboard.press("Enter")
    permalink = _tab(page)
    assert permalink["cls"].startswith("clause-link") and permalink["href"] == "#c1-1", permalink
    _assert_visible_focus(permalink)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/protocol/2022/#c1-1$"))
    expect(page.locator("#c1-1")).to_be_in_viewport()

    # Every focus stop on the way through the page shows where it is: the menus, the search,
    # the table of contents and into the clauses.
    page.goto(f"{server}/protocol/2022/")
    seen = []
    for _ in range(60):
        seen.append(_tab(page))
        _assert_visible_focus(seen[-1])
    assert any("md-search__input" in s["cls"] for s in seen[:6]), seen[:6]
    assert any(s["cls"].startswith("clause-link") for s in seen), "Tab never reached a clause"

    # The search: reached by Tab, typed into, a result followed with the arrow keys and Enter.
    page.goto(f"{server}/protocol/2008/")
    for _ in range(6):
        if "md-search__input" in _tab(page)["cls"]:
            break
    else:
        pytest.fail("Tab did not reach the search box within 6 presses")
    page.keyboard.type("need to know")
    expect(page.locator("a.site-search__link").first).to_be_visible(timeout=SEARCH_MS)
    page.keyboard.press("ArrowDown")
    result = page.evaluate(FOCUSED)
    assert result["tag"] == "A" and "site-search__link" in result["cls"], result
    _assert_visible_focus(result)
    target = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    expect(page).to_have_url(target)


def test_keyboard_only_through_a_guide(page, server, site_dir):
    """The longest path through the first guide with Tab, arrow keys, Space and Enter: each
    stop shows its focus, and each answer moves focus to the next step's heading."""
    import guides

    guide_pages = [u for u in distinct_pages(site_dir) if re.fullmatch(r"/guides/[^/]+/", u)]
    if not guide_pages:
        pytest.skip("no guide pages in the built site yet")
    guide = guides.get(guide_pages[0].split("/")[2])
    answers, outcome = max(guide.paths(), key=lambda p: len(p[0]))
    _without_pyodide(page)  # the build-time table answers until Python is ready
    page.goto(server + guide_pages[0])
    for question_id, option_id in guide.step(answers).path:
        for _ in range(200):
            state = _tab(page)
            _assert_visible_focus(state)
            if page.evaluate("q => document.activeElement.name === q", question_id):
                break
        else:
            pytest.fail(f"Tab never reached question {question_id}")
        options = [o.id for o in guide.question(question_id).options]
        page.keyboard.press("Space")  # choose the focused (first) option
        for _ in range(options.index(option_id)):
            page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.value") == option_id
        _assert_visible_focus(page.evaluate(FOCUSED))
        for _ in range(10):
            state = _tab(page)
            _assert_visible_focus(state)
            if state["name"] == "Continue":
                break
        else:
            pytest.fail("Tab never reached the Continue button")
        page.keyboard.press("Enter")
        expect(page.locator("[data-guide-step] .guide-heading")).to_be_focused()
    expect(page.locator(f'[data-outcome="{outcome}"]')).to_be_visible()
    # From the outcome, Tab goes on to the clauses it cites.
    for _ in range(20):
        state = _tab(page)
        _assert_visible_focus(state)
        if re.search(r"/protocol/\d+/#c", state["href"] or ""):
            break
    else:
        pytest.fail("Tab never reached a cited clause from the outcome")
