"""Every guide is listed on the built guides index by who is asking, and a reader can choose
"I am a councillor" or "I am an officer" without JavaScript (a link to that list)."""
from __future__ import annotations

import re

import guides


def _section(html: str, anchor: str) -> str:
    match = re.search(rf'<section class="guides-for" id="{anchor}".*?</section>', html, re.S)
    assert match, anchor
    return match.group(0)


def test_guides_index_groups_guides_by_who_is_asking(site_dir):
    html = (site_dir / "guides" / "index.html").read_text(encoding="utf-8")
    councillors = _section(html, "for-councillors")
    officers = _section(html, "for-officers")
    assert "If you are a councillor" in councillors and "If you are an officer" in officers
    for guide in guides.all_guides():
        link = f'href="/guides/{guide.id}/"'
        assert (link in councillors) == ("member" in guide.audience), guide.id
        assert (link in officers) == ("officer" in guide.audience), guide.id


def test_the_reader_chooses_councillor_or_officer_with_plain_links(site_dir):
    html = (site_dir / "guides" / "index.html").read_text(encoding="utf-8")
    assert '<a class="md-button" href="#for-councillors">I am a councillor</a>' in html
    assert '<a class="md-button" href="#for-officers">I am an officer</a>' in html
    assert 'href="#all-guides">Show every guide</a>' in html
