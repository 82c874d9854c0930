"""Decision guides: "Can I see this council document?" and the like, in plain Python.

Standard library only, so the same files run in CPython and in Pyodide in the browser.

Public names:
    all_guides()                     every guide, in the order of GUIDE_MODULES
    get(guide_id)                    one guide, or None if there is no such guide
    validate_all(clause_exists=None) the problems in every guide, plus duplicate guide ids
    GUIDE_MODULES                    the modules of this package that hold a guide
    Guide, Question, Option, Outcome, State, Problem, InvalidAnswers, GuideError, validate
                                     re-exported from guides.engine

Adding a guide is one file in this folder defining ``GUIDE`` and one line in GUIDE_MODULES.
"""
from __future__ import annotations

import importlib

from .engine import (Guide, GuideError, InvalidAnswers, Option, Outcome, Problem, Question, State,
                     validate)

__all__ = ["all_guides", "get", "validate_all", "GUIDE_MODULES", "Guide", "Question", "Option",
           "Outcome", "State", "Problem", "InvalidAnswers", "GuideError", "validate"]

GUIDE_MODULES = (
    "inspect_documents",
    "unhappy_with_officer",
    "party_group_briefing",
    "support_services",
    "correspondence",
    "press",
    "ward_involvement",
    "chair_and_reports",
    "who_decides",
    "asking_officers",
    "sharing_information",
    "officers_lobbying_and_appointments_2008",
)


def all_guides() -> list[Guide]:
    return [importlib.import_module(f"{__name__}.{name}").GUIDE for name in GUIDE_MODULES]


def get(guide_id: str) -> Guide | None:
    for guide in all_guides():
        if guide.id == guide_id:
            return guide
    return None


def validate_all(clause_exists=None) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, Guide] = {}
    for guide in all_guides():
        if guide.id in first_seen:
            problems.append(Problem(guide.file, guide.line,
                                    f"duplicate guide id {guide.id!r} "
                                    f"(also in {first_seen[guide.id].file})"))
        first_seen.setdefault(guide.id, guide)
        problems.extend(validate(guide, clause_exists))
    return problems
