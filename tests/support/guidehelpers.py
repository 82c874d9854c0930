"""Helpers shared by the guide tests: which clauses exist, read by the project's own parser.

Public names:
    CORPUS                           every version in docs/protocol/
    clause_exists(version, clause)   whether a citation names a clause that exists
"""
from __future__ import annotations

from pathlib import Path

from protocol import load_corpus

__all__ = ["CORPUS", "clause_exists"]

CORPUS = load_corpus(Path(__file__).resolve().parents[2])


def clause_exists(version: str, clause_id: str) -> bool:
    return CORPUS.clause(version, clause_id) is not None
