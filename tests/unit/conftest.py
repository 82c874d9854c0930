"""Unit tests: the engine, the guides' situation tables, comparison, drafts, checks and
correspondences, with no site build and no browser."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.editing import copy_sources


@pytest.fixture(scope="session")
def site_dir():
    pytest.fail("unit tests do not build the site: a test that reads the built site belongs in "
                "tests/build/", pytrace=False)


@pytest.fixture
def project(root, tmp_path) -> Path:
    """A copy of the project's sources (docs/, guides/, training/) that a test may break."""
    return copy_sources(root, tmp_path)
