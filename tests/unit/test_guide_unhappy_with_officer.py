"""The "I'm unhappy with an officer" guide (2022 3.7, 12.1-12.3; 2008 clauses 1, 2)."""
from __future__ import annotations

import pytest

from guides.unhappy_with_officer import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, outcome_text, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("The planning officer on my ward case hasn't answered three emails in a month; I want to "
     "raise it properly",
     {"who": "officer", "how": "private", "serious": "no"},
     "raise-with-clt-member", {"3.7", "12.1"}),
    ("A housing officer was rude to a vulnerable constituent in front of me and I think it's "
     "serious",
     {"who": "officer", "how": "private", "serious": "yes"},
     "inform-chief-executive", {"3.7", "12.1"}),
    ("The Director of Environment keeps overruling what my committee asked for",
     {"who": "clt-member", "how": "undecided"},
     "raise-with-chief-executive", {"12.1"}),
    ("I'm unhappy with how the Chief Executive handled a complaint I made",
     {"who": "chief-executive", "how": "private"},
     "raise-with-monitoring-officer", {"12.1"}),
    ("I want to say at full Council that the parks team has let my ward down",
     {"who": "officer", "how": "public"},
     "criticise-in-private", {"3.7"}),
    ("Someone in the regeneration team misled residents, but I don't know how senior they are",
     {"who": "dont-know", "how": "undecided"},
     "depends-on-who", {"3.7", "12.1"}),
    ("The licensing officer got a decision badly wrong; I can't tell if it counts as serious",
     {"who": "officer", "how": "undecided", "serious": "dont-know"},
     "raise-with-clt-member", {"3.7", "12.1"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

@pytest.mark.parametrize("answers, contact", [
    ({"who": "officer", "how": "private", "serious": "no"}, "The appropriate CLT member"),
    ({"who": "clt-member", "how": "private"}, "The Chief Executive"),
    ({"who": "chief-executive", "how": "private"}, "The Monitoring Officer"),
])
def test_who_the_officer_is_decides_whom_to_raise_it_with(answers, contact):
    # 12.1: any officer -> the appropriate CLT member; a CLT member -> the Chief Executive;
    # the Chief Executive -> the Monitoring Officer
    outcome = outcome_for(GUIDE, answers)
    assert outcome.contact.startswith(contact)
    assert ("2022", "12.1") in outcome.cites


def test_criticism_in_public_never_gets_a_route_without_the_warning():
    # 3.7: "ensure that any criticism is made in private"
    for answers, outcome_id in GUIDE.paths():
        assert (outcome_id == "criticise-in-private") == (answers["how"] == "public")


def test_only_a_particularly_serious_matter_adds_the_chief_executive():
    # 3.7, last bullet: "If the matter is of a particularly serious nature to inform the Chief
    # Executive"
    for answers, outcome_id in GUIDE.paths():
        if answers.get("serious") == "yes":
            assert outcome_id == "inform-chief-executive"
        if outcome_id == "inform-chief-executive":
            assert answers["serious"] == "yes"
    unsure = outcome_for(GUIDE, {"who": "officer", "how": "private", "serious": "dont-know"})
    assert any("particularly serious" in s for s in unsure.next_steps)


def test_seriousness_is_asked_only_where_it_changes_whom_to_tell():
    # For a CLT member the Chief Executive hears of it anyway (12.1); for the Chief Executive
    # it goes to the Monitoring Officer (12.1).
    for answers, _ in GUIDE.paths():
        asked = answers["who"] == "officer" and answers["how"] != "public"
        assert ("serious" in answers) == asked


def test_every_outcome_reminds_the_member_of_the_conduct_3_7_asks_for():
    for outcome in GUIDE.outcomes:
        assert ("2022", "3.7") in outcome.cites, outcome.id
        assert any("personal attacks" in s for s in outcome.next_steps), outcome.id
        assert ("2022", "12.3") in outcome.cites, outcome.id   # may breach the Members' Code


def test_changing_who_keeps_the_answers_that_still_apply():
    answers = {"who": "officer", "how": "private", "serious": "yes"}
    assert GUIDE.answer(answers, "who", "clt-member") == {"who": "clt-member", "how": "private"}
    state = GUIDE.step({"who": "chief-executive", "how": "private", "serious": "yes"})
    assert state.dropped == [("serious", "yes")]


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"who", "serious"}


def test_earlier_texts_cite_the_2008_respect_clauses():
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "1"), ("2008", "2")), outcome.id
        for _, clause in outcome.earlier_cites:
            assert f"(clause {clause})" in outcome.earlier


def test_the_grievance_route_is_not_offered_as_a_members_next_step():
    # 12.2: "Officers will also have recourse to the Grievance Procedure ... In the event of a
    # grievance or complaint being upheld ..." is the officers' route, not a member's.
    for outcome in GUIDE.outcomes:
        words = outcome_text(outcome).lower()
        assert "upheld" not in words and "grievance" not in words, outcome.id
