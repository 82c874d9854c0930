"""The "Who may be copied into my correspondence?" guide (2022 section 9; 2008 clause 11)."""
from __future__ import annotations

from guides.correspondence import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, outcome_text, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("My ward casework email to the planning officer was copied to the other ward councillor "
     "without telling me",
     {"topic": "copying", "copied": "not-told"},
     "no-silent-copies", {"9.1", "12.1"}),
    ("The highways officer's reply to me ended 'cc Councillor Patel'",
     {"topic": "copying", "copied": "told"},
     "not-normally-copied", {"9.1"}),
    ("Can the housing officer copy my emails about a tenant to the Cabinet member?",
     {"topic": "copying", "copied": "not-yet"},
     "not-normally-copied", {"9.1"}),
    ("As Cabinet member I want the letter telling the contractor to start the works to go out "
     "over my name",
     {"topic": "whose-name", "letter-does": "obligation"},
     "never-member-name", {"9.2"}),
    ("The Leader wants to sign the Council's letter to the Secretary of State about the "
     "hospital closure",
     {"topic": "whose-name", "letter-does": "representations"},
     "member-name-exception", {"9.2"}),
    ("Who should sign the reply to a resident's question about bin collections?",
     {"topic": "whose-name", "letter-does": "other"},
     "officer-name", {"9.2"}),
    ("The enforcement officer's email to me about my neighbour's extension is marked "
     "confidential; can I forward it to the resident who complained?",
     {"topic": "passing-on", "marked": "yes"},
     "not-to-complainants", {"9.3"}),
    ("I want to send the complainant the licensing officer's update, but I can't see whether "
     "it's marked confidential",
     {"topic": "passing-on", "marked": "dont-know"},
     "not-to-complainants", {"9.3"}),
    ("The environmental health officer's letter about the noisy pub isn't marked confidential; "
     "can the complainant have it?",
     {"topic": "passing-on", "marked": "no"},
     "not-marked", {"9.3", "7.9", "7.10"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_only_an_untold_copy_is_a_silent_copy():
    # 9.1: "this should be made clear to the original Member ... 'silent copies' should not be
    # employed"
    for answers, outcome_id in GUIDE.paths():
        if answers["topic"] == "copying":
            silent = answers["copied"] == "not-told"
            assert (outcome_id == "no-silent-copies") == silent


def test_the_cc_rule_for_bcc_is_always_given_with_9_1():
    for outcome in GUIDE.outcomes:
        if ("2022", "9.1") in outcome.cites:
            assert any("cc Councillor x" in s for s in outcome.next_steps), outcome.id


def test_obligations_and_instructions_never_go_out_in_a_members_name():
    # 9.2, last sentence
    assert outcome_for(GUIDE, {"topic": "whose-name", "letter-does": "obligation"}).id == \
        "never-member-name"
    for outcome_id in ("officer-name", "member-name-exception"):
        assert any("never be sent out in the name of a member" in s
                   for s in GUIDE.outcome(outcome_id).next_steps)


def test_a_members_name_is_the_exception_not_the_norm():
    # 9.2: "this should be the exception rather than the norm"
    for letter_does in ("other", "dont-know"):
        answers = {"topic": "whose-name", "letter-does": letter_does}
        assert outcome_for(GUIDE, answers).id == "officer-name"


def test_the_regulatory_rule_turns_on_the_confidential_marking():
    # 9.3: "if they are marked 'confidential'"
    for marked, outcome_id in (("yes", "not-to-complainants"), ("dont-know", "not-to-complainants"),
                               ("no", "not-marked")):
        assert outcome_for(GUIDE, {"topic": "passing-on", "marked": marked}).id == outcome_id
    # Unmarked is not a free pass: 7.9 and 7.10 still apply.
    assert {("2022", "7.9"), ("2022", "7.10")} <= set(GUIDE.outcome("not-marked").cites)


def test_changing_the_topic_drops_the_other_branch():
    answers = {"topic": "copying", "copied": "not-told"}
    assert GUIDE.answer(answers, "topic", "passing-on") == {"topic": "passing-on"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    dont_know = {q.id for q in GUIDE.questions if q.option("dont-know")}
    assert dont_know == {"copied", "letter-does", "marked"}


def test_only_the_confidential_outcomes_compare_with_2008():
    # 2008 had no correspondence rules; its clause 11 ("Not for Publication") is the nearest.
    for outcome in GUIDE.outcomes:
        if ("2022", "9.3") in outcome.cites:
            assert outcome.earlier_cites == (("2008", "11"),)
            assert "(clause 11)" in outcome.earlier
        else:
            assert not outcome.earlier and not outcome.earlier_cites, outcome.id


def test_a_member_is_not_told_to_send_a_letter_over_an_officers_name():
    # 9.2: only the officer can send a letter over the officer's own name
    outcome = GUIDE.outcome("never-member-name")
    words = outcome_text(outcome)
    assert "Send it over" not in words
    assert "should normally be sent out over the name of the appropriate officer" in words
