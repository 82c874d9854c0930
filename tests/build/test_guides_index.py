"""Every guide is listed on the built guides index by who is asking."""
from __future__ import annotations

import guides


def test_guides_index_groups_guides_by_who_is_asking(site_dir):
    html = (site_dir / "guides" / "index.html").read_text(encoding="utf-8")
    for guide in guides.all_guides():
        assert f'href="/guides/{guide.id}/"' in html
    assert "If you are a councillor" in html
    if any(g.audience == "officer" for g in guides.all_guides()):
        assert "If you are an officer" in html
