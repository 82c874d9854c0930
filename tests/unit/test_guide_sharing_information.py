"""The "Using information I have been given: can I share it?" guide (2022 7.9-7.11; 2008
clause 11)."""
from __future__ import annotations

from guides.sharing_information import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, outcome_text, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("A constituent wants to know what the officer told me about her housing repair",
     {"purpose": "duties", "confidential": "no"},
     "yes-for-duties", {"7.9"}),
    ("I want to show residents the report on the depot sale; it's marked confidential",
     {"purpose": "duties", "confidential": "marked"},
     "do-not-disclose", {"7.10"}),
    ("The enforcement officer's email about my neighbour's extension isn't marked, but I think "
     "it's confidential; can I forward it to the complainant?",
     {"purpose": "duties", "confidential": "believed"},
     "do-not-disclose", {"7.10", "9.3"}),
    ("An officer briefed me on the school reorganisation options, and parents are asking me; "
     "I'm not sure if it's confidential",
     {"purpose": "duties", "confidential": "dont-know"},
     "find-out-first", {"7.10", "7.1"}),
    ("I want to use the ward crime figures officers gave me in my party's election leaflet",
     {"purpose": "other"},
     "not-for-other-purposes", {"7.9"}),
    ("Can I tell my brother-in-law, a builder, about the repairs contract officers briefed me "
     "on?",
     {"purpose": "other"},
     "not-for-other-purposes", {"7.9", "2.3"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_believing_it_is_confidential_is_enough():
    # 7.10: "confidential information or information which he or she believes to be of a
    # confidential nature"
    for confidential in ("marked", "believed"):
        answers = {"purpose": "duties", "confidential": confidential}
        assert outcome_for(GUIDE, answers).id == "do-not-disclose"
    assert "believe to be confidential" in GUIDE.outcome("do-not-disclose").answer


def test_any_other_purpose_is_refused_whatever_the_information():
    # 7.9: "must only be used by the Member for the purpose for which it was provided"
    state = GUIDE.step({"purpose": "other"})
    assert state.outcome.id == "not-for-other-purposes"
    assert "confidential" not in dict(state.path)
    for answers, outcome_id in GUIDE.paths():
        if outcome_id == "yes-for-duties":
            assert answers == {"purpose": "duties", "confidential": "no"}


def test_every_outcome_keeps_the_purpose_limit_and_the_confidentiality_rule():
    for outcome in GUIDE.outcomes:
        # 7.9 and 7.10 apply to all council information, whatever the answers
        assert {("2022", "7.9"), ("2022", "7.10")} <= set(outcome.cites), outcome.id
        text = outcome_text(outcome)
        assert "section 14 of the Constitution" in text, outcome.id


def test_changing_the_purpose_drops_the_confidentiality_answer():
    answers = {"purpose": "duties", "confidential": "no"}
    assert GUIDE.answer(answers, "purpose", "other") == {"purpose": "other"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"confidential"}


def test_the_not_for_publication_rule_is_shown_as_2008_only():
    # 2008 clause 11 has no equivalent in 2022 section 7
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "11"),), outcome.id
        assert "Not for Publication" in outcome.earlier and "(clause 11)" in outcome.earlier
