"""The one partial copied from Material must stay Material's own plus our one change, so an
upgrade that changes Material's partial fails here instead of silently shipping an old copy."""
from __future__ import annotations

from pathlib import Path

import material

ROOT = Path(__file__).resolve().parents[2]
MATERIAL = Path(material.__file__).parent / "templates"


def _without_header(text: str) -> str:
    return text.split("-#}", 1)[1]


def test_the_search_partial_is_materials_with_the_dialog_named():
    ours = (ROOT / "site_src" / "partials" / "search.html").read_text(encoding="utf-8")
    theirs = (MATERIAL / "partials" / "search.html").read_text(encoding="utf-8")
    dialog = '<div class="md-search" data-md-component="search" role="dialog">'
    named = dialog[:-1] + ' aria-label="Search this site">'
    assert theirs.count(dialog) == 1, "Material's search partial changed: copy it again"
    assert _without_header(ours) == _without_header(theirs).replace(dialog, named)


def test_the_built_search_dialog_has_its_name(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'role="dialog" aria-label="Search this site"' in html
