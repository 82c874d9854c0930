"""The glossary, ``docs/_data/glossary.yml``: terms, their definitions and the spellings that
mark them in protocol text."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from protocol.authoring import Problem, ProblemsError

__all__ = ["Term", "load_glossary", "GLOSSARY_FILE"]

GLOSSARY_FILE = Path("docs") / "_data" / "glossary.yml"


@dataclass(frozen=True)
class Term:
    term: str
    id: str
    definition: str
    match: tuple[str, ...]
    editorial: bool
    defined_in: tuple[str, str] | None = None

    @property
    def url(self) -> str:
        return f"/glossary/#{self.id}"


def load_glossary(root: Path) -> list[Term]:
    path = Path(root) / GLOSSARY_FILE
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    terms, problems = [], []
    for n, entry in enumerate(entries):
        try:
            terms.append(Term(entry["term"], entry["id"], " ".join(entry["definition"].split()),
                              tuple(entry.get("match") or [entry["term"]]),
                              bool(entry.get("editorial")),
                              tuple(map(str, entry["defined_in"])) if entry.get("defined_in")
                              else None))
        except (KeyError, TypeError, AttributeError) as exc:
            problems.append(Problem(str(GLOSSARY_FILE), 0, f"entry {n + 1}: missing or bad {exc}"))
    if problems:
        raise ProblemsError(problems)
    return terms
