"""An independent reading of the seed texts in ../shared/seeds/, for word-for-word tests.

It shares no code with the ``protocol`` package: the seeds are plain text, read here line by
line by their own numbering, so a parser bug in the package cannot hide itself.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# CI clones the project with shared/ beside it; SEEDS_DIR overrides for other layouts.
SEEDS = Path(os.environ.get("SEEDS_DIR") or ROOT.parent / "shared" / "seeds")
if not SEEDS.is_dir():
    raise RuntimeError(f"seed texts not found at {SEEDS}: clone the project beside shared/ "
                       "or set SEEDS_DIR")
SEED_FILES = {"2008": "000_aa3a0f48e729e293.txt", "2022": "001_88f525d21b014894.txt"}
FURNITURE = ("Skip to content", "Website feedback", "Was this page useful?",
             "Yes, I give permission", "We will only contact you", "Back to top")


def norm(text: str) -> str:
    """Whitespace-normalised text, with list bullets dropped (they are markup, not words)."""
    return " ".join(text.replace("•", " ").split())


def seed_2022() -> dict[str, str]:
    clauses: dict[str, list[str]] = {}
    section = clause = None
    for line in (SEEDS / SEED_FILES["2022"]).read_text(encoding="utf-8").splitlines():
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


def seed_2008() -> tuple[str, dict[str, str]]:
    text = (SEEDS / SEED_FILES["2008"]).read_text(encoding="utf-8")
    intro, _, body = text.partition("Introduction")
    first = re.search(r"^1\.\s", body, re.M)
    preamble = norm(body[: first.start()])
    clauses = {}
    parts = re.split(r"^(\d+)\.\s", body[first.start():], flags=re.M)
    for number, chunk in zip(parts[1::2], parts[2::2]):
        clauses[number] = norm(chunk)
    return preamble, clauses


def seed_clauses(version: str) -> dict[str, str]:
    return seed_2022() if version == "2022" else seed_2008()[1]
