"""Drift warnings: guide outcomes whose cited clause reads differently in a later version."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from protocol.authoring import Problem
from protocol.compare import normalise
from protocol.sources.correspondence import consecutive_comparisons

__all__ = ["drift_warnings"]


def drift_warnings(root: Path | str, corpus, guides: Iterable) -> list[Problem]:
    """Warnings for guide outcomes that may need review because the protocol moved on.

    Each citation names the version it was written against. An outcome was written against the
    newest version it cites; its citations of that version are followed through each later
    version (curated correspondences first), and the first version where the corresponding
    clause reads differently, or has no counterpart, is reported at the outcome. Citations of
    older versions beside newer ones are deliberate history and are not reported.
    """
    order = {v.id: n for n, v in enumerate(corpus)}
    versions = list(corpus)
    comparisons = {(c.from_id, c.to_id): c for c in consecutive_comparisons(root, corpus)}
    warnings: list[Problem] = []
    for guide in guides:
        for outcome in guide.outcomes:
            cited = [(v, c) for v, c in (*outcome.cites, *outcome.earlier_cites) if v in order]
            if not cited:
                continue
            basis = max((v for v, _ in cited), key=order.__getitem__)
            seen: set[str] = set()
            for version_id, clause_id in cited:
                if version_id != basis or clause_id in seen:
                    continue
                seen.add(clause_id)
                found = _drift(corpus, comparisons, versions, version_id, clause_id)
                if found:
                    warnings.append(Problem(
                        outcome.file or guide.file, outcome.line or guide.line,
                        f"guide {guide.id!r}, outcome {outcome.id!r}: cites {version_id} clause "
                        f"{clause_id}; {found}: review the outcome", warning=True))
    return warnings


def _drift(corpus, comparisons, versions, version_id: str, clause_id: str) -> str | None:
    original = corpus.clause(version_id, clause_id)
    if original is None:
        return None
    text = normalise(original.text)
    ids = [clause_id]
    at = [v.id for v in versions].index(version_id)
    for older, newer in zip(versions[at:], versions[at + 1:]):
        comparison = comparisons[(older.id, newer.id)]
        following: list[str] = []
        for cid in ids:
            # Every counterpart: a curated correspondence may name a clause more than once.
            for pair in comparison.counterparts(cid, side="from"):
                following += [t for t in pair.to_ids if t not in following]
        if not following:
            return f"the {newer.id} version has no corresponding clause"
        texts = [newer.clause(t).text for t in following]
        if normalise("\n\n".join(texts)) != text:
            names = " + ".join(following)
            return (f"the corresponding clause in the {newer.id} version ({names}) reads "
                    "differently")
        ids = following
    return None
