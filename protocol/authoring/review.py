"""The record of a guide's or training module's review: when, by which role, against which
version of the protocol. Shown on its page; ``protocol check`` warns when that version is no
longer the current one (the words may no longer match the text)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .located import record_location
from .problems import Problem

__all__ = ["Review", "review_problems"]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Review:
    date: str       # ISO date of the review, "2026-12-01"
    role: str       # the role that reviewed it, "Monitoring Officer"
    version: str    # the id of the protocol version it was reviewed against, "2022"
    file: str | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        record_location(self)

    def as_json(self) -> dict:
        return {"date": self.date, "role": self.role, "version": self.version}


def _real_date(value) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def review_problems(item, kind: str, required: bool = True) -> list[Problem]:
    """What is wrong with ``item.review`` (``kind`` is "guide" or "module"). The engines'
    validate() pass ``required=False`` (a guide under test need not record one); ``protocol
    check`` requires it of every registered guide and module."""
    review = getattr(item, "review", None)
    if review is None and not required:
        return []
    if review is None:
        return [Problem(item.file, item.line,
                        f"{kind} {item.id!r} records no review: add review=Review(date=..., "
                        f"role=..., version=...)")]
    if not isinstance(review, Review):
        return [Problem(item.file, item.line, f"{kind} {item.id!r}: review must be a Review")]
    problems = []
    if not _real_date(review.date):
        problems.append(Problem(review.file, review.line,
                                f"review date {review.date!r} must be a real ISO date "
                                "(YYYY-MM-DD)"))
    if not isinstance(review.role, str) or not review.role.strip():
        problems.append(Problem(review.file, review.line, "review names no role"))
    if not isinstance(review.version, str) or not review.version:
        problems.append(Problem(review.file, review.line,
                                "review names no protocol version"))
    return problems
