"""The guides index: "I am a councillor" / "I am an officer" shows that list alone, by keyboard
and without JavaScript, at phone and desktop widths; every guide page says who it is for."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

import guides

pytestmark = pytest.mark.browser

OFFICER_ONLY = next(g for g in guides.all_guides() if g.audience == ("officer",))
MEMBER_ONLY = next(g for g in guides.all_guides() if g.audience == ("member",))
BOTH = next(g for g in guides.all_guides() if set(g.audience) == {"member", "officer"})


def _link(page, guide):
    return page.locator(f'.guides-by-audience a[href="/guides/{guide.id}/"]:visible')


def _choose_by_keyboard(page, name: str) -> None:
    page.get_by_role("link", name=name, exact=True).focus()
    page.keyboard.press("Enter")


@pytest.mark.parametrize("width", [390, 1280])
def test_choosing_officer_then_councillor_by_keyboard(page, server, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{server}/guides/")
    # No choice yet: both lists
    expect(page.locator("#for-councillors")).to_be_visible()
    expect(page.locator("#for-officers")).to_be_visible()
    _choose_by_keyboard(page, "I am an officer")
    expect(page).to_have_url(f"{server}/guides/#for-officers")
    expect(page.locator("#for-councillors")).to_be_hidden()
    expect(_link(page, OFFICER_ONLY)).to_have_count(1)
    expect(_link(page, BOTH)).to_have_count(1)
    expect(_link(page, MEMBER_ONLY)).to_have_count(0)
    expect(page.locator("#for-officers h2")).to_be_in_viewport()
    _choose_by_keyboard(page, "I am a councillor")
    expect(page.locator("#for-officers")).to_be_hidden()
    expect(_link(page, MEMBER_ONLY)).to_have_count(1)
    expect(_link(page, BOTH)).to_have_count(1)
    expect(_link(page, OFFICER_ONLY)).to_have_count(0)
    _choose_by_keyboard(page, "Show every guide")
    expect(page.locator("#for-officers")).to_be_visible()
    expect(page.locator("#for-councillors")).to_be_visible()
    # The choices sit side by side or wrap, never off screen
    for name in ("I am a councillor", "I am an officer"):
        box = page.get_by_role("link", name=name, exact=True).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width


def test_choosing_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/guides/")
    page.get_by_role("link", name="I am an officer", exact=True).click()
    expect(page.locator("#for-councillors")).to_be_hidden()
    expect(_link(page, OFFICER_ONLY)).to_have_count(1)
    _link(page, OFFICER_ONLY).click()
    expect(page.locator(".guide-audience")).to_have_text("This guide is for officers.")
    context.close()


def test_every_guide_page_says_who_it_is_for(page, server):
    for guide, who in ((MEMBER_ONLY, "councillors"), (BOTH, "councillors and officers")):
        page.goto(f"{server}/guides/{guide.id}/")
        expect(page.locator(".guide-audience")).to_have_text(f"This guide is for {who}.")
        expect(page.locator(".review-note")).to_contain_text("against the 2022 version")
