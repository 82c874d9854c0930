"""docs/_data/council.yml: the council's name, logo, Constitution link and contacts. Optional;
every problem is reported at its line; links are https:, mailto: or tel: only."""
from __future__ import annotations

from pathlib import Path

import pytest

from protocol.authoring import ProblemsError
from protocol.checks import check
from protocol.sources.council import Council, load_council
from tests.support.editing import add_example_council


@pytest.fixture
def project(project) -> Path:
    """The project's sources (tests/unit/conftest.py) with the example council's details."""
    add_example_council(project)
    return project


def test_the_repo_ships_without_council_details(root):
    assert not (root / "docs/_data/council.yml").exists()
    assert load_council(root) == Council()


def test_the_example_file_is_read(project):
    council = load_council(project)
    assert council.name == "Example Borough Council"
    assert council.logo == "assets/images/council-logo.svg"
    assert council.constitution_url.startswith("https://www.example.gov.uk/")
    officer = council.contact("monitoring-officer")
    assert (officer.name, officer.mailto, officer.tel) == (
        "Alex Example", "mailto:monitoring.officer@example.gov.uk", "tel:+4401234567890")
    solicitor = council.contact("solicitor-to-the-council")  # not given: the role alone
    assert (solicitor.title, solicitor.name, solicitor.email) == ("Solicitor to the Council", "", "")
    assert [str(p) for p in check(project) if not p.warning] == []


def _write(project, text: str) -> None:
    (project / "docs/_data/council.yml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("text, line, message", [
    ('name: "X"\ncouncil_tax: "high"\n', 2, "unknown key 'council_tax' (known: name, logo, "
     "constitution_url, contacts)"),
    ('contacts:\n  leader:\n    name: "X"\n', 2, "unknown contact role 'leader' (known: "
     "monitoring-officer, solicitor-to-the-council, chief-executive)"),
    ('contacts:\n  monitoring-officer:\n    name: "X"\n    twitter: "@x"\n', 4,
     "unknown key 'twitter' in contacts.monitoring-officer (known: name, email, phone)"),
    ('constitution_url: "javascript:alert(1)"\n', 1, "constitution_url must be an https: link"),
    ('constitution_url: "http://example.gov.uk/c"\n', 1, "constitution_url must be an https: link"),
    ('contacts:\n  chief-executive:\n    email: "javascript:alert(1)"\n', 3,
     "contacts.chief-executive.email must be an email address, such as name@example.gov.uk "
     "(it becomes a mailto: link)"),
    ('contacts:\n  chief-executive:\n    phone: "call me\\" onclick=\\"x"\n', 3,
     "contacts.chief-executive.phone must be a phone number: digits, spaces, brackets, hyphens "
     "and a leading + (it becomes a tel: link)"),
    ('logo: "https://cdn.example.com/logo.svg"\n', 1, "logo must be the path of an image file "
     "under docs/ (.svg, .png, .jpg or .webp), such as assets/images/logo.svg: the site serves "
     "it itself"),
    ('logo: "../secrets.png"\n', 1, "logo must be the path of an image file under docs/ (.svg, "
     ".png, .jpg or .webp), such as assets/images/logo.svg: the site serves it itself"),
    ('logo: "assets/images/missing.svg"\n', 1,
     "logo 'assets/images/missing.svg': there is no file docs/assets/images/missing.svg"),
    ('name: 12\n', 1, "name must be a line of text"),
], ids=["unknown-key", "unknown-role", "unknown-contact-key", "javascript-url", "http-url",
        "bad-email", "bad-phone", "remote-logo", "logo-outside-docs", "missing-logo", "number"])
def test_problems_are_reported_at_their_line(project, text, line, message):
    _write(project, text)
    with pytest.raises(ProblemsError) as caught:
        load_council(project)
    assert [str(p) for p in caught.value.problems] == [f"docs/_data/council.yml:{line}: {message}"]
    assert f"docs/_data/council.yml:{line}: {message}" in [str(p) for p in check(project)]
