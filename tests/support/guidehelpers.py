"""Helpers shared by the guide tests: which clauses exist, read by the project's own parser, and
running a guide the way a user does.

Public names:
    CORPUS                           every version in docs/protocol/
    clause_exists(version, clause)   whether a citation names a clause that exists
    outcome_for(guide, answers)      the outcome these answers reach, every answer on the path
    cited(outcome, version)          the clauses of one version an outcome cites
    outcome_text(outcome)            what the user reads at an outcome: answer and next steps
    situations(table)                parametrizes a test by a guide's situation table
    assert_situation(guide, ...)     one row of that table: its outcome and the clauses it cites

A situation table has one row a case, as a user would put it:
``(situation, answers, outcome id, clauses of that version the outcome must cite)``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from guides import Guide, Outcome
from protocol import load_corpus

__all__ = ["CORPUS", "clause_exists", "outcome_for", "cited", "outcome_text", "situations",
           "assert_situation"]

CORPUS = load_corpus(Path(__file__).resolve().parents[2])


def clause_exists(version: str, clause_id: str) -> bool:
    return CORPUS.clause(version, clause_id) is not None


def outcome_for(guide: Guide, answers: dict) -> Outcome:
    """Run the guide with these answers and return the outcome it reaches. Every answer must be
    on the path and no question left, so a test cannot pass on answers the guide ignores."""
    state = guide.step(answers)
    assert state.dropped == [], f"{guide.id}: answers not on the path: {state.dropped}"
    assert state.question is None, \
        f"{guide.id}: {answers} stop at question {state.question.id!r}, not at an outcome"
    return state.outcome


def cited(outcome: Outcome, version: str = "2022") -> set[str]:
    return {clause for v, clause in outcome.cites if v == version}


def outcome_text(outcome: Outcome) -> str:
    return " ".join((outcome.answer, *outcome.next_steps))


def situations(table):
    """``@situations(SITUATIONS)``: one test case a row, named by the situation's first 60
    characters."""
    return pytest.mark.parametrize("situation, answers, outcome_id, clauses", table,
                                   ids=[row[0][:60] for row in table])


def assert_situation(guide: Guide, answers: dict, outcome_id: str, clauses: set[str],
                     version: str = "2022") -> Outcome:
    """The answers reach outcome ``outcome_id``, which cites at least ``clauses`` of
    ``version``."""
    outcome = outcome_for(guide, answers)
    assert outcome.id == outcome_id
    missing = clauses - cited(outcome, version)
    assert not missing, f"{outcome.id} does not cite {version} {sorted(missing)}"
    return outcome
