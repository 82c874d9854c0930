"""Reading the protocol in a real browser: version pages, permalinks, search, no foreign requests."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("version, title, clause, words", [
    ("2022", "Constitution Section 16: A Protocol for Member/Officer Relations", "7.3",
     "Members have a statutory right to inspect any Council document"),
    ("2008", "Appendix A – Protocol on Member/Officer Relations", "8",
     "Any elected member of the Council may inspect and make a copy"),
])
def test_version_page_reads_and_permalink_works(page, server, version, title, clause, words):
    page.goto(f"{server}/protocol/{version}/")
    expect(page.locator("h1")).to_have_text(title)
    anchor = "c" + clause.replace(".", "-")
    wrapper = page.locator(f"#{anchor}")
    expect(wrapper).to_contain_text(words)
    link = page.get_by_role("link", name=f"Link to clause {clause}", exact=True)
    link.focus()  # keyboard reachable
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(f"/protocol/{version}/#{anchor}$"))
    assert page.evaluate(f"document.querySelector('#{anchor}').getBoundingClientRect().top") < 200
    assert page.log.errors == []


def test_superseded_version_has_a_banner_to_the_current_one(page, server):
    page.goto(f"{server}/protocol/2008/")
    banner = page.locator(".superseded")
    expect(banner).to_contain_text("This is not the current version")
    banner.get_by_role("link").click()
    expect(page).to_have_url(f"{server}/protocol/2022/")
    expect(page.locator(".superseded")).to_have_count(0)
    expect(page.locator(".version-facts")).to_contain_text("version 3")


def test_current_leads_to_the_current_version(page, server):
    page.goto(f"{server}/protocol/current/")
    expect(page).to_have_url(f"{server}/protocol/2022/")


def test_search_takes_the_user_to_the_clause(page, server):
    """More in test_search.py."""
    page.goto(f"{server}/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("need to know")
    links = page.locator("a.site-search__link")
    expect(links.nth(2)).to_be_attached()
    titles = [t.strip() for t in links.all_text_contents()]
    assert "Clause 7.4 · 2022 version (current)" in titles[:5], titles
    links.filter(has_text="Clause 7.4").first.click()
    expect(page).to_have_url(re.compile(r"/protocol/2022/#c7-4$"))
    expect(page.locator("#c7-4")).to_be_in_viewport()


def test_404_page_offers_the_way_back(page, server):
    response = page.goto(f"{server}/no/such/page/")
    assert response.status == 404
    expect(page.get_by_role("link", name=re.compile("current version"))).to_be_visible()


def test_printing_a_version_page_gives_a_clean_document(page, server):
    page.goto(f"{server}/protocol/2022/")
    page.emulate_media(media="print")
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator("#c7-3 .clause-number")).to_be_visible()
    source = page.locator(".print-source")
    expect(source).to_be_visible()
    expect(source).to_contain_text("/protocol/2022/")
    expect(source).to_contain_text("2022 version")


def test_glossary_terms_link_to_their_definition(page, server):
    page.goto(f"{server}/protocol/2022/")
    term = page.locator("#c7-1 a.term", has_text="CLT")
    expect(term).to_have_attribute("href", "/glossary/#clt")
    expect(term).to_have_attribute("title", re.compile("Corporate Leadership Team"))
    term.click()
    expect(page.locator("#clt")).to_be_in_viewport()
    expect(page.locator("dd", has_text="Corporate Leadership Team")).to_contain_text(
        "Editorial definition")


def test_related_documents_list_the_clauses_that_mention_them(page, server):
    page.goto(f"{server}/related/")
    media = page.locator(".related-documents li", has_text="Media Protocol")
    expect(media.get_by_role("link", name="clause 10.1 (2022)")).to_have_attribute(
        "href", "/protocol/2022/#c10-1")
    grievance = page.locator(".related-documents li", has_text="Grievance Procedure")
    expect(grievance.get_by_role("link", name="clause 12.2 (2022)")).to_be_visible()


def test_editorial_notes_sit_outside_the_clause_text(page, server):
    page.goto(f"{server}/protocol/2022/")
    note = page.locator("#c7-1 > .editorial-note")
    expect(note).to_contain_text("memberconcerned")
    expect(page.locator("#c7-1 .clause-text .editorial-note")).to_have_count(0)
    expect(page.locator("#c7-1 .clause-text")).to_contain_text("the CLT memberconcerned.")
