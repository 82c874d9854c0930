"""Training answers say what the protocol's text says, no more and no less (issue 14)."""
from __future__ import annotations

import training


def _words(question) -> str:
    return " ".join([question.scenario, question.ask, question.explanation,
                     *(w for o in question.options for w in (o.label, o.feedback))])


def test_campaign_leaflets_does_not_stretch_2_4_beyond_members_asking():
    # 2.4 is about what members ask of officers; here the officer offers
    question = training.get("respect").question("campaign-leaflets")
    right = next(o for o in question.options if o.correct)
    assert "2.4 is about what members ask of officers" in right.feedback
    assert "could lead to her being criticised" not in _words(question)
    assert "raises the problems in" not in _words(question)


def test_the_statutory_right_to_meeting_papers_is_not_applied_to_the_cabinet_unsaid():
    # 7.3 speaks of "a Council, Committee or Sub-Committee meeting"
    module = training.get("information")
    for question_id in ("background-papers", "part-ii"):
        assert "Cabinet" not in _words(module.question(question_id)), question_id


def test_officers_are_barred_from_advising_on_party_business_not_from_it_at_all():
    # 5.3.1: "must not be involved in advising on matters of party business"
    question = training.get("party-groups").question("party-business")
    words = _words(question)
    assert "party business at all" not in words
    assert "must not be involved in advising on matters of party business" in words
