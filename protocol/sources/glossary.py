"""The glossary, ``docs/_data/glossary.yml``: terms, their definitions and the spellings that
mark them in protocol text."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from protocol.authoring import Problem, ProblemsError, is_slug
from protocol.sources.entries import read_entries

__all__ = ["Term", "load_glossary", "GLOSSARY_FILE"]

GLOSSARY_FILE = Path("docs") / "_data" / "glossary.yml"
# field: (required, kind); see protocol.sources.entries
_FIELDS = {"term": (True, "text"), "id": (True, "text"), "definition": (True, "text"),
           "match": (False, "texts"), "editorial": (False, "flag"), "defined_in": (False, "clause")}


@dataclass(frozen=True)
class Term:
    term: str
    id: str
    definition: str
    match: tuple[str, ...]
    editorial: bool
    defined_in: tuple[str, str] | None = None
    line: int = field(default=0, compare=False)  # in glossary.yml

    @property
    def url(self) -> str:
        return f"/glossary/#{self.id}"


def load_glossary(root: Path) -> list[Term]:
    """The terms; raises ProblemsError (``docs/_data/glossary.yml:line: message``)."""
    shown = str(GLOSSARY_FILE)
    terms: list[Term] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for entry in read_entries(root, GLOSSARY_FILE, _FIELDS, "term"):
        if not is_slug(entry["id"]):
            problems.append(Problem(shown, entry.lines["id"], f"id {entry['id']!r} must be "
                                                              "lower-case letters, digits and "
                                                              "hyphens (it is the term's anchor)"))
            continue
        if entry["id"] in seen:
            problems.append(Problem(shown, entry.lines["id"], f"id {entry['id']!r} is already "
                                                              f"used at line {seen[entry['id']]}"))
            continue
        seen[entry["id"]] = entry.lines["id"]
        terms.append(Term(entry["term"], entry["id"], " ".join(entry["definition"].split()),
                          tuple(entry.get("match") or [entry["term"]]),
                          bool(entry.get("editorial")),
                          tuple(entry["defined_in"]) if entry.get("defined_in") else None,
                          entry.lines.get("defined_in", entry.line)))
    if problems:
        raise ProblemsError(problems)
    return terms
