"""The "I have a close relationship with a councillor" guide for officers (2022 1.4, 1.5, 2.1,
3.3, 3.4, 8.1; 2008 clauses 1, 12)."""
from __future__ import annotations

from guides.officer_close_relationship import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

SITUATIONS = [
    ("My sister-in-law was elected as a councillor for the ward I work in",
     {"kind": "personal"},
     "personal-familiarity", {"2.1", "1.4"}),
    ("I've supported the same committee Chairman for six years and we talk most days",
     {"kind": "working"},
     "close-working", {"8.1"}),
    ("A councillor I work with a lot has become a friend; I'm not sure where that leaves me",
     {"kind": "dont-know"},
     "both-kinds", {"2.1", "8.1"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


def test_no_declaration_rule_is_invented():
    # 2.1 says familiarity "can damage"; it sets no rule to declare it
    outcome = outcome_for(GUIDE, {"kind": "personal"})
    assert any("does not say whether or to whom" in s for s in outcome.next_steps)
    assert "can damage" in outcome.answer


def test_size_audience_and_earlier():
    assert GUIDE.audience == ("officer",)
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "1"), ("2008", "12"))
