"""The "Under the 2008 protocol (earlier version): lobbying and staff appointments" guide (2008
clauses 5, 14; related 2022 provisions 2.3, 3.4, 4.2)."""
from __future__ import annotations

from guides.officers_lobbying_and_appointments_2008 import GUIDE
from tests.support.guidehelpers import assert_situation, cited, outcome_text, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("Back in 2009 an officer rang me at home to ask for my support for his regrading",
     {"topic": "lobbying", "subject": "employment"},
     "employment-lobbying", {"5"}),
    ("A service manager asked me, before the budget meeting, to fight the cut to her team's "
     "budget",
     {"topic": "lobbying", "subject": "budget"},
     "budget-lobbying", {"5"}),
    ("An officer urged me to back the new cycle lane scheme",
     {"topic": "lobbying", "subject": "other"},
     "other-lobbying", {"5"}),
    ("I was properly appointed to the panel interviewing for the new Director of Finance",
     {"topic": "appointments", "panel": "yes"},
     "appointments-panel", {"14"}),
    ("A friend of mine has applied for a job in the parks team and I want to put in a good "
     "word",
     {"topic": "appointments", "panel": "no"},
     "no-influence", {"14"}),
    ("I've been asked to sit in on interviews for a senior post, but I don't know how I came "
     "to be on the panel",
     {"topic": "appointments", "panel": "dont-know"},
     "check-panel", {"14"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses, version="2008")


# -- Boundaries the text states ---------------------------------------------------------------

def test_employment_lobbying_is_barred_normally_with_the_agreed_procedures_exception():
    # 2008 clause 5: "must not normally lobby ... except through the agreed procedures as
    # management or trade union representatives"
    answer = GUIDE.outcome("employment-lobbying").answer
    assert "must not normally lobby" in answer
    assert "management or trade union representatives" in answer


def test_budget_lobbying_is_barred_only_outside_the_agreed_procedures():
    # 2008 clause 5: "must not lobby on budgetary matters outside of the agreed procedures"
    assert "outside the agreed procedures" in GUIDE.outcome("budget-lobbying").answer


def test_only_a_properly_appointed_chief_officer_panel_member_may_influence_appointments():
    # 2008 clause 14: "other than where they are properly appointed to an appointments panel to
    # consider a chief officer appointment in accordance with the scheme of delegation"
    for answers, outcome_id in GUIDE.paths():
        if outcome_id == "appointments-panel":
            assert answers == {"topic": "appointments", "panel": "yes"}
    text = GUIDE.question("panel").text
    for condition in ("properly appointed", "chief officer appointment", "scheme of delegation"):
        assert condition in text


def test_changing_the_topic_drops_the_other_topics_answers():
    answers = {"topic": "lobbying", "subject": "budget"}
    assert GUIDE.answer(answers, "topic", "appointments") == {"topic": "appointments"}


# -- Marked as superseded, with related 2022 provisions and no invented equivalents --------------

def test_title_summary_and_every_outcome_say_it_is_the_superseded_2008_version():
    assert GUIDE.title.startswith("Under the 2008 protocol (earlier version)")
    assert "2008 version of the protocol, which is not the current version" in GUIDE.summary
    for outcome in GUIDE.outcomes:
        assert outcome.title.startswith("Under the 2008 protocol (earlier version)"), outcome.id
        assert outcome.answer.startswith("The 2008 version"), outcome.id
        # Neither text says 2022 replaced 2008: say what is known, and the site's own rule.
        assert any("last updated on 4 January 2022" in s and "treats the latest version" in s
                   for s in outcome.next_steps), outcome.id
        words = outcome_text(outcome)
        assert "replaced by" not in words and "now applies" not in words


def test_every_outcome_cites_its_2008_clause_and_only_related_2022_provisions():
    for outcome in GUIDE.outcomes:
        old, new = cited(outcome, "2008"), cited(outcome, "2022")
        assert old in ({"5", "16"}, {"14", "16"}), outcome.id  # 16: its review dates
        assert new <= {"2.3", "3.4", "4.2"}, outcome.id
        # each 2022 clause cited is named in the text that says there is no such 2022 rule
        related = next(s for s in outcome.next_steps if "The 2022 version has no rule" in s)
        for clause in new:
            assert f"({clause})" in related, (outcome.id, clause)
        assert outcome.earlier == "" and outcome.earlier_cites == ()


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member", "officer")
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"panel"}
