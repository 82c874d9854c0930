"""A guide's question as a person sees it: each answer once, its radio beside its label, at phone
and desktop width; without JavaScript, the links instead of the radios."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

import guides

GUIDE = guides.get("inspect-documents")
QUESTION = GUIDE.questions[0]
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.mark.parametrize("size", list(SIZES))
def test_each_answer_shows_once_with_its_radio_beside_its_label(browser, server, size):
    context = browser.new_context(viewport=SIZES[size], service_workers="block")
    context.route("**/assets/pyodide/**", lambda route: route.abort())  # layout needs no Python
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{GUIDE.id}/")
        form = page.locator(f'form[data-question="{QUESTION.id}"]')
        expect(form.locator(".guide-choices")).to_be_hidden()
        for option in QUESTION.options:
            radio = form.get_by_role("radio", name=option.label, exact=True)
            expect(radio).to_be_visible()
            box, label = radio.bounding_box(), form.locator(
                f'label[for="{GUIDE.id}-{QUESTION.id}-{option.id}"]').bounding_box()
            assert box["y"] < label["y"] + label["height"] and label["y"] < box["y"] + box["height"], \
                f"{option.label!r}: the radio is not on its label's row"
            assert box["x"] + box["width"] <= label["x"], f"{option.label!r}: radio after label"
        assert page.evaluate("() => document.documentElement.scrollWidth") <= SIZES[size]["width"]
    finally:
        context.close()


def test_without_javascript_the_answers_are_links(browser, server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{GUIDE.id}/")
        form = page.locator(f'form[data-question="{QUESTION.id}"]')
        radios = form.locator("input[type=radio]")
        expect(radios).to_have_count(len(QUESTION.options))
        for radio in radios.all():
            expect(radio).to_be_hidden()
        links = form.locator(".guide-choices").get_by_role("link")
        expect(links).to_have_count(len(QUESTION.options))
        for link, option in zip(links.all(), QUESTION.options):
            expect(link).to_be_visible()
            expect(link).to_have_text(option.label)
    finally:
        context.close()


def test_arrow_keys_move_within_the_answers(browser, server):
    """GOV.UK radios: Tab reaches the group once; the arrow keys move between its answers."""
    context = browser.new_context(viewport=SIZES["phone"], service_workers="block")
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    try:
        page = context.new_page()
        page.goto(f"{server}/guides/{GUIDE.id}/")
        form = page.locator(f'form[data-question="{QUESTION.id}"]')
        first, second = (form.get_by_role("radio", name=o.label, exact=True)
                         for o in QUESTION.options[:2])
        first.focus()
        page.keyboard.press("ArrowDown")
        expect(second).to_be_focused()
        expect(second).to_be_checked()
        page.keyboard.press("ArrowUp")
        expect(first).to_be_checked()
    finally:
        context.close()
