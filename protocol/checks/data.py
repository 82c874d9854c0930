"""The data files in ``docs/_data/``: glossary and related documents."""
from __future__ import annotations

from pathlib import Path

from protocol.authoring import Problem, ProblemsError
from protocol.sources.glossary import load_glossary
from protocol.sources.related import load_related
from protocol.text.corpus import Corpus

__all__ = ["data_problems"]


def data_problems(root: Path, corpus: Corpus) -> list[Problem]:
    problems: list[Problem] = []
    for loader, name in ((load_glossary, "glossary"), (load_related, "related documents")):
        try:
            loader(root)
        except ProblemsError as exc:
            problems.extend(exc.problems)
        except Exception as exc:  # a malformed data file must still be reported, not crash
            problems.append(Problem(f"docs/_data ({name})", 0, f"cannot be read: {exc}"))
    return problems
