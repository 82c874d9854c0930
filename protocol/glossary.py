"""The glossary (``docs/_data/glossary.yml``) and the term links it adds to protocol text.

Public names:
    Term, load_glossary(root), TermMarker
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .problems import Problem, ProblemsError

__all__ = ["Term", "load_glossary", "TermMarker", "GLOSSARY_FILE"]

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
    import yaml

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


class TermMarker:
    """Escapes protocol text and links the first use of each glossary term in it.

    The words themselves are untouched: a term becomes ``<a class="term">`` around the same text.
    """

    def __init__(self, terms: list[Term]):
        self._by_spelling = {spelling: t for t in terms for spelling in t.match}
        spellings = sorted(self._by_spelling, key=len, reverse=True)
        self._pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, spellings)) + r")(?!\w)")

    def __call__(self, text: str, seen: set[str] | None = None) -> str:
        seen = set() if seen is None else seen
        out, at = [], 0
        for match in self._pattern.finditer(text):
            term = self._by_spelling[match.group(1)]
            if term.id in seen:
                continue
            seen.add(term.id)
            out.append(escape(text[at:match.start()]))
            out.append(f'<a class="term" href="{term.url}" title="{escape(term.definition)}">'
                       f"{escape(match.group(1))}</a>")
            at = match.end()
        out.append(escape(text[at:]))
        return "".join(out)
