"""Security headers for the built site, written where a static host sends them from.

Standard library only; knows nothing about MkDocs (``macros/hooks.py`` calls it after the build).

Public names:
    inline_script_hashes(site_dir)   the CSP source ('sha256-...') of every inline script, sorted
    content_security_policy(hashes)  the policy string for those hashes
    headers(site_dir)                every header the site is served with, as a dict
    write_headers(site_dir)          writes ``site_dir/_headers`` (Netlify / Cloudflare Pages
                                     format) and returns the headers

Scripts may only come from the site itself, plus the exact inline scripts the build produced
(Material for MkDocs writes a few small ones into every page): no ``'unsafe-inline'`` for scripts.
``'wasm-unsafe-eval'`` lets Pyodide compile WebAssembly; nothing allows ``eval`` of JavaScript.
Styles allow ``'unsafe-inline'`` (Material sets inline styles from script), which cannot run code.
``protocol/serve.py`` reads ``_headers``, so ``make serve`` and the browser tests send the same
headers a static host would.
"""
from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["inline_script_hashes", "content_security_policy", "headers", "write_headers"]

# Script types a browser executes; anything else (application/json, ...) is data, not code.
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
             "application/ecmascript"}

PERMISSIONS_POLICY = ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                      "magnetometer=(), microphone=(), payment=(), usb=()")


class _InlineScripts(HTMLParser):
    """Collects the text of every inline script that would execute."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag != "script":
            return
        attrs = dict(attrs)
        kind = (attrs.get("type") or "").strip().lower()
        if "src" not in attrs and kind in _JS_TYPES:
            self._buffer = []

    def handle_data(self, data):
        if self._buffer is not None:  # the parser may hand a script's text over in pieces
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._buffer is not None:
            self.scripts.append("".join(self._buffer))
            self._buffer = None


def _source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(site_dir: Path) -> list[str]:
    """The CSP hash source of every distinct inline script in every HTML page under site_dir."""
    found: set[str] = set()
    for page in sorted(Path(site_dir).rglob("*.html")):
        parser = _InlineScripts()
        parser.feed(page.read_text(encoding="utf-8"))
        parser.close()
        found.update(_source(script) for script in parser.scripts)
    return sorted(found)


def content_security_policy(hashes: list[str]) -> str:
    script_src = " ".join(["'self'", "'wasm-unsafe-eval'", *hashes])
    return "; ".join([
        "default-src 'self'",
        f"script-src {script_src}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def headers(site_dir: Path) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(inline_script_hashes(site_dir)),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": PERMISSIONS_POLICY,
        "Cross-Origin-Opener-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }


def write_headers(site_dir: Path) -> dict[str, str]:
    """Write ``_headers`` (one ``/*`` block for every path) and return the headers written."""
    values = headers(site_dir)
    lines = ["/*"] + [f"  {name}: {value}" for name, value in values.items()]
    (Path(site_dir) / "_headers").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return values
