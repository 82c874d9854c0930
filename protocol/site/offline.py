"""The site offline: what its service worker caches, and the version that replaces the cache.

Standard library only; knows nothing about MkDocs (``macros/hooks.py`` calls it last, once every
file of the build is written). The worker's code is ``site_src/service-worker.js``, which the
theme copies to the site's root (its scope is the base path); this module fills in its ``BUILD``
line from the build output:

    {"version": a hash of every file the build wrote (a new build replaces the cache),
     "files": the site's own files to cache once a page is idle (pages as their addresses,
              "protocol/2022/"; relative to the base path),
     "pyodide": Pyodide's runtime files, cached once a page has started Python from them}

    write_service_worker(site_dir)   fill in site_dir/service-worker.js; returns BUILD
    offline_files(site_dir)          the "files" list
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

__all__ = ["SERVICE_WORKER", "write_service_worker", "offline_files", "build_version"]

SERVICE_WORKER = "service-worker.js"
_MARK = "const BUILD = null;  // written by the build (protocol/site/offline.py)"
# Never cached ahead: Python (cached once it has started, see "pyodide"), source maps, the
# search's word-splitters for languages the site is not in, what only a host reads, and the
# worker itself (the browser keeps it).
_PYTHON = ("assets/pyodide/", "assets/python/")
_SKIPPED_DIRS = ("assets/javascripts/lunr/",)
_SKIPPED_FILES = {"_headers", "sitemap.xml", "sitemap.xml.gz", SERVICE_WORKER}


def _all_files(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def offline_files(site_dir: Path) -> list[str]:
    """Every file a reader may need offline, pages as the address they are read at."""
    out = []
    for name in _all_files(site_dir):
        if (name in _SKIPPED_FILES or name.endswith(".map")
                or name.startswith(_PYTHON + _SKIPPED_DIRS)):
            continue
        if name == "index.html":
            out.append("")
        elif name.endswith("/index.html"):
            out.append(name[:-len("index.html")])
        else:
            out.append(name)
    return out


def build_version(site_dir: Path) -> str:
    """A hash of every file's name and bytes (but the worker's own): the same build gives the
    same version, any change another."""
    digest = hashlib.sha256()
    for name in _all_files(site_dir):
        if name == SERVICE_WORKER:
            continue
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256((site_dir / name).read_bytes()).digest())
    return digest.hexdigest()[:16]


def write_service_worker(site_dir: Path) -> dict:
    site_dir = Path(site_dir)
    worker = site_dir / SERVICE_WORKER
    code = worker.read_text(encoding="utf-8")
    if _MARK not in code:
        raise ValueError(f"{worker}: the line {_MARK!r} is missing")
    pyodide = sorted(n for n in _all_files(site_dir) if n.startswith("assets/pyodide/"))
    build = {"version": build_version(site_dir), "files": offline_files(site_dir),
             "pyodide": pyodide}
    worker.write_text(code.replace(_MARK, "const BUILD = " + json.dumps(build, indent=1) + ";"),
                      encoding="utf-8")
    return build
