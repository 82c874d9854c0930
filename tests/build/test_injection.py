"""Markup in authored content never runs: every authored string is escaped wherever it is
shown, and a page that still contains script the build did not write fails the build, naming
the page. One project copy carries markup in every authored field; each test looks for one.
"""
from __future__ import annotations

import re

import pytest

from tests.support.editing import add_example_council, copy_project
from tests.support.env import ROOT, build_site

MARK = "<script>alert({n})</script><img src=x onerror=alert({n})>"
# (file, text to replace, replacement): one authored field each, numbered by its place here.
FIELDS = {
    "version title": ("docs/protocol/2022.md", 'title: "Constitution Section 16: ',
                      'title: "Constitution Section 16 {mark}: '),
    "version note": ("docs/protocol/2022.md", '    "memberconcerned" is printed',
                     '    {mark} "memberconcerned" is printed'),
    "glossary term": ("docs/_data/glossary.yml", "- term: CLT\n", "- term: CLT {mark}\n"),
    "glossary definition": ("docs/_data/glossary.yml", "The council's Corporate Leadership Team",
                            "{mark} The council's Corporate Leadership Team"),
    "related document": ("docs/_data/related.yml", "- title: Members' Code of Conduct\n",
                         "- title: Members' Code of Conduct {mark}\n"),
    "related about": ("docs/_data/related.yml", "  about: The standards of conduct the council "
                      "sets for its members", "  about: {mark} The standards of conduct the "
                      "council sets for its members"),
    "guide title": ("guides/press.py", 'title="Dealing with the press: ',
                    'title="Dealing with the press {mark}: '),
    "guide summary": ("guides/press.py", 'summary="For officers and councillors: ',
                      'summary="For officers and councillors {mark}: '),
    "outcome title": ("guides/press.py", 'title="Yes: keep to the facts',
                      'title="Yes {mark}: keep to the facts'),
    # docs/_data/council.yml (the example, tests/support/council/, is added first)
    "council name": ("docs/_data/council.yml", 'name: "Example Borough Council"',
                     'name: "Example Borough Council {mark}"'),
    "contact name": ("docs/_data/council.yml", 'name: "Alex Example"', 'name: "Alex Example {mark}"'),
    "module title": ("training/roles.py", 'title="Roles of members and officers"',
                     'title="Roles of members and officers {mark}"'),
}


def _mark(n: int) -> str:
    return MARK.format(n=n)


@pytest.fixture(scope="module")
def injected(tmp_path_factory):
    """The project with markup in every field of FIELDS, built; (project, site, result)."""
    project = copy_project(ROOT, tmp_path_factory.mktemp("injected"))
    add_example_council(project)
    for n, (path, old, new) in enumerate(FIELDS.values()):
        file = project / path
        text = file.read_text(encoding="utf-8")
        assert text.count(old) >= 1, (path, old)
        text = text.replace(old, new.format(mark=_mark(n).replace('"', "'")), 1)
        file.write_text(text, encoding="utf-8")
    site = tmp_path_factory.mktemp("injected-site")
    return project, site, build_site(site, root=project)


def test_the_build_with_markup_in_every_authored_field_succeeds(injected):
    _, _, result = injected
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("field", list(FIELDS))
def test_markup_in_an_authored_field_is_shown_as_text(injected, field):
    _, site, _ = injected
    n = list(FIELDS).index(field)
    raw = re.compile(re.escape(f"<script>alert({n})") + "|" + re.escape("<img src=x onerror="))
    shown = re.escape(f"&lt;script&gt;alert({n})&lt;/script&gt;")
    pages = sorted(site.rglob("*.html"))
    found = [p for p in pages if re.search(shown, p.read_text(encoding="utf-8"))]
    assert found, f"the {field} is not shown on any page"
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not raw.search(html), f"{page.relative_to(site)}: the {field} runs as markup"


def test_a_script_written_into_a_page_fails_the_build_naming_it(tmp_path):
    project = copy_project(ROOT, tmp_path / "project")
    about = project / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + '\n<script>alert("raw")</script>\n\n'
                     '<p onclick="alert(1)">x</p>\n', encoding="utf-8")
    result = build_site(tmp_path / "site", root=project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"about/index\.html:\d+: an inline script the build did not write", output)
    assert re.search(r"about/index\.html:\d+: an event-handler attribute \(p onclick=\)", output)
    assert "Traceback" not in output
