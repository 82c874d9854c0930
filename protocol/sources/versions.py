"""The version files, ``docs/protocol/<id>.md``: read from disk, front matter read as YAML, and
handed to the text core to parse. A new version is one new file; nothing else changes."""
from __future__ import annotations

from pathlib import Path

from protocol.authoring import Problem, ProblemsError
from protocol.sources.files import read_source
from protocol.sources.strict_yaml import load_yaml
from protocol.text.corpus import Corpus
from protocol.text.model import Version
from protocol.text.parse import parse_version, split_front_matter

__all__ = ["VERSIONS_DIR", "version_files", "load_version_file", "load_corpus", "read_version"]

VERSIONS_DIR = Path("docs") / "protocol"
# Pages in the versions folder that are not versions.
_NOT_VERSIONS = {"index.md"}


def version_files(root: Path) -> list[Path]:
    """Every ``*.md`` in the versions folder but the index, whatever it is (a directory named
    ``x.md`` is listed, to be reported)."""
    folder = Path(root) / VERSIONS_DIR
    return sorted(p for p in folder.glob("*.md") if p.name not in _NOT_VERSIONS)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def read_version(text: str, path: str, *, stem: str | None = None) -> Version:
    """A version file's text -> Version; raises ProblemsError (``path:line: message``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, _, _ = split_front_matter(text.removeprefix("\ufeff"))  # a BOM: reported by the parser
    meta, lines = None, {}
    if front is not None:
        try:
            meta, lines = load_yaml(front, path, first_line=2)
        except ProblemsError as exc:
            problems = [Problem(p.path, p.line, p.message.replace("not valid YAML",
                                                                  "front matter is not valid YAML"),
                                p.warning, p.column) for p in exc.problems]
            try:  # the text's own problems too, with every field taken as given
                parse_version(text, path, {}, stem=stem)
            except ProblemsError as more:
                problems += [p for p in more.problems if "front matter is missing" not in p.message
                             and "version has no clauses" not in p.message]
            raise ProblemsError(problems) from None
    return parse_version(text, path, meta, stem=stem, lines=lines)


def load_version_file(path: Path, root: Path | None = None) -> Version:
    path = Path(path)
    shown = _relative(path, Path(root)) if root else str(path)
    return read_version(read_source(path, shown), shown, stem=path.stem)


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
