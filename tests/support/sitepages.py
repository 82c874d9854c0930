"""The pages of a built site, found from the files themselves so new pages are checked as they land.

Public names:
    all_pages(site_dir)        every HTML page as (url path, file), e.g. ("/protocol/2022/", Path)
    distinct_pages(site_dir)   the URL paths worth loading in a browser: every page except
                               redirects, with repetitive pre-rendered pages (many pages of one
                               pattern, such as a guide's answer states) sampled, not all loaded
    is_redirect(file)          a ``<meta http-equiv="refresh">`` page (``/protocol/current/``)
    url_of(site_dir, file)     the URL path a static host serves a file at
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

__all__ = ["all_pages", "distinct_pages", "is_redirect", "url_of"]

# A family with more pages than this is pre-rendered (e.g. guides' answer states): check its
# shallowest and its deepest page, not every one. Pages one or two levels down are distinct
# pages (versions, guides, training modules) unless a folder holds very many of them.
MAX_PER_PATTERN = 6
MAX_SIBLINGS = 40

_REFRESH = re.compile(r"<meta[^>]+http-equiv=[\"']?refresh", re.I)


def url_of(site_dir: Path, file: Path) -> str:
    rel = file.relative_to(site_dir).as_posix()
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def all_pages(site_dir: Path) -> list[tuple[str, Path]]:
    site_dir = Path(site_dir)
    pages = [(url_of(site_dir, f), f) for f in site_dir.rglob("*.html")]
    return sorted(pages)


def is_redirect(file: Path) -> bool:
    return bool(_REFRESH.search(Path(file).read_text(encoding="utf-8", errors="replace")[:4000]))


def _pattern(url: str) -> tuple[tuple, int]:
    """A page's pattern and how many pages of it to keep before sampling. Pages more than two
    levels down are generated states (a guide's no-JavaScript steps): all of those under one
    top-level folder are one family, whichever guide they belong to, since they share one
    template: /guides/g/step/a=1/ and /guides/h/step/b=2/c=3/ -> ("guides", "**")."""
    parts = [p for p in url.split("/") if p]
    if len(parts) <= 1:
        return (url,), 1
    if len(parts) == 2:
        return (parts[0], "*"), MAX_SIBLINGS
    return (parts[0], "**"), MAX_PER_PATTERN


def distinct_pages(site_dir: Path) -> list[str]:
    groups: dict[tuple, list[str]] = defaultdict(list)
    limits: dict[tuple, int] = {}
    for url, file in all_pages(site_dir):
        if not is_redirect(file):
            key, limits[key] = _pattern(url)
            groups[key].append(url)
    chosen: list[str] = []
    for key, urls in groups.items():
        # Shallowest and deepest: for guide states, typically a question and an outcome.
        urls.sort(key=lambda u: (u.count("/"), u))
        chosen.extend(urls if len(urls) <= limits[key] else [urls[0], urls[-1]])
    return sorted(chosen)
