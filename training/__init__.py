"""Induction training for new councillors: scenario modules by theme, in plain Python.

Standard library only (on the authoring base in ``protocol.authoring``, which is too), so the same files run in CPython
and in Pyodide in the browser.

Adding a module is one file in this folder defining ``MODULE`` and one line in TRAINING_MODULES.
"""
from __future__ import annotations

from protocol.authoring import Registry, Review

from .engine import (InvalidAnswer, Module, Option, Point, Problem, Question, grade, grade_module,
                     validate)

__all__ = ["all_modules", "get", "validate_all", "TRAINING_MODULES", "Module", "Question",
           "Option", "Point", "Review", "Problem", "InvalidAnswer", "grade", "grade_module", "validate"]

TRAINING_MODULES = (
    "roles",
    "respect",
    "information",
    "party_groups",
    "correspondence_press",
    "when_things_go_wrong",
)


_REGISTRY = Registry(__name__, TRAINING_MODULES, "MODULE", "module")


def all_modules() -> list[Module]:
    return _REGISTRY.all()


def get(module_id: str) -> Module | None:
    return _REGISTRY.get(module_id)


def validate_all(clause_exists=None) -> list[Problem]:
    return _REGISTRY.validate(all_modules(), validate, clause_exists)
