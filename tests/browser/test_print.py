"""A printout as a person holds it: the footer names the address the page was printed from, as
the browser showed it (a guide's answers included), and no controls are printed."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.support.pagekinds import PAGE_KINDS, SIZES


def test_a_printed_guide_answer_names_its_own_address_and_prints_no_controls(browser, server):
    context = browser.new_context(viewport=SIZES["desktop"], service_workers="block")
    context.route("**/assets/pyodide/**", lambda route: route.abort())  # the table answers
    try:
        page = context.new_page()
        page.goto(server + PAGE_KINDS["guide-question"])
        page.locator("main input[type=radio]").first.check()
        page.get_by_role("button", name="Continue").click()
        expect(page.locator("[data-guide-change]").first).to_be_visible()
        expect(page).to_have_url(re.compile(r"\?doc-kind="))  # the answer is in the address
        page.pdf()  # printing fires "beforeprint", as it does when a reader prints
        page.emulate_media(media="print")
        footer = page.locator(".print-source")
        expect(footer).to_be_visible()
        expect(footer).to_contain_text(f"Printed from {page.url}")
        for control in ("[data-guide-change]", "[data-guide-restart]", "[data-guide-back]",
                        ".md-header", "main button"):
            for element in page.locator(control).all():
                expect(element).to_be_hidden()
    finally:
        context.close()


def test_no_page_names_a_host_without_site_url(site_dir):
    """Without SITE_URL (the tests' build), no canonical link, sitemap entry or footer names a
    host or a port."""
    for html in site_dir.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "127.0.0.1" not in text and "localhost" not in text, html
        assert 'rel="canonical"' not in text, html
    assert not (site_dir / "sitemap.xml").exists(), "a sitemap with no addresses in it"
