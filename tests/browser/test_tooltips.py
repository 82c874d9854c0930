"""Glossary terms and clause links carry their text (README, "Citing a clause": "its text on
hover and focus") without costing anything while the page loads (assets/js/tips.mjs): the
browser's own tooltip and the link's accessible description come from its title; a keyboard
user gets the same text in a tooltip while the link has focus, made only then."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _tab_to(page, selector: str, limit: int = 200) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("width", [390, 1280])
def test_a_clause_link_shows_its_text_on_keyboard_focus(page, server, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{server}/training/respect/")
    tooltips = page.get_by_role("tooltip")
    expect(tooltips).to_have_count(0)  # nothing is made before a reader uses it
    _tab_to(page, "a.clause-ref")
    link = page.locator("a.clause-ref:focus")
    text = link.get_attribute("title")
    assert text and len(text) > 40
    tip = page.get_by_role("tooltip")
    expect(tip).to_be_visible()
    expect(tip).to_have_text(text)
    expect(link).to_have_accessible_description(text)
    # Below the link, inside the page's width.
    box, link_box = tip.bounding_box(), link.bounding_box()
    assert box["y"] >= link_box["y"] + link_box["height"] - 1
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    page.keyboard.press("Escape")  # dismissible without moving focus (WCAG 1.4.13)
    expect(tip).to_be_hidden()
    expect(link).to_be_focused()
    page.keyboard.press("Tab")  # the next link, if it is one, brings the tooltip back: its own text
    following = page.locator(":focus")
    if page.evaluate("() => document.activeElement.matches('a.clause-ref, a.term')"):
        expect(tip).to_have_text(following.get_attribute("title"))
        _tab_to(page, ":not(a.clause-ref):not(a.term)")
    expect(tip).to_be_hidden()
    assert page.log.errors == []


def test_a_glossary_term_describes_itself_and_its_tooltip_follows_focus(page, server):
    page.goto(f"{server}/protocol/2022/")
    term = page.locator("#c7-1 a.term", has_text="CLT")
    expect(term).to_have_accessible_description(re.compile("Corporate Leadership Team"))
    term.focus()
    expect(page.get_by_role("tooltip")).to_contain_text("Corporate Leadership Team")
    expect(page.locator("[role=tooltip]")).to_have_count(1)
