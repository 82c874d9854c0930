"""The authored items of one package (guides, training modules): one item per listed module."""
from __future__ import annotations

import importlib
from typing import Callable

from .problems import Problem

__all__ = ["Registry"]


class Registry:
    """Each module named in ``modules`` (inside ``package``) defines one item as ``attribute``.

    Items are imported when first asked for, in the listed order; ids must be unique.
    """

    def __init__(self, package: str, modules: tuple[str, ...], attribute: str, kind: str):
        self.package, self.modules, self.attribute, self.kind = package, modules, attribute, kind

    def all(self) -> list:
        return [getattr(importlib.import_module(f"{self.package}.{name}"), self.attribute)
                for name in self.modules]

    def get(self, item_id: str):
        """The item with this id, or None (also for an id that is not a string)."""
        return next((item for item in self.all() if item.id == item_id), None)

    def validate(self, items: list, validate: Callable, clause_exists=None) -> list[Problem]:
        """Every problem in ``items`` (``validate(item, clause_exists)``), plus repeated ids."""
        problems: list[Problem] = []
        first_seen: dict[str, object] = {}
        for item in items:
            if item.id in first_seen:
                problems.append(Problem(item.file, item.line,
                                        f"duplicate {self.kind} id {item.id!r} "
                                        f"(also in {first_seen[item.id].file})"))
            first_seen.setdefault(item.id, item)
            problems.extend(validate(item, clause_exists))
        return problems
