"""Citations that authors write in pages: ``{{ clause("2022", "7.3") }}``, ``{{ quote(...) }}``."""
from __future__ import annotations

import re
from pathlib import Path

from protocol.authoring import Problem
from protocol.text.corpus import Corpus

__all__ = ["citation_problems"]

_CITATION = re.compile(r"""\b(clause|quote)\(\s*["'](?P<version>[^"']+)["']\s*,\s*["'](?P<clause>[^"']+)["']""")


def citation_problems(root: Path, corpus: Corpus) -> list[Problem]:
    problems = []
    docs = Path(root) / "docs"
    for path in sorted(docs.rglob("*.md")):
        rel = str(path.relative_to(root))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in _CITATION.finditer(line):
                version, clause = m.group("version"), m.group("clause")
                if corpus.get(version) is None:
                    problems.append(Problem(rel, n, f"citation of unknown version {version!r}"))
                elif corpus.clause(version, clause) is None:
                    problems.append(Problem(rel, n, f"citation of unknown clause {clause!r} in "
                                                    f"version {version}"))
    return problems
