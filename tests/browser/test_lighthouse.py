"""Lighthouse: accessibility, best practices and SEO each score 100 on the home page, a version
page, a guide page and the training page (the last two once they exist in the built site).

These three categories are deterministic; performance depends on the machine and is measured by
``make bench``, not gated here. One Lighthouse run per page, two at a time.
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.support import lighthouse
from tests.support.sitepages import all_pages

CATEGORIES = ["accessibility", "best-practices", "seo"]

pytestmark = pytest.mark.browser


def lighthouse_pages(site_dir) -> list[str]:
    """The home page, /protocol/2022/, the first guide and /training/ when they exist."""
    urls = {url for url, _ in all_pages(site_dir)}
    pages = ["/", "/protocol/2022/"]
    guides_json = site_dir / "api" / "guides.json"
    guides = json.loads(guides_json.read_text(encoding="utf-8")) if guides_json.exists() else []
    pages += [g["url"] for g in guides[:1] if g["url"] in urls]
    pages += [u for u in ["/training/"] if u in urls]
    return pages


def test_lighthouse_scores_100(server, site_dir):
    if not lighthouse.LIGHTHOUSE.exists():
        pytest.fail("Lighthouse is not installed: run 'make test' (npm ci installs it)")
    pages = lighthouse_pages(site_dir)
    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = dict(zip(pages, pool.map(lambda p: lighthouse.run(server + p, CATEGORIES),
                                           pages)))
    scores = {page: {c: r["categories"][c]["score"] for c in CATEGORIES}
              for page, r in reports.items()}
    failing = {page: lighthouse.failing_audits(r) for page, r in reports.items()
               if any(s != 1 for s in scores[page].values())}
    assert failing == {} and all(s == 1 for p in scores.values() for s in p.values()), \
        json.dumps({"scores": scores, "failing audits": failing}, indent=1)
    # The checks that need the site's own files ran and passed, rather than being skipped.
    home = reports["/"]["audits"]
    assert home["robots-txt"]["score"] == 1, home["robots-txt"]
    assert home["meta-description"]["score"] == 1
