"""The data files in ``docs/_data/``: glossary, related documents and the council's details
(each problem at its line),
the clauses the glossary says define a term, and characters that are not what they seem in any
data file (see ``protocol.text.characters``)."""
from __future__ import annotations

from pathlib import Path

from protocol.authoring import Problem, ProblemsError
from protocol.sources.files import read_source
from protocol.sources.council import load_council
from protocol.sources.glossary import GLOSSARY_FILE, load_glossary
from protocol.sources.related import load_related
from protocol.text.characters import find_characters
from protocol.text.corpus import Corpus

__all__ = ["data_problems", "DATA_DIR"]

DATA_DIR = Path("docs") / "_data"
_MAX_CHARACTER_PROBLEMS = 50  # per file


def data_problems(root: Path, corpus: Corpus | None) -> list[Problem]:
    """Every problem in the data files; ``corpus`` None (the versions have problems): the
    clauses named are not checked."""
    problems: list[Problem] = []
    for loader in (load_glossary, load_related, load_council):
        try:
            found = loader(root)
        except ProblemsError as exc:
            problems.extend(exc.problems)
            continue
        if loader is load_glossary and corpus is not None:
            for term in found:
                if term.defined_in and corpus.clause(*term.defined_in) is None:
                    version, clause = term.defined_in
                    problems.append(Problem(str(GLOSSARY_FILE), term.line,
                                            f"term {term.term!r} is defined_in clause {clause} "
                                            f"of version {version}, which does not exist"))
    problems.extend(_character_problems(root))
    return problems


def _character_problems(root: Path) -> list[Problem]:
    problems: list[Problem] = []
    folder = Path(root) / DATA_DIR
    for path in sorted(folder.rglob("*.yml")) if folder.is_dir() else []:
        shown = str(path.relative_to(root))
        try:
            text = read_source(path, shown)
        except ProblemsError:
            continue  # reported by the file's reader
        found = find_characters(text)
        problems += [Problem(shown, f.line, f.message, column=f.column)
                     for f in found[:_MAX_CHARACTER_PROBLEMS]]
        if len(found) > _MAX_CHARACTER_PROBLEMS:
            problems.append(Problem(shown, found[_MAX_CHARACTER_PROBLEMS].line,
                                    f"... and {len(found) - _MAX_CHARACTER_PROBLEMS} more "
                                    "characters like these"))
    return problems
