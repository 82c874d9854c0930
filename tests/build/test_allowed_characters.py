"""A character a version really contains that is easy to miss, allowed in its front matter, is
shown on the version page visibly marked and named, and is still the same character."""
from __future__ import annotations

from tests.support.editing import copy_project
from tests.support.env import ROOT, build_site


def test_an_allowed_character_is_marked_on_the_version_page(tmp_path):
    project = copy_project(ROOT, tmp_path / "project")
    version = project / "docs" / "protocol" / "2022.md"
    text = version.read_text(encoding="utf-8")
    text = text.replace("Members have a statutory right", "Members have a statu\u00adtory right", 1)
    text = text.replace('\nid: "2022"\n', '\nid: "2022"\nallowed_characters:\n  - code_point: '
                        '"U+00AD"\n    reason: "The source hyphenates this word where it may break."\n', 1)
    version.write_text(text, encoding="utf-8")
    result = build_site(tmp_path / "site", root=project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "protocol" / "2022" / "index.html").read_text(encoding="utf-8")
    assert ('statu<mark class="allowed-character" data-code-point="U+00AD" '
            'title="U+00AD SOFT HYPHEN: The source hyphenates this word where it may break.">'
            '\u00ad</mark>tory right') in html
