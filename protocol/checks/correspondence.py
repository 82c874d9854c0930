"""Checks of the curated correspondence files (``docs/_data/correspondence/<from>-<to>.yml``)."""
from __future__ import annotations

from pathlib import Path

from protocol.authoring import Problem
from protocol.sources.correspondence import (CORRESPONDENCE_DIR, compare_versions,
                                             read_correspondences, shown_path, version_pair)

__all__ = ["correspondence_problems"]




def correspondence_problems(root: Path | str, corpus) -> list[Problem]:
    """Every problem in every correspondence file."""
    root = Path(root)
    folder = root / CORRESPONDENCE_DIR
    problems: list[Problem] = []
    versions = [v.id for v in corpus]
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        shown = shown_path(path, root)
        if path.suffix == ".yaml":
            problems.append(Problem(shown, 1, "correspondence files end in .yml"))
            continue
        if path.suffix != ".yml":
            continue
        pair = version_pair(path.stem, corpus)
        if pair is None:
            problems.append(Problem(shown, 1, f"file name must be <from>-<to>.yml for two "
                                              f"versions (known: {', '.join(versions)})"))
            continue
        a, b = pair
        if versions.index(b) != versions.index(a) + 1:
            problems.append(Problem(shown, 1, f"{a} and {b} are not consecutive versions: one "
                                              "file per version and the one after it"))
            continue
        entries, found = read_correspondences(path, shown, corpus.get(a), corpus.get(b))
        problems.extend(found)
        if not found:
            try:  # the comparison must accept them too
                compare_versions(corpus.get(a), corpus.get(b), entries)
            except ValueError as exc:
                problems.append(Problem(shown, 1, str(exc)))
    return problems
