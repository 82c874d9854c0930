"""The "A councillor asks me to act outside policy, or to change my advice or report" guide for
officers (2022 2.3, 2.4, 3.3, 4.2, 8.2, 8.5; 2008 clauses 12, 13)."""
from __future__ import annotations

from guides.officer_outside_policy import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

SITUATIONS = [
    ("A councillor wants me to waive the parking policy for a resident it plainly doesn't cover",
     {"asked": "outside-policy"},
     "not-outside-policy", {"2.3"}),
    ("A councillor told me to approve a grant my delegation doesn't let me approve",
     {"asked": "beyond-authority"},
     "not-beyond-authority", {"8.5", "2.4"}),
    ("A councillor wants my briefing note to recommend the option her group prefers",
     {"asked": "change-advice"},
     "your-professional-judgement", {"3.3", "4.2"}),
    ("The committee Chairman wants my report on the depot closure pulled from the agenda",
     {"asked": "change-report", "chairman": "yes"},
     "chairman-and-report", {"8.2"}),
    ("A ward councillor wants me to soften the conclusions of my report",
     {"asked": "change-report", "chairman": "no"},
     "your-report", {"8.2", "3.3"}),
    ("Someone on the committee wants my report changed; I'm not sure if he's the Chairman",
     {"asked": "change-report", "chairman": "dont-know"},
     "your-report", {"8.2"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


def test_only_chairman_issues_are_referred_to_the_chief_executive():
    # 8.2: "Any issues arising between a Chairman and an Officer ... to the Chief Executive"
    chairman = outcome_for(GUIDE, {"asked": "change-report", "chairman": "yes"})
    assert "referred to the Chief Executive" in chairman.answer
    other = outcome_for(GUIDE, {"asked": "change-report", "chairman": "no"})
    assert "referred to the Chief Executive" not in other.answer
    assert "Chairman" in other.contact


def test_size_and_audience():
    assert GUIDE.audience == ("officer",)
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"chairman"}
