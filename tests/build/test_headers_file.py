"""The built site's ``_headers`` file: a strict Content-Security-Policy with every inline script
hashed, and the other security headers (the browser walk under that policy:
tests/browser/test_security.py)."""
from __future__ import annotations

from protocol.cli.serve import read_headers
from protocol.site import security


def test_headers_file_has_a_strict_policy_with_every_inline_script_hashed(site_dir):
    sent = read_headers(site_dir)
    policy = dict(d.strip().split(" ", 1) for d in sent["Content-Security-Policy"].split(";"))
    script_src = policy["script-src"].split()
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert script_src[:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert set(script_src[2:]) == set(security.inline_script_hashes(site_dir))
    assert len(script_src) > 2, "Material writes inline scripts; none were found"
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["base-uri"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert sent["X-Content-Type-Options"] == "nosniff"
    assert sent["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in sent["Permissions-Policy"]
