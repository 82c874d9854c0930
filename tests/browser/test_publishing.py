"""Published as a council would publish it: under a base path (a GitHub Pages project site is
served at /<repo>/) and, on a host that cannot send headers, with the policy in a meta tag.

One build with SITE_URL=https://council.example/mop/ (so the base path is /mop/) and CSP_META=1,
served under /mop/ with no _headers: every page kind works, Python starts, no request leaves /mop/
or fails, and canonical links, the sitemap and print footers name the published address.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

from protocol.cli.serve import read_headers, start_background
from protocol.site import security
from tests.support.env import ROOT
from tests.support.pagelog import PageLog

BASE = "/mop/"
SITE_URL = "https://council.example/mop/"
READY = 90_000


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    site = tmp_path_factory.mktemp("published")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL, CSP_META="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    (site / "_headers").unlink()  # as on GitHub Pages: the pages must carry the policy
    server, base_url = start_background(site, base=BASE)
    yield site, base_url
    server.shutdown()


def test_canonical_links_sitemap_and_print_footers_name_the_published_address(published):
    site, _ = published
    page = (site / "protocol" / "2022" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE_URL}protocol/2022/">' in page
    assert f"Printed from <span data-print-address>{SITE_URL}protocol/2022/</span>" in page
    redirect = (site / "protocol" / "current" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE_URL}protocol/2022/">' in redirect
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITE_URL}guides/press/</loc>" in sitemap
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    missing = [loc for loc in locs if not loc.startswith(SITE_URL)
               or not (site / unquote(loc[len(SITE_URL):]) / "index.html").exists()]
    assert locs and missing == [], missing


def test_every_link_the_build_writes_starts_from_the_base_path(published):
    site, _ = published
    outside = set()
    for page in site.rglob("*.html"):
        for link in re.findall(r'\b(?:href|src|cite|action)="(/[^"]*)"', page.read_text("utf-8")):
            if not link.startswith(BASE):
                outside.add(f"{page.relative_to(site)}: {link}")
    assert sorted(outside) == []
    assert '"url": "/mop/protocol/2022/#c7-3"' in (site / "api" / "protocol.json").read_text(
        "utf-8")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "protocol/2022/", "glossary/", "guides/", "training/roles/",
                                  "training/record/", "compare/", "compare/draft/", "no-such-page/"])
def test_each_kind_of_page_works_under_the_base_path(browser, published, path):
    _, base_url = published
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        log = PageLog(page, base_url)
        failed = []
        page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
        response = page.goto(f"{base_url}/{path}")
        assert response.status == (404 if path == "no-such-page/" else 200)
        expect(page.locator("h1").first).to_be_visible()
        page.wait_for_load_state("networkidle")
        assert [u for u in log.requests if u.startswith("http") and
                not u.startswith(base_url + "/")] == []
        assert [f for f in failed if "no-such-page" not in f] == []
        # CSP violations are console errors too; the 404 page's own status is the only one.
        expected = ["Failed to load resource: the server responded with a status of 404 (Not "
                    "Found)"] if path == "no-such-page/" else []
        assert log.errors == expected
    finally:
        context.close()


@pytest.mark.browser
def test_a_guide_answers_and_python_starts_under_the_base_path(browser, published):
    _, base_url = published
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        log = PageLog(page, base_url)
        page.goto(f"{base_url}/guides/inspect-documents/")
        root = page.locator('[data-guide="inspect-documents"]')
        expect(root).to_have_attribute("data-ready", "true", timeout=READY)
        page.locator('input[name="doc-kind"]').first.check()
        page.get_by_role("button", name="Continue").click()
        expect(page).to_have_url(re.compile(re.escape(base_url) + r"/guides/inspect-documents/\?"))
        assert log.errors == []
    finally:
        context.close()


@pytest.mark.browser
def test_search_loads_its_index_and_leads_to_clauses_under_the_base_path(browser, published):
    _, base_url = published
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        log = PageLog(page, base_url)
        page.goto(f"{base_url}/about/")
        with page.expect_request(f"{base_url}/search/index.json"):
            page.locator("#site-search-query").press_sequentially("background papers")
        page.locator(".site-search__link", has_text="Clause 7.3 · 2022").click()
        expect(page).to_have_url(f"{base_url}/protocol/2022/#c7-3")
        assert log.errors == []
    finally:
        context.close()


def test_the_meta_policy_is_the_header_policy_without_frame_ancestors(published, site_dir):
    site, _ = published
    html = (site / "guides" / "press" / "index.html").read_text("utf-8")
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert meta and "frame-ancestors" not in meta.group(1)
    assert html.index('http-equiv="Content-Security-Policy"') < html.index("<script")
    header = read_headers(site_dir)["Content-Security-Policy"]
    assert meta.group(1).split("; script-src")[0] == header.split("; script-src")[0]


def test_headers_file_lines_fit_cloudflare(site_dir):
    lines = (site_dir / "_headers").read_text("utf-8").splitlines()
    assert lines[0] == "/*" and len(lines) > 3
    assert max(len(line) for line in lines) <= security.MAX_HEADER_LINE


def test_nginx_headers_are_the_same_headers(site_dir):
    result = subprocess.run([sys.executable, "-m", "protocol", "headers", str(site_dir)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    sent = read_headers(site_dir)
    lines = result.stdout.splitlines()
    assert lines == [f'add_header {k} "{v}" always;' for k, v in sent.items()]
