"""The "A councillor is pressuring, bullying or intimidating me" guide for officers (2022 2.2,
2.3, 12.2, 12.3; 2008 clause 2)."""
from __future__ import annotations

from guides.officer_pressured import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, outcome_text, situations

# -- Situations as an officer would put them ------------------------------------------------

SITUATIONS = [
    ("A councillor shouted at me in reception and said he'd have me sacked",
     {"what": "intimidation", "relationship": "no"},
     "what-you-can-expect", {"2.3", "12.3"}),
    ("A councillor emails me every evening demanding answers by the morning, and we no longer "
     "speak",
     {"what": "pressure", "relationship": "yes"},
     "conciliation-and-recourse", {"2.3", "12.2"}),
    ("After months of this, my working relationship with the ward councillor has broken down",
     {"what": "intimidation", "relationship": "yes"},
     "conciliation-and-recourse", {"12.2", "12.3"}),
    ("A councillor keeps hinting I should grant his neighbour's licence, or he'll remember it",
     {"what": "influence"},
     "no-undue-influence", {"4.2", "2.3"}),
    ("I'm a junior officer and a councillor keeps asking me for figures I'm not sure I should "
     "give",
     {"what": "unsure"},
     "reasonable-requests", {"2.3"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_the_grievance_route_and_the_upheld_referral_are_the_officers():
    # 12.2: "Officers will also have recourse to the Grievance Procedure or to the Council's
    # Monitoring Officer ... In the event of a grievance or complaint being upheld ..."
    outcome = outcome_for(GUIDE, {"what": "pressure", "relationship": "yes"})
    words = outcome_text(outcome)
    assert "Grievance Procedure" in words and "Monitoring Officer" in words
    assert "referred to the Chief Executive" in words
    assert outcome.contacts == ("monitoring-officer",)


def test_the_informal_route_is_tied_to_a_strained_relationship():
    # 12.2: "where the relationship ... breaks down or becomes strained"
    outcome = outcome_for(GUIDE, {"what": "intimidation", "relationship": "no"})
    informal = [s for s in outcome.next_steps if "informally" in s]
    assert informal and all(s.startswith("If the relationship breaks down") for s in informal)


def test_reasonable_requests_are_not_defined_beyond_what_2_3_says():
    outcome = outcome_for(GUIDE, {"what": "unsure"})
    assert outcome.answer.startswith("The protocol does not list what is reasonable")
    assert "seniority" in outcome.answer and "vulnerability" in outcome.answer


def test_size_audience_and_earlier():
    assert GUIDE.audience == ("officer",)
    assert len(GUIDE.questions) == 2 and len(GUIDE.outcomes) == 4
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "2"),) and "(clause 2)" in outcome.earlier
