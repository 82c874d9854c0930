"""What the service worker caches and its version (protocol/site/offline.py), on a small site
written here: every page and file of the site but Python, source maps and host-only files;
the same build gives the same version and any change another."""
from __future__ import annotations

import json
import re

import pytest

from protocol.site.offline import SERVICE_WORKER, write_service_worker

WORKER = "// top\nconst BUILD = null;  // written by the build (protocol/site/offline.py)\nuse(BUILD);\n"
FILES = {
    "index.html": "home", "protocol/2022/index.html": "2022", "guides/g/step/q=a/index.html": "s",
    "search/search_index.json": "{}", "search/other-index.bin": "x", "assets/js/guide.mjs": "g",
    "assets/javascripts/bundle.js": "b", "assets/javascripts/bundle.js.map": "m",
    "assets/javascripts/lunr/wordcut.js": "w", "assets/pyodide/pyodide.asm.wasm": "wasm",
    "assets/python/guides.zip": "zip", "_headers": "/*", "sitemap.xml": "<urlset/>",
    "404.html": "not found", SERVICE_WORKER: WORKER,
}


def _site(tmp_path, changes=None):
    for name, text in {**FILES, **(changes or {})}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _written(site):
    code = (site / SERVICE_WORKER).read_text(encoding="utf-8")
    return json.loads(re.search(r"const BUILD = (\{.*?\});", code, re.S).group(1))


def test_the_worker_lists_the_sites_files_and_pyodide(tmp_path):
    build = write_service_worker(_site(tmp_path))
    assert build == _written(tmp_path)
    assert sorted(build["files"]) == ["", "404.html", "assets/javascripts/bundle.js", "assets/js/guide.mjs",
                              "guides/g/step/q=a/", "protocol/2022/", "search/other-index.bin",
                              "search/search_index.json"]
    assert build["pyodide"] == ["assets/pyodide/pyodide.asm.wasm"]
    assert re.fullmatch(r"[0-9a-f]{16}", build["version"])


def test_the_same_build_has_the_same_version_and_a_change_another(tmp_path):
    first = write_service_worker(_site(tmp_path / "a"))["version"]
    assert write_service_worker(_site(tmp_path / "b"))["version"] == first
    changed = _site(tmp_path / "c", {"protocol/2022/index.html": "2022, revised"})
    assert write_service_worker(changed)["version"] != first
    added = _site(tmp_path / "d", {"protocol/2030/index.html": "2030"})
    assert write_service_worker(added)["version"] != first


def test_a_worker_without_its_build_line_fails_the_build(tmp_path):
    site = _site(tmp_path, {SERVICE_WORKER: "const BUILD = {};\n"})
    with pytest.raises(ValueError, match="const BUILD = null"):
        write_service_worker(site)
