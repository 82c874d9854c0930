"""The site's search, through the real search box in Chromium: what a councillor typing a question
finds first, where a result leads, that nothing is fetched until the box is used, the keyboard,
and the line that stands in for it without JavaScript."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

INDEX = "/search/index.json"
RESULTS = "#site-search-results"
TITLES = f"{RESULTS} .site-search__title a"


def _search(page, query: str):
    """Type a query into the header's box (desktop width) and wait for its results."""
    box = page.locator("#site-search-query")
    box.click()
    box.press_sequentially(query)
    expect(page.locator("#site-search-status")).to_contain_text(f"for “{query}”")
    return page.locator(TITLES)


def _titles(links, n: int) -> list[str]:
    return [t.strip() for t in links.all_text_contents()[:n]]


@pytest.mark.parametrize("query, wanted", [
    ("complaint about an officer", ["Clause 12.1 · 2022 version (current)",
                                    "Clause 3.7 · 2022 version (current)"]),
    # "complain" is not "complainants" (9.3), though both stem to "complain".
    ("complain about an officer", ["Clause 12.1 · 2022 version (current)",
                                   "Clause 3.7 · 2022 version (current)"]),
    ("election leaflets", ["Clause 6.1 · 2022 version (current)"]),
    ("background papers", ["Clause 7.3 · 2022 version (current)"]),
])
def test_a_councillors_words_find_the_clause_they_mean(page, server, query, wanted):
    page.goto(f"{server}/")
    top = _titles(_search(page, query), 3)
    assert all(w in top for w in wanted), top


def test_a_word_the_site_lacks_does_not_hide_the_other_words_matches(page, server):
    page.goto(f"{server}/")
    top = _titles(_search(page, "zzyzx background papers"), 3)
    assert "Clause 7.3 · 2022 version (current)" in top, top


def test_synonyms_widen_a_query(page, server):
    page.goto(f"{server}/")
    # "journalist" is not in the protocol's press section; "press" is.
    top = _titles(_search(page, "journalist"), 10)
    assert any(re.fullmatch(r"Clause 10\.\d · 2022 version \(current\)", t) for t in top), top
    expect(page.locator(f"{RESULTS} mark").filter(has_text=re.compile("^[Pp]ress$")).first) \
        .to_be_visible()


def test_a_results_title_leads_to_the_clause_not_the_top_of_the_page(page, server):
    page.goto(f"{server}/about/")
    links = _search(page, "background papers")
    links.filter(has_text="Clause 7.3 · 2022 version (current)").click()
    expect(page).to_have_url(f"{server}/protocol/2022/#c7-3")
    expect(page.locator("#c7-3 .clause-number")).to_be_in_viewport()
    assert page.evaluate("scrollY") > 500  # not the top of the page


def test_a_clause_on_the_same_page_is_reached_and_the_search_closes(page, server):
    page.goto(f"{server}/protocol/2022/")
    _search(page, "background papers").filter(has_text="Clause 7.3 · 2022").click()
    expect(page).to_have_url(f"{server}/protocol/2022/#c7-3")
    expect(page.locator(".md-search__output")).to_be_hidden()
    expect(page.locator("#c7-3 .clause-number")).to_be_in_viewport()


def test_training_results_list_their_options_apart(page, server):
    page.goto(f"{server}/")
    _search(page, "printer election leaflets")
    result = page.locator(f"{RESULTS} > li").filter(
        has=page.locator("a", has_text=re.compile("^Party groups and support services")))
    options = result.first.locator(".site-search__options > li")
    texts = [t.strip() for t in options.all_text_contents()]
    assert "Yes, if you pay for the paper" in texts, texts
    assert len(texts) >= 3 and all(t.count("Yes,") <= 1 for t in texts), texts


def test_the_index_loads_when_the_box_is_first_used_not_on_page_load(page, server):
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{server}/protocol/2022/")
    page.wait_for_load_state("networkidle")  # every request the page makes by itself is made
    assert not [u for u in requested if INDEX in u or "search-engine" in u or "vendor/" in u]
    assert not [u for u in requested if "search_index" in u or "workers/search" in u]
    with page.expect_request(f"**{INDEX}") as request:
        page.locator("#site-search-query").focus()
    assert request.value.method == "GET" and request.value.url == f"{server}{INDEX}"
    _search(page, "need to know")
    assert sum(INDEX in u for u in requested) == 1  # once per page, not per query
    assert page.log.errors == []


def test_a_failed_index_load_says_so_and_the_next_use_tries_again(page, server):
    page.route(f"**{INDEX}", lambda route: route.abort())
    page.goto(f"{server}/")
    page.locator("#site-search-query").focus()
    expect(page.locator("#site-search-status")).to_contain_text("could not be loaded")
    page.unroute(f"**{INDEX}")
    page.locator("#site-search-query").press_sequentially("need to know")
    expect(page.locator(TITLES).first).to_be_visible()


def test_the_keyboard_searches_moves_through_results_and_follows_one(page, server):
    page.goto(f"{server}/protocol/2008/")
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search-query":
            break
    else:
        pytest.fail("Tab did not reach the search box")
    page.keyboard.type("need to know")
    expect(page.locator(TITLES).nth(1)).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.locator(TITLES).nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(page.locator("#site-search-query")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(".md-search__output")).to_be_hidden()
    page.locator("#site-search-query").focus()  # opens again with the same results
    expect(page.locator(TITLES).first).to_be_visible()
    page.keyboard.press("ArrowDown")
    target = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    expect(page).to_have_url(target)


def test_enter_in_the_box_opens_the_first_result(page, server):
    page.goto(f"{server}/")
    first = _search(page, "background papers").first.get_attribute("href")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(first) + "$"))


def test_on_a_phone_the_magnifier_opens_the_search(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server}/protocol/2022/")
    expect(page.locator("#site-search-query")).not_to_be_in_viewport()  # the theme's overlay
    page.locator("label.md-header__button[for=__search]").click()
    expect(page.locator("#site-search-query")).to_be_focused()
    page.keyboard.type("complaint about an officer")
    link = page.locator(TITLES).filter(has_text="Clause 12.1 · 2022")
    expect(link).to_be_in_viewport()
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # The theme's overlay slides in: once it has, nothing is wider than the phone (a page that
    # stays wider fails here when the wait runs out).
    page.wait_for_function("() => document.documentElement.scrollWidth <= 390", timeout=5_000)


def test_without_javascript_a_line_says_search_needs_it_and_links_the_sections(browser, server):
    context = browser.new_context(java_script_enabled=False)
    try:
        for width in (390, 1280):
            page = context.new_page()
            page.set_viewport_size({"width": width, "height": 844})
            page.goto(f"{server}/guides/")
            expect(page.locator("#site-search-query")).to_be_hidden()
            expect(page.locator("label.md-header__button[for=__search]")).to_be_hidden()
            line = page.locator(".site-search-nojs summary")
            expect(line).to_have_text("Search needs JavaScript")
            expect(line).to_be_in_viewport()
            line.focus()
            page.keyboard.press("Enter")
            sections = page.locator(".site-search-nojs li a")
            expect(sections.first).to_be_visible()
            hrefs = sections.evaluate_all("els => els.map(a => a.getAttribute('href'))")
            assert hrefs[0] == "/protocol/2022/#s1" and "/protocol/2022/#s7" in hrefs, hrefs
            expect(sections.filter(has_text="7. Members’ Access to Information")).to_be_visible()
            page.close()
    finally:
        context.close()
