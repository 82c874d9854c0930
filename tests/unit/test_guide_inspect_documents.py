"""The "Can I see this council document?" guide (2022 section 7; 2008 clauses 7-11)."""
from __future__ import annotations

import pytest

from guides.inspect_documents import GUIDE
from tests.support.guidehelpers import (assert_situation, clause_exists, outcome_for, outcome_text,
                                        situations)


def test_clause_exists_reads_the_version_files():
    assert clause_exists("2022", "7.3") and clause_exists("2022", "7.11")
    assert clause_exists("2008", "9")
    assert not clause_exists("2022", "7")      # a section, not a clause
    assert not clause_exists("2022", "7.12")
    assert not clause_exists("2008", "7.3")


# -- Situations as a member would put them -------------------------------------------------

SITUATIONS = [
    ("I sit on Planning Committee and want the background papers for next week's application",
     {"doc-kind": "agenda", "part-ii": "no"},
     "statutory-right", {"7.3"}),
    ("I'm not on the Licensing Sub-Committee, but I want the report on tomorrow's agenda",
     {"doc-kind": "agenda", "part-ii": "no"},
     "statutory-right", {"7.3"}),
    ("The leisure centre contract negotiation is a Part II item at the committee I sit on",
     {"doc-kind": "agenda", "part-ii": "yes", "personal-info": "no", "role": "committee-member"},
     "presumed-need-to-know", {"7.4", "7.5", "7.6"}),
    ("A Part II report names a council tenant; I'm not on that committee",
     {"doc-kind": "agenda", "part-ii": "yes", "personal-info": "yes"},
     "justify-in-specific-terms", {"7.5", "7.6"}),
    ("It's for next week's Cabinet, but I can't tell if it's in the exempt part",
     {"doc-kind": "agenda", "part-ii": "dont-know"},
     "check-first", {"7.3", "7.8"}),
    ("A resident complained about the tenant next door and I want to see the tenancy file",
     {"doc-kind": "other", "personal-info": "yes"},
     "justify-in-specific-terms", {"7.6"}),
    ("A constituent asked me to chase a planning enforcement case; I want the file, and I'm "
     "not sure what's in it",
     {"doc-kind": "other", "personal-info": "dont-know", "role": "not-member",
      "purpose": "duties"},
     "show-need-to-know", {"7.4", "7.5"}),
    ("I heard there's an internal audit report on the parks service and I'm curious",
     {"doc-kind": "other", "personal-info": "no", "role": "not-member", "purpose": "curiosity"},
     "curiosity-not-enough", {"7.5"}),
    ("I chair Housing Committee and want the officers' file on the new allocations policy",
     {"doc-kind": "other", "personal-info": "no", "role": "committee-member"},
     "presumed-need-to-know", {"7.6"}),
    ("I sit on Licensing, and want the file on a housing scheme that Licensing has no part in",
     {"doc-kind": "other", "personal-info": "no", "role": "not-its-functions",
      "purpose": "duties"},
     "show-need-to-know", {"7.4", "7.5"}),
    ("I want the notes of the other party group's pre-meeting",
     {"doc-kind": "party-group"},
     "other-party-group", {"7.7"}),
    ("How many potholes did Highways repair in my ward last year?",
     {"doc-kind": "information"},
     "ask-directorate", {"7.1"}),
    ("Someone mentioned a paper to me, but I don't know what it is",
     {"doc-kind": "dont-know"},
     "check-first", {"7.8"}),
]


@situations(SITUATIONS)
def test_situation(situation, answers, outcome_id, clauses):
    assert_situation(GUIDE, answers, outcome_id, clauses)


# -- Boundaries the text states ---------------------------------------------------------------

def test_statutory_right_does_not_depend_on_committee_membership():
    # 7.3: "irrespective of whether the member is a member of the Committee"
    state = GUIDE.step({"doc-kind": "agenda", "part-ii": "no"})
    assert state.outcome.id == "statutory-right"
    assert "role" not in dict(state.path)


def test_part_ii_items_never_get_the_statutory_right():
    # 7.3: "This right does not however apply to documents relating to certain items ... Part II"
    for answers, outcome_id in GUIDE.paths():
        if answers.get("part-ii") == "yes":
            assert outcome_id != "statutory-right"


def test_personal_information_needs_specific_reasons_whoever_asks():
    # 7.6, second example: checked before the committee-member presumption
    for kind in ("agenda", "other"):
        answers = {"doc-kind": kind, "part-ii": "yes", "personal-info": "yes"}
        if kind == "other":
            del answers["part-ii"]
        assert outcome_for(GUIDE, answers).id == "justify-in-specific-terms"


