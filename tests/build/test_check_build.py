"""A broken citation in a page fails ``mkdocs build --strict`` of a copy of the project (the
check itself, without a build, is tests/unit/test_check.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.env import build_site


@pytest.fixture
def project(root, tmp_path) -> Path:
    """A copy of the project's sources that a test may break."""
    shutil.copytree(root / "docs", tmp_path / "docs")
    for folder in ("guides", "training"):
        if (root / folder).is_dir():
            shutil.copytree(root / folder, tmp_path / folder,
                            ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_build_fails_on_a_broken_citation(project, root, tmp_path):
    for item in ("mkdocs.yml", "macros", "site_src", "protocol"):
        src = root / item
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / item)
    if (root / "guides").is_dir() and not (project / "guides").exists():
        shutil.copytree(root / "guides", project / "guides")
    (project / "docs" / "cites.md").write_text(
        "---\nrender_macros: true\n---\n\n{{ clause('2022', '7.99') }}\n", encoding="utf-8")
    result = build_site(tmp_path / "out", root=project)
    assert result.returncode != 0
    assert "7.99" in result.stdout + result.stderr
