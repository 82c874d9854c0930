"""What a Python file imports, read from its source (nothing is run): for the tests that say the
code shipped to the browser uses the standard library only."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

__all__ = ["absolute_imports", "outside"]


def absolute_imports(path: Path) -> list[str]:
    """Every module a file imports by absolute name (relative imports stay in its package)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.append(node.module)
    return names


def outside(folder: Path, allowed=lambda name: False) -> list[str]:
    """``file: module`` for each import in ``folder/*.py`` that is neither the standard library
    nor ``allowed(name)``."""
    return [f"{path.name}: {name}" for path in sorted(folder.glob("*.py"))
            for name in absolute_imports(path)
            if name.split(".")[0] not in sys.stdlib_module_names and not allowed(name)]
