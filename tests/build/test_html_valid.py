"""Every page is valid HTML, by someone else's validator: the Nu Html Checker (npm vnu-jar, run
with Java; `make test` installs Debian's default-jre-headless when Java is missing)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from tests.support.env import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# The theme's own markup, which we cannot change without copying its base template and header
# partials (Material 9.8.1): its search and drawer toggles are checkboxes with autocomplete="off"
# (base.html) and its header and navigation labels carry tabindex="" (partials/header.html,
# partials/nav-item.html). Browsers ignore both. Exactly these two messages are allowed; any
# other message, error or warning, fails.
THEIRS = (
    'Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid '
    'integer.',
    'Attribute “autocomplete” is only allowed when the input type is “color”, “date”, '
    '“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, '
    '“tel”, “text”, “time”, “url”, or “week”.',
)


@pytest.fixture(scope="module")
def messages(site_dir) -> list[dict]:
    """Every message the checker gives for every page of the built site (one run: about 30 s)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is needed for the HTML validator: run 'make test' (it installs "
                    "default-jre-headless) or 'apt-get install default-jre-headless'")
    result = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--skip-non-html",
                             "--exit-zero-always", str(site_dir)],
                            capture_output=True, text=True, env=dict(os.environ))
    assert len(list(site_dir.rglob("*.html"))) > 100
    return json.loads(result.stderr)["messages"]


def test_every_page_is_valid_html(messages, site_dir):
    ours = [f"{m['url'].split(str(site_dir), 1)[-1]}:{m.get('lastLine', 0)}: {m['message']}"
            for m in messages if m["message"] not in THEIRS]
    assert ours == []


def test_the_allowed_messages_are_the_themes_and_still_occur(messages, site_dir):
    """If Material stops writing them, the allowance must go too."""
    home = [m["message"] for m in messages
            if m["url"].split(str(site_dir), 1)[-1] == "/index.html"]
    assert set(home) == set(THEIRS)
