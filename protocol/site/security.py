"""Security headers for the built site, written where a static host sends them from.

Standard library only; knows nothing about MkDocs (``macros/hooks.py`` calls it after the build).

Scripts may only come from the site itself, plus the inline scripts the build itself writes:
the theme's (Material for MkDocs writes a few small ones into every page), worked out from its
templates before any page is rendered and passed in as ``allowed``. Nothing is allowed because
it happens to be in the output: any other inline script, or an event-handler attribute, in any
page is a problem that fails the build (``unexpected_scripts``). No ``'unsafe-inline'`` for
scripts.
``'wasm-unsafe-eval'`` lets Pyodide compile WebAssembly; nothing allows ``eval`` of JavaScript.
Styles allow ``'unsafe-inline'`` (Material sets inline styles from script), which cannot run code.
``protocol serve`` reads ``_headers``, so ``make serve`` and the browser tests send the same
headers a static host would.
"""
from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["inline_scripts", "script_source", "inline_script_hashes", "unexpected_scripts",
           "content_security_policy", "meta_policy", "headers", "write_headers", "nginx_headers",
           "MAX_HEADER_LINE"]

# Cloudflare Pages refuses a _headers line longer than this (Netlify has no lower limit).
MAX_HEADER_LINE = 2000

# Script types a browser executes; anything else (application/json, ...) is data, not code.
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
             "application/ecmascript"}

PERMISSIONS_POLICY = ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                      "magnetometer=(), microphone=(), payment=(), usb=()")


class _InlineScripts(HTMLParser):
    """Collects the text of every inline script that would execute, and every event-handler
    attribute (``onclick=...``), with the line each starts on."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.lines: list[int] = []
        self.handlers: list[tuple[int, str, str]] = []  # (line, tag, attribute)
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        for name, _ in attrs:
            if name.lower().startswith("on"):
                self.handlers.append((self.getpos()[0], tag, name))
        if tag != "script":
            return
        attrs = dict(attrs)
        kind = (attrs.get("type") or "").strip().lower()
        if "src" not in attrs and kind in _JS_TYPES:
            self._buffer = []
            self.lines.append(self.getpos()[0])


    def handle_data(self, data):
        if self._buffer is not None:  # the parser may hand a script's text over in pieces
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._buffer is not None:
            self.scripts.append("".join(self._buffer))
            self._buffer = None


def _parse(html: str) -> _InlineScripts:
    parser = _InlineScripts()
    parser.feed(html)
    parser.close()
    return parser


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script in ``html`` that a browser would run."""
    return _parse(html).scripts


def script_source(text: str) -> str:
    """The CSP hash source that allows exactly this inline script."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _pages(site_dir: Path):
    for page in sorted(Path(site_dir).rglob("*.html")):
        yield page.relative_to(site_dir).as_posix(), _parse(page.read_text(encoding="utf-8"))


def inline_script_hashes(site_dir: Path) -> list[str]:
    """The CSP hash source of every distinct inline script in every HTML page under site_dir."""
    return sorted({script_source(s) for _, parsed in _pages(site_dir) for s in parsed.scripts})


def unexpected_scripts(site_dir: Path, allowed: set[str]) -> list[str]:
    """``page:line: message`` for every inline script not in ``allowed`` (hash sources) and every
    event-handler attribute, in every page under site_dir."""
    found = []
    for name, parsed in _pages(site_dir):
        for line, script in zip(parsed.lines, parsed.scripts):
            if script_source(script) not in allowed:
                found.append(f"{name}:{line}: an inline script the build did not write "
                             f"({' '.join(script.split())[:60]!r})")
        for line, tag, attribute in parsed.handlers:
            found.append(f"{name}:{line}: an event-handler attribute ({tag} {attribute}=)")
    return found


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


def meta_policy(allowed: set[str]) -> str:
    """The policy for a ``<meta http-equiv>`` tag, for hosts that cannot send headers (GitHub
    Pages): browsers ignore ``frame-ancestors`` there, so it is left out."""
    return "; ".join(d for d in content_security_policy(sorted(allowed)).split("; ")
                     if not d.startswith("frame-ancestors"))


def nginx_headers(values: dict[str, str]) -> str:
    """The same headers as nginx ``add_header`` lines, for a server block's ``location /``."""
    return "".join(f"add_header {name} \"{value}\" always;\n" for name, value in values.items())


def headers(site_dir: Path, allowed: set[str]) -> dict[str, str]:
    """The headers for every page. The policy lists the allowed inline scripts that the pages
    use (the build has already refused any other)."""
    used = sorted(set(inline_script_hashes(site_dir)) & set(allowed))
    return {
        "Content-Security-Policy": content_security_policy(used),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": PERMISSIONS_POLICY,
        "Cross-Origin-Opener-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }


def write_headers(site_dir: Path, allowed: set[str]) -> dict[str, str]:
    """Write ``_headers`` (one ``/*`` block for every path) and return the headers written."""
    values = headers(site_dir, allowed)
    lines = ["/*"] + [f"  {name}: {value}" for name, value in values.items()]
    too_long = [line.split(":")[0].strip() for line in lines if len(line) > MAX_HEADER_LINE]
    if too_long:  # Cloudflare Pages would refuse the file
        raise ValueError(f"_headers: {', '.join(too_long)} is longer than {MAX_HEADER_LINE} "
                         "characters")
    (Path(site_dir) / "_headers").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return values
