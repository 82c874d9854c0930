"""Where the site is published, given at build time.

    BASE_PATH=/member-officer-protocol/   the path the site is served under (default ``/``), as
                                          on a GitHub Pages project site
    SITE_URL=https://example.org/protocol/  the full address, if known: canonical links and the
                                          sitemap use it, and its path is the base path unless
                                          BASE_PATH says otherwise

Every link the site writes to one of its own pages, files or assets is root-relative and starts
with the base path (``url("/protocol/2022/")`` -> ``/member-officer-protocol/protocol/2022/``);
nothing names a host unless SITE_URL is set.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlsplit

__all__ = ["Address", "configure", "current", "url"]

_PATH = re.compile(r"^/(?:[A-Za-z0-9._~-]+/)*$")


@dataclass(frozen=True)
class Address:
    base: str = "/"
    site_url: str | None = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> "Address":
        """Read SITE_URL and BASE_PATH; raises ValueError with a message for a bad value."""
        site_url = (environ.get("SITE_URL") or "").strip() or None
        if site_url is not None:
            parts = urlsplit(site_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"SITE_URL must be an http(s) address, not {site_url!r}")
            site_url = site_url if site_url.endswith("/") else site_url + "/"
        base = (environ.get("BASE_PATH") or "").strip() or (
            urlsplit(site_url).path if site_url else "/")
        base = "/" + base.strip("/") + "/" if base.strip("/") else "/"
        if not _PATH.match(base):
            raise ValueError(f"BASE_PATH must be a path such as /protocol/, not {base!r}")
        return cls(base, site_url)

    def url(self, path: str) -> str:
        """A root-relative path of the site (``/guides/press/``) as published."""
        return self.base + path.lstrip("/")


_current = Address()


def configure(address: Address) -> None:
    global _current
    _current = address


def current() -> Address:
    return _current


def url(path: str) -> str:
    return _current.url(path)
