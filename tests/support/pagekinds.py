"""One page of each kind the site has, as a person first sees it: the layout tests and
``make screenshots`` both visit these, so what a reviewer looks at is what the tests check.

    PAGE_KINDS      {name: path}: the path is root-relative (a guide at an outcome has its answers
                    in the query string)
    SIZES           phone and desktop viewports
"""
from __future__ import annotations

import guides

__all__ = ["PAGE_KINDS", "SIZES", "guide_outcome_path"]

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def guide_outcome_path(guide_id: str) -> str:
    """The guide's address at the outcome reached along its first path."""
    guide = guides.get(guide_id)
    answers, _outcome = guide.paths()[0]
    return f"/guides/{guide_id}/{guide.to_query(answers)}"


def _first_step_page(guide_id: str) -> str:
    guide = guides.get(guide_id)
    first = guide.questions[0]
    return f"/guides/{guide_id}/step/{first.id}={first.options[0].id}/"


GUIDE = "inspect-documents"
PAGE_KINDS = {
    "home": "/",
    "version": "/protocol/2022/",
    "glossary": "/glossary/",
    "guides-index": "/guides/",
    "guide-question": f"/guides/{GUIDE}/",
    "guide-outcome": guide_outcome_path(GUIDE),
    "guide-nojs-step": _first_step_page(GUIDE),
    "training-index": "/training/",
    "training-module": "/training/respect/",
    "training-record": "/training/record/",
    "compare": "/compare/",
    "compare-draft": "/compare/draft/",
    "not-found": "/no-such-page/",
}
