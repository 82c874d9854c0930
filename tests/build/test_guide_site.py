"""What the build makes of the guides: open data and the no-JavaScript step pages derived from
the same Python. The decision table, the command line and the check are in
tests/unit/test_guide_cli.py."""
from __future__ import annotations

import json

import pytest

import guides
from protocol.site.guides import step_url


def test_guides_json_lists_every_guide_with_its_outcomes_and_citations(site_dir):
    data = json.loads((site_dir / "api" / "guides.json").read_text(encoding="utf-8"))
    assert [g["id"] for g in data] == [g.id for g in guides.all_guides()]
    for entry in data:
        guide = guides.get(entry["id"])
        assert entry["title"] == guide.title
        assert entry["url"] == f"/guides/{guide.id}/"
        assert entry["questions"] == len(guide.questions)
        assert [o["id"] for o in entry["outcomes"]] == [o.id for o in guide.outcomes]
        for outcome, expected in zip(entry["outcomes"], guide.outcomes):
            assert outcome["cites"] == [{"version": v, "clause": c} for v, c in expected.cites]


@pytest.mark.parametrize("guide", guides.all_guides(), ids=lambda g: g.id)
def test_every_reachable_state_has_a_no_javascript_page(site_dir, guide):
    for state in guide.states():
        page = site_dir / step_url(guide, state.path).lstrip("/") / "index.html"
        html = page.read_text(encoding="utf-8")
        if state.question:
            assert f'data-question="{state.question.id}"' in html
            for option in state.question.options:
                assert f'href="{step_url(guide, (*state.path, (state.question.id, option.id)))}"' in html
        else:
            assert f'data-outcome="{state.outcome.id}"' in html


def test_only_pages_with_a_flowchart_load_its_styles(site_dir):
    """Page weight: flowchart.css comes with the chart, so a version page does not fetch it."""
    link = 'href="/assets/css/flowchart.css"'
    assert link in (site_dir / "guides" / "press" / "index.html").read_text(encoding="utf-8")
    step = next((site_dir / "guides" / "press" / "step").rglob("index.html"))
    assert link in step.read_text(encoding="utf-8")
    for page in ("protocol/2022", "glossary", "training", "compare"):
        assert link not in (site_dir / page / "index.html").read_text(encoding="utf-8"), page
