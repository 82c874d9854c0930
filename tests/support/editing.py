"""A copy of the project's sources that a test may break, and small edits to it.

Public names:
    copy_sources(root, dest)              docs/, guides/ and training/ copied into dest: what
                                          ``protocol check --root dest`` reads
    edit(path, old, new)                  replaces the first ``old`` with ``new``; returns the
                                          line ``old`` started at
    line_of(path, needle, occurrence=1)   the line of the file the nth ``needle`` starts at

The ``project`` fixture (tests/unit/conftest.py) is ``copy_sources`` into the test's tmp_path.
"""
from __future__ import annotations

import shutil
from pathlib import Path

__all__ = ["copy_sources", "edit", "line_of"]


def copy_sources(root: Path, dest: Path) -> Path:
    shutil.copytree(root / "docs", dest / "docs")
    for folder in ("guides", "training"):
        shutil.copytree(root / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


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
