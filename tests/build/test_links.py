"""Links: every internal link and #anchor on every built page resolves; external links are listed.

Every HTML page in the built site is parsed (html.parser, no browser): each ``href``/``src`` that
stays on the site must name a file that exists, and its fragment must be an ``id`` (or ``<a
name>``) in the target page. ``<template>`` content is inert markup for scripts and is skipped. Links to other sites are not followed (tests never leave this
machine); they are written, with the pages that use them, to ``build/link-report.txt`` and only
fail the test when malformed. The open data's clause URLs and the sitemap are checked the same way.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from tests.support.env import ROOT
from tests.support.sitepages import all_pages

REPORT = ROOT / "build" / "link-report.txt"
SITE = "http://site.invalid"  # a base for resolving relative links; never contacted
LINK_ATTRS = {("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
              ("source", "src"), ("iframe", "src"), ("form", "action"), ("video", "src"),
              ("audio", "src"), ("object", "data"), ("embed", "src")}
# Schemes a link may use without being checked here.
OTHER_SCHEMES = {"mailto", "tel", "data", "blob"}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str]] = []  # (line, tag, url)
        self.base: str | None = None
        self._template = 0

    def handle_starttag(self, tag, attrs):
        if tag == "template":  # inert until a script uses it: neither links nor targets
            self._template += 1
        if self._template:
            return
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif (tag, name) in LINK_ATTRS:
                self.links.append((line, tag, value))
        if tag == "base":
            self.base = dict(attrs).get("href")

    def handle_startendtag(self, tag, attrs):
        if tag != "template":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "template" and self._template:
            self._template -= 1


@lru_cache(maxsize=None)
def _parse(file: Path) -> _Page:
    parser = _Page()
    parser.feed(file.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _site_host() -> str:
    """Links to the site's own address (site_url, as in canonical links) are internal."""
    match = re.search(r"^site_url:\s*['\"]?([^'\"\s]+)", (ROOT / "mkdocs.yml").read_text(),
                      re.M)
    return urlsplit(match.group(1)).netloc if match else ""


def _target_file(site_dir: Path, path: str) -> Path | None:
    path = unquote(path)
    candidate = site_dir / path.lstrip("/")
    if path.endswith("/"):
        candidate = candidate / "index.html"
    elif candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        candidate.resolve().relative_to(site_dir.resolve())
    except ValueError:
        return None  # outside the site: ../ too far up
    return candidate if candidate.is_file() else None


def _malformed(url: str) -> str | None:
    parts = urlsplit(url)
    if url != url.strip() or re.search(r"\s", url):
        return "contains whitespace"
    if parts.scheme in ("http", "https") and not parts.netloc:
        return "has no host"
    if parts.scheme == "javascript":
        return "is a javascript: URL"
    if parts.scheme and parts.scheme not in OTHER_SCHEMES | {"http", "https"}:
        return f"has an unexpected scheme {parts.scheme!r}"
    return None


def check_site_links(site_dir: Path) -> tuple[list[str], dict[str, set[str]]]:
    """Problems as 'page:line: message', and external URLs with the pages that link to them."""
    site_dir = Path(site_dir)
    host = _site_host()
    problems: list[str] = []
    external: dict[str, set[str]] = defaultdict(set)
    for page_url, file in all_pages(site_dir):
        page = _parse(file)
        base = urljoin(SITE + page_url, page.base) if page.base else SITE + page_url
        for line, tag, raw in page.links:
            where = f"{file.relative_to(site_dir)}:{line}: <{tag}> {raw!r}"
            if (reason := _malformed(raw)) is not None:
                problems.append(f"{where} {reason}")
                continue
            absolute = urljoin(base, raw)
            parts = urlsplit(absolute)
            if parts.scheme in OTHER_SCHEMES:
                continue
            if f"{parts.scheme}://{parts.netloc}" != SITE and parts.netloc != host:
                external[absolute].add(page_url)
                continue
            target = _target_file(site_dir, parts.path or "/")
            if target is None:
                problems.append(f"{where} -> {parts.path} does not exist")
            elif parts.fragment and target.suffix == ".html":
                if unquote(parts.fragment) not in _parse(target).ids:
                    problems.append(f"{where} -> no id {parts.fragment!r} in {parts.path}")
    return problems, external


def write_report(external: dict[str, set[str]], path: Path = REPORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"External links in the built site ({len(external)}); not followed by the tests.", ""]
    for url in sorted(external):
        pages = sorted(external[url], key=lambda u: (u.count("/"), u))
        more = f" and {len(pages) - 3} more" if len(pages) > 3 else ""
        lines.append(f"{url}\n    on {', '.join(pages[:3])}{more}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_internal_link_and_anchor_resolves(site_dir):
    problems, external = check_site_links(site_dir)
    report = write_report(external)
    print(f"external links: {len(external)}, listed in {report}")
    assert problems == [], "\n".join(problems)
    assert len(all_pages(site_dir)) >= 8  # the walk saw the whole site


def test_open_data_urls_resolve(site_dir):
    """(The sitemap is written only with SITE_URL: tests/browser/test_publishing.py checks it.)"""
    problems = []
    data = json.loads((site_dir / "api" / "protocol.json").read_text(encoding="utf-8"))
    urls = [v["url"] for v in data["versions"]]
    urls += [c["url"] for v in data["versions"] for c in v["clauses"]]
    guides = site_dir / "api" / "guides.json"
    if guides.exists():
        urls += [g["url"] for g in json.loads(guides.read_text(encoding="utf-8"))]
    for url in urls:
        parts = urlsplit(url)
        target = _target_file(site_dir, parts.path)
        if target is None:
            problems.append(f"{url}: no such page")
        elif parts.fragment and parts.fragment not in _parse(target).ids:
            problems.append(f"{url}: no such anchor")
    assert problems == [], "\n".join(problems)


def test_the_checker_finds_broken_links(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a id="top" href="a/">ok</a><a href="a/#here">ok</a><a href="#top">ok</a>'
        '<a href="b/">missing page</a><a href="a/#nowhere">missing anchor</a>'
        '<a href="https://example.org/x">external</a><a href="http:/broken">malformed</a>'
        '<img src="../../etc/passwd"><a href="mailto:x@example.org">mail</a>'
        '<template><a href="c/">filled in by a script</a><p id="later"></p></template>'
        '<a href="#later">in a template, not a target</a>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<p id="here"><a href="../#top">up</a>',
                                               encoding="utf-8")
    problems, external = check_site_links(tmp_path)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "<a> 'b/' -> /b/ does not exist",
        "<a> 'a/#nowhere' -> no id 'nowhere' in /a/",
        "<a> 'http:/broken' has no host",
        "<img> '../../etc/passwd' -> /etc/passwd does not exist",
        "<a> '#later' -> no id 'later' in /",
    ]
    assert dict(external) == {"https://example.org/x": {"/"}}
