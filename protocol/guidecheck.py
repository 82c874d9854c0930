"""Guide checks for ``protocol check``: every guide validated by enumerating its paths, with
every citation resolved against the corpus."""
from __future__ import annotations

import sys
from pathlib import Path

from .corpus import Corpus
from .problems import Problem

__all__ = ["guide_problems"]


def guide_problems(root: Path, corpus: Corpus) -> list[Problem]:
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    try:
        import guides
    except Exception as exc:  # a syntax error in a guide must be reported, not crash the check
        return [Problem("guides/__init__.py", 0, f"cannot import the guides: {exc}")]

    def clause_exists(version: str, clause_id: str) -> bool:
        return corpus.clause(version, clause_id) is not None

    try:
        found = guides.validate_all(clause_exists)
    except Exception as exc:
        return [Problem("guides/__init__.py", 0, f"cannot load a guide: {exc}")]
    return [Problem(p.file, p.line, p.message) for p in found]
