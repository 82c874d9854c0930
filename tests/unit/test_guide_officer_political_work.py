"""The "A councillor asks me to do party political or campaigning work" guide for officers
(2022 2.4, 3.3, 3.5, 5.1, 5.3.1, 6.1; 2008 clauses 6, 13)."""
from __future__ import annotations

from guides.officer_political_work import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

SITUATIONS = [
    ("A councillor wants me to draft the housing section of her party's manifesto",
     {"asked": "party-work"},
     "right-not-to-support", {"2.4", "3.5"}),
    ("A councillor I get on with asked if I'd deliver his election leaflets at the weekend",
     {"asked": "own-time"},
     "own-time", {"2.4", "3.5"}),
    ("A councillor asked me to run off 500 copies of a campaign flyer on the office printer",
     {"asked": "services"},
     "not-support-services", {"6.1"}),
    ("The opposition group wants me to brief them on the budget before full Council",
     {"asked": "group-briefing"},
     "council-business-only", {"5.1", "5.3.1"}),
    ("A councillor wants a summary of our recycling figures; she may use it in a newsletter",
     {"asked": "dont-know"},
     "where-the-line-is", {"2.4", "3.1"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


def test_own_time_is_not_answered_beyond_the_text():
    # Neither 2.4 nor 3.5 mentions an officer's own time
    outcome = outcome_for(GUIDE, {"asked": "own-time"})
    assert outcome.title == "The protocol does not mention your own time"
    assert outcome.cites[0] == ("2022", "1.3")  # "may not cover all situations"
    assert any("does not say what that limitation covers" in s for s in outcome.next_steps)


def test_a_party_group_may_be_briefed_on_council_business_only():
    outcome = outcome_for(GUIDE, {"asked": "group-briefing"})
    assert "must not be involved in advising on party business" in outcome.answer
    assert outcome.contacts == ("chief-executive",)


def test_size_audience_and_earlier():
    assert GUIDE.audience == ("officer",)
    assert len(GUIDE.outcomes) == 5
    for outcome in GUIDE.outcomes:
        assert {c for _, c in outcome.earlier_cites} == {"6", "13"}
