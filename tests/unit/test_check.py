"""`protocol check` rejects each kind of bad input with `file:line: message` and a non-zero exit."""
from __future__ import annotations

import subprocess
import sys

import pytest

from protocol.checks import check
from tests.support.editing import edit, line_of


def test_the_real_sources_pass(root):
    assert [str(p) for p in check(root) if not p.warning] == []


def _messages(project) -> list[str]:
    return [str(p) for p in check(project) if not p.warning]


CASES = [
    # (file, old, new, the line to blame (a needle in the edited file), message fragment)
    ("2022.md", "### 7.4\n", "### 7.3\n", "### 7.3\n\nThe common law", "duplicate clause id 7.3"),
    ("2022.md", "### 7.5\n", "### 7.7\n", "### 7.7\n\nThe exercise", "out of sequence"),
    ("2022.md", "### 9.2\n", "### 8.9\n", "### 8.9", "does not belong to section 9"),
    ("2022.md", "## 8. Officer/Chairman Relationships", "## 9. Officer/Chairman Relationships",
     "## 9. Officer/Chairman", "section 9 is out of sequence"),
    ("2022.md", 'date: "2022-01-04"', 'date: "4 January 2022"', "date:", "ISO date"),
    ("2022.md", 'title: "Constitution', 'titel: "Constitution', "titel:", "unknown front matter field"),
    ("2022.md", 'id: "2022"', 'id: "2023"', 'id: "2023"', "does not match the file name"),
    ("2022.md", "The Code of Conduct states", "The *Code* of Conduct states", "The *Code*",
     "inline markup"),
    ("2022.md", "### 11.1\n", "### 11.1\n\n> quoted\n", "> quoted", "unsupported block"),
    ("2008.md", '"9": >-', '"99": >-', '"99"', "editorial note for unknown clause 99"),
    ("2008.md", "version_label: null", "version_label: 3", "version_label", "'version_label' must be"),
]


@pytest.mark.parametrize("name, old, new, needle, message", CASES,
                         ids=[c[4].split()[0] + "-" + c[0] for c in CASES])
def test_bad_version_file_is_reported_with_file_and_line(project, name, old, new, needle, message):
    path = project / "docs" / "protocol" / name
    edit(path, old, new)
    expected = f"docs/protocol/{name}:{line_of(path, needle)}: "
    problems = _messages(project)
    assert any(p.startswith(expected) and message in p for p in problems), problems


def test_malformed_yaml_front_matter(project):
    path = project / "docs" / "protocol" / "2008.md"
    edit(path, 'title: "Appendix A', 'title: ["Appendix A')
    assert any(p.startswith("docs/protocol/2008.md:") and "not valid YAML" in p
               for p in _messages(project))


def test_duplicate_version_id(project):
    src = project / "docs" / "protocol" / "2008.md"
    copy = project / "docs" / "protocol" / "2008b.md"
    copy.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    problems = _messages(project)
    assert any(p.startswith("docs/protocol/2008b.md:") and "does not match the file name" in p
               for p in problems)


def test_broken_citation_in_a_page(project):
    page = project / "docs" / "cites.md"
    page.write_text("---\nrender_macros: true\n---\n\nSee {{ clause(\"2022\", \"7.3\") }}.\n"
                    "And {{ clause(\"2022\", \"7.99\") }} and {{ clause('1999', '1') }}.\n",
                    encoding="utf-8")
    problems = _messages(project)
    assert "docs/cites.md:6: citation of unknown clause '7.99' in version 2022" in problems
    assert "docs/cites.md:6: citation of unknown version '1999'" in problems
    assert not any(":5:" in p for p in problems if p.startswith("docs/cites.md"))


def test_every_problem_is_reported_not_just_the_first(project):
    path = project / "docs" / "protocol" / "2022.md"
    edit(path, "### 7.4\n", "### 7.3\n")
    edit(path, 'date_label: "last updated"', "date_label: 5")
    edit(project / "docs" / "protocol" / "2008.md", "## 12\n", "## 13\n")
    problems = _messages(project)
    assert any("duplicate clause id 7.3" in p for p in problems)
    assert any("'date_label' must be" in p for p in problems)
    assert any(p.startswith("docs/protocol/2008.md:") for p in problems)


def test_command_line_exit_status(project, root):
    ok = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(root)],
                        capture_output=True, text=True, cwd=root)
    assert ok.returncode == 0, ok.stderr
    edit(project / "docs" / "protocol" / "2022.md", "### 7.4\n", "### 7.3\n")
    bad = subprocess.run([sys.executable, "-m", "protocol", "check", "--root", str(project)],
                         capture_output=True, text=True, cwd=root)
    assert bad.returncode == 1
    assert "docs/protocol/2022.md:" in bad.stderr and "duplicate clause id 7.3" in bad.stderr
