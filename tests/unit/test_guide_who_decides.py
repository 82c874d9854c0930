"""The "Who actually takes this decision, and who is accountable?" guide (2022 8.3, 8.4, 3.2,
1.7, 4.1, 5.3.2; 2008 clause 3)."""
from __future__ import annotations

from guides.who_decides import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("The Director of Environment will set the new bin collection days after consulting me as "
     "Cabinet member: is it my decision?",
     {"who": "officer-consulting"},
     "officer-accountable", {"8.4"}),
    ("The grants panel decision is delegated to the Head of Communities in consultation with "
     "the Chair and Vice-Chair",
     {"who": "officer-consulting"},
     "officer-accountable", {"8.4", "8.3"}),
    ("Who decides the staff rota at the leisure centre? Residents want me to change it",
     {"who": "officer", "operational": "yes"},
     "officers-day-to-day", {"3.2"}),
    ("The Head of Planning refused a householder application under delegated powers",
     {"who": "officer", "operational": "no"},
     "officer-decides", {"8.3", "8.5"}),
    ("An officer is deciding whether to extend the café's lease in the park; I'm not sure "
     "that counts as operational",
     {"who": "officer", "operational": "dont-know"},
     "officer-decides", {"8.3", "3.2"}),
    ("Cabinet is deciding the new housing allocations policy next week",
     {"who": "members"},
     "members-decide", {"8.3", "1.7", "4.1"}),
    ("Our group agreed last night to scrap the car park charges: can officers start now?",
     {"who": "party-group"},
     "not-a-council-decision", {"5.3.2"}),
    ("Somebody decided to close the public toilets in the park and I can't find out who",
     {"who": "dont-know"},
     "find-out", {"8.3", "7.1"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_consulting_a_member_leaves_the_officer_accountable():
    # 8.4: "it is the Officer, rather than the Member, who takes the action and ... accountable"
    outcome = outcome_for(GUIDE, {"who": "officer-consulting"})
    assert outcome.id == "officer-accountable"
    assert "officer who is accountable" in outcome.answer
    assert "operational" not in dict(GUIDE.step({"who": "officer-consulting"}).path)


def test_a_party_group_never_takes_a_council_decision():
    # 5.3.2: party group meetings "are not empowered to make decisions on behalf of the Council"
    outcome = outcome_for(GUIDE, {"who": "party-group"})
    assert "not empowered to make decisions" in outcome.answer
    assert ("2022", "5.3.2") in outcome.cites


def test_only_day_to_day_matters_ask_members_to_keep_out():
    # 3.2: "day-to-day managerial and operational decisions ... avoid inappropriate involvement"
    for answers, outcome_id in GUIDE.paths():
        if outcome_id == "officers-day-to-day":
            assert answers == {"who": "officer", "operational": "yes"}
    assert "avoid inappropriate involvement" in GUIDE.outcome("officers-day-to-day").answer


def test_the_list_of_decision_takers_is_the_one_in_8_3():
    # 8.3: "only by the Council, regulatory committees ..., the Cabinet, individual Cabinet
    # Members, the Leader of the Council or an Officer"
    for outcome_id in ("find-out", "members-decide"):
        answer = GUIDE.outcome(outcome_id).answer
        for taker in ("the Council", "regulatory committees such as planning", "the Cabinet",
                      "individual Cabinet Members", "the Leader of the Council"):
            assert taker in answer, (outcome_id, taker)


def test_changing_who_decides_drops_the_operational_answer():
    answers = {"who": "officer", "operational": "yes"}
    assert GUIDE.answer(answers, "who", "members") == {"who": "members"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"who", "operational"}


def test_earlier_texts_cite_2008_clause_3():
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "3"),), outcome.id
        assert "(clause 3)" in outcome.earlier
