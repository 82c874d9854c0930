"""``protocol check``: validate every source under a project root.

Public names:
    check(root) -> list[Problem]     every problem (and warning) found, in file order
    CHECKS                           the individual checks, each ``(root, corpus) -> problems``

Each check reports ``file:line: message``; one broken file never hides problems in another.
"""
from __future__ import annotations

import re
from pathlib import Path

from .corpus import Corpus, load_corpus
from .problems import Problem, ProblemsError

__all__ = ["check", "CHECKS", "citation_problems"]

# A citation in a page: {{ clause("2022", "7.3") }} or {{ quote('2008', '8') }}.
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


def _data_problems(root: Path, corpus: Corpus) -> list[Problem]:
    from .glossary import load_glossary
    from .related import load_related

    problems: list[Problem] = []
    for loader, name in ((load_glossary, "glossary"), (load_related, "related documents")):
        try:
            loader(root)
        except ProblemsError as exc:
            problems.extend(exc.problems)
        except Exception as exc:  # a malformed data file must still be reported, not crash
            problems.append(Problem(f"docs/_data ({name})", 0, f"cannot be read: {exc}"))
    return problems


CHECKS = [citation_problems, _data_problems]


def _extra_checks():
    """Checks for parts that live in other packages, loaded only when present."""
    found = []
    for module, name in (("protocol.guidecheck", "guide_problems"),
                         ("protocol.trainingcheck", "training_problems"),
                         ("protocol.correspondence", "correspondence_problems")):
        try:
            mod = __import__(module, fromlist=[name])
        except ModuleNotFoundError:
            continue
        found.append(getattr(mod, name))
    return found


def check(root: Path | str = ".") -> list[Problem]:
    root = Path(root)
    try:
        corpus = load_corpus(root)
    except ProblemsError as exc:
        return exc.problems  # later checks need a valid corpus
    problems: list[Problem] = []
    for run in CHECKS + _extra_checks():
        problems.extend(run(root, corpus))
    return problems
