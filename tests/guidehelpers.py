"""Helpers shared by the guide tests: which clauses exist in the version files.

Public names:
    CLAUSES                          every (version, clause id) pair in docs/protocol/*.md
    clause_exists(version, clause)   whether a citation names a clause that exists
"""
from __future__ import annotations

import re
from pathlib import Path

__all__ = ["CLAUSES", "clause_exists"]

ROOT = Path(__file__).resolve().parent.parent
# A clause heading is a number alone: "### 7.3", "## 8". "## 7. Members' Access..." is a section.
_CLAUSE_HEADING = re.compile(r"^#{2,6}\s+(\d+(?:\.\d+)*)\s*$", re.MULTILINE)


def _clauses() -> set[tuple[str, str]]:
    found = set()
    for path in (ROOT / "docs" / "protocol").glob("*.md"):
        for clause_id in _CLAUSE_HEADING.findall(path.read_text(encoding="utf-8")):
            found.add((path.stem, clause_id))
    return found


CLAUSES = _clauses()


def clause_exists(version: str, clause_id: str) -> bool:
    return (version, clause_id) in CLAUSES
