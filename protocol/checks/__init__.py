"""``protocol check``: validate every source under a project root.

Each check reports ``file:line: message``; one broken file never hides problems in another.
The guides and training modules are checked in a child Python (see ``authored``), so the
root's own are checked; the drift warnings then follow their citations through the versions.
"""
from __future__ import annotations

from pathlib import Path

from protocol.authoring import Problem, ProblemsError
from protocol.checks.authored import authored_problems
from protocol.checks.citations import citation_problems
from protocol.checks.correspondence import correspondence_problems
from protocol.checks.data import data_problems
from protocol.checks.drift import drift_warnings
from protocol.sources.versions import load_corpus

__all__ = ["check", "CHECKS"]

# The checks of one kind of source each, ``(root, corpus) -> problems``; ``corpus`` is None
# when the versions have problems.
CHECKS = [citation_problems, data_problems]


def check(root: Path | str = ".") -> list[Problem]:
    root = Path(root)
    try:
        corpus = load_corpus(root)
    except ProblemsError as exc:
        # The pages and data files are still checked, without the clauses they name; the
        # guides, training and correspondences need valid versions.
        return exc.problems + [p for run in CHECKS for p in run(root, None)]
    problems: list[Problem] = []
    for run in CHECKS:
        problems.extend(run(root, corpus))
    found, guides = authored_problems(root, corpus)
    problems.extend(found)
    curated = correspondence_problems(root, corpus)
    problems.extend(curated)
    if not curated:  # drift follows the correspondences: only once they are valid
        problems.extend(drift_warnings(root, corpus, guides))
    return problems
