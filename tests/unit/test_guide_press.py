"""The "Dealing with the press" guide for officers (2022 section 10; 2008 clause 13)."""
from __future__ import annotations

from guides.press import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, outcome_text, situations

# -- Situations as an officer would put them ------------------------------------------------

SITUATIONS = [
    ("I'm the Director of Housing; the local paper wants the number of families in temporary "
     "accommodation",
     {"task": "enquiry", "role": "yes", "asked": "facts"},
     "facts-only", {"10.2"}),
    ("I've been nominated to handle press on the bin strike; the reporter asked whether the "
     "Cabinet member's plan is a good idea",
     {"task": "enquiry", "role": "yes", "asked": "opinion"},
     "no-political-comment", {"10.2"}),
    ("A journalist wants the repair figures and my view of the opposition's criticism of them",
     {"task": "enquiry", "role": "yes", "asked": "both"},
     "no-political-comment", {"10.2"}),
    ("A reporter rang me, a planning officer, directly about a controversial application",
     {"task": "enquiry", "role": "no"},
     "not-named", {"10.2", "8.5"}),
    ("We need a press release on the Council's position in the tribunal case brought by a "
     "former contractor",
     {"task": "release", "subject": "yes"},
     "sign-off", {"10.3"}),
    ("A press release announcing the summer opening hours at the leisure centre",
     {"task": "release", "subject": "no"},
     "media-protocol", {"10.1"}),
    ("A press release about the town-centre scheme; I don't know if it counts as a major "
     "planning development",
     {"task": "release", "subject": "dont-know"},
     "depends-on-subject", {"10.1", "10.3"}),
    # A councillor's route
    ("I'm the Leader; the Director wants to put out a statement on the tribunal case",
     {"task": "councillor-release", "leader": "yes", "subject": "yes"},
     "leader-consulted", {"10.3"}),
    ("I'm a ward councillor and want a release putting the Council's side of a neighbour "
     "complaint",
     {"task": "councillor-release", "leader": "no", "subject": "yes"},
     "member-sign-off", {"10.3"}),
    ("I'm the Deputy Leader; a release on the new recycling rounds",
     {"task": "councillor-release", "leader": "yes", "subject": "no"},
     "member-media-protocol", {"10.1"}),
    ("The local radio wants me to comment on the budget",
     {"task": "councillor-comment"},
     "member-media-protocol", {"10.1", "2.2"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_only_directors_or_nominated_representatives_get_to_respond():
    # 10.2: "Directors or nominated representatives may respond to press enquiries"
    for answers, outcome_id in GUIDE.paths():
        if outcome_id in ("facts-only", "no-political-comment"):
            assert answers["role"] == "yes"


def test_any_political_comment_is_refused():
    # 10.2: "On no account must an Officer expressly or impliedly make any political opinion"
    for asked in ("opinion", "both"):
        answers = {"task": "enquiry", "role": "yes", "asked": asked}
        assert outcome_for(GUIDE, answers).id == "no-political-comment"
    for outcome in GUIDE.outcomes:
        assert ("2022", "10.2") in outcome.cites, outcome.id
        assert any("political opinion" in s for s in (outcome.answer, *outcome.next_steps))


def test_sign_off_applies_to_the_four_kinds_of_release_10_3_names():
    # 10.3: disputes, major planning developments, court issues or individuals' complaints
    sign_off = outcome_for(GUIDE, {"task": "release", "subject": "yes"})
    assert sign_off.id == "sign-off"
    assert "Director or the Solicitor to the Council" in sign_off.contact
    assert "Leader or Deputy Leader" in sign_off.contact
    text = GUIDE.question("subject").text
    for kind in ("dispute", "major planning development", "court issue", "complaint"):
        assert kind in text


def test_not_knowing_the_subject_does_not_say_there_is_no_sign_off_rule():
    # 10.3 sets a sign-off rule for four kinds of release; unknown subject: it depends
    for task in ("release", "councillor-release"):
        answers = {"task": task, "subject": "dont-know"}
        if task == "councillor-release":
            answers["leader"] = "no"
        outcome = outcome_for(GUIDE, answers)
        assert outcome.id == "depends-on-subject"
        assert "no sign-off rule" not in outcome.title


def test_an_officer_not_named_is_not_told_to_ask_their_director():
    # 10.2 names Directors or nominated representatives; nothing about asking first
    outcome = outcome_for(GUIDE, {"task": "enquiry", "role": "no"})
    words = outcome_text(outcome)
    assert "ask your Director" not in words and "before you say anything" not in words


def test_the_leaders_part_is_to_be_consulted_not_to_sign_off():
    # 10.3: "signed off by the appropriate Director or Solicitor to the Council after
    # consultation with the Leader or Deputy Leader of the Council"
    outcome = outcome_for(GUIDE, {"task": "councillor-release", "leader": "yes",
                                  "subject": "yes"})
    assert "Your part, as Leader or Deputy Leader, is to be consulted" in outcome.answer
    assert "Leader" not in outcome.contact


def test_changing_the_task_drops_the_enquiry_answers():
    answers = {"task": "enquiry", "role": "yes", "asked": "facts"}
    assert GUIDE.answer(answers, "task", "release") == {"task": "release"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert set(GUIDE.audience) == {"officer", "member"}
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 9
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"role", "subject"}


def test_earlier_texts_cite_2008_clause_13():
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "13"),), outcome.id
        assert "(clause 13)" in outcome.earlier
