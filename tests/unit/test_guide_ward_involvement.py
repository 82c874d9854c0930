"""The "Will I be told about a public meeting or consultation in my ward?" guide (2022 11.1;
2008 clause 7)."""
from __future__ import annotations

from guides.ward_involvement import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("The council is holding a public meeting at the community centre about closing the "
     "library in my ward",
     {"kind": "meeting", "organiser": "council", "ward": "yes"},
     "invited", {"11.1"}),
    ("Highways are consulting residents on a parking scheme for three streets in my ward and "
     "the next one",
     {"kind": "consultation", "organiser": "council", "ward": "yes"},
     "notified-at-outset", {"11.1"}),
    ("I heard the council is planning something about the future of the park in my ward, but "
     "not whether it's a meeting or a survey",
     {"kind": "dont-know", "organiser": "council", "ward": "yes"},
     "either-way", {"11.1"}),
    ("A developer is holding an exhibition of its plans for the old depot site in my ward",
     {"kind": "consultation", "organiser": "someone-else"},
     "not-council", {"11.1", "7.1"}),
    ("The council's budget consultation covers the whole borough",
     {"kind": "consultation", "organiser": "council", "ward": "not-local"},
     "not-covered", {"11.1"}),
    ("The council has called a public meeting on the bypass, which runs through the "
     "neighbouring ward",
     {"kind": "meeting", "organiser": "council", "ward": "other-ward"},
     "not-covered", {"11.1"}),
    ("There's a public meeting about flooding on the estate, and I don't know who is "
     "organising it",
     {"kind": "meeting", "organiser": "dont-know"},
     "find-out", {"11.1", "7.1"}),
    ("The council is consulting on the school crossing; I'm not sure my ward is affected",
     {"kind": "consultation", "organiser": "council", "ward": "dont-know"},
     "find-out", {"11.1", "7.1"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_only_the_councils_own_meetings_and_consultations_are_covered():
    # 11.1: "organised by the Council", "the Council undertakes"
    for answers, outcome_id in GUIDE.paths():
        if outcome_id in ("invited", "notified-at-outset", "either-way"):
            assert answers["organiser"] == "council"


def test_only_members_for_the_wards_affected_by_a_local_issue():
    # 11.1: "a local issue", "all the Members representing the Ward or Wards affected"
    for answers, outcome_id in GUIDE.paths():
        if outcome_id in ("invited", "notified-at-outset", "either-way"):
            assert answers["ward"] == "yes"
    for ward in ("other-ward", "not-local"):
        answers = {"kind": "meeting", "organiser": "council", "ward": ward}
        assert outcome_for(GUIDE, answers).id == "not-covered"


def test_a_meeting_means_an_invitation_and_a_consultation_means_notice_at_the_outset():
    # 11.1: "invited to attend the meeting"; "notified at the outset of the exercise"
    meeting = outcome_for(GUIDE, {"kind": "meeting", "organiser": "council", "ward": "yes"})
    consultation = outcome_for(GUIDE, {"kind": "consultation", "organiser": "council",
                                       "ward": "yes"})
    assert "all the members" in meeting.answer and "invited to attend" in meeting.answer
    assert "at the outset" in consultation.answer and "any form" in consultation.answer


def test_changing_the_organiser_keeps_the_kind_and_asks_about_the_ward():
    answers = {"kind": "meeting", "organiser": "someone-else"}
    changed = GUIDE.answer(answers, "organiser", "council")
    assert changed == {"kind": "meeting", "organiser": "council"}
    assert GUIDE.step(changed).question.id == "ward"


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 7
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"kind", "organiser",
                                                                         "ward"}


def test_every_outcome_cites_11_1_and_the_2008_information_clause():
    for outcome in GUIDE.outcomes:
        assert ("2022", "11.1") in outcome.cites, outcome.id
        assert outcome.earlier_cites == (("2008", "7"),), outcome.id
        assert "(clause 7)" in outcome.earlier
