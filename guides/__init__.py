"""Decision guides: "Can I see this council document?" and the like, in plain Python.

Standard library only, so the same files run in CPython and in Pyodide in the browser.

Adding a guide is one file in this folder defining ``GUIDE`` and one line in GUIDE_MODULES.
"""
from __future__ import annotations

from protocol.authoring import Registry, Review

from .engine import (Guide, GuideError, InvalidAnswers, Option, Outcome, Problem, Question, State,
                     validate)

__all__ = ["all_guides", "get", "validate_all", "GUIDE_MODULES", "Guide", "Question", "Option",
           "Outcome", "Review", "State", "Problem", "InvalidAnswers", "GuideError", "validate"]

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
    # For officers
    "officer_pressured",
    "officer_political_work",
    "officer_outside_policy",
    "officer_close_relationship",
    "officer_outside_body",
)


_REGISTRY = Registry(__name__, GUIDE_MODULES, "GUIDE", "guide")


def all_guides() -> list[Guide]:
    return _REGISTRY.all()


def get(guide_id: str) -> Guide | None:
    return _REGISTRY.get(guide_id)


def validate_all(clause_exists=None) -> list[Problem]:
    return _REGISTRY.validate(all_guides(), validate, clause_exists)
