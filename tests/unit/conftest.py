"""Unit tests: the engine, the guides' situation tables, comparison, drafts, checks and
correspondences, with no site build and no browser."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def site_dir():
    pytest.fail("unit tests do not build the site: a test that reads the built site belongs in "
                "tests/build/", pytrace=False)
