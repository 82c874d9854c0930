"""The "As a committee chair, can I change or stop an officer's report?" guide (2022 8.1, 8.2,
8.5, 3.3; 2008 clause 12)."""
from __future__ import annotations

from guides.chair_and_reports import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, outcome_text, situations

# -- Situations as a chair would put them --------------------------------------------------

SITUATIONS = [
    ("I chair Licensing and want taxi fares on next month's agenda",
     {"want": "agenda"},
     "consulted-on-agenda", {"8.2"}),
    ("I want the Planning report to say that I, as chair, support the application",
     {"want": "change", "change-what": "my-view"},
     "view-reported", {"3.3", "8.2"}),
    ("The Director recommends closing the day centre; I want the recommendation changed "
     "before it reaches my committee",
     {"want": "change", "change-what": "contents"},
     "officer-responsible", {"8.2", "3.3"}),
    ("The Monitoring Officer says she has to report the audit findings to my committee, and "
     "I want the item pulled",
     {"want": "stop", "duty": "yes"},
     "duty-to-report", {"8.2"}),
    ("I want the parks review held back to the autumn meeting; nothing obliges the officer to "
     "bring it now",
     {"want": "stop", "duty": "no"},
     "chief-executive-resolves", {"8.2"}),
    ("I'd like the fees report off the agenda, but I don't know whether the officer has to "
     "bring it",
     {"want": "stop", "duty": "dont-know"},
     "chief-executive-resolves", {"8.2"}),
    ("As chair I want the committee officer to draft a letter to residents for me",
     {"want": "other-help"},
     "within-authority", {"8.5"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_a_duty_to_report_is_never_overridden_by_the_chair():
    # 8.2: "in some situations an Officer will be under a duty to submit a report"
    assert outcome_for(GUIDE, {"want": "stop", "duty": "yes"}).id == "duty-to-report"
    for answers, outcome_id in GUIDE.paths():
        if outcome_id == "duty-to-report":
            assert answers["duty"] == "yes"


def test_the_officer_is_always_responsible_for_the_contents():
    # 8.2: "an Officer will always be fully responsible for the contents of any report"
    for change in ("my-view", "contents"):
        outcome = outcome_for(GUIDE, {"want": "change", "change-what": change})
        text = outcome_text(outcome)
        assert "fully responsible for the contents" in text
        assert ("2022", "8.2") in outcome.cites


def test_disagreements_about_the_agenda_or_a_report_go_to_the_chief_executive():
    # 8.2, last sentence: "referred to the Chief Executive for resolution"
    for answers, outcome_id in GUIDE.paths():
        outcome = GUIDE.outcome(outcome_id)
        if answers["want"] in ("agenda", "change", "stop"):
            assert "Chief Executive" in outcome.contact, outcome_id
            assert any("Chief Executive for resolution" in s
                       for s in (outcome.answer, *outcome.next_steps)), outcome_id


def test_other_help_is_bounded_by_the_directors_authority():
    # 8.5: "must not ... go beyond the bounds of whatever authority they have been given"
    outcome = outcome_for(GUIDE, {"want": "other-help"})
    assert "Director or Deputy Chief Officer" in outcome.answer
    assert ("2022", "8.5") in outcome.cites


def test_changing_what_you_want_drops_the_answers_that_no_longer_apply():
    answers = {"want": "stop", "duty": "yes"}
    assert GUIDE.answer(answers, "want", "change") == {"want": "change"}
    assert GUIDE.answer(answers, "want", "agenda") == {"want": "agenda"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"duty"}


def test_every_outcome_keeps_the_impartiality_warning_and_cites_2008_clause_12():
    # 8.1: never "so close as to bring into question the Officers' ability to deal impartially"
    for outcome in GUIDE.outcomes:
        assert ("2022", "8.1") in outcome.cites, outcome.id
        assert outcome.earlier_cites == (("2008", "12"),), outcome.id
        assert "(clause 12)" in outcome.earlier
