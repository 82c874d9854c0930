"""Shared by every folder: the project root, the seed texts, one built site per run, and the
markers that follow from where a test lives.

    tests/unit/      no site build, no browser (unit/conftest.py refuses ``site_dir``)
    tests/build/     builds the site with MkDocs and reads the files it wrote
    tests/browser/   Playwright and Chromium (marked ``browser``; fixtures in browser/conftest.py)
    tests/pyodide/   the guides in real Pyodide under Node (marked ``pyodide``)
    tests/support/   helpers, imported as ``tests.support.*``

Markers come from the folder, so a new browser test cannot forget its marker and
``make test-fast`` (``-m "not browser and not pyodide"``) still leaves it out.

``make test`` and ``make test-fast`` run the tests in two pytest-xdist workers, a whole file at a
time (``--dist loadfile``), so a module's own fixtures (the security walk, the compare tabs, the
one Pyodide run under Node) are made once; the site is built once for both workers (``site_dir``
takes a file lock) and each worker has its own Chromium.
"""
from __future__ import annotations

import fcntl
import fnmatch
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Timing is measured by `make bench`, not by tests: on a busy 2-core machine a property test's
# first example can take longer than hypothesis's default 200 ms deadline.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

# The helpers' own asserts say what differed, as a test's do (imported after this line).
pytest.register_assert_rewrite("tests.support.editing", "tests.support.guidehelpers")

from tests.support import seedtext
from tests.support.env import ROOT, build_site

TESTS = Path(__file__).resolve().parent
FOLDERS = {"unit": (), "build": (), "browser": ("browser",), "pyodide": ("pyodide",)}


def pytest_configure(config):
    """A whole-suite run (``make test``, ``make test-fast``) must find tests in every folder: a
    folder pytest does not recurse into (its default norecursedirs has "build"), or a test file
    outside the four folders, stops the run here rather than silently leaving tests out."""
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return
    problems = []
    skipped = config.getini("norecursedirs")
    for folder in FOLDERS:
        if not any((TESTS / folder).glob("test_*.py")):
            problems.append(f"tests/{folder}/ has no test files")
        problems += [f"tests/{folder}/ matches norecursedirs {pattern!r}: pytest would skip it"
                     for pattern in skipped if fnmatch.fnmatch(folder, pattern)]
    problems += [f"{path.relative_to(TESTS.parent)}: a test file belongs in one of tests/"
                 f"{', tests/'.join(FOLDERS)}" for path in TESTS.rglob("test_*.py")
                 if path.relative_to(TESTS).parts[0] not in FOLDERS]
    if problems:
        raise pytest.UsageError("\n".join(problems))


@pytest.hookimpl(tryfirst=True)  # before -m deselects: every collected test is marked
def pytest_collection_modifyitems(config, items):
    for item in items:
        try:
            parts = Path(item.path).resolve().relative_to(TESTS).parts
        except ValueError:
            continue  # not one of ours
        folder = parts[0] if len(parts) > 1 else None
        if folder not in FOLDERS:
            raise pytest.UsageError(
                f"{item.nodeid}: a test file belongs in one of tests/{', tests/'.join(FOLDERS)}")
        for name in FOLDERS[folder]:
            item.add_marker(name)
        for name in ("browser", "pyodide"):
            if item.get_closest_marker(name) and name not in FOLDERS[folder]:
                raise pytest.UsageError(f"{item.nodeid}: a test marked {name!r} belongs in "
                                        f"tests/{name}/")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def corpus(root):
    """Every version in docs/protocol/, read by the project's parser (tests only read it)."""
    from protocol import load_corpus

    return load_corpus(root)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The site, built once per run: under pytest-xdist the workers share one build (the first
    to take the lock builds it; the others wait for it)."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's own folder, above each worker's
    dest, built = shared / "site", shared / "site.built"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not built.exists():
            shutil.rmtree(dest, ignore_errors=True)  # left by a build that failed
            result = build_site(dest)
            assert result.returncode == 0, f"site build failed:\n{result.stdout}\n{result.stderr}"
            built.touch()
    return dest


@pytest.fixture(scope="session")
def seeds() -> seedtext.Seeds:
    """The seed texts the word-for-word tests compare against. Missing, those tests skip with
    where to put them; with CI=true they fail instead, so CI cannot pass without them."""
    folder = seedtext.seeds_dir()
    missing = seedtext.missing_seeds(folder)
    if missing:
        source = ("SEEDS_DIR" if os.environ.get("SEEDS_DIR")
                  else "the default, the shared/seeds folder beside the project")
        message = (f"seed texts not found: looked for {', '.join(map(str, missing))} "
                   f"(folder from {source}). Put {' and '.join(seedtext.SEED_FILES.values())} "
                   f"in {folder}, or set SEEDS_DIR to the folder that holds them "
                   f"(default: {seedtext.default_seeds_dir()})")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}. CI is true: the word-for-word tests must run there.",
                        pytrace=False)
        pytest.skip(message)
    return seedtext.Seeds(folder)
