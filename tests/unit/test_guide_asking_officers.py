"""The "Can I ask an officer to do this?" guide (2022 2.3-2.5, 3.3-3.5; 2008 clauses 12, 13)."""
from __future__ import annotations

from guides.asking_officers import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("Can I ask the highways officer when the potholes on Mill Lane will be fixed? A resident "
     "keeps asking me",
     {"task": "council-work", "authority": "yes"},
     "yes-you-can-ask", {"3.1", "7.1"}),
    ("I'd like the policy officer to pull together the housing figures for our election "
     "leaflet",
     {"task": "political"},
     "not-political", {"2.4", "3.5"}),
    ("I want the housing officer to move my constituent up the waiting list, even though the "
     "allocations policy says otherwise",
     {"task": "exception", "discretion": "outside"},
     "not-outside-policy", {"2.3"}),
    ("The car park policy lets the officer waive a fine in hardship cases; can I ask her to "
     "look at my constituent's?",
     {"task": "exception", "discretion": "within"},
     "officers-discretion", {"2.3", "3.2"}),
    ("I want an exception for a community group but I don't know if the policy allows one",
     {"task": "exception", "discretion": "dont-know"},
     "check-authority", {"2.3"}),
    ("I asked the planning officer to sign off an extension that only the committee can "
     "approve",
     {"task": "council-work", "authority": "no"},
     "not-outside-policy", {"2.4", "8.5"}),
    ("I want the parks team to put a bench outside the shops for residents; I don't know if "
     "they can decide that",
     {"task": "council-work", "authority": "dont-know"},
     "check-authority", {"2.4", "8.5"}),
    ("The finance officer's report recommends the cut; I want her to recommend something else",
     {"task": "change-advice"},
     "no-pressure", {"3.3", "2.3"}),
    ("Could the licensing officer speed up my brother-in-law's premises licence?",
     {"task": "personal"},
     "not-personal", {"2.3", "3.5"}),
    ("The Monitoring Officer is looking into a complaint about me and I want her to drop it",
     {"task": "statutory"},
     "statutory-officer", {"2.5"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_yes_only_for_council_work_within_policy_and_authority():
    # 2.3, 2.4: nothing outside policies and procedures, nothing beyond the officer's authority
    for answers, outcome_id in GUIDE.paths():
        if outcome_id == "yes-you-can-ask":
            assert answers == {"task": "council-work", "authority": "yes"}


def test_the_authority_question_is_asked_only_about_council_work():
    # The other tasks are refused whatever the officer's authority (2.3, 2.4, 2.5, 3.3).
    for answers, _ in GUIDE.paths():
        assert ("authority" in answers) == (answers["task"] == "council-work")


def test_party_political_work_is_refused_but_party_group_briefings_are_pointed_to():
    # 2.4, second bullet; 5.1 and 5.3.1 draw the line between council and party business
    outcome = outcome_for(GUIDE, {"task": "political"})
    assert "particular political party" in outcome.answer
    assert {("2022", "5.1"), ("2022", "5.3.1")} <= set(outcome.cites)


def test_statutory_officers_are_named_as_the_text_names_them():
    # 2.5: "The Head of Paid Service, the Monitoring Officer and the Chief Finance Officer"
    outcome = outcome_for(GUIDE, {"task": "statutory"})
    text = " ".join(outcome.next_steps)
    for name in ("Head of Paid Service", "Monitoring Officer", "Chief Finance Officer"):
        assert name in text
    assert "improperly interfere with or obstruct" in outcome.answer
    assert "victimise" in outcome.answer


def test_changing_the_task_drops_the_authority_answer():
    answers = {"task": "council-work", "authority": "yes"}
    assert GUIDE.answer(answers, "task", "personal") == {"task": "personal"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 8
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"authority",
                                                                       "discretion"}


def test_earlier_texts_cite_2008_clauses_12_and_13():
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "12"), ("2008", "13")), outcome.id
        assert "(clause 12)" in outcome.earlier and "(clause 13)" in outcome.earlier


def test_an_exception_is_refused_only_when_it_means_acting_outside_policy():
    # 2.3: "not to request them to exercise discretion which involves acting outside the
    # Council's policies and procedures" -- not every exception does
    outcomes = {outcome_for(GUIDE, {"task": "exception", "discretion": d}).id
                for d in ("within", "outside", "dont-know")}
    assert outcomes == {"officers-discretion", "not-outside-policy", "check-authority"}


def test_personal_interests_outcome_keeps_constituent_requests_open():
    # 7.1: "a request for specific information on behalf of a constituent"
    outcome = outcome_for(GUIDE, {"task": "personal"})
    assert "anyone else's" not in outcome.title
    assert any("on behalf of a constituent" in step for step in outcome.next_steps)
    assert ("2022", "7.1") in outcome.cites
