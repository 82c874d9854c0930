"""Induction training for new councillors: scenario modules by theme, in plain Python.

Standard library only (plus ``guides.engine``, which is too), so the same files run in CPython
and in Pyodide in the browser.

Public names:
    all_modules()                    every module, in the order of TRAINING_MODULES
    get(module_id)                   one module, or None if there is no such module
    validate_all(clause_exists=None) the problems in every module, plus duplicate module ids
    TRAINING_MODULES                 the modules of this package that hold a training module
    Module, Question, Option, Point, Problem, InvalidAnswer, grade, grade_module, validate
                                     re-exported from training.engine

Adding a module is one file in this folder defining ``MODULE`` and one line in TRAINING_MODULES.
"""
from __future__ import annotations

import importlib

from .engine import (InvalidAnswer, Module, Option, Point, Problem, Question, grade, grade_module,
                     validate)

__all__ = ["all_modules", "get", "validate_all", "TRAINING_MODULES", "Module", "Question",
           "Option", "Point", "Problem", "InvalidAnswer", "grade", "grade_module", "validate"]

TRAINING_MODULES = (
    "roles",
    "respect",
    "information",
    "party_groups",
    "correspondence_press",
    "when_things_go_wrong",
)


def all_modules() -> list[Module]:
    return [importlib.import_module(f"{__name__}.{name}").MODULE for name in TRAINING_MODULES]


def get(module_id: str) -> Module | None:
    for module in all_modules():
        if module.id == module_id:
            return module
    return None


def validate_all(clause_exists=None) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, Module] = {}
    for module in all_modules():
        if module.id in first_seen:
            problems.append(Problem(module.file, module.line,
                                    f"duplicate module id {module.id!r} "
                                    f"(also in {first_seen[module.id].file})"))
        first_seen.setdefault(module.id, module)
        problems.extend(validate(module, clause_exists))
    return problems
