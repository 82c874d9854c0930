"""A problem found in a source file, reported as ``file:line: message`` (or as a warning), or as
``file:line:col: message`` when it is one character of a line (``column``, 1-based)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem", "ProblemsError"]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    warning: bool = False
    column: int = 0  # 1-based, in characters; 0: the whole line

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        where = f"{self.path}:{self.line}:{self.column}" if self.column else f"{self.path}:{self.line}"
        return f"{where}: {prefix}{self.message}"


class ProblemsError(Exception):
    """Raised when a source cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
