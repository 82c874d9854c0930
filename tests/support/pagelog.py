"""What one browser page did: every request it made and every console error it logged.

Public names:
    PageLog(page, base)   attaches to a Playwright page; ``requests``, ``errors``, ``foreign()``
"""
from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["PageLog"]


class PageLog:
    """Requests and console errors seen by one page."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def foreign(self) -> list[str]:
        """Requests to any host other than the test server (data: and blob: are local)."""
        here = urlsplit(self.base).netloc
        return [u for u in self.requests
                if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                and urlsplit(u).netloc != here]
