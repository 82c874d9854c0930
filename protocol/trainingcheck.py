"""Training checks for ``protocol check``: every module validated (each question has a right
answer, every option its feedback, every citation a clause in the corpus), as ``file:line``."""
from __future__ import annotations

import sys
from pathlib import Path

from .corpus import Corpus
from .problems import Problem

__all__ = ["training_problems"]


def training_problems(root: Path, corpus: Corpus) -> list[Problem]:
    if not (Path(root) / "training").is_dir():
        return []
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    try:
        import training
    except Exception as exc:  # a syntax error in a module must be reported, not crash the check
        return [Problem("training/__init__.py", 0, f"cannot import the training modules: {exc}")]

    def clause_exists(version: str, clause_id: str) -> bool:
        return corpus.clause(version, clause_id) is not None

    try:
        found = training.validate_all(clause_exists)
    except Exception as exc:
        return [Problem("training/__init__.py", 0, f"cannot load a training module: {exc}")]
    return [Problem(p.file, p.line, p.message) for p in found]
