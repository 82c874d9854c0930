"""The version files, ``docs/protocol/<id>.md``: read from disk, front matter read as YAML, and
handed to the text core to parse. A new version is one new file; nothing else changes."""
from __future__ import annotations

from pathlib import Path

import yaml

from protocol.authoring import Problem, ProblemsError
from protocol.text.corpus import Corpus
from protocol.text.model import Version
from protocol.text.parse import parse_version, split_front_matter

__all__ = ["VERSIONS_DIR", "version_files", "load_version_file", "load_corpus", "read_version"]

VERSIONS_DIR = Path("docs") / "protocol"
# Pages in the versions folder that are not versions.
_NOT_VERSIONS = {"index.md"}


def version_files(root: Path) -> list[Path]:
    folder = Path(root) / VERSIONS_DIR
    return sorted(p for p in folder.glob("*.md") if p.name not in _NOT_VERSIONS)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def read_version(text: str, path: str, *, stem: str | None = None) -> Version:
    """A version file's text -> Version; raises ProblemsError (``path:line: message``)."""
    front, _, _ = split_front_matter(text)
    meta = None
    if front is not None:
        try:
            meta = yaml.safe_load(front)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            raise ProblemsError([Problem(path, line, f"front matter is not valid YAML: "
                                                     f"{getattr(exc, 'problem', exc)}")]) from None
    return parse_version(text, path, meta, stem=stem)


def load_version_file(path: Path, root: Path | None = None) -> Version:
    path = Path(path)
    shown = _relative(path, Path(root)) if root else str(path)
    return read_version(path.read_text(encoding="utf-8"), shown, stem=path.stem)


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
