"""The theme is overridden by blocks and one partial of our own (partials/search.html, the site's
search in Material's box). What that rests on in Material is pinned here, so an upgrade that
changes it fails instead of silently fetching Material's search index on every page again."""
from __future__ import annotations

import re
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parents[2]
MATERIAL = Path(material.__file__).parent / "templates"


def test_materials_header_draws_our_search_partial_while_its_plugin_is_on():
    header = (MATERIAL / "partials" / "header.html").read_text(encoding="utf-8")
    assert '{% if "material/search" in config.plugins %}' in header
    assert '<label class="md-header__button md-icon" for="__search">' in header
    assert '{% include "partials/search.html" %}' in header


def test_materials_script_fetches_its_index_only_for_a_form_named_search():
    bundle = next((MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js"))
    text = bundle.read_text(encoding="utf-8")
    assert 'document.forms.namedItem("search")?' in text, "Material's search start changed"


def test_no_page_has_materials_search_and_its_index_is_not_published(site_dir):
    for page in [site_dir / "index.html", site_dir / "protocol" / "2022" / "index.html",
                 site_dir / "404.html"]:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<form[^>]*\bname="search"', html), page
        assert 'id="search"' not in html and 'data-md-component="search"' not in html, page
        assert 'data-site-search' in html and 'id="site-search-query"' in html, page
    assert not (site_dir / "search" / "search_index.json").exists()
    assert (site_dir / "search" / "index.json").is_file()
    assert (site_dir / "assets" / "js" / "vendor" / "minisearch.mjs").is_file()
