"""Each guide and training module records its review, and `protocol check` warns when the
version it was reviewed against is no longer current."""
from __future__ import annotations

import pytest

import guides
import training
from protocol.authoring import Review, review_problems
from protocol.checks import check
from tests.support.editing import edit


_REVIEW = 'review=Review(date="2026-12-01", role="Site editor", version="2022")'


def test_every_guide_and_module_records_a_review_against_the_current_version(corpus):
    for item in (*guides.all_guides(), *training.all_modules()):
        assert isinstance(item.review, Review), item.id
        assert item.review.role and item.review.version == corpus.current.id, item.id


def test_a_review_against_an_older_version_is_a_warning(project):
    line = edit(project / "guides" / "press.py", _REVIEW, _REVIEW.replace('"2022"', '"2008"'))
    found = [str(p) for p in check(project) if p.path == "guides/press.py"]
    assert found == [f"guides/press.py:{line}: warning: guide 'press' was reviewed against the "
                     "2008 version, which is no longer current (2022 is): review it again"]


def test_a_new_version_makes_every_review_out_of_date(project):
    text = (project / "docs/protocol/2022.md").read_text(encoding="utf-8")
    (project / "docs/protocol/2030.md").write_text(
        text.replace('id: "2022"', 'id: "2030"').replace('date: "2022-01-04"', 'date: "2030-01-04"'),
        encoding="utf-8")
    warned = {p.path for p in check(project) if p.warning and "no longer current" in p.message}
    assert {f"guides/{g.file.split('/')[-1]}" for g in guides.all_guides()} <= warned
    assert {f"training/{m.file.split('/')[-1]}" for m in training.all_modules()} <= warned


def test_a_review_against_an_unknown_version_is_an_error(project):
    line = edit(project / "training" / "roles.py", _REVIEW, _REVIEW.replace('"2022"', '"2099"'))
    errors = [str(p) for p in check(project) if not p.warning]
    assert errors == [f"training/roles.py:{line}: module 'roles' was reviewed against version "
                      "'2099', which does not exist (known: 2008, 2022)"]


def test_a_missing_review_is_an_error(project):
    path = project / "guides" / "press.py"
    edit(path, "    " + _REVIEW + ",\n", "")
    line = next(n for n, l in enumerate(path.read_text().splitlines(), 1)
                if l.startswith("GUIDE = Guide("))
    errors = [str(p) for p in check(project) if not p.warning]
    assert errors == [f"guides/press.py:{line}: guide 'press' records no review: add "
                      "review=Review(date=..., role=..., version=...)"]


@pytest.mark.parametrize("review, message", [
    (Review(date="2026-02-30", role="Monitoring Officer", version="2022"),
     "review date '2026-02-30' must be a real ISO date (YYYY-MM-DD)"),
    (Review(date="1 Dec 2026", role="Monitoring Officer", version="2022"),
     "review date '1 Dec 2026' must be a real ISO date (YYYY-MM-DD)"),
    (Review(date="2026-12-01", role=" ", version="2022"), "review names no role"),
])
def test_malformed_reviews(review, message):
    item = type("Item", (), {"id": "x", "file": "f.py", "line": 1, "review": review})()
    assert [p.message for p in review_problems(item, "guide")] == [message]