def test_only_committee_members_are_presumed_to_need_to_know():
    # 7.6, first example
    for answers, outcome_id in GUIDE.paths():
        presumed = outcome_id == "presumed-need-to-know"
        assert presumed == (answers.get("role") == "committee-member")


def test_changing_the_kind_of_document_keeps_the_answers_that_still_apply():
    answers = {"doc-kind": "agenda", "part-ii": "yes", "personal-info": "no",
               "role": "not-member", "purpose": "duties"}
    changed = GUIDE.answer(answers, "doc-kind", "other")
    assert changed == {"doc-kind": "other", "personal-info": "no", "role": "not-member",
                       "purpose": "duties"}
    assert outcome_for(GUIDE, changed).id == "show-need-to-know"
    assert GUIDE.answer(answers, "doc-kind", "party-group") == {"doc-kind": "party-group"}


# -- The whole guide --------------------------------------------------------------------------

def test_size_and_dont_know_options():
    assert 4 <= len(GUIDE.questions) <= 6
    assert 5 <= len(GUIDE.outcomes) <= 8
    dont_know = [q.id for q in GUIDE.questions if q.option("dont-know")]
    assert {"doc-kind", "part-ii", "personal-info", "role"} <= set(dont_know)


def test_every_outcome_cites_section_7_and_offers_the_foi_route():
    for outcome in GUIDE.outcomes:
        assert outcome.cites and all(v == "2022" and c.startswith("7.") for v, c in outcome.cites)
        assert ("2022", "7.11") in outcome.cites, outcome.id          # 7.11: FOI, always
        assert any("Freedom of Information Act 2000" in s for s in outcome.next_steps)


def test_earlier_texts_cite_the_2008_access_clauses():
    for outcome in GUIDE.outcomes:
        assert outcome.earlier, outcome.id
        assert {v for v, _ in outcome.earlier_cites} == {"2008"}
        assert {c for _, c in outcome.earlier_cites} <= {"7", "8", "9", "10", "11"}
        for _, clause in outcome.earlier_cites:  # the text names each clause it cites
            assert f"clause {clause})" in outcome.earlier or f"clause {clause}," in outcome.earlier


def test_the_pecuniary_interest_rule_is_shown_as_2008_only():
    # 2008 clause 9 has no equivalent in 2022 section 7
    statutory = GUIDE.outcome("statutory-right")
    assert ("2008", "9") in statutory.earlier_cites
    assert "no rule like clause 9" in statutory.earlier


def test_a_committee_member_is_told_curiosity_is_still_not_enough():
    # 7.5: "Mere curiosity is not sufficient" -- the presumption in 7.6 does not lift it
    outcome = GUIDE.outcome("presumed-need-to-know")
    assert any("Mere curiosity is not sufficient" in step for step in outcome.next_steps)


def test_a_committee_member_asking_outside_the_committees_functions_has_an_option():
    # 7.6's presumption is for "documents relating to the functions of that Committee"
    role = GUIDE.question("role")
    assert role.option("not-its-functions") is not None
    answers = {"doc-kind": "other", "personal-info": "no", "role": "not-its-functions"}
    assert GUIDE.step(answers).question.id == "purpose"


@pytest.mark.parametrize("answers", [
    {"doc-kind": "other", "personal-info": "dont-know", "role": "not-member", "purpose": "duties"},
    {"doc-kind": "other", "personal-info": "dont-know", "role": "not-member",
     "purpose": "curiosity"},
    {"doc-kind": "information"},
], ids=["dont-know-personal-info", "dont-know-curious", "constituent-information"])
def test_not_knowing_about_personal_information_keeps_7_6(answers):
    # 7.6: "a Member will normally be expected to justify the request in specific terms"
    outcome = outcome_for(GUIDE, answers)
    assert any("justify the request in specific terms" in s for s in outcome.next_steps)
    assert ("2022", "7.6") in outcome.cites


def test_every_part_ii_path_says_the_statutory_right_excludes_it():
    # 7.3: "This right does not however apply to documents relating to certain items ... Part II"
    for answers, outcome_id in GUIDE.paths():
        if answers.get("part-ii") == "yes":
            outcome = GUIDE.outcome(outcome_id)
            words = outcome_text(outcome)
            assert "does not apply to documents relating to certain items in Part II" in words
            assert ("2022", "7.3") in outcome.cites


def test_every_outcome_naming_7_8_cites_it():
    for outcome in GUIDE.outcomes:
        words = " ".join((outcome.answer, *outcome.next_steps, outcome.contact))
        if "7.8" in words:
            assert ("2022", "7.8") in outcome.cites, outcome.id
