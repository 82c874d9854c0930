"""Serve a built site on loopback as a static host would, headers from ``_headers`` included.

    protocol serve site [--host 127.0.0.1] [--port 8000]

Used by ``make serve`` and by the browser tests, so both see the same headers (the
Content-Security-Policy among them) and the same 404 page.
"""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["serve", "start_background", "read_headers", "run_serve"]


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

    def end_headers(self):
        for name, value in self.site_headers.items():
            self.send_header(name, value)
        super().end_headers()

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

    def handle_error(self, request, client_address):
        # A browser that stops a download it no longer needs is not an error worth a traceback.
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _server(site: Path, host: str, port: int) -> ThreadingHTTPServer:
    handler = functools.partial(type("H", (_Handler,), {"site_headers": read_headers(site)}),
                                directory=str(site))
    return _Server((host, port), handler)


def start_background(site: Path, host: str = "127.0.0.1", port: int = 0):
    """Start serving in a thread; returns (server, base_url). Call server.shutdown() to stop."""
    server = _server(Path(site), host, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"


def serve(site: Path, host: str, port: int) -> None:
    server = _server(Path(site), host, port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def run_serve(args) -> int:
    print(f"Serving {args.site} at http://{args.host}:{args.port}/ (Ctrl-C to stop)")
    serve(args.site, args.host, args.port)
    return 0
