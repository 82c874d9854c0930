"""Comparisons for committee papers, in a real browser: "Download as Word" on /compare/ and for a
draft on /compare/draft/ (made in the browser by the same Python, saved from an object URL under
the site's strict policy), and the print view of both on A4: legend and clause numbers shown,
controls hidden.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from protocol.compare.docx import version_data
from protocol.compare.draft import read_draft
from tests.support.axe import axe_violations
from tests.support.docxread import paragraphs, words
from tests.unit.test_docx_export import _draft_text, version_words

pytestmark = pytest.mark.browser

READY = 90_000  # ms: Pyodide takes several seconds to start
A4_WIDTH = 794  # CSS pixels (210 mm at 96 px per inch)


@pytest.fixture(scope="module")
def draft_tab(browser, server, corpus):
    """/compare/draft/ with a realistic draft compared: Pyodide starts once for the module."""
    context = browser.new_context(accept_downloads=True,
                                  viewport={"width": A4_WIDTH, "height": 1000})
    page = context.new_page()
    requests: list[tuple[str, str]] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append((r.method, r.url)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/compare/draft/")
    expect(page.locator("[data-compare-draft]")).to_have_attribute("data-ready", "true",
                                                                    timeout=READY)
    page.locator("#draft-text").fill(_draft_text(corpus))
    page.locator("form[data-draft-form] button[type=submit]").click()
    expect(page.locator("[data-draft-result] .diff-report")).to_be_visible(timeout=READY)
    yield page
    # The policy refused nothing (a refused object URL or script is a console error), and
    # nothing left the page: only GETs (and the worker's HEADs) of the site's own files.
    assert errors == []
    assert {method for method, _ in requests} <= {"GET", "HEAD"}
    assert all(url.startswith((server, "blob:", "data:")) for _, url in requests), requests
    context.close()


def _download(page, control, tmp_path: Path) -> tuple[str, bytes]:
    with page.expect_download(timeout=READY) as info:
        control.click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    return download.suggested_filename, target.read_bytes()


def test_a_drafts_comparison_downloads_as_a_word_document(draft_tab, corpus, site_dir, tmp_path):
    button = draft_tab.get_by_role("button", name="Download as Word (tracked changes)")
    expect(button).to_be_visible()
    name, data = _download(draft_tab, button, tmp_path)
    assert name == "protocol-2022-to-draft.docx"
    # What the page sent as the current version, and the draft as its reader reads it.
    published = json.loads((site_dir / "api" / "protocol.json").read_text(encoding="utf-8"))
    current = next(v for v in published["versions"] if v["id"] == "2022")
    draft = read_draft(_draft_text(corpus), "draft.txt")
    sections = getattr(draft, "sections", None)
    new = version_data(id="Draft", clauses=draft.clauses, sections=sections)
    if not sections and "sections" in current:
        # Headings the reader did not keep (a draft's sections are empty then, not None): the
        # current ones.
        new["sections"] = current["sections"]
    assert words(data, "accept") == version_words(new)
    assert words(data, "reject") == version_words(current)
    assert "9.4\tMembers should reply to correspondence within ten working days." in \
        paragraphs(data, "accept")


def test_the_word_button_is_reached_and_pressed_from_the_keyboard(draft_tab, tmp_path):
    button = draft_tab.get_by_role("button", name="Download as Word (tracked changes)")
    button.focus()
    with draft_tab.expect_download(timeout=READY) as info:
        draft_tab.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".docx")


def test_the_draft_result_with_its_download_button_passes_axe_in_both_schemes(draft_tab):
    draft_tab.mouse.move(0, 0)  # no link left in its hover colour by an earlier click
    for scheme in ("light", "dark"):
        draft_tab.emulate_media(color_scheme=scheme)
        found = axe_violations(draft_tab)
        assert found == [], json.dumps(found)[:3000]
    draft_tab.emulate_media(color_scheme="light")


def test_a_drafts_comparison_prints_with_its_legend_and_clause_numbers(draft_tab):
    page = draft_tab
    page.emulate_media(media="print")
    try:
        result = page.locator("[data-draft-result]")
        expect(result.locator(".diff-legend").first).to_be_visible()
        expect(result.locator(".diff-legend").first).to_contain_text("struck through")
        # The first changed clause, with its number (unchanged ones are collapsed, as on screen).
        changed = result.locator(".diff-report > .diff-pair .diff-heading").first
        expect(changed).to_be_visible()
        expect(changed.locator(".diff-id")).to_have_text("1.6")
        for control in ("form[data-draft-form]", "[data-compare-status]", ".diff-toggle",
                        ".compare-download", ".md-header", ".md-sidebar"):
            expect(page.locator(control).first).to_be_hidden()
        # Nothing is wider than the A4 text area.
        assert page.evaluate("() => document.documentElement.scrollWidth") <= A4_WIDTH
        assert page.pdf(format="A4").startswith(b"%PDF")
    finally:
        page.emulate_media(media="screen")


def test_each_comparison_on_compare_downloads_as_word(browser, server, tmp_path, corpus):
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        page.goto(server + "/compare/")
        link = page.locator("#v2008-2022 a[data-download='docx']")
        expect(link).to_contain_text("Download as Word")
        name, data = _download(page, link, tmp_path)
        assert name == "protocol-2008-to-2022.docx"
        assert words(data, "accept") == version_words(version_data(corpus.get("2022")))
    finally:
        context.close()


def test_compare_prints_on_a4_with_legend_and_clause_numbers_and_no_controls(page, server):
    page.set_viewport_size({"width": A4_WIDTH, "height": 1000})
    page.goto(server + "/compare/")
    page.emulate_media(media="print")
    expect(page.locator(".compare > .diff-legend")).to_be_visible()
    expect(page.locator("#v2008-2022 .diff-heading .diff-id").first).to_be_visible()
    for control in ("#v2008-2022 .diff-toggle", ".compare-download", "form[data-compare-form]",
                    "#any-two", ".md-header", ".md-sidebar--primary"):
        expect(page.locator(control).first).to_be_hidden()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= A4_WIDTH
    assert page.pdf(format="A4").startswith(b"%PDF")
