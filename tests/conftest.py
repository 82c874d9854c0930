"""Shared by every folder: the project root, the seed texts, one built site per run, and the
markers that follow from where a test lives.

    tests/unit/      no site build, no browser (unit/conftest.py refuses ``site_dir``)
    tests/build/     builds the site with MkDocs and reads the files it wrote
    tests/browser/   Playwright and Chromium (marked ``browser``; fixtures in browser/conftest.py)
    tests/pyodide/   the guides in real Pyodide under Node (marked ``pyodide``)
    tests/support/   helpers, imported as ``tests.support.*``

Markers come from the folder, so a new browser test cannot forget its marker and
``make test-fast`` (``-m "not browser and not pyodide"``) still leaves it out.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support import seedtext
from tests.support.env import ROOT, build_site

TESTS = Path(__file__).resolve().parent
FOLDERS = {"unit": (), "build": (), "browser": ("browser",), "pyodide": ("pyodide",)}


@pytest.hookimpl(tryfirst=True)  # before -m deselects: every collected test is seen
def pytest_collection_modifyitems(config, items):
    seen: set[str] = set()
    for item in items:
        try:
            parts = Path(item.path).resolve().relative_to(TESTS).parts
        except ValueError:
            continue  # not one of ours
        folder = parts[0] if len(parts) > 1 else None
        if folder not in FOLDERS:
            raise pytest.UsageError(
                f"{item.nodeid}: a test file belongs in one of tests/{', tests/'.join(FOLDERS)}")
        seen.add(folder)
        for name in FOLDERS[folder]:
            item.add_marker(name)
        for name in ("browser", "pyodide"):
            if item.get_closest_marker(name) and name not in FOLDERS[folder]:
                raise pytest.UsageError(f"{item.nodeid}: a test marked {name!r} belongs in "
                                        f"tests/{name}/")
    # The whole suite (``make test``, ``make test-fast``): every folder must have been collected,
    # so a folder pytest skips (its default norecursedirs has "build") cannot go unnoticed.
    if config.args_source == pytest.Config.ArgsSource.TESTPATHS and not config.getoption("lf", False):
        missing = [f"tests/{folder}/" for folder in FOLDERS if folder not in seen]
        if missing:
            raise pytest.UsageError(f"no tests collected from {', '.join(missing)}: check "
                                    "norecursedirs and testpaths in pyproject.toml")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest)
    assert result.returncode == 0, f"site build failed:\n{result.stdout}\n{result.stderr}"
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
