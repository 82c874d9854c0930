"""Checks of the guides and training modules of a project root.

They run in a child Python whose import path starts at that root, so ``protocol check --root
DIR`` checks DIR's guides and modules, never the ones already imported here, and a module that
cannot even be imported (a syntax error) is reported at its line instead of stopping the check.
The child gets the corpus's clause ids on stdin and answers with JSON: every problem, and each
guide outcome's citations (for the drift warnings, which compare versions here).
"""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from protocol.authoring import Problem, Registry, Review, review_problems, shown_path
from protocol.checks import named
from protocol.text.corpus import Corpus

__all__ = ["authored_problems", "GuideCitations", "OutcomeCitations"]

_TIMEOUT = 600  # seconds; the check takes about one


@dataclass(frozen=True)
class OutcomeCitations:
    id: str
    file: str
    line: int
    cites: tuple
    earlier_cites: tuple


@dataclass(frozen=True)
class GuideCitations:
    id: str
    file: str
    line: int
    outcomes: tuple[OutcomeCitations, ...]


def authored_problems(root: Path, corpus: Corpus) -> tuple[list[Problem], list[GuideCitations]]:
    """(problems, the guides' citations) for the guides and training under ``root``."""
    clauses = {v.id: [c.id for c in v.clauses] for v in corpus}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(Path(root).resolve()), *filter(None, [os.environ.get("PYTHONPATH")])]))
    try:
        child = subprocess.run([sys.executable, "-m", __name__], input=json.dumps(clauses),
                               capture_output=True, text=True, env=env, cwd=root,
                               timeout=_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [Problem("guides/__init__.py", 1, f"checking the guides and training modules "
                                                 f"took more than {_TIMEOUT} seconds: does one "
                                                 "loop for ever when imported?")], []
    try:
        reply = json.loads(child.stdout)
    except ValueError:
        detail = (child.stderr.strip().splitlines() or ["no output"])[-1]
        return [Problem("guides/__init__.py", 0, f"cannot check the guides: {detail}")], []
    problems = [Problem(*p) for p in reply["problems"]]
    problems += _review_problems(reply.get("reviews", []), corpus)
    guides = [GuideCitations(g["id"], g["file"], g["line"], tuple(
        OutcomeCitations(o["id"], o["file"], o["line"], tuple(map(tuple, o["cites"])),
                         tuple(map(tuple, o["earlier_cites"]))) for o in g["outcomes"]))
        for g in reply["guides"]]
    return problems, guides


def _review_problems(reviews: list, corpus: Corpus) -> list[Problem]:
    """A review against a version that does not exist is an error; against one that is no
    longer current, a warning: the words were checked against a text that has changed."""
    problems = []
    for kind, item_id, file, line, version in reviews:
        if corpus.get(version) is None:
            known = ", ".join(v.id for v in corpus)
            problems.append(Problem(file, line, f"{kind} {item_id!r} was reviewed against "
                                                f"version {version!r}, which does not exist "
                                                f"(known: {known})"))
        elif version != corpus.current.id:
            problems.append(Problem(file, line, f"{kind} {item_id!r} was reviewed against the "
                                                f"{version} version, which is no longer current "
                                                f"({corpus.current.id} is): review it again",
                                    warning=True))
    return problems


def _import_problem(package: str, exc: BaseException) -> Problem:
    """Where an import failed: the line of a syntax error, else the deepest frame in ``package``."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return Problem(shown_path(exc.filename), exc.lineno or 0, f"cannot import: {exc.msg}")
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if f"{os.sep}{package}{os.sep}" in f.filename]
    where = frames[-1] if frames else None
    return Problem(shown_path(where.filename) if where else f"{package}/__init__.py",
                   where.lineno if where else 0, f"cannot load: {type(exc).__name__}: {exc}")


def _check_package(package: str, clauses: dict) -> tuple[list[Problem], list]:
    """Every problem in ``package``: each listed module is imported on its own, so one that
    cannot be imported (a syntax error) is reported at its line and hides nothing in the
    others, which are then validated as the package validates them."""
    def clause_exists(version: str, clause_id: str) -> bool:
        return clause_id in clauses.get(version, ())

    try:
        module = importlib.import_module(package)
    except (Exception, SystemExit) as exc:  # a broken package must be reported, not crash the check
        return [_import_problem(package, exc)], []
    registry = next((value for value in vars(module).values() if isinstance(value, Registry)),
                    None)
    try:
        if registry is None:  # not written on a Registry: validate it as a whole
            return module.validate_all(clause_exists), (
                module.all_guides() if package == "guides" else module.all_modules())
        problems, items = [], []
        for name in registry.modules:
            try:
                items.append(getattr(importlib.import_module(f"{package}.{name}"),
                                     registry.attribute))
            except (Exception, SystemExit) as exc:
                problems.append(_import_problem(package, exc))
        problems += registry.validate(items, module.validate, clause_exists)
        return problems, items
    except Exception as exc:  # a broken guide must be reported, not crash the check
        return [_import_problem(package, exc)], []


def _named_problems(package: str, items) -> list[Problem]:
    """Clauses named in the words but not cited (``protocol.checks.named``), and a missing
    review record."""
    check = named.guide_problems if package == "guides" else named.module_problems
    kind = "guide" if package == "guides" else "module"
    problems: list[Problem] = []
    for item in items:
        if getattr(item, "review", None) is None:  # every registered item records its review
            problems += review_problems(item, kind)
        try:
            problems += check(item)
        except Exception:  # a malformed item is already reported by its package's validation
            continue
    return problems


def _main() -> None:
    clauses = {v: set(ids) for v, ids in json.loads(sys.stdin.read()).items()}
    problems, guides, reviews = [], [], []
    reply, sys.stdout = sys.stdout, sys.stderr  # whatever a module prints is not the reply
    for package in ("guides", "training"):
        if not (Path.cwd() / package).is_dir() and package == "training":
            continue
        found, items = _check_package(package, clauses)
        problems += found
        problems += _named_problems(package, items)
        kind = "guide" if package == "guides" else "module"
        reviews += [[kind, item.id, review.file, review.line, review.version]
                    for item in items if isinstance(review := getattr(item, "review", None),
                                                    Review) and isinstance(review.version, str)]
        if package == "guides":
            guides += items
    sys.stdout = reply
    json.dump({"problems": [[p.path, p.line, p.message, p.warning] for p in problems],
               "reviews": reviews,
               "guides": [{"id": g.id, "file": g.file, "line": g.line, "outcomes": [
                   {"id": o.id, "file": o.file, "line": o.line, "cites": o.cites,
                    "earlier_cites": o.earlier_cites} for o in g.outcomes]} for g in guides]},
              sys.stdout)


if __name__ == "__main__":
    _main()
