"""The "Can I use council support services for this?" guide (2022 clause 6.1; 2008 clause 6)."""
from __future__ import annotations

from guides.support_services import GUIDE
from tests.support.guidehelpers import assert_situation, outcome_for, situations

# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("I want to print letters to residents on my ward about the road closure consultation",
     {"purpose": "council-business", "connected": "no"},
     "yes-council-business", {"6.1"}),
    ("Can I use council transport to get to a Licensing Sub-Committee site visit?",
     {"purpose": "council-business", "connected": "no"},
     "yes-council-business", {"6.1"}),
    ("I'd like the members' office to photocopy our party's election leaflets",
     {"purpose": "party-or-campaign"},
     "no-party-political", {"6.1"}),
    ("Can I print the flyers for my daughter's school fete in the members' room?",
     {"purpose": "private"},
     "no-private", {"6.1"}),
    ("My ward newsletter reports on council services but ends with 'Vote for us in May'",
     {"purpose": "council-business", "connected": "party"},
     "not-while-connected", {"6.1"}),
    ("I'll take the council car to the site visit and call on my mother on the way home",
     {"purpose": "council-business", "connected": "private"},
     "mixed-use-not-addressed", {"6.1"}),
    ("A residents' group I chair wants leaflets printed; I'm not sure that's council business",
     {"purpose": "dont-know"},
     "only-council-business", {"6.1"}),
    ("The ward survey is council work, but the party may use the replies; I don't know if "
     "that counts",
     {"purpose": "council-business", "connected": "dont-know"},
     "only-council-business", {"6.1"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_yes_only_for_council_business_with_no_other_purpose():
    # 6.1: "must therefore only be used on Council business"
    for answers, outcome_id in GUIDE.paths():
        allowed = answers == {"purpose": "council-business", "connected": "no"}
        assert (outcome_id == "yes-council-business") == allowed


def test_never_for_party_politics_campaigning_or_private_purposes():
    # 6.1: "They should never be used in connection with party political or campaigning
    # activity or for private purposes."
    assert outcome_for(GUIDE, {"purpose": "party-or-campaign"}).id == "no-party-political"
    assert outcome_for(GUIDE, {"purpose": "private"}).id == "no-private"
    connected = {"purpose": "council-business", "connected": "party"}
    assert outcome_for(GUIDE, connected).id == "not-while-connected"


def test_mixed_council_and_private_use_is_not_given_a_flat_no():
    # 6.1 does not address a use that is partly council business and partly private
    outcome = outcome_for(GUIDE, {"purpose": "council-business", "connected": "private"})
    assert not outcome.title.startswith("No")
    assert "does not say" in outcome.answer
    assert "never be used for private purposes" in outcome.answer


def test_every_outcome_rests_on_6_1():
    for outcome in GUIDE.outcomes:
        assert outcome.cites[0] == ("2022", "6.1"), outcome.id
        assert ("2022", "1.5") in outcome.cites, outcome.id


def test_changing_the_purpose_drops_the_follow_up_question():
    answers = {"purpose": "council-business", "connected": "no"}
    assert GUIDE.answer(answers, "purpose", "private") == {"purpose": "private"}
    assert GUIDE.step({"purpose": "private", "connected": "no"}).dropped == [("connected", "no")]


# -- The whole guide --------------------------------------------------------------------------

def test_size_audience_and_dont_know_options():
    assert GUIDE.audience == ("member",)
    assert 2 <= len(GUIDE.questions) <= 5
    assert 3 <= len(GUIDE.outcomes) <= 8
    assert {q.id for q in GUIDE.questions if q.option("dont-know")} == {"purpose", "connected"}


def test_earlier_texts_cite_2008_clause_6():
    for outcome in GUIDE.outcomes:
        assert outcome.earlier_cites == (("2008", "6"),), outcome.id
        assert "(clause 6)" in outcome.earlier
        assert "agreed guidelines" in outcome.earlier
