"""All versions of the protocol, loaded from ``docs/protocol/<id>.md``.

Public names:
    Corpus                 the versions in date order, with lookups
    load_corpus(root)      read and validate every version file under a project root
    VERSIONS_DIR           where version files live, relative to the project root

Which version is current is derived (the latest date), never written in a file, so a new
version is added by adding one file.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from .model import Clause, Version
from .parse import parse_version
from .problems import Problem, ProblemsError

__all__ = ["Corpus", "load_corpus", "VERSIONS_DIR", "version_files"]

VERSIONS_DIR = Path("docs") / "protocol"
# Pages in the versions folder that are not versions.
_NOT_VERSIONS = {"index.md"}


def version_files(root: Path) -> list[Path]:
    folder = Path(root) / VERSIONS_DIR
    return sorted(p for p in folder.glob("*.md") if p.name not in _NOT_VERSIONS)


class Corpus:
    def __init__(self, versions: list[Version]):
        ordered = sorted(versions, key=lambda v: (v.date, v.id))
        latest = ordered[-1].id if ordered else None
        self.versions: list[Version] = [dataclasses.replace(v, current=v.id == latest)
                                        for v in ordered]
        self._by_id = {v.id: v for v in self.versions}

    @property
    def current(self) -> Version:
        return self.versions[-1]

    def get(self, version_id: str) -> Version | None:
        return self._by_id.get(str(version_id))

    def clause(self, version_id: str, clause_id: str) -> Clause | None:
        version = self.get(version_id)
        return version.clause(str(clause_id)) if version else None

    def previous(self, version_id: str) -> Version | None:
        ids = [v.id for v in self.versions]
        at = ids.index(version_id)
        return self.versions[at - 1] if at > 0 else None

    def __iter__(self):
        return iter(self.versions)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def load_version_file(path: Path, root: Path | None = None) -> Version:
    path = Path(path)
    shown = _relative(path, Path(root)) if root else str(path)
    return parse_version(path.read_text(encoding="utf-8"), shown, stem=path.stem)


def load_corpus(root: Path | str = ".") -> Corpus:
    """Load every version; raises ProblemsError listing every problem in every file."""
    root = Path(root)
    problems: list[Problem] = []
    versions: list[Version] = []
    files = version_files(root)
    if not files:
        raise ProblemsError([Problem(str(VERSIONS_DIR), 0, "no version files found")])
    for path in files:
        try:
            versions.append(load_version_file(path, root))
        except ProblemsError as exc:
            problems.extend(exc.problems)
    seen: dict[str, str] = {}
    for v in versions:
        if v.id in seen:
            problems.append(Problem(v.path, 2, f"version id {v.id} is also used by {seen[v.id]}"))
        seen[v.id] = v.path
    if problems:
        raise ProblemsError(problems)
    return Corpus(versions)
