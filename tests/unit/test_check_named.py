"""A clause named in a guide's or training module's words must be among its citations, and
`protocol check` says where it is not (protocol/checks/named.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

import guides
import training
from guides import Guide, Option, Outcome, Question
from protocol.checks import check
from protocol.checks.named import guide_problems, module_problems, named_clauses
from tests.support.editing import edit, line_of


@pytest.mark.parametrize("text, clauses", [
    ("raise it with the appropriate CLT member (3.7, 12.1)", ["3.7", "12.1"]),
    ("advising on party business (5.3.1).", ["5.3.1"]),
    ("the Solicitor to the Council (7.5, 7.8)", ["7.5", "7.8"]),
    ("any member could inspect a document (clause 8)", ["8"]),
    ("said so (clauses 12 and 13)", ["12", "13"]),
    ("the access clauses 8 to 10 of 2008", ["8", "9", "10"]),
    ("Section 7 of the 2022 version has no rule like clause 9.", ["9"]),
    # references to other documents are not clause numbers
    ("in section 14 of the Constitution", []),
    ("Constitution Section 16: A Protocol for Member/Officer Relations", []),
    ("Schedule 12A to the Local Government Act 1972", []),
    ("paragraphs 1 to 6, 9, 11, 12 and 14 of Part I", []),
    ("the Chief Finance Officer (section 151 officer)", []),
    ("the Media Protocol dated May 2011, last updated 4 January 2022", []),
], ids=lambda v: v if isinstance(v, str) else None)
def test_what_counts_as_a_clause_number(text, clauses):
    assert named_clauses(text) == clauses


def _guide(**outcome_words) -> Guide:
    return Guide(id="g", title="G", summary="s", audience=["member"],
                 questions=[Question("q", "Q?", options=[Option("a", "A")])],
                 outcomes=[Outcome("end", title="End", cites=[("2022", "7.5")],  # the-outcome
                                   **{"answer": "An answer.", **outcome_words})],
                 next_step=lambda answers: "end")


def _line(needle: str) -> int:
    lines = Path(__file__).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line and "_line(" not in line)


@pytest.mark.parametrize("field, words", [
    ("answer", "Ask the Solicitor to the Council (7.8)."),
    ("contact", "The Solicitor to the Council (7.5, 7.8)"),
    ("next_steps", ["Ask the Solicitor to the Council (7.8)."]),
])
def test_an_outcome_naming_a_clause_it_does_not_cite_is_reported_at_its_line(field, words):
    problems = [str(p) for p in guide_problems(_guide(**{field: words}))]
    assert problems == [f"tests/unit/test_check_named.py:{_line('# the-outcome')}: outcome "
                        "'end' names clause 7.8 in its words but does not cite it: add it to "
                        "its citations, or reword"]


def test_an_outcome_naming_only_what_it_cites_passes():
    assert guide_problems(_guide(answer="Ask the CLT member who holds it (7.5).")) == []


def test_every_real_guide_and_module_names_only_clauses_it_cites():
    assert [str(p) for g in guides.all_guides() for p in guide_problems(g)] == []
    assert [str(p) for m in training.all_modules() for p in module_problems(m)] == []


# -- through `protocol check`, for guides and training alike -------------------------------------

def test_protocol_check_reports_a_guide_naming_an_uncited_clause(project):
    guide = project / "guides" / "support_services.py"
    edit(guide, '"Council business: my work', '"Council business (7.1): my work')
    line = line_of(guide, 'Outcome("only-council-business",')
    edit(guide, 'answer="You can use council support services only for council business',
         'answer="You can use council support services only for council business (7.1)')
    messages = [str(p) for p in check(project) if not p.warning]
    assert f"guides/support_services.py:{line}: outcome 'only-council-business' names clause " \
           "7.1 in its words but does not cite it: add it to its citations, or reword" in messages
    assert any(m.startswith("guides/support_services.py:") and "question 'purpose' names "
               "clause 7.1" in m for m in messages)


def test_protocol_check_reports_training_naming_an_uncited_clause(project):
    module = project / "training" / "party_groups.py"
    line = line_of(module, 'Question(\n            "printer-leaflets",')
    edit(module, '"suggests printing your party', '"suggests (see 2.5) printing your party')
    messages = [str(p) for p in check(project) if not p.warning]
    assert messages == [f"training/party_groups.py:{line}: question 'printer-leaflets' names "
                        "clause 2.5 in its words but does not cite it: add it to its "
                        "citations, or reword"]
