"""Data files that are a list of entries (``docs/_data/glossary.yml``, ``related.yml``): read
with the strict YAML reader and checked field by field, each problem at its line."""
from __future__ import annotations

from pathlib import Path

from protocol.authoring import Problem, ProblemsError
from protocol.sources.files import read_source
from protocol.sources.strict_yaml import load_yaml

__all__ = ["read_entries", "Entry"]

# A field's kind: "text" (a line of text), "texts" (a list of them), "flag" (true or false),
# "clause" (a [version, clause id] pair of texts).
_KINDS = {"text": "a line of text", "texts": "a list of lines of text", "flag": "true or false",
          "clause": 'a version and a clause id, such as ["2022", "7.4"]'}


class Entry(dict):
    """One entry's fields, with the line of the entry (``line``) and of each field (``lines``)."""

    def __init__(self, fields: dict, line: int, lines: dict[str, int]):
        super().__init__(fields)
        self.line, self.lines = line, lines


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _kind_problem(kind: str, value) -> str | None:
    ok = {"text": _text(value),
          "texts": isinstance(value, list) and bool(value) and all(map(_text, value)),
          "flag": isinstance(value, bool),
          "clause": isinstance(value, list) and len(value) == 2 and all(map(_text, value))}[kind]
    if ok:
        return None
    hint = ""
    numbers = value if isinstance(value, list) else [value]
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers):
        hint = ' (quote numbers: "7.4")'
    return f"must be {_KINDS[kind]}{hint}"


def read_entries(root: Path | str, relative: Path, fields: dict[str, tuple[bool, str]],
                 what: str) -> list[Entry]:
    """The entries of the list in ``root / relative``; ``fields`` maps each field name to
    (required, kind). Raises ProblemsError with every problem, each at its line."""
    shown = str(relative)
    data, lines = load_yaml(read_source(Path(root) / relative, shown), shown)
    if data is None:
        return []
    if not isinstance(data, list):
        raise ProblemsError([Problem(shown, lines.get((), 1), f"must be a list of {what}s, "
                                                              "each starting with '- '")])
    problems: list[Problem] = []
    entries: list[Entry] = []
    names = ", ".join(fields)
    for n, item in enumerate(data):
        line = lines.get((n,), 1)
        if not isinstance(item, dict):
            problems.append(Problem(shown, line, f"each {what} must be a mapping of {names}"))
            continue
        ok = True
        for key, value in item.items():
            key_line = lines.get((n, key), line)
            if key not in fields:
                problems.append(Problem(shown, key_line, f"unknown field {key!r} in a {what} "
                                                         f"(the fields are {names})"))
                ok = False
                continue
            wrong = _kind_problem(fields[key][1], value)
            if wrong:
                problems.append(Problem(shown, key_line, f"{key!r} {wrong}"))
                ok = False
        missing = [k for k, (required, _) in fields.items() if required and k not in item]
        if missing:
            problems.append(Problem(shown, line, f"{what} is missing {', '.join(map(repr, missing))}"))
            ok = False
        if ok:
            entries.append(Entry(item, line, {k: lines.get((n, k), line) for k in item}))
    if problems:
        raise ProblemsError(problems)
    return entries
