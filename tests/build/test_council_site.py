"""The site built with an example docs/_data/council.yml (tests/support/council/): the council's
name and logo in the header and the site name, its contacts under "Who to contact" (the role
alone where no details are given), and the adopted Constitution beside the current version."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.editing import add_example_council, copy_project
from tests.support.env import ROOT, build_site


@pytest.fixture(scope="module")
def council_site(tmp_path_factory) -> Path:
    project = copy_project(ROOT, tmp_path_factory.mktemp("council"))
    add_example_council(project)
    site = tmp_path_factory.mktemp("council-site")
    result = build_site(site, root=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _outcome(html: str, outcome_id: str) -> str:
    match = re.search(rf'<section class="guide-outcome" data-outcome="{outcome_id}">.*?</section>',
                      html, re.S)
    assert match, outcome_id
    return match.group(0)


def test_the_council_name_and_logo_are_in_the_header_and_the_site_name(council_site):
    html = _page(council_site, "")
    assert "<title>Example Borough Council: Member/Officer Relations Protocol</title>" in html
    header = re.search(r'<header class="md-header.*?</header>', html, re.S).group(0)
    assert "Example Borough Council: Member/Officer Relations Protocol" in header
    assert re.search(r'<img src="[^"]*assets/images/council-logo\.svg"', header)
    assert (council_site / "assets/images/council-logo.svg").is_file()


def test_who_to_contact_shows_the_details_given_and_the_role_alone_otherwise(council_site):
    step = "guides/unhappy-with-officer/step/who=chief-executive/how=private"
    outcome = _outcome(_page(council_site, step), "raise-with-monitoring-officer")
    assert ('<li data-contact-role="monitoring-officer"><strong>Monitoring Officer</strong>: '
            'Alex Example, <a href="mailto:monitoring.officer@example.gov.uk">'
            'monitoring.officer@example.gov.uk</a>, <a href="tel:+4401234567890">'
            '+44 (0)1234 567 890</a></li>') in outcome
    step = "guides/inspect-documents/step/doc-kind=agenda/part-ii=no"
    outcome = _outcome(_page(council_site, step), "statutory-right")
    assert ('<li data-contact-role="solicitor-to-the-council"><strong>Solicitor to the '
            'Council</strong></li>') in outcome


def test_the_adopted_constitution_is_linked_beside_every_version_marked_current(council_site):
    link = ('href="https://www.example.gov.uk/constitution?part=16&amp;format=pdf"')
    index = _page(council_site, "protocol")
    current_row = re.search(r"<tr><td><a href=\"/protocol/2022/\">.*?</tr>", index, re.S).group(0)
    assert link in current_row and "The adopted Constitution" in current_row
    old_row = re.search(r"<tr><td><a href=\"/protocol/2008/\">.*?</tr>", index, re.S).group(0)
    assert link not in old_row
    assert link in _page(council_site, "protocol/2022")
    assert link not in _page(council_site, "protocol/2008")
    assert link in _page(council_site, "")  # the home page's "current version"


def test_without_the_file_no_council_details_appear(site_dir):
    html = _page(site_dir, "guides/unhappy-with-officer/step/who=chief-executive/how=private")
    assert "mailto:" not in html and "tel:" not in html
    assert '<li data-contact-role="monitoring-officer"><strong>Monitoring Officer</strong></li>' \
        in html
    assert "Adopted Constitution" not in _page(site_dir, "protocol/2022")
