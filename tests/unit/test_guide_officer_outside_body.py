"""The "I have been appointed to an outside body" guide for officers (2022 3.6)."""
from __future__ import annotations

from guides.officer_outside_body import GUIDE
from tests.support.guidehelpers import assert_situation, situations

SITUATIONS = [
    ("I've been nominated to the regional flood partnership to speak for the Council",
     {"capacity": "represent"},
     "representing-the-council", {"3.6", "3.4"}),
    ("I've been asked to join a national housing panel because of my expertise",
     {"capacity": "personal"},
     "personal-capacity", {"3.6"}),
    ("I've been put on the board of the local arts trust, but nobody said in what role",
     {"capacity": "dont-know"},
     "find-out-capacity", {"3.6"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


def test_every_outcome_rests_on_3_6_and_invents_no_rules():
    for outcome in GUIDE.outcomes:
        assert outcome.cites[0] == ("2022", "3.6")
        assert any("says no more about outside bodies" in s for s in outcome.next_steps)


def test_audience():
    assert GUIDE.audience == ("officer",)
