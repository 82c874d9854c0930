"""The accessibility statement says what was tested: the axe-core and Lighthouse versions the
gates in tests/browser/ run, WCAG 2.2, the dark scheme and the keyboard."""
from __future__ import annotations

import json

from tests.support.axe import AXE_DIR
from tests.support.env import ROOT


def test_accessibility_statement_says_what_was_tested(site_dir):
    page = (site_dir / "accessibility" / "index.html").read_text(encoding="utf-8")
    axe_version = json.loads((AXE_DIR / "package.json").read_text())["version"]
    lighthouse = json.loads((ROOT / "package.json").read_text())["devDependencies"]["lighthouse"]
    for words in (f"axe-core {axe_version}", "WCAG 2.2", "dark", "keyboard",
                  f"Lighthouse {lighthouse}"):
        assert words in page, f"the accessibility statement does not mention {words!r}"
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="accessibility/"' in home, "the statement is not in the navigation"
