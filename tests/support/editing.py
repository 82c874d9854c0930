"""A copy of the project's sources that a test may break, and small edits to it.

Public names:
    copy_sources(root, dest)              docs/, guides/ and training/ copied into dest: what
                                          ``protocol check --root dest`` reads
    copy_project(root, dest)              those, macros/, site_src/ and mkdocs.yml, with
                                          node_modules linked: what ``mkdocs build`` reads
                                          (build it with tests.support.env.build_site)
    add_example_council(dest)             the example council (tests/support/council/): its
                                          docs/_data/council.yml and logo
    edit(path, old, new)                  replaces the first ``old`` with ``new``; returns the
                                          line ``old`` started at
    line_of(path, needle, occurrence=1)   the line of the file the nth ``needle`` starts at

The ``project`` fixture (tests/unit/conftest.py) is ``copy_sources`` into the test's tmp_path.
"""
from __future__ import annotations

import shutil
from pathlib import Path

__all__ = ["copy_sources", "copy_project", "add_example_council", "edit", "line_of"]

EXAMPLE_COUNCIL = Path(__file__).resolve().parent / "council"


def copy_sources(root: Path, dest: Path) -> Path:
    shutil.copytree(root / "docs", dest / "docs")
    for folder in ("guides", "training"):
        shutil.copytree(root / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def copy_project(root: Path, dest: Path) -> Path:
    copy_sources(root, dest)
    for folder in ("macros", "site_src"):
        shutil.copytree(root / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(root / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "node_modules").symlink_to(root / "node_modules")
    return dest


def add_example_council(dest: Path) -> None:
    (dest / "docs/assets/images").mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLE_COUNCIL / "council-logo.svg", dest / "docs/assets/images/council-logo.svg")
    shutil.copy(EXAMPLE_COUNCIL / "council.yml", dest / "docs/_data/council.yml")


def edit(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return _line(text, text.index(old))


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    text = path.read_text(encoding="utf-8")
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return _line(text, at)


def _line(text: str, offset: int) -> int:
    return text[:offset].count("\n") + 1
