"""The preview server (``protocol serve``, ``protocol.cli.serve.start_background``) behaves as a
static host would: no folder listings, ``_headers`` never served, a 404 (not a dropped
connection) for paths the file system cannot take, no software versions in ``Server``, idle
connections closed, and a burst of connections queued rather than dropped. Also what already
worked: MIME types, the site's 404 page, the ``_headers`` headers on every response, HEAD.

Every server here listens on 127.0.0.1, port 0, and serves a small site made in a temp folder;
every wait is bounded.
"""
from __future__ import annotations

import errno
import http.client
import select
import socket
import threading
import time
from contextlib import contextmanager

import pytest

from protocol.cli.serve import REQUEST_QUEUE_SIZE, SERVER_NAME, _server, start_background

HEADERS = ("/*\n  Content-Security-Policy: default-src 'self'\n"
           "  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n")
NOT_FOUND = "<!doctype html><title>Page not found</title><h1>Not here</h1>"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("served")
    (tmp_path / "_headers").write_text(HEADERS, encoding="utf-8")
    (tmp_path / "_redirects").write_text("/old /new 301\n", encoding="utf-8")
    (tmp_path / "404.html").write_text(NOT_FOUND, encoding="utf-8")
    (tmp_path / "index.html").write_text("<!doctype html><title>Home</title>", encoding="utf-8")
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_text("<title>Guide</title>", encoding="utf-8")
    assets = tmp_path / "assets" / "pyodide"
    assets.mkdir(parents=True)
    (assets / "pyodide.mjs").write_text("export const x = 1;\n", encoding="utf-8")
    (assets / "pyodide.asm.wasm").write_bytes(b"\0asm\1\0\0\0")
    (assets / "repodata.json").write_text("{}", encoding="utf-8")
    (tmp_path / "assets" / "site.css").write_text("body{}", encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def port(site):
    """One server for the tests that need no options of their own."""
    with running(site) as number:
        yield number


@contextmanager
def running(site, **options):
    httpd, _ = start_background(site, "127.0.0.1", 0, **options)
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


def fetch(port, path, method="GET"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def raw_request(port, line: bytes) -> bytes:
    """Send a request line exactly as given (http.client would quote it) and read the reply."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(line + b"\r\nHost: 127.0.0.1\r\n\r\n")
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def assert_site_404(response, body):
    assert response.status == 404
    assert body.decode() == NOT_FOUND
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.getheader("Content-Security-Policy") == "default-src 'self'"


# -- what already worked ---------------------------------------------------------------------

def test_files_pages_mime_types_and_headers_on_every_response(port):
    for path, mime in [("/", "text/html"), ("/guide/", "text/html"),
                       ("/assets/pyodide/pyodide.mjs", "text/javascript"),
                       ("/assets/pyodide/pyodide.asm.wasm", "application/wasm"),
                       ("/assets/pyodide/repodata.json", "application/json"),
                       ("/assets/site.css", "text/css")]:
        response, _ = fetch(port, path)
        assert response.status == 200, path
        assert response.getheader("Content-Type").split(";")[0] == mime, path
        assert response.getheader("Content-Security-Policy") == "default-src 'self'", path
        assert response.getheader("X-Content-Type-Options") == "nosniff", path
        assert response.getheader("Referrer-Policy") == "no-referrer", path
    assert_site_404(*fetch(port, "/no-such-page/"))
    redirect, _ = fetch(port, "/guide")
    assert redirect.status == 301 and redirect.getheader("Location") == "/guide/"
    assert redirect.getheader("Content-Security-Policy") == "default-src 'self'"


def test_head_sends_headers_without_a_body(port):
    response, body = fetch(port, "/", "HEAD")
    assert (response.status, body) == (200, b"")
    assert response.getheader("Content-Security-Policy") == "default-src 'self'"
    response, body = fetch(port, "/missing", "HEAD")
    assert (response.status, body) == (404, b"")
    assert int(response.getheader("Content-Length")) == len(NOT_FOUND.encode())


# -- the problems fixed ----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/assets/pyodide/", "/assets/", "/assets/pyodide/?C=M;O=A"])
def test_a_folder_without_index_html_is_the_404_page_not_a_listing(port, path):
    response, body = fetch(port, path)
    assert_site_404(response, body)
    assert b"pyodide.mjs" not in body and b"Directory listing" not in body


@pytest.mark.parametrize("path", ["/_headers", "/_redirects", "/./_headers", "/guide/../_headers",
                                  "//_headers", "/%5Fheaders", "/_headers?x=1"])
def test_the_hosts_own_files_are_never_served(port, path):
    response, body = fetch(port, path)
    assert_site_404(response, body)
    response, body = fetch(port, path, "HEAD")
    assert (response.status, body) == (404, b"")


@pytest.mark.parametrize("path", [b"/%00", b"/guide/%00/x", b"/a%00.html", b"/%ED%A0%80"])
def test_a_path_the_file_system_cannot_take_gets_a_404_response(port, path):
    reply = raw_request(port, b"GET " + path + b" HTTP/1.1")
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 404 "), reply[:200]
    assert body.decode() == NOT_FOUND
    # ... and the server carries on.
    response, _ = fetch(port, "/")
    assert response.status == 200


def test_the_server_header_names_no_version(port):
    for path in ["/", "/missing", "/_headers"]:
        response, _ = fetch(port, path)
        assert response.getheader("Server") == SERVER_NAME == "protocol-preview"
    reply = raw_request(port, b"BREW /pot HTTP/1.1")  # an error page from http.server itself
    assert b"Server: protocol-preview\r\n" in reply
    assert b"Python" not in reply and b"SimpleHTTP" not in reply


def test_an_idle_connection_is_closed_after_the_timeout(site):
    with running(site, timeout=0.5) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as idle:
            started = time.monotonic()
            # recv returns b"" once the server closes; socket.timeout (after 10 s) fails the test.
            assert idle.recv(1) == b""
            assert time.monotonic() - started < 9
        # The server still answers afterwards.
        response, _ = fetch(port, "/")
        assert response.status == 200


def test_the_default_timeout_is_set(site):
    httpd, _ = start_background(site)
    try:
        assert httpd.RequestHandlerClass.func.timeout == 30
        assert httpd.request_queue_size == REQUEST_QUEUE_SIZE >= 128
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_burst_of_50_connections_is_queued_then_every_one_answered(site):
    """With a listen backlog of 5 the kernel drops the SYNs of a burst beyond it, and those
    clients retry a second later. Here 50 clients connect while the server is not yet
    accepting: every handshake must complete at once (the kernel alone does this, so it does
    not depend on how busy the machine is), and once serving, every one is answered."""
    httpd = _server(site, "127.0.0.1", 0)
    port = httpd.server_address[1]
    sockets, serving = [], None
    try:
        for _ in range(50):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            sockets.append(sock)
            assert sock.connect_ex(("127.0.0.1", port)) in (0, errno.EINPROGRESS)
        pending, deadline = set(sockets), time.monotonic() + 0.5
        while pending and time.monotonic() < deadline:
            _, writable, _ = select.select([], list(pending), [], 0.05)
            for sock in writable:
                assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
                pending.discard(sock)
        assert not pending, f"{len(pending)} of 50 connections not accepted into the queue"

        for sock in sockets:
            sock.setblocking(True)
            sock.settimeout(10)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        serving = threading.Thread(target=httpd.serve_forever, daemon=True)
        serving.start()
        started = time.monotonic()
        for sock in sockets:
            reply = b""
            while b"\r\n" not in reply:
                chunk = sock.recv(4096)
                assert chunk, "connection closed without a response"
                reply += chunk
            assert reply.startswith(b"HTTP/1.0 200 ")
        assert time.monotonic() - started < 5
    finally:
        for sock in sockets:
            sock.close()
        if serving is not None:
            httpd.shutdown()  # waits for serve_forever, so only once it was started
        httpd.server_close()
