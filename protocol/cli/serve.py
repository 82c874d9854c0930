"""Serve a built site on loopback as a static host would, headers from ``_headers`` included.

    protocol serve site [--host 127.0.0.1] [--port 8000]

Used by ``make serve`` and by the browser tests, so both see the same headers (the
Content-Security-Policy among them) and the same 404 page. Like Netlify or Cloudflare Pages it
never lists a folder (a folder without index.html is a 404), never serves ``_headers`` itself,
answers a path it cannot open (a NUL byte, say) with the 404 page, and names no software
version. An idle connection is closed after ``timeout`` seconds, and a burst of connections
waits in a listen queue of ``REQUEST_QUEUE_SIZE`` rather than being refused and retried.
"""
from __future__ import annotations

import functools
import os
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from protocol.site.address import Address
from protocol.site.security import nginx_headers

__all__ = ["serve", "start_background", "read_headers", "run_serve", "run_headers", "SERVER_NAME",
           "TIMEOUT", "REQUEST_QUEUE_SIZE", "NEVER_SERVED"]

SERVER_NAME = "protocol-preview"  # the Server header: no product version, no Python version
TIMEOUT = 30.0                    # seconds a connection may sit idle (or stall) before it is closed
REQUEST_QUEUE_SIZE = 128          # the listen backlog (socketserver's default is 5)
NEVER_SERVED = ("_headers", "_redirects")  # the static host's own files, at the site's root


def read_headers(site: Path) -> dict[str, str]:
    """Headers for every path from a Netlify/Cloudflare-style ``_headers`` file (``/*`` block)."""
    path = Path(site) / "_headers"
    headers: dict[str, str] = {}
    if not path.exists():
        return headers
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith((" ", "\t")) and ":" in line:
            name, _, value = line.strip().partition(":")
            headers[name.strip()] = value.strip()
    return headers


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".js": "text/javascript", ".wasm": "application/wasm",
                      ".json": "application/json", ".whl": "application/zip",
                      ".zip": "application/zip", ".svg": "image/svg+xml"}
    site_headers: dict[str, str] = {}
    timeout = TIMEOUT  # socketserver.StreamRequestHandler sets it on the connection
    base = "/"  # the path the site is served under, as a static host would (BASE_PATH)

    def translate_path(self, path):
        # Under a base path, only addresses inside it are the site's; anything else is not there.
        if not path.startswith(self.base):
            return "\0"
        return super().translate_path("/" + path[len(self.base):])

    def version_string(self) -> str:
        return SERVER_NAME

    def end_headers(self):
        for name, value in self.site_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def _never_served(self, path: str) -> bool:
        site = os.path.realpath(self.directory)
        try:
            real = os.path.realpath(path)
        except ValueError:
            return True
        return any(real == os.path.join(site, name) for name in NEVER_SERVED)

    def send_head(self):
        path = self.translate_path(self.path)
        if "\0" in path or self._never_served(path):
            self.send_error(404)
            return None
        try:
            return super().send_head()
        except ValueError:  # a path the file system cannot take (a lone surrogate, say)
            self.send_error(404)
            return None

    def list_directory(self, path):
        # A static host never lists a folder: without an index.html it is not there.
        self.send_error(404)
        return None

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):  # quiet: tests and serve print their own
        pass


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True
    request_queue_size = REQUEST_QUEUE_SIZE

    def handle_error(self, request, client_address):
        # A browser that stops a download it no longer needs, or a client that goes quiet until
        # the timeout, is not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _server(site: Path, host: str, port: int, timeout: float = TIMEOUT,
            base: str = "/") -> ThreadingHTTPServer:
    handler = functools.partial(
        type("H", (_Handler,), {"site_headers": read_headers(site), "timeout": timeout,
                                "base": base}),
        directory=str(site))
    return _Server((host, port), handler)


def start_background(site: Path, host: str = "127.0.0.1", port: int = 0, *,
                     timeout: float = TIMEOUT, base: str = "/"):
    """Start serving in a thread; returns (server, the address of the site's root, without its
    final slash). Call server.shutdown() to stop."""
    server = _server(Path(site), host, port, timeout, base)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}{base.rstrip('/')}"


def serve(site: Path, host: str, port: int, *, timeout: float = TIMEOUT, base: str = "/") -> None:
    server = _server(Path(site), host, port, timeout, base)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def run_serve(args) -> int:
    """Serve under the base path the site was built for (BASE_PATH or SITE_URL's path)."""
    try:
        base = Address.from_environment().base
    except ValueError as exc:
        print(f"protocol serve: {exc}", file=sys.stderr)
        return 2
    print(f"Serving {args.site} at http://{args.host}:{args.port}{base} (Ctrl-C to stop)")
    serve(args.site, args.host, args.port, base=base)
    return 0


def run_headers(args) -> int:
    """Print the headers the build wrote to ``_headers``: as it is (Netlify, Cloudflare Pages)
    or as nginx ``add_header`` lines."""
    path = Path(args.site) / "_headers"
    if not path.is_file():
        print(f"protocol headers: {path}: not found; build the site first (make build)",
              file=sys.stderr)
        return 2
    if args.format == "netlify":
        print(path.read_text(encoding="utf-8"), end="")
    else:
        print(nginx_headers(read_headers(Path(args.site))), end="")
    return 0
