"""The "Can officers brief our party group?" guide (2022 section 5; 2008 clauses 12, 13)."""
from __future__ import annotations

from guides.party_group_briefing import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_text, situations

# -- Situations as a member (or the officer asked) would put them ------------------------------

SITUATIONS = [
    ("Our group meets on Monday before Planning Committee; can the Head of Planning walk us "
     "through the Local Plan report?",
     {"topic": "council-business", "non-members": "no"},
     "yes-council-business", {"5.1", "5.2", "5.3.2", "5.3.3"}),
    ("We're in opposition: can we have the same budget briefing the ruling group got?",
     {"topic": "council-business", "non-members": "no"},
     "yes-council-business", {"5.2"}),
    ("Our group meeting does the budget first and then candidate selection for May",
     {"topic": "both", "non-members": "no"},
     "leave-for-party-business", {"5.3.1"}),
    ("Our constituency party chair and agent sit in on group meetings; the finance director "
     "is coming to talk about the budget",
     {"topic": "council-business", "non-members": "yes"},
     "special-care", {"5.4"}),
    ("The Director is briefing us, but I'm not sure who else the group secretary has invited",
     {"topic": "both", "non-members": "dont-know"},
     "special-care", {"5.4", "5.3.1"}),
    ("Could the communications officer help us plan our campaign for the by-election?",
     {"topic": "party-business"},
     "no-party-business", {"5.3.1"}),
    ("The group wants an officer's view on a motion we're drafting, and I can't tell whether "
     "that's council or party business",
     {"topic": "dont-know"},
     "ask-chief-executive", {"5.6"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_party_business_is_never_briefed():
    # 5.3.1: "Officers must not be involved in advising on matters of party business"
    for answers, outcome_id in GUIDE.paths():
        if answers["topic"] == "party-business":
            assert outcome_id == "no-party-business"
            assert "non-members" not in answers


def test_anyone_who_is_not_a_member_means_special_care():
    # 5.4: "whenever ... a party group meeting which includes persons who are not members"
    for answers, outcome_id in GUIDE.paths():
        if answers.get("non-members") in ("yes", "dont-know"):
            assert outcome_id == "special-care"
        if outcome_id == "special-care":
            assert answers["non-members"] != "no"


def test_every_briefing_outcome_states_the_limits_of_5_3():
    # 5.3: "Certain points must however be clearly understood by all those participating"
    for outcome_id in ("yes-council-business", "leave-for-party-business", "special-care"):
        outcome = GUIDE.outcome(outcome_id)
        for clause in ("5.3.1", "5.3.2", "5.3.3", "5.5"):
            assert ("2022", clause) in outcome.cites, (outcome_id, clause)


def test_difficulty_or_uncertainty_goes_to_the_chief_executive():
    # 5.6: raised with the Chief Executive, who discusses it with the relevant group leader(s)
    for outcome in GUIDE.outcomes:
        assert ("2022", "5.6") in outcome.cites, outcome.id
        assert outcome.contact.startswith("The Chief Executive"), outcome.id


def test_changing_the_topic_keeps_the_answers_that_still_apply():
    answers = {"topic": "council-business", "non-members": "no"}
    assert GUIDE.answer(answers, "topic", "both") == {"topic": "both", "non-members": "no"}
    assert GUIDE.answer(answers, "topic", "party-business") == {"topic": "party-business"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"topic", "non-members"}


def test_earlier_texts_say_2008_had_no_party_group_rules():
    for outcome in GUIDE.outcomes:
        assert "no rules on officer advice to party groups" in outcome.earlier, outcome.id
        assert {c for v, c in outcome.earlier_cites if v == "2008"} == {"12", "13"}
        for _, clause in outcome.earlier_cites:
            assert f"(clause {clause})" in outcome.earlier


def test_presence_at_party_business_is_put_as_5_3_1_puts_it():
    # 5.3.1: "will be assisted if Officers are not expected to be present", not a rule that
    # officers "should not be expected to be present"
    for outcome in GUIDE.outcomes:
        words = outcome_text(outcome)
        assert "should not be expected to" not in words, outcome.id
    words = " ".join(GUIDE.outcome("no-party-business").next_steps)
    assert "will be assisted if officers are not expected to be present" in words
