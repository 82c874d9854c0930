"""What a person sees on one page of each kind (tests/support/pagekinds.py, the same pages
``make screenshots`` draws), at phone and desktop width, light and dark:

* nothing scrolls sideways (a wide flowchart scrolls inside its own labelled region);
* each radio sits beside its label, on the same row;
* the links for readers without JavaScript are not shown when JavaScript runs, and are shown when
  it does not;
* flowchart text is at least 13 px as drawn, and no label is cut short with "…";
* nothing meant to be seen (a link, a button, a field, a heading) is drawn with zero size.

One context per width and scheme, and every check of a page in one evaluation, keep the whole
walk near a minute.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.pagekinds import PAGE_KINDS, SIZES

SCHEMES = ("light", "dark")
MIN_TEXT_PX = 12.95  # 13 px, less rounding

# Every check in one pass over the page: a dict of what is wrong (empty lists when nothing is).
LAYOUT_PROBLEMS = """() => {
  const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
    && !el.closest(".visually-hidden, .md-skip");
  const describe = (el) => el.outerHTML.slice(0, 100);
  const problems = { overflow: null, nojs: [], radios: [], small: [], cut: [], empty: [] };
  const width = document.documentElement.scrollWidth;
  if (width > window.innerWidth) problems.overflow = `${width} px wide in ${window.innerWidth}`;
  for (const el of document.querySelectorAll(".guide-nojs-only")) {
    if (shown(el) && el.getClientRects().length) problems.nojs.push(describe(el));
  }
  for (const radio of document.querySelectorAll("main input[type=radio]")) {
    if (!shown(radio)) continue;
    const label = document.querySelector(`label[for="${CSS.escape(radio.id)}"]`);
    const r = radio.getBoundingClientRect(), l = label?.getBoundingClientRect();
    const sameRow = l && r.top < l.bottom && l.top < r.bottom;
    if (!sameRow || r.right > l.left) problems.radios.push(describe(radio));
  }
  for (const svg of document.querySelectorAll(".guide-flow-svg")) {
    const scale = svg.getScreenCTM()?.a ?? 0;
    for (const text of svg.querySelectorAll("text")) {
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (px < __MIN__) problems.small.push(`${px.toFixed(1)} px: ${text.textContent}`);
      if (text.textContent.includes("\\u2026")) problems.cut.push(text.textContent);
    }
  }
  const meant = "main h1, main a[href], main button, main summary, main select, main textarea,"
    + " main input:not([type=hidden]), .md-header__title";
  for (const el of document.querySelectorAll(meant)) {
    if (!shown(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) problems.empty.push(describe(el));
  }
  return problems;
}""".replace("__MIN__", str(MIN_TEXT_PX))

CLEAN = {"overflow": None, "nojs": [], "radios": [], "small": [], "cut": [], "empty": []}


def _ready(page, name: str) -> None:
    """Wait for what the page shows once its scripts have run."""
    expect(page.locator("main h1").first).to_be_visible()
    if name == "guide-outcome":
        expect(page.locator("[data-guide] [data-outcome]")).to_be_visible()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("size", list(SIZES))
def test_every_kind_of_page_lays_out_cleanly(browser, server, size, scheme):
    context = browser.new_context(viewport=SIZES[size], color_scheme=scheme,
                                  service_workers="block")
    context.route("**/assets/pyodide/**", lambda route: route.abort())  # layout needs no Python
    try:
        page = context.new_page()
        found = {}
        for name, path in PAGE_KINDS.items():
            page.goto(server + path)
            _ready(page, name)
            problems = page.evaluate(LAYOUT_PROBLEMS)
            if problems != CLEAN:
                found[name] = {k: v for k, v in problems.items() if v}
        assert found == {}, f"{size} {scheme}: {found}"
    finally:
        context.close()


def test_without_javascript_the_links_show_instead(browser, server):
    context = browser.new_context(java_script_enabled=False, viewport=SIZES["phone"])
    try:
        page = context.new_page()
        for name in ("guide-question", "guide-nojs-step"):
            page.goto(server + PAGE_KINDS[name])
            links = page.locator(".guide-choices a")
            assert links.count() > 1, name
            for link in links.all():
                expect(link).to_be_visible()
            assert page.evaluate("() => document.documentElement.scrollWidth") <= SIZES["phone"]["width"]
    finally:
        context.close()


def test_the_flowchart_opens_with_its_first_question_in_view(browser, server):
    """At phone width the chart is wider than the page: it opens scrolled to its first question,
    and its region can be scrolled from the keyboard."""
    context = browser.new_context(viewport=SIZES["phone"], service_workers="block")
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    try:
        page = context.new_page()
        page.goto(server + PAGE_KINDS["guide-question"])
        region = page.get_by_role("region", name="Flowchart", exact=False)
        expect(region).to_be_visible()
        assert region.evaluate("(el) => el.scrollWidth > el.clientWidth"), "chart fits: no test"
        start = region.locator(".flow-node").first
        view, box = region.bounding_box(), start.bounding_box()
        assert view["x"] <= box["x"] and box["x"] + box["width"] <= view["x"] + view["width"], \
            "the first question is outside the chart's visible part"
        region.focus()
        before = region.evaluate("(el) => el.scrollLeft")
        page.keyboard.press("ArrowRight")  # may scroll smoothly: wait for it to move
        page.wait_for_function("(before) => document.querySelector('[data-guide-flow-scroll]')"
                               ".scrollLeft > before", arg=before)
    finally:
        context.close()


def test_without_javascript_the_draft_page_says_so_in_plain_words(browser, server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + PAGE_KINDS["compare-draft"])
        status = page.locator("[data-compare-status]")
        expect(status).to_contain_text("Checking a draft needs JavaScript")
        expect(status.get_by_role("link", name="The comparisons of the published versions")
               ).to_be_visible()
        expect(page.locator("[data-draft-form]")).to_be_hidden()  # a form that cannot work
        assert "protocol diff" not in page.locator("main").inner_text()  # no command line here
    finally:
        context.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_a_clause_permalink_sits_by_its_number(browser, server, size):
    """On a phone, number and permalink share a line above the text, which has the page's whole
    width; on a desktop the permalink is right under the number, not halfway down the clause."""
    context = browser.new_context(viewport=SIZES[size], service_workers="block")
    try:
        page = context.new_page()
        page.goto(server + PAGE_KINDS["version"])
        clause = page.locator("#c1-6")  # a long clause: a list of ten principles
        number = clause.locator("> .clause-number").bounding_box()
        link = clause.locator("> .clause-link").bounding_box()
        text = clause.locator("> .clause-text").bounding_box()
        if size == "phone":
            assert link["y"] < number["y"] + number["height"] and number["y"] < link["y"] + link["height"]
            assert link["x"] > number["x"] + number["width"] - 1
            assert text["y"] >= number["y"] + number["height"] - 1  # the text starts below them
            assert text["x"] - number["x"] < 2                      # and as far left
        else:
            # (the number's box may stretch down its grid row: measure from its top)
            assert 0 < link["y"] - number["y"] < 48, (number, link)
            assert text["x"] > link["x"] + link["width"]            # a margin column
    finally:
        context.close()
