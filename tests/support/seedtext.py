"""An independent reading of the seed texts in ../shared/seeds/, for word-for-word tests.

It shares no code with the ``protocol`` package: the seeds are plain text, read here line by
line by their own numbering, so a parser bug in the package cannot hide itself.

The tests get the seeds from the ``seeds`` fixture (tests/conftest.py), which skips them, saying
where to put the seeds, when the folder is missing (and fails them when CI is "true"); nothing
here reads the folder at import time.

Public names:
    SEED_FILES             {version: file name} of the two seed texts
    default_seeds_dir()    ../shared/seeds beside the project
    seeds_dir()            SEEDS_DIR if set, else the default
    missing_seeds(folder)  the seed files not found in folder
    Seeds(folder)          the texts read: seed_2022(), seed_2008(), seed_clauses(version)
    norm(text)             whitespace-normalised text without list bullets
"""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_FILES = {"2008": "000_aa3a0f48e729e293.txt", "2022": "001_88f525d21b014894.txt"}
FURNITURE = ("Skip to content", "Website feedback", "Was this page useful?",
             "Yes, I give permission", "We will only contact you", "Back to top")


def default_seeds_dir() -> Path:
    """CI clones the project with shared/ beside it."""
    return ROOT.parent / "shared" / "seeds"


def seeds_dir() -> Path:
    """SEEDS_DIR overrides the default for other layouts."""
    return Path(os.environ.get("SEEDS_DIR") or default_seeds_dir())


def missing_seeds(folder: Path) -> list[Path]:
    return [folder / name for name in SEED_FILES.values() if not (folder / name).is_file()]


def norm(text: str) -> str:
    """Whitespace-normalised text, with list bullets dropped (they are markup, not words)."""
    return " ".join(text.replace("•", " ").split())


class Seeds:
    """The seed texts in one folder, read line by line by their own numbering."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, version: str) -> Path:
        return self.folder / SEED_FILES[version]

    def seed_2022(self) -> dict[str, str]:
        return _seed_2022(self.path("2022").read_text(encoding="utf-8"))

    def seed_2008(self) -> tuple[str, dict[str, str]]:
        return _seed_2008(self.path("2008").read_text(encoding="utf-8"))

    def seed_clauses(self, version: str) -> dict[str, str]:
        return self.seed_2022() if version == "2022" else self.seed_2008()[1]


def _seed_2022(text: str) -> dict[str, str]:
    clauses: dict[str, list[str]] = {}
    section = clause = None
    for line in text.splitlines():
        if line.startswith("Website feedback"):
            break
        if m := re.match(r"^(\d+)\. ", line):
            section, clause = m.group(1), None
        elif m := re.match(r"^  (\d+)\. (.*)", line):
            clause = f"{section}.{m.group(1)}"
            clauses[clause] = [m.group(2)]
        elif m := re.match(r"^    (\d+)\. (.*)", line):
            clause_id = f"{clause.split('.')[0]}.{clause.split('.')[1]}.{m.group(1)}"
            clauses[clause_id] = [m.group(2)]
            clause = clause_id
        elif line.startswith("    ") and clause:
            clauses[clause].append(line)
    return {k: norm(" ".join(v)) for k, v in clauses.items()}


def _seed_2008(text: str) -> tuple[str, dict[str, str]]:
    intro, _, body = text.partition("Introduction")
    first = re.search(r"^1\.\s", body, re.M)
    preamble = norm(body[: first.start()])
    clauses = {}
    parts = re.split(r"^(\d+)\.\s", body[first.start():], flags=re.M)
    for number, chunk in zip(parts[1::2], parts[2::2]):
        clauses[number] = norm(chunk)
    return preamble, clauses

