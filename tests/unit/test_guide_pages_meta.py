"""Every guide page says who the guide is for, and every guide and training page shows its
review (date, role, version reviewed against)."""
from __future__ import annotations

import re

import pytest

import guides
import training
from protocol.authoring import Review
from protocol.site.guides import guide_widget, static_step
from protocol.site.training import quiz_widget


def _text(html: str, cls: str) -> str:
    match = re.search(rf'<p class="{cls}"[^>]*>(.*?)</p>', str(html))
    return re.sub(r"<[^>]+>", "", match.group(1)) if match else ""


@pytest.mark.parametrize("guide", guides.all_guides(), ids=lambda g: g.id)
def test_each_guide_page_says_who_it_is_for_and_when_it_was_reviewed(guide, corpus):
    expected = {("member",): "councillors", ("officer",): "officers"}.get(
        guide.audience, "councillors and officers")
    for html in (guide_widget(guide, corpus), static_step(guide, corpus, [])):
        assert _text(html, "guide-audience") == f"This guide is for {expected}."
        assert _text(html, "review-note") == (
            f"Reviewed on 1 December 2026 by the {guide.review.role}, against the 2022 version "
            "of the protocol.")


@pytest.mark.parametrize("module", training.all_modules(), ids=lambda m: m.id)
def test_each_training_page_shows_its_review(module, corpus):
    html = quiz_widget(module, corpus, training.all_modules())
    assert _text(html, "review-note").startswith(
        f"Reviewed on 1 December 2026 by the {module.review.role}, against the 2022 version")


def test_a_review_against_an_older_version_says_so_on_the_page(corpus):
    from dataclasses import replace
    old = replace(guides.get("press"), review=Review("2010-01-05", "Monitoring Officer", "2008"))
    assert _text(guide_widget(old, corpus), "review-note") == (
        "Reviewed on 5 January 2010 by the Monitoring Officer, against the 2008 version of the "
        "protocol (not the current version: this page may not match the current text).")
