"""Between them the guides rest on every section 2-12 of the current protocol; each guide is
sound and replays every path (the guides index: tests/build/test_guides_index.py)."""
from __future__ import annotations

import pytest

import guides
from protocol import load_corpus
from tests.support.guidehelpers import clause_exists


def test_guides_cite_every_section_1_to_12_of_2022(root):
    corpus = load_corpus(root)
    cited = {corpus.clause(v, c).section for g in guides.all_guides() for o in g.outcomes
             for v, c in o.cites if v == "2022"}
    assert {str(n) for n in range(1, 13)} <= cited


def test_sections_1_to_4_and_12_are_each_a_main_citation_of_some_outcome(root):
    # The main citation is an outcome's first: what the answer rests on, not a side note.
    corpus = load_corpus(root)
    main = {corpus.clause(*o.cites[0]).section for g in guides.all_guides() for o in g.outcomes
            if o.cites[0][0] == "2022"}
    assert {"1", "2", "3", "4", "12"} <= main


def test_at_least_five_guides_for_officers():
    officers = [g for g in guides.all_guides() if "officer" in g.audience]
    assert len([g for g in officers if g.audience == ("officer",)]) >= 5
    assert any(set(g.audience) == {"member", "officer"} for g in guides.all_guides())


def test_at_least_twelve_guides_each_with_a_title_and_summary():
    found = guides.all_guides()
    assert len(found) >= 17
    assert len({g.id for g in found}) == len(found)
    for guide in found:
        assert guide.title and guide.summary and guide.audience and set(guide.audience) <= {"member", "officer"}


@pytest.mark.parametrize("guide", guides.all_guides(), ids=lambda g: g.id)
def test_the_guide_is_sound_and_every_citation_exists(guide):
    assert [str(p) for p in guides.validate(guide, clause_exists)] == []


@pytest.mark.parametrize("guide", guides.all_guides(), ids=lambda g: g.id)
def test_every_path_replays_to_its_outcome_and_through_its_url(guide):
    paths = guide.paths()
    assert {outcome_id for _, outcome_id in paths} == {o.id for o in guide.outcomes}
    for answers, outcome_id in paths:
        assert guide.step(answers).outcome.id == outcome_id
        assert guide.from_query(guide.to_query(answers)) == answers
